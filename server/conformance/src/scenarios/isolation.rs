//! "Every request is scoped by namespace_id": a resource of one namespace
//! can be neither read, listed, changed nor deleted by a request naming
//! another one, and stays as it was. One scenario per RPC that names a
//! resource.

use kagzi_proto::google::protobuf::Duration;
use kagzi_proto::kagzi::v1::*;
use tonic::Code;

use crate::fixture::{self, World};
use crate::harness::{Ctx, Verdict, ensure, fails, ok};

/// The run of the world as its own namespace sees it.
async fn run(ctx: &Ctx, w: &World) -> Result<Workflow, String> {
    let r = ctx
        .workflows()
        .get_workflow(GetWorkflowRequest {
            namespace_id: w.ns.clone(),
            run_id: w.run_id.clone(),
        })
        .await;
    ok("GetWorkflow (owner)", r)?
        .workflow
        .ok_or_else(|| "GetWorkflow (owner): no workflow".into())
}

pub(crate) async fn run_intact(ctx: &Ctx, w: &World, rpc: &str) -> Verdict {
    let run = run(ctx, w).await?;
    ensure(
        run.status() == WorkflowStatus::Running && run.worker_id == w.worker_id,
        || {
            format!(
                "{rpc} from another namespace changed the run: now {:?} held by {:?}",
                run.status(),
                run.worker_id
            )
        },
    )
}

async fn step_intact(ctx: &Ctx, w: &World, rpc: &str) -> Verdict {
    let r = ctx
        .admin()
        .get_step(GetStepRequest {
            namespace_id: w.ns.clone(),
            step_id: w.step_id.clone(),
        })
        .await;
    let step = ok("GetStep (owner)", r)?.step.unwrap_or_default();
    ensure(step.status() == StepStatus::Running, || {
        format!(
            "{rpc} from another namespace changed the step: now {:?}",
            step.status()
        )
    })
}

pub(crate) async fn worker(ctx: &Ctx, w: &World) -> Result<Worker, String> {
    let r = ctx
        .admin()
        .get_worker(GetWorkerRequest {
            namespace_id: w.ns.clone(),
            worker_id: w.worker_id.clone(),
        })
        .await;
    ok("GetWorker (owner)", r)?
        .worker
        .ok_or_else(|| "GetWorker (owner): no worker".into())
}

pub(crate) async fn schedule_intact(ctx: &Ctx, w: &World, rpc: &str) -> Verdict {
    let r = ctx
        .schedules()
        .get_workflow_schedule(GetWorkflowScheduleRequest {
            namespace_id: w.ns.clone(),
            schedule_id: w.schedule.schedule_id.clone(),
        })
        .await;
    let s = ok("GetWorkflowSchedule (owner)", r)?
        .schedule
        .unwrap_or_default();
    ensure(s == w.schedule, || {
        format!("{rpc} from another namespace changed the schedule: {s:?}")
    })
}

pub async fn get_workflow(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workflows()
        .get_workflow(GetWorkflowRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
        })
        .await;
    fails("GetWorkflow from another namespace", Code::NotFound, r)?;
    Ok(())
}

pub async fn list_workflows(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workflows()
        .list_workflows(ListWorkflowsRequest {
            namespace_id: w.other.clone(),
            ..Default::default()
        })
        .await;
    let list = ok("ListWorkflows", r)?;
    ensure(list.workflows.is_empty(), || {
        format!(
            "ListWorkflows of an empty namespace returned {} run(s) of another",
            list.workflows.len()
        )
    })
}

pub async fn start_workflow(ctx: Ctx) -> Verdict {
    // The idempotency key is per namespace: the same key elsewhere starts
    // a run of its own.
    let w = World::new(&ctx).await?;
    let r = ctx
        .workflows()
        .start_workflow(StartWorkflowRequest {
            namespace_id: w.other.clone(),
            task_queue: fixture::QUEUE.into(),
            workflow_type: fixture::TYPE.into(),
            external_id: Some("world".into()),
            ..Default::default()
        })
        .await;
    let s = ok("StartWorkflow", r)?;
    ensure(!s.already_exists && s.run_id != w.run_id, || {
        format!("StartWorkflow with another namespace's external_id returned its run ({s:?})")
    })
}

pub async fn cancel_workflow(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workflows()
        .cancel_workflow(CancelWorkflowRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
            reason: "intruder".into(),
        })
        .await;
    fails("CancelWorkflow from another namespace", Code::NotFound, r)?;
    run_intact(&ctx, &w, "CancelWorkflow").await
}

pub async fn wait_workflow(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workflows()
        .wait_workflow(WaitWorkflowRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
            timeout: Some(Duration {
                seconds: 1,
                nanos: 0,
            }),
        })
        .await;
    fails("WaitWorkflow from another namespace", Code::NotFound, r)?;
    Ok(())
}

pub async fn heartbeat(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let before = worker(&ctx, &w).await?;
    let r = ctx
        .workers()
        .heartbeat(HeartbeatRequest {
            namespace_id: w.other.clone(),
            worker_id: w.worker_id.clone(),
            active_count: 7,
            completed_delta: 5,
            failed_delta: 3,
        })
        .await;
    // Either an error or "register again": the worker is unknown there.
    if let Ok(resp) = r {
        let resp = resp.into_inner();
        ensure(resp.reregister, || {
            format!("Heartbeat from another namespace was accepted: {resp:?}")
        })?;
    }
    let after = worker(&ctx, &w).await?;
    ensure(after == before, || {
        format!("Heartbeat from another namespace changed the worker: {before:?} -> {after:?}")
    })
}

pub async fn deregister(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workers()
        .deregister(DeregisterRequest {
            namespace_id: w.other.clone(),
            worker_id: w.worker_id.clone(),
            drain: false,
        })
        .await;
    fails("Deregister from another namespace", Code::NotFound, r)?;
    let after = worker(&ctx, &w).await?;
    ensure(after.status() == WorkerStatus::Online, || {
        format!(
            "Deregister from another namespace made the worker {:?}",
            after.status()
        )
    })?;
    run_intact(&ctx, &w, "Deregister").await
}

pub async fn poll_task(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let pending = fixture::start(&ctx, &w.ns, None).await?;
    // The owner's worker id, named in another namespace: no task of the
    // owner may come out.
    if let Ok(r) = ctx
        .workers()
        .poll_task(PollTaskRequest {
            namespace_id: w.other.clone(),
            worker_id: w.worker_id.clone(),
            task_queue: fixture::QUEUE.into(),
            workflow_types: vec![],
        })
        .await
    {
        let task = r.into_inner().task;
        ensure(task.is_none(), || {
            format!("PollTask in another namespace handed out {task:?}")
        })?;
    }
    let r = ctx
        .workflows()
        .get_workflow(GetWorkflowRequest {
            namespace_id: w.ns.clone(),
            run_id: pending.clone(),
        })
        .await;
    let run = ok("GetWorkflow", r)?.workflow.unwrap_or_default();
    ensure(run.status() == WorkflowStatus::Pending, || {
        format!(
            "PollTask from another namespace took the owner's run: {:?}",
            run.status()
        )
    })
}

pub async fn begin_step(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workers()
        .begin_step(BeginStepRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
            step_name: "intruder".into(),
            kind: StepKind::Function as i32,
            ..Default::default()
        })
        .await;
    fails("BeginStep from another namespace", Code::NotFound, r)?;
    let r = ctx
        .admin()
        .list_steps(ListStepsRequest {
            namespace_id: w.ns.clone(),
            run_id: w.run_id.clone(),
            ..Default::default()
        })
        .await;
    let steps = ok("ListSteps (owner)", r)?.steps;
    ensure(steps.len() == 1, || {
        format!("BeginStep from another namespace added a step: {steps:?}")
    })
}

pub async fn complete_step(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workers()
        .complete_step(CompleteStepRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
            step_id: w.step_id.clone(),
            output: None,
        })
        .await;
    fails("CompleteStep from another namespace", Code::NotFound, r)?;
    step_intact(&ctx, &w, "CompleteStep").await
}

pub async fn fail_step(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workers()
        .fail_step(FailStepRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
            step_id: w.step_id.clone(),
            error: Some(ErrorDetail {
                message: "intruder".into(),
                ..Default::default()
            }),
        })
        .await;
    fails("FailStep from another namespace", Code::NotFound, r)?;
    step_intact(&ctx, &w, "FailStep").await
}

pub async fn complete_workflow(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workers()
        .complete_workflow(CompleteWorkflowRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
            output: None,
        })
        .await;
    fails("CompleteWorkflow from another namespace", Code::NotFound, r)?;
    run_intact(&ctx, &w, "CompleteWorkflow").await
}

pub async fn fail_workflow(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workers()
        .fail_workflow(FailWorkflowRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
            error: Some(ErrorDetail {
                message: "intruder".into(),
                non_retryable: true,
                ..Default::default()
            }),
        })
        .await;
    fails("FailWorkflow from another namespace", Code::NotFound, r)?;
    run_intact(&ctx, &w, "FailWorkflow").await
}

pub async fn sleep(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workers()
        .sleep(SleepRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
            step_name: "nap".into(),
            duration: Some(Duration {
                seconds: 60,
                nanos: 0,
            }),
        })
        .await;
    fails("Sleep from another namespace", Code::NotFound, r)?;
    run_intact(&ctx, &w, "Sleep").await
}

pub async fn get_worker(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .admin()
        .get_worker(GetWorkerRequest {
            namespace_id: w.other.clone(),
            worker_id: w.worker_id.clone(),
        })
        .await;
    fails("GetWorker from another namespace", Code::NotFound, r)?;
    Ok(())
}

pub async fn list_workers(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .admin()
        .list_workers(ListWorkersRequest {
            namespace_id: w.other.clone(),
            ..Default::default()
        })
        .await;
    let list = ok("ListWorkers", r)?;
    ensure(list.workers.is_empty(), || {
        format!(
            "ListWorkers of an empty namespace returned {:?}",
            list.workers
        )
    })
}

pub async fn get_step(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .admin()
        .get_step(GetStepRequest {
            namespace_id: w.other.clone(),
            step_id: w.step_id.clone(),
        })
        .await;
    fails("GetStep from another namespace", Code::NotFound, r)?;
    Ok(())
}

pub async fn list_steps(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .admin()
        .list_steps(ListStepsRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
            ..Default::default()
        })
        .await;
    // NOT_FOUND (the run is not in that namespace) or an empty list.
    if let Ok(resp) = r {
        let steps = resp.into_inner().steps;
        ensure(steps.is_empty(), || {
            format!("ListSteps from another namespace returned {steps:?}")
        })?;
    }
    Ok(())
}

pub async fn get_workflow_schedule(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .schedules()
        .get_workflow_schedule(GetWorkflowScheduleRequest {
            namespace_id: w.other.clone(),
            schedule_id: w.schedule.schedule_id.clone(),
        })
        .await;
    fails(
        "GetWorkflowSchedule from another namespace",
        Code::NotFound,
        r,
    )?;
    Ok(())
}

pub async fn list_workflow_schedules(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .schedules()
        .list_workflow_schedules(ListWorkflowSchedulesRequest {
            namespace_id: w.other.clone(),
            ..Default::default()
        })
        .await;
    let list = ok("ListWorkflowSchedules", r)?;
    ensure(list.schedules.is_empty(), || {
        format!(
            "ListWorkflowSchedules of an empty namespace returned {:?}",
            list.schedules
        )
    })
}

pub async fn update_workflow_schedule(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .schedules()
        .update_workflow_schedule(UpdateWorkflowScheduleRequest {
            namespace_id: w.other.clone(),
            schedule_id: w.schedule.schedule_id.clone(),
            enabled: Some(false),
            task_queue: Some("stolen".into()),
            ..Default::default()
        })
        .await;
    fails(
        "UpdateWorkflowSchedule from another namespace",
        Code::NotFound,
        r,
    )?;
    schedule_intact(&ctx, &w, "UpdateWorkflowSchedule").await
}

pub async fn delete_workflow_schedule(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .schedules()
        .delete_workflow_schedule(DeleteWorkflowScheduleRequest {
            namespace_id: w.other.clone(),
            schedule_id: w.schedule.schedule_id.clone(),
        })
        .await;
    // "Deleting a schedule that does not exist succeeds": deleted = false.
    let d = ok("DeleteWorkflowSchedule from another namespace", r)?;
    ensure(!d.deleted, || {
        "DeleteWorkflowSchedule from another namespace said deleted = true".into()
    })?;
    schedule_intact(&ctx, &w, "DeleteWorkflowSchedule").await
}
