//! Isolation for the RPCs added in v1.2.0: a run, schedule or worker of one
//! namespace is NOT_FOUND from another, never visible and never changed;
//! the counting RPCs count only the namespace named.

use kagzi_proto::kagzi::v1::*;
use tonic::Code;

use crate::fixture::{self, World};
use crate::harness::{Ctx, Verdict, ensure, fails, ok};
use crate::scenarios::isolation::{run_intact, schedule_intact, worker};

async fn no_schedule_runs(ctx: &Ctx, w: &World, rpc: &str) -> Verdict {
    let runs = fixture::schedule_runs(ctx, &w.ns, &w.schedule.schedule_id).await?;
    ensure(runs.is_empty(), || {
        format!(
            "{rpc} from another namespace started {} run(s) of the schedule",
            runs.len()
        )
    })
}

pub async fn get_workflow_by_external_id(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workflows()
        .get_workflow_by_external_id(GetWorkflowByExternalIdRequest {
            namespace_id: w.other.clone(),
            external_id: "world".into(),
        })
        .await;
    fails(
        "GetWorkflowByExternalId with another namespace's key",
        Code::NotFound,
        r,
    )?;
    Ok(())
}

pub async fn retry_workflow(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workflows()
        .retry_workflow(RetryWorkflowRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
            reason: "intruder".into(),
        })
        .await;
    fails("RetryWorkflow from another namespace", Code::NotFound, r)?;
    run_intact(&ctx, &w, "RetryWorkflow").await
}

pub async fn terminate_workflow(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .workflows()
        .terminate_workflow(TerminateWorkflowRequest {
            namespace_id: w.other.clone(),
            run_id: w.run_id.clone(),
            reason: "intruder".into(),
        })
        .await;
    fails(
        "TerminateWorkflow from another namespace",
        Code::NotFound,
        r,
    )?;
    run_intact(&ctx, &w, "TerminateWorkflow").await
}

pub async fn trigger_workflow_schedule(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .schedules()
        .trigger_workflow_schedule(TriggerWorkflowScheduleRequest {
            namespace_id: w.other.clone(),
            schedule_id: w.schedule.schedule_id.clone(),
        })
        .await;
    fails(
        "TriggerWorkflowSchedule from another namespace",
        Code::NotFound,
        r,
    )?;
    no_schedule_runs(&ctx, &w, "TriggerWorkflowSchedule").await
}

pub async fn pause_workflow_schedule(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .schedules()
        .pause_workflow_schedule(PauseWorkflowScheduleRequest {
            namespace_id: w.other.clone(),
            schedule_id: w.schedule.schedule_id.clone(),
        })
        .await;
    fails(
        "PauseWorkflowSchedule from another namespace",
        Code::NotFound,
        r,
    )?;
    schedule_intact(&ctx, &w, "PauseWorkflowSchedule").await
}

pub async fn resume_workflow_schedule(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .schedules()
        .resume_workflow_schedule(ResumeWorkflowScheduleRequest {
            namespace_id: w.other.clone(),
            schedule_id: w.schedule.schedule_id.clone(),
        })
        .await;
    fails(
        "ResumeWorkflowSchedule from another namespace",
        Code::NotFound,
        r,
    )?;
    schedule_intact(&ctx, &w, "ResumeWorkflowSchedule").await
}

pub async fn list_schedule_runs(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    // The schedule has a run, so a leak would show.
    let r = ctx
        .schedules()
        .trigger_workflow_schedule(TriggerWorkflowScheduleRequest {
            namespace_id: w.ns.clone(),
            schedule_id: w.schedule.schedule_id.clone(),
        })
        .await;
    ok("TriggerWorkflowSchedule (owner)", r)?;
    let r = ctx
        .schedules()
        .list_schedule_runs(ListScheduleRunsRequest {
            namespace_id: w.other.clone(),
            schedule_id: w.schedule.schedule_id.clone(),
            ..Default::default()
        })
        .await;
    fails("ListScheduleRuns from another namespace", Code::NotFound, r)?;
    Ok(())
}

pub async fn drain_worker(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .admin()
        .drain_worker(DrainWorkerRequest {
            namespace_id: w.other.clone(),
            worker_id: w.worker_id.clone(),
        })
        .await;
    fails("DrainWorker from another namespace", Code::NotFound, r)?;
    let after = worker(&ctx, &w).await?;
    ensure(after.status() == WorkerStatus::Online, || {
        format!(
            "DrainWorker from another namespace changed the worker to {:?}",
            after.status()
        )
    })
}

pub async fn get_stats(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let stats = |ns: String| {
        let ctx = ctx.clone();
        async move {
            let r = ctx
                .admin()
                .get_stats(GetStatsRequest {
                    namespace_id: Some(ns),
                })
                .await;
            ok("GetStats", r)
        }
    };
    let own = stats(w.ns.clone()).await?;
    ensure(
        own.total_runs == 1 && own.total_workers == 1 && own.total_schedules == 1,
        || format!("GetStats of a namespace with one run, worker and schedule: {own:?}"),
    )?;
    let other = stats(w.other.clone()).await?;
    ensure(
        other.total_runs == 0
            && other.total_workers == 0
            && other.total_schedules == 0
            && other.runs_by_status.is_empty()
            && other.workers_by_status.is_empty(),
        || format!("GetStats of an empty namespace counted another's: {other:?}"),
    )
}

pub async fn get_queue_depth(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .admin()
        .get_queue_depth(GetQueueDepthRequest {
            namespace_id: w.other.clone(),
            ..Default::default()
        })
        .await;
    let depths = ok("GetQueueDepth", r)?.depths;
    ensure(depths.is_empty(), || {
        format!("GetQueueDepth of an empty namespace counted another's runs: {depths:?}")
    })
}

pub async fn list_workflow_types(ctx: Ctx) -> Verdict {
    let w = World::new(&ctx).await?;
    let r = ctx
        .admin()
        .list_workflow_types(ListWorkflowTypesRequest {
            namespace_id: w.other.clone(),
            ..Default::default()
        })
        .await;
    let types = ok("ListWorkflowTypes", r)?.workflow_types;
    ensure(types.is_empty(), || {
        format!("ListWorkflowTypes of an empty namespace listed another's workers: {types:?}")
    })
}
