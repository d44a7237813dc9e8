//! The server conformance suite: first reads the server's schema through
//! gRPC reflection and says which kagzi.v1 release it speaks ([`drift`]),
//! then drives it over gRPC through named scenarios and gives each a
//! verdict, one connection per area ([`runner`]). `kagzi-server-conformance
//! --addr HOST:PORT` runs it from the command line; [`check`] (or [`run`],
//! the scenarios alone) from a test.

pub mod drift;
pub mod fixture;
pub mod harness;
pub mod report;
pub mod runner;
pub mod scenarios;
pub mod select;
pub mod status;

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
        "isolation/GetWorkflowByExternalId" => isolation_v1_2::get_workflow_by_external_id,
        "isolation/RetryWorkflow" => isolation_v1_2::retry_workflow,
        "isolation/TerminateWorkflow" => isolation_v1_2::terminate_workflow,
        "isolation/TriggerWorkflowSchedule" => isolation_v1_2::trigger_workflow_schedule,
        "isolation/PauseWorkflowSchedule" => isolation_v1_2::pause_workflow_schedule,
        "isolation/ResumeWorkflowSchedule" => isolation_v1_2::resume_workflow_schedule,
        "isolation/ListScheduleRuns" => isolation_v1_2::list_schedule_runs,
        "isolation/DrainWorker" => isolation_v1_2::drain_worker,
        "isolation/GetStats" => isolation_v1_2::get_stats,
        "isolation/GetQueueDepth" => isolation_v1_2::get_queue_depth,
        "isolation/ListWorkflowTypes" => isolation_v1_2::list_workflow_types,
        "idempotency/same-key-same-run" => idempotency::sequential,
        "idempotency/concurrent-callers" => idempotency::concurrent,
        "idempotency/retry-twice" => idempotency_v1_2::retry_twice,
        "idempotency/terminate-twice" => idempotency_v1_2::terminate_twice,
        "idempotency/pause-disable-twice" => idempotency_v1_2::schedule_and_namespace_toggles,
        "paging/ListWorkflows-newest-first" => paging::list_workflows,
        "paging/ListWorkers-newest-first" => paging::list_workers,
        "paging/ListSteps-begun-order" => paging::list_steps,
        "paging/ListWorkflowSchedules-oldest-first" => paging::list_workflow_schedules,
        "paging/bad-and-foreign-tokens" => paging::tokens,
        "paging/ListNamespaces-by-id" => paging_v1_2::list_namespaces,
        "paging/ListScheduleRuns-newest-first" => paging_v1_2::list_schedule_runs,
        "paging/ListWorkflowTypes-by-name" => paging_v1_2::list_workflow_types,
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
        "lifecycle/retry-starts-new-attempt" => lifecycle_v1_2::retry_new_attempt,
        "lifecycle/terminate-is-final" => lifecycle_v1_2::terminate_is_final,
        "lifecycle/disabled-namespace-refuses-start" => lifecycle_v1_2::disabled_namespace,
        "lifecycle/get-by-external-id" => lifecycle_v1_2::by_external_id,
        "lifecycle/drain-worker-gets-no-task" => lifecycle_v1_2::drain_worker,
        "lifecycle/start-at-is-scheduled" => lifecycle_v1_2::scheduled_start,
        "schedules/create-computes-next-fire" => schedules::create,
        "schedules/disabled-has-no-next-fire" => schedules::disabled,
        "schedules/update-changes-only-set-fields" => schedules::update_only_set,
        "schedules/delete-is-idempotent" => schedules::delete,
        "schedules/list-filters-by-queue" => schedules::list_filter,
        "schedules/trigger-starts-exactly-one-run" => schedules_v1_2::trigger_starts_one,
        "schedules/paused-fires-nothing" => schedules_v1_2::paused_fires_nothing,
        "schedules/resume-catches-up-max-catchup" => schedules_v1_2::resume_catches_up,
        "schedules/run-counts" => schedules_v1_2::run_counts,
        "schedules/six-field-cron" => schedules_v1_2::six_field_cron,
        "namespaces/create-get-update" => namespaces::create_get_update,
        "namespaces/implicit-on-first-use" => namespaces::implicit,
        "namespaces/disabled-refuses-new-runs" => namespaces::disabled_refuses,
        "admin/stats" => admin::stats,
        "admin/queue-depth" => admin::queue_depth,
        "admin/workflow-types-of-live-workers" => admin::workflow_types,
        "validation/WorkflowService" => validation::workflow_service,
        "validation/WorkerService" => validation::worker_service,
        "validation/AdminService-and-schedules" => validation::admin_and_schedules,
        "validation/v1.2.0-RPCs" => validation_v1_2::new_rpcs,
        "rules/one-violation-per-kind" => rules::one_violation_per_kind,
        "load/concurrent-starts-and-polls" => load::starts_and_polls,
    ]
}

/// Longest a scenario may take before it fails as hung.
pub const SCENARIO_TIMEOUT: Duration = Duration::from_secs(120);

/// The verdict of each selected scenario (in report order) against the
/// server at `url`, without the drift check. `only` keeps one scenario (its
/// exact name) or one area (`isolation` or `isolation/`).
pub async fn run(url: &str, only: Option<&str>) -> Result<Vec<(&'static str, Verdict)>, String> {
    let only: Vec<String> = only.into_iter().map(String::from).collect();
    runner::run(url, &select::select(all(), &only)?).await
}

/// A whole run: the drift check, then the scenarios.
pub struct Report {
    pub drift: drift::Drift,
    pub scenarios: Vec<(&'static str, Verdict)>,
}

impl Report {
    /// Whether the run failed: a failed scenario, or a server that speaks
    /// another wire.
    pub fn failed(&self) -> bool {
        self.drift.verdict.fails() || self.scenarios.iter().any(|(_, v)| v.is_err())
    }
}

/// The drift check over a connection of its own, then the scenarios that
/// `only` selects (see [`select::select`]; all when empty).
pub async fn check(url: &str, only: &[String]) -> Result<Report, String> {
    let selected = select::select(all(), only)?;
    let drift = drift::check(runner::connect(url).await?).await;
    let scenarios = runner::run(url, &selected).await?;
    Ok(Report { drift, scenarios })
}
