//! Resources the scenarios start from, created through the API itself.

use std::time::Duration;

use kagzi_proto::kagzi::v1::{
    BeginStepRequest, CreateWorkflowScheduleRequest, PollTaskRequest, RegisterRequest,
    StartWorkflowRequest, StepKind, WorkflowSchedule, WorkflowTask,
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
