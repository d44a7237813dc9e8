//! The server conformance suite: drives a kagzi.v1 server over gRPC through
//! named scenarios and gives each a verdict. `kagzi-server-conformance
//! --addr HOST:PORT` runs it from the command line; [`run`] from a test.

pub mod fixture;
pub mod harness;
pub mod scenarios;

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use harness::{Ctx, Verdict};
use scenarios::*;

type ScenarioFn = fn(Ctx) -> Pin<Box<dyn Future<Output = Verdict> + Send>>;

pub struct Scenario {
    pub name: &'static str,
    run: ScenarioFn,
}

macro_rules! scenarios {
    ($($name:literal => $f:path),* $(,)?) => {
        vec![$(Scenario { name: $name, run: |ctx| Box::pin($f(ctx)) }),*]
    };
}

/// Every scenario, in the order they are reported.
pub fn all() -> Vec<Scenario> {
    scenarios![
        "isolation/StartWorkflow" => isolation::start_workflow,
        "isolation/GetWorkflow" => isolation::get_workflow,
        "isolation/ListWorkflows" => isolation::list_workflows,
        "isolation/CancelWorkflow" => isolation::cancel_workflow,
        "isolation/WaitWorkflow" => isolation::wait_workflow,
        "isolation/Heartbeat" => isolation::heartbeat,
        "isolation/Deregister" => isolation::deregister,
        "isolation/PollTask" => isolation::poll_task,
        "isolation/BeginStep" => isolation::begin_step,
        "isolation/CompleteStep" => isolation::complete_step,
        "isolation/FailStep" => isolation::fail_step,
        "isolation/CompleteWorkflow" => isolation::complete_workflow,
        "isolation/FailWorkflow" => isolation::fail_workflow,
        "isolation/Sleep" => isolation::sleep,
        "isolation/GetWorker" => isolation::get_worker,
        "isolation/ListWorkers" => isolation::list_workers,
        "isolation/GetStep" => isolation::get_step,
        "isolation/ListSteps" => isolation::list_steps,
        "isolation/GetWorkflowSchedule" => isolation::get_workflow_schedule,
        "isolation/ListWorkflowSchedules" => isolation::list_workflow_schedules,
        "isolation/UpdateWorkflowSchedule" => isolation::update_workflow_schedule,
        "isolation/DeleteWorkflowSchedule" => isolation::delete_workflow_schedule,
        "idempotency/same-key-same-run" => idempotency::sequential,
        "idempotency/concurrent-callers" => idempotency::concurrent,
        "paging/ListWorkflows-newest-first" => paging::list_workflows,
        "paging/ListWorkers-newest-first" => paging::list_workers,
        "paging/ListSteps-begun-order" => paging::list_steps,
        "paging/ListWorkflowSchedules-oldest-first" => paging::list_workflow_schedules,
        "paging/bad-and-foreign-tokens" => paging::tokens,
        "lifecycle/register-and-heartbeat" => lifecycle::register_heartbeat,
        "lifecycle/poll-times-out-without-task" => lifecycle::poll_timeout,
        "lifecycle/poll-hands-out-once" => lifecycle::poll_hands_out,
        "lifecycle/completed-step-is-cached" => lifecycle::step_memoized,
        "lifecycle/fail-step-retry-policy" => lifecycle::fail_step_retry,
        "lifecycle/sleep-and-wake" => lifecycle::sleep,
        "lifecycle/complete-workflow" => lifecycle::complete_workflow,
        "lifecycle/fail-workflow-retry-policy" => lifecycle::fail_workflow_retry,
        "lifecycle/cancel" => lifecycle::cancel,
        "lifecycle/wait-times-out" => lifecycle::wait_timeout,
        "lifecycle/deregister-with-drain" => lifecycle::deregister_drain,
        "lifecycle/deregister-hands-runs-off" => lifecycle::deregister_hands_off,
        "schedules/create-computes-next-fire" => schedules::create,
        "schedules/disabled-has-no-next-fire" => schedules::disabled,
        "schedules/update-changes-only-set-fields" => schedules::update_only_set,
        "schedules/delete-is-idempotent" => schedules::delete,
        "schedules/list-filters-by-queue" => schedules::list_filter,
        "validation/WorkflowService" => validation::workflow_service,
        "validation/WorkerService" => validation::worker_service,
        "validation/AdminService-and-schedules" => validation::admin_and_schedules,
        "load/concurrent-starts-and-polls" => load::starts_and_polls,
    ]
}

/// Longest a scenario may take before it fails as hung.
pub const SCENARIO_TIMEOUT: Duration = Duration::from_secs(120);

/// The verdict of each selected scenario (in report order) against the
/// server at `url`. `only` keeps one scenario (its exact name) or one area
/// (a name prefix ending in `/`, such as `isolation/`).
pub async fn run(url: &str, only: Option<&str>) -> Result<Vec<(&'static str, Verdict)>, String> {
    let channel = tonic::transport::Channel::from_shared(url.to_string())
        .map_err(|e| format!("--addr {url}: {e}"))?
        .connect_timeout(Duration::from_secs(10))
        .connect()
        .await
        .map_err(|e| format!("cannot connect to {url}: {e}"))?;
    let ctx = Ctx::new(channel);
    let selected: Vec<Scenario> = all()
        .into_iter()
        .filter(|s| only.is_none_or(|o| s.name == o || (o.ends_with('/') && s.name.starts_with(o))))
        .collect();
    // Concurrently (each has namespaces of its own), reported in order.
    let mut set = tokio::task::JoinSet::new();
    for (i, s) in selected.iter().enumerate() {
        let (ctx, f, name) = (ctx.clone(), s.run, s.name);
        set.spawn(async move {
            let verdict = match tokio::time::timeout(SCENARIO_TIMEOUT, f(ctx)).await {
                Ok(v) => v,
                Err(_) => Err(format!("{name}: no verdict within {SCENARIO_TIMEOUT:?}")),
            };
            (i, verdict)
        });
    }
    let mut verdicts: Vec<Option<Verdict>> = selected.iter().map(|_| None).collect();
    while let Some(j) = set.join_next().await {
        match j {
            Ok((i, v)) => verdicts[i] = Some(v),
            Err(e) => return Err(format!("a scenario task died: {e}")),
        }
    }
    Ok(selected
        .iter()
        .zip(verdicts)
        .map(|(s, v)| (s.name, v.unwrap_or_else(|| Err("no verdict".into()))))
        .collect())
}
