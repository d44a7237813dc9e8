//! `kagzi-proto-consumer scenario ADDR`: the interop scenario of `make
//! interop` over tonic, the Rust row of the client x server table (the
//! Python, Go and TypeScript ones are consumers/*/scenario.*), run, like
//! theirs, by a program built on the packaged crate outside the repository.
//!
//! Idempotent StartWorkflow, GetWorkflow, ListWorkflows paging,
//! CreateWorkflowSchedule, a worker's task from Register to
//! CompleteWorkflow, and GetWorkflow of an unknown run (NOT_FOUND, with
//! its kagzi.v1.ErrorDetail); then one step per service for the RPCs added
//! in v1.2.0: GetWorkflowByExternalId and TerminateWorkflow,
//! TriggerWorkflowSchedule and ListScheduleRuns, GetQueueDepth, and a
//! namespace created, read, disabled (StartWorkflow refused with
//! NAMESPACE_DISABLED) and enabled again. Every answer is checked against
//! the .proto comments; the first mismatch is the error.

use std::collections::HashSet;

use kagzi_proto::kagzi::v1::{
    BeginStepRequest, CompleteStepRequest, CompleteWorkflowRequest, CreateNamespaceRequest,
    CreateWorkflowScheduleRequest, DisableNamespaceRequest, EnableNamespaceRequest, ErrorCode,
    GetNamespaceRequest, GetQueueDepthRequest, GetWorkflowByExternalIdRequest, GetWorkflowRequest,
    ListScheduleRunsRequest, ListWorkflowsRequest, PageRequest, Payload, PollTaskRequest,
    QueueDepth, RegisterRequest, StartWorkflowRequest, StepKind, StepStatus,
    TerminateWorkflowRequest, TriggerWorkflowScheduleRequest, WorkflowStatus,
    admin_service_client::AdminServiceClient, namespace_service_client::NamespaceServiceClient,
    worker_service_client::WorkerServiceClient,
    workflow_schedule_service_client::WorkflowScheduleServiceClient,
    workflow_service_client::WorkflowServiceClient,
};
use kagzi_proto::status::from_status;
use tonic::transport::Channel;

use crate::BoxError;

const TASK_QUEUE: &str = "interop";
const WORKFLOW_TYPE: &str = "interop-order";
const RUNS: usize = 5;
const PAGE_SIZE: i32 = 2;

fn expect(ok: bool, what: impl FnOnce() -> String) -> Result<(), BoxError> {
    if ok { Ok(()) } else { Err(what().into()) }
}

/// Checks that `answer` failed with `code` and carries the one
/// kagzi.v1.ErrorDetail that docs/guides/errors.md says travels in the
/// status, of `error_code` and naming `subject_id`.
fn expect_failure<T: std::fmt::Debug>(
    answer: Result<T, tonic::Status>,
    what: &str,
    code: tonic::Code,
    error_code: ErrorCode,
    subject: &str,
    subject_id: &str,
) -> Result<(), BoxError> {
    let status = match answer {
        Err(status) if status.code() == code => status,
        other => return Err(format!("{what}: want {code:?}, got {other:?}").into()),
    };
    let detail = from_status(&status)?;
    expect(
        detail.as_ref().is_some_and(|d| {
            d.code == error_code as i32 && d.subject == subject && d.subject_id == subject_id
        }),
        || {
            format!(
                "{what}: want an ErrorDetail {} of {subject} {subject_id}, got {detail:?}",
                error_code.as_str_name()
            )
        },
    )
}

/// Runs the scenario against the plaintext gRPC server at ADDR (host:port).
pub async fn run(addr: &str) -> Result<(), BoxError> {
    let channel = Channel::from_shared(format!("http://{addr}"))?
        .connect()
        .await?;
    let mut workflows = WorkflowServiceClient::new(channel.clone());
    let mut schedules = WorkflowScheduleServiceClient::new(channel.clone());
    let mut worker = WorkerServiceClient::new(channel.clone());
    // A namespace of its own, so that clients sharing a server do not meet.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .subsec_nanos();
    let ns = format!("interop-rust-{:08x}", nanos ^ std::process::id());

    let start = StartWorkflowRequest {
        namespace_id: ns.clone(),
        task_queue: TASK_QUEUE.into(),
        workflow_type: WORKFLOW_TYPE.into(),
        external_id: Some("order-1".into()),
        input: Some(Payload {
            data: br#"{"order":1}"#.to_vec(),
            metadata: [("content-type".to_string(), "application/json".to_string())].into(),
        }),
        ..Default::default()
    };
    let first = workflows.start_workflow(start.clone()).await?.into_inner();
    expect(!first.run_id.is_empty() && !first.already_exists, || {
        format!("StartWorkflow: want a new run, got {first:?}")
    })?;
    let second = workflows.start_workflow(start.clone()).await?.into_inner();
    expect(
        second.already_exists && second.run_id == first.run_id,
        || {
            format!(
                "StartWorkflow again with the same external_id: want already_exists and run {}, got {second:?}",
                first.run_id
            )
        },
    )?;
    println!(
        "StartWorkflow twice with external_id: same run {}, already_exists the second time",
        first.run_id
    );

    let got = workflows
        .get_workflow(GetWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: first.run_id.clone(),
        })
        .await?
        .into_inner()
        .workflow
        .ok_or("GetWorkflow: no workflow in the response")?;
    expect(
        got.run_id == first.run_id
            && got.external_id == "order-1"
            && got.namespace_id == ns
            && got.workflow_type == WORKFLOW_TYPE
            && got.status == WorkflowStatus::Pending as i32
            && got.input == start.input,
        || format!("GetWorkflow: unexpected run {got:?}"),
    )?;
    println!("GetWorkflow: PENDING run with its external_id and input");

    let mut started = HashSet::from([first.run_id.clone()]);
    for _ in 1..RUNS {
        let r = workflows
            .start_workflow(StartWorkflowRequest {
                namespace_id: ns.clone(),
                task_queue: TASK_QUEUE.into(),
                workflow_type: WORKFLOW_TYPE.into(),
                ..Default::default()
            })
            .await?
            .into_inner();
        started.insert(r.run_id);
    }
    expect(started.len() == RUNS, || {
        format!(
            "StartWorkflow without external_id: want {RUNS} distinct runs, got {}",
            started.len()
        )
    })?;
    let mut listed = HashSet::new();
    let (mut token, mut pages) = (String::new(), 0);
    loop {
        let page = workflows
            .list_workflows(ListWorkflowsRequest {
                namespace_id: ns.clone(),
                page: Some(PageRequest {
                    page_size: PAGE_SIZE,
                    page_token: token.clone(),
                    ..Default::default()
                }),
                ..Default::default()
            })
            .await?
            .into_inner();
        pages += 1;
        expect(page.workflows.len() <= PAGE_SIZE as usize, || {
            format!("ListWorkflows: page of {}", page.workflows.len())
        })?;
        for w in &page.workflows {
            expect(listed.insert(w.run_id.clone()), || {
                format!("ListWorkflows: run {} on two pages", w.run_id)
            })?;
        }
        let info = page.page_info.unwrap_or_default();
        token = info.next_page_token;
        expect(info.has_more != token.is_empty(), || {
            format!(
                "ListWorkflows: has_more {} with next_page_token {token:?}",
                info.has_more
            )
        })?;
        if token.is_empty() {
            break;
        }
        expect(pages <= RUNS, || {
            "ListWorkflows: more pages than runs".into()
        })?;
    }
    expect(listed == started, || {
        format!("ListWorkflows: listed {listed:?}, started {started:?}")
    })?;
    println!(
        "ListWorkflows: {} runs in {pages} pages of {PAGE_SIZE}, no duplicates",
        listed.len()
    );

    let schedule = schedules
        .create_workflow_schedule(CreateWorkflowScheduleRequest {
            namespace_id: ns.clone(),
            task_queue: TASK_QUEUE.into(),
            workflow_type: WORKFLOW_TYPE.into(),
            cron_expr: "0 9 * * *".into(),
            ..Default::default()
        })
        .await?
        .into_inner()
        .schedule
        .ok_or("CreateWorkflowSchedule: no schedule in the response")?;
    expect(
        !schedule.schedule_id.is_empty()
            && schedule.enabled
            && schedule.next_fire_at.is_some()
            && schedule.cron_expr == "0 9 * * *",
        || format!("CreateWorkflowSchedule: unexpected schedule {schedule:?}"),
    )?;
    println!(
        "CreateWorkflowSchedule: enabled, next fire at {:?}",
        schedule.next_fire_at
    );

    let reg = worker
        .register(RegisterRequest {
            namespace_id: ns.clone(),
            task_queue: TASK_QUEUE.into(),
            workflow_types: vec![WORKFLOW_TYPE.into()],
            hostname: "interop".into(),
            pid: 1,
            ..Default::default()
        })
        .await?
        .into_inner();
    expect(!reg.worker_id.is_empty(), || {
        format!("Register: no worker_id in {reg:?}")
    })?;
    let poll = worker
        .poll_task(PollTaskRequest {
            namespace_id: ns.clone(),
            worker_id: reg.worker_id.clone(),
            task_queue: TASK_QUEUE.into(),
            ..Default::default()
        })
        .await?
        .into_inner();
    let task = poll
        .task
        .ok_or("PollTask: no task although runs are pending")?;
    expect(
        started.contains(&task.run_id) && task.workflow_type == WORKFLOW_TYPE && task.attempt == 1,
        || format!("PollTask: want attempt 1 of a started run, got {task:?}"),
    )?;
    let run_id = task.run_id;
    let step = worker
        .begin_step(BeginStepRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            step_name: "charge".into(),
            kind: StepKind::Function as i32,
            ..Default::default()
        })
        .await?
        .into_inner();
    expect(
        !step.step_id.is_empty() && step.cached_output.is_none() && step.attempt_number == 1,
        || format!("BeginStep: want a first attempt without cached output, got {step:?}"),
    )?;
    let output = Some(Payload {
        data: br#""charged""#.to_vec(),
        ..Default::default()
    });
    let done = worker
        .complete_step(CompleteStepRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            step_id: step.step_id.clone(),
            output: output.clone(),
        })
        .await?
        .into_inner()
        .step
        .ok_or("CompleteStep: no step in the response")?;
    expect(
        done.step_id == step.step_id
            && done.status == StepStatus::Completed as i32
            && done.output == output,
        || format!("CompleteStep: want the step COMPLETED with its output, got {done:?}"),
    )?;
    let finished = worker
        .complete_workflow(CompleteWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            output: output.clone(),
        })
        .await?
        .into_inner();
    expect(finished.status == WorkflowStatus::Completed as i32, || {
        format!("CompleteWorkflow: got {finished:?}")
    })?;
    let after = workflows
        .get_workflow(GetWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
        })
        .await?
        .into_inner()
        .workflow
        .ok_or("GetWorkflow: no workflow in the response")?;
    expect(
        after.status == WorkflowStatus::Completed as i32 && after.output == output,
        || format!("GetWorkflow after CompleteWorkflow: got {after:?}"),
    )?;
    println!(
        "Register, PollTask, BeginStep, CompleteStep, CompleteWorkflow: run COMPLETED with its output"
    );

    // The failure: NOT_FOUND, with the kagzi.v1.ErrorDetail that
    // docs/guides/errors.md says travels in the status, naming the run.
    let unknown = "00000000-0000-4000-8000-000000000000";
    let answer = workflows
        .get_workflow(GetWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: unknown.into(),
        })
        .await;
    expect_failure(
        answer,
        "GetWorkflow of an unknown run",
        tonic::Code::NotFound,
        ErrorCode::NotFound,
        "workflow",
        unknown,
    )?;
    println!("GetWorkflow of an unknown run: NOT_FOUND with its ErrorDetail");

    added_steps(
        channel,
        &ns,
        &first.run_id,
        &started,
        &run_id,
        &schedule.schedule_id,
    )
    .await
}

/// The steps for the RPCs added in v1.2.0, one step per service, in
/// namespace `ns`, where `first_run_id` was started with external_id
/// `order-1`, the runs of `started` are PENDING but `completed_id`, and
/// `schedule_id` names a schedule that has started no run yet.
async fn added_steps(
    channel: Channel,
    ns: &str,
    first_run_id: &str,
    started: &HashSet<String>,
    completed_id: &str,
    schedule_id: &str,
) -> Result<(), BoxError> {
    let mut workflows = WorkflowServiceClient::new(channel.clone());
    let mut schedules = WorkflowScheduleServiceClient::new(channel.clone());
    let mut admin = AdminServiceClient::new(channel.clone());
    let mut namespaces = NamespaceServiceClient::new(channel);

    let by_key = workflows
        .get_workflow_by_external_id(GetWorkflowByExternalIdRequest {
            namespace_id: ns.into(),
            external_id: "order-1".into(),
        })
        .await?
        .into_inner()
        .workflow
        .ok_or("GetWorkflowByExternalId: no workflow in the response")?;
    expect(
        by_key.run_id == first_run_id
            && by_key.external_id == "order-1"
            && by_key.namespace_id == ns,
        || format!("GetWorkflowByExternalId: want run {first_run_id}, got {by_key:?}"),
    )?;
    let victim = started
        .iter()
        .filter(|id| *id != completed_id)
        .min()
        .ok_or("no PENDING run left")?
        .clone();
    let terminate = TerminateWorkflowRequest {
        namespace_id: ns.into(),
        run_id: victim.clone(),
        reason: "interop".into(),
    };
    let ended = workflows
        .terminate_workflow(terminate.clone())
        .await?
        .into_inner();
    expect(
        ended.terminated
            && ended.workflow.as_ref().is_some_and(|w| {
                w.run_id == victim
                    && w.status == WorkflowStatus::Terminated as i32
                    && w.finished_at.is_some()
            }),
        || {
            format!(
                "TerminateWorkflow of a PENDING run: want it TERMINATED with finished_at, got {ended:?}"
            )
        },
    )?;
    let again = workflows
        .terminate_workflow(TerminateWorkflowRequest {
            reason: String::new(),
            ..terminate
        })
        .await?
        .into_inner();
    expect(
        !again.terminated
            && again
                .workflow
                .as_ref()
                .is_some_and(|w| w.status == WorkflowStatus::Terminated as i32),
        || {
            format!(
                "TerminateWorkflow again: want terminated false and the run still TERMINATED, got {again:?}"
            )
        },
    )?;
    println!(
        "GetWorkflowByExternalId: the first run; TerminateWorkflow: TERMINATED, final (again: terminated false)"
    );

    let fired = schedules
        .trigger_workflow_schedule(TriggerWorkflowScheduleRequest {
            namespace_id: ns.into(),
            schedule_id: schedule_id.into(),
        })
        .await?
        .into_inner()
        .run_id;
    expect(!fired.is_empty() && !started.contains(&fired), || {
        format!("TriggerWorkflowSchedule: want a new run, got {fired:?}")
    })?;
    let listed = schedules
        .list_schedule_runs(ListScheduleRunsRequest {
            namespace_id: ns.into(),
            schedule_id: schedule_id.into(),
            ..Default::default()
        })
        .await?
        .into_inner();
    expect(
        matches!(listed.runs.as_slice(), [only] if only.run_id == fired
            && only.schedule_id == schedule_id
            && only.workflow_type == WORKFLOW_TYPE
            && only.status == WorkflowStatus::Pending as i32)
            && !listed.page_info.as_ref().is_some_and(|p| p.has_more),
        || {
            format!(
                "ListScheduleRuns after one trigger: want exactly run {fired}, PENDING, with the schedule_id, got {listed:?}"
            )
        },
    )?;
    println!(
        "TriggerWorkflowSchedule: exactly one run, listed by ListScheduleRuns with its schedule_id"
    );

    // Unfinished now: the three runs left PENDING of the five, and the
    // triggered one; the completed and the terminated run are not counted.
    let depths = admin
        .get_queue_depth(GetQueueDepthRequest {
            namespace_id: ns.into(),
            ..Default::default()
        })
        .await?
        .into_inner()
        .depths;
    let want = QueueDepth {
        task_queue: TASK_QUEUE.into(),
        workflow_type: WORKFLOW_TYPE.into(),
        pending: RUNS as i64 - 1,
        ..Default::default()
    };
    expect(depths == [want.clone()], || {
        format!("GetQueueDepth: want [{want:?}], got {depths:?}")
    })?;
    println!(
        "GetQueueDepth: {} PENDING on {TASK_QUEUE}/{WORKFLOW_TYPE}, nothing else",
        RUNS - 1
    );

    let managed = format!("{ns}-managed");
    let created = namespaces
        .create_namespace(CreateNamespaceRequest {
            namespace_id: managed.clone(),
            display_name: "Interop".into(),
            ..Default::default()
        })
        .await?
        .into_inner()
        .namespace
        .ok_or("CreateNamespace: no namespace in the response")?;
    expect(
        created.namespace_id == managed
            && created.display_name == "Interop"
            && created.enabled
            && created.created_at.is_some(),
        || {
            format!(
                "CreateNamespace: want {managed} enabled with its display name, got {created:?}"
            )
        },
    )?;
    let got = namespaces
        .get_namespace(GetNamespaceRequest {
            namespace_id: managed.clone(),
        })
        .await?
        .into_inner()
        .namespace;
    expect(got.as_ref() == Some(&created), || {
        format!("GetNamespace: want {created:?}, got {got:?}")
    })?;
    let disabled = namespaces
        .disable_namespace(DisableNamespaceRequest {
            namespace_id: managed.clone(),
            reason: "interop".into(),
        })
        .await?
        .into_inner()
        .namespace;
    expect(
        disabled
            .as_ref()
            .is_some_and(|n| n.namespace_id == managed && !n.enabled),
        || format!("DisableNamespace: want {managed} disabled, got {disabled:?}"),
    )?;
    let refused = StartWorkflowRequest {
        namespace_id: managed.clone(),
        task_queue: TASK_QUEUE.into(),
        workflow_type: WORKFLOW_TYPE.into(),
        ..Default::default()
    };
    let answer = workflows.start_workflow(refused.clone()).await;
    expect_failure(
        answer,
        "StartWorkflow in a disabled namespace",
        tonic::Code::FailedPrecondition,
        ErrorCode::NamespaceDisabled,
        "namespace",
        &managed,
    )?;
    let enabled = namespaces
        .enable_namespace(EnableNamespaceRequest {
            namespace_id: managed.clone(),
        })
        .await?
        .into_inner()
        .namespace;
    expect(
        enabled
            .as_ref()
            .is_some_and(|n| n.namespace_id == managed && n.enabled),
        || format!("EnableNamespace: want {managed} enabled, got {enabled:?}"),
    )?;
    let accepted = workflows.start_workflow(refused).await?.into_inner();
    expect(
        !accepted.run_id.is_empty() && !accepted.already_exists,
        || format!("StartWorkflow after EnableNamespace: want a new run, got {accepted:?}"),
    )?;
    println!(
        "CreateNamespace, GetNamespace, DisableNamespace: StartWorkflow refused with NAMESPACE_DISABLED; EnableNamespace: accepted again"
    );
    Ok(())
}
