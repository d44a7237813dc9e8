//! `kagzi-proto-consumer scenario ADDR`: the interop scenario of `make
//! interop` over tonic, the Rust row of the client x server table (the
//! Python, Go and TypeScript ones are consumers/*/scenario.*), run, like
//! theirs, by a program built on the packaged crate outside the repository.
//!
//! Idempotent StartWorkflow, GetWorkflow, ListWorkflows paging,
//! CreateWorkflowSchedule, a worker's task from Register to
//! CompleteWorkflow, and GetWorkflow of an unknown run (NOT_FOUND, with
//! its kagzi.v1.ErrorDetail). Every answer is checked against the .proto
//! comments; the first mismatch is the error.

use std::collections::HashSet;

use kagzi_proto::kagzi::v1::{
    BeginStepRequest, CompleteStepRequest, CompleteWorkflowRequest, CreateWorkflowScheduleRequest,
    ErrorCode, GetWorkflowRequest, ListWorkflowsRequest, PageRequest, Payload, PollTaskRequest,
    RegisterRequest, StartWorkflowRequest, StepKind, StepStatus, WorkflowStatus,
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

/// Runs the scenario against the plaintext gRPC server at ADDR (host:port).
pub async fn run(addr: &str) -> Result<(), BoxError> {
    let channel = Channel::from_shared(format!("http://{addr}"))?
        .connect()
        .await?;
    let mut workflows = WorkflowServiceClient::new(channel.clone());
    let mut schedules = WorkflowScheduleServiceClient::new(channel.clone());
    let mut worker = WorkerServiceClient::new(channel);
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
    let status = match workflows
        .get_workflow(GetWorkflowRequest {
            namespace_id: ns,
            run_id: unknown.into(),
        })
        .await
    {
        Err(status) if status.code() == tonic::Code::NotFound => status,
        other => {
            return Err(
                format!("GetWorkflow of an unknown run: want NOT_FOUND, got {other:?}").into(),
            );
        }
    };
    let detail = from_status(&status)?;
    expect(
        detail.as_ref().is_some_and(|d| {
            d.code == ErrorCode::NotFound as i32
                && d.subject == "workflow"
                && d.subject_id == unknown
        }),
        || {
            format!(
                "GetWorkflow of an unknown run: want an ErrorDetail NOT_FOUND of workflow {unknown}, got {detail:?}"
            )
        },
    )?;
    println!("GetWorkflow of an unknown run: NOT_FOUND with its ErrorDetail");
    Ok(())
}
