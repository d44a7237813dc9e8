//! Resources the scenarios start from, created through the API itself.

use std::time::Duration;

use kagzi_proto::kagzi::v1::{
    BeginStepRequest, CompleteStepRequest, CreateWorkflowScheduleRequest, ErrorCode, ErrorDetail,
    FailWorkflowRequest, GetWorkflowRequest, ListScheduleRunsRequest, PageRequest, Payload,
    PollTaskRequest, RegisterRequest, StartWorkflowRequest, StepKind, Workflow, WorkflowSchedule,
    WorkflowStatus, WorkflowTask,
};

use crate::harness::{Ctx, ok};

pub const QUEUE: &str = "conformance-queue";
pub const TYPE: &str = "conformance-type";

pub async fn start(ctx: &Ctx, ns: &str, external_id: Option<&str>) -> Result<String, String> {
    let r = ctx
        .workflows()
        .start_workflow(StartWorkflowRequest {
            namespace_id: ns.into(),
            task_queue: QUEUE.into(),
            workflow_type: TYPE.into(),
            external_id: external_id.map(Into::into),
            ..Default::default()
        })
        .await;
    Ok(ok("StartWorkflow", r)?.run_id)
}

pub async fn register(ctx: &Ctx, ns: &str) -> Result<String, String> {
    let r = ctx
        .workers()
        .register(RegisterRequest {
            namespace_id: ns.into(),
            task_queue: QUEUE.into(),
            workflow_types: vec![TYPE.into()],
            hostname: "conformance".into(),
            pid: 1,
            max_concurrent: 10,
            ..Default::default()
        })
        .await;
    Ok(ok("Register", r)?.worker_id)
}

/// One PollTask; `None` when the server answered without a task.
pub async fn poll_once(
    ctx: &Ctx,
    ns: &str,
    worker_id: &str,
) -> Result<Option<WorkflowTask>, String> {
    let r = ctx
        .workers()
        .poll_task(PollTaskRequest {
            namespace_id: ns.into(),
            worker_id: worker_id.into(),
            task_queue: QUEUE.into(),
            workflow_types: vec![TYPE.into()],
        })
        .await;
    Ok(ok("PollTask", r)?.task)
}

/// Polls until a task arrives (bounded).
pub async fn poll(ctx: &Ctx, ns: &str, worker_id: &str) -> Result<WorkflowTask, String> {
    let end = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(t) = poll_once(ctx, ns, worker_id).await? {
            return Ok(t);
        }
        if tokio::time::Instant::now() >= end {
            return Err("PollTask: no task within 30s although one is pending".into());
        }
    }
}

pub async fn begin(ctx: &Ctx, ns: &str, run_id: &str, name: &str) -> Result<String, String> {
    let r = ctx
        .workers()
        .begin_step(BeginStepRequest {
            namespace_id: ns.into(),
            run_id: run_id.into(),
            step_name: name.into(),
            kind: StepKind::Function as i32,
            ..Default::default()
        })
        .await;
    Ok(ok("BeginStep", r)?.step_id)
}

pub async fn schedule(ctx: &Ctx, ns: &str, cron: &str) -> Result<WorkflowSchedule, String> {
    let r = ctx
        .schedules()
        .create_workflow_schedule(CreateWorkflowScheduleRequest {
            namespace_id: ns.into(),
            task_queue: QUEUE.into(),
            workflow_type: TYPE.into(),
            cron_expr: cron.into(),
            ..Default::default()
        })
        .await;
    ok("CreateWorkflowSchedule", r)?
        .schedule
        .ok_or_else(|| "CreateWorkflowSchedule: no schedule in the response".into())
}

/// A namespace with one of everything: a RUNNING run held by a worker,
/// with one RUNNING step, and a schedule; plus an empty namespace `other`.
pub struct World {
    pub ns: String,
    pub other: String,
    pub run_id: String,
    pub worker_id: String,
    pub step_id: String,
    pub schedule: WorkflowSchedule,
}

impl World {
    pub async fn new(ctx: &Ctx) -> Result<World, String> {
        let ns = ctx.namespace("owner");
        let other = ctx.namespace("intruder");
        let run_id = start(ctx, &ns, Some("world")).await?;
        let worker_id = register(ctx, &ns).await?;
        let task = poll(ctx, &ns, &worker_id).await?;
        if task.run_id != run_id {
            return Err(format!(
                "PollTask handed out {} instead of the only pending run {run_id}",
                task.run_id
            ));
        }
        let step_id = begin(ctx, &ns, &run_id, "first").await?;
        let schedule = schedule(ctx, &ns, "0 9 * * *").await?;
        Ok(World {
            ns,
            other,
            run_id,
            worker_id,
            step_id,
            schedule,
        })
    }
}

/// The run as its namespace sees it now.
pub async fn get_run(ctx: &Ctx, ns: &str, run_id: &str) -> Result<Workflow, String> {
    let r = ctx
        .workflows()
        .get_workflow(GetWorkflowRequest {
            namespace_id: ns.into(),
            run_id: run_id.into(),
        })
        .await;
    ok("GetWorkflow", r)?
        .workflow
        .ok_or_else(|| "GetWorkflow: no workflow in the response".into())
}

/// A run that a worker took and failed for good (non-retryable): FAILED,
/// after one attempt in which step `first` completed with output `memo`.
/// Returns (run_id, worker_id).
pub async fn failed_run(ctx: &Ctx, ns: &str) -> Result<(String, String), String> {
    let run_id = start(ctx, ns, None).await?;
    let worker_id = register(ctx, ns).await?;
    let task = poll(ctx, ns, &worker_id).await?;
    if task.run_id != run_id {
        return Err(format!(
            "PollTask handed out {} instead of the only pending run {run_id}",
            task.run_id
        ));
    }
    let step_id = begin(ctx, ns, &run_id, "first").await?;
    let r = ctx
        .workers()
        .complete_step(CompleteStepRequest {
            namespace_id: ns.into(),
            run_id: run_id.clone(),
            step_id,
            output: Some(memo()),
        })
        .await;
    ok("CompleteStep", r)?;
    let r = ctx
        .workers()
        .fail_workflow(FailWorkflowRequest {
            namespace_id: ns.into(),
            run_id: run_id.clone(),
            error: Some(ErrorDetail {
                code: ErrorCode::Internal as i32,
                message: "conformance: fails for good".into(),
                non_retryable: true,
                ..Default::default()
            }),
        })
        .await;
    let status = ok("FailWorkflow", r)?.status();
    if status != WorkflowStatus::Failed {
        return Err(format!(
            "FailWorkflow with a non-retryable error left the run {status:?}, not FAILED"
        ));
    }
    Ok((run_id, worker_id))
}

/// The output of the step `first` of [`failed_run`].
pub fn memo() -> Payload {
    Payload {
        data: b"{\"memo\":1}".to_vec(),
        ..Default::default()
    }
}

/// A schedule of `cron` with `max_catchup`.
pub async fn schedule_catchup(
    ctx: &Ctx,
    ns: &str,
    cron: &str,
    max_catchup: i32,
) -> Result<WorkflowSchedule, String> {
    let r = ctx
        .schedules()
        .create_workflow_schedule(CreateWorkflowScheduleRequest {
            namespace_id: ns.into(),
            task_queue: QUEUE.into(),
            workflow_type: TYPE.into(),
            cron_expr: cron.into(),
            max_catchup: Some(max_catchup),
            ..Default::default()
        })
        .await;
    ok("CreateWorkflowSchedule", r)?
        .schedule
        .ok_or_else(|| "CreateWorkflowSchedule: no schedule in the response".into())
}

/// Every run a schedule started, as ListScheduleRuns gives them (one big
/// page).
pub async fn schedule_runs(ctx: &Ctx, ns: &str, id: &str) -> Result<Vec<Workflow>, String> {
    let r = ctx
        .schedules()
        .list_schedule_runs(ListScheduleRunsRequest {
            namespace_id: ns.into(),
            schedule_id: id.into(),
            status_filter: None,
            page: Some(PageRequest {
                page_size: 1000,
                ..Default::default()
            }),
        })
        .await;
    Ok(ok("ListScheduleRuns", r)?.runs)
}
