//! The schedule lifecycle of v1.2.0 (workflow_schedule.proto): a trigger
//! starts exactly one run; a paused schedule fires nothing; a resumed one
//! catches up the latest `max_catchup` missed fire times; per-schedule run
//! counts; six-field cron. The firing scenarios use `* * * * * *` (every
//! second), so they wait seconds, not minutes.

use std::time::Duration;

use chrono::{DateTime, Utc};
use croner::parser::{CronParser, Seconds};
use kagzi_proto::kagzi::v1::*;
use tonic::Code;

use crate::fixture;
use crate::harness::{Ctx, Verdict, ensure, fails_with, invalid, ok};

const EVERY_SECOND: &str = "* * * * * *";

async fn pause(ctx: &Ctx, ns: &str, id: &str) -> Result<WorkflowSchedule, String> {
    let r = ctx
        .schedules()
        .pause_workflow_schedule(PauseWorkflowScheduleRequest {
            namespace_id: ns.into(),
            schedule_id: id.into(),
        })
        .await;
    Ok(ok("PauseWorkflowSchedule", r)?.schedule.unwrap_or_default())
}

async fn resume(ctx: &Ctx, ns: &str, id: &str) -> Result<ResumeWorkflowScheduleResponse, String> {
    let r = ctx
        .schedules()
        .resume_workflow_schedule(ResumeWorkflowScheduleRequest {
            namespace_id: ns.into(),
            schedule_id: id.into(),
        })
        .await;
    ok("ResumeWorkflowSchedule", r)
}

async fn trigger(ctx: &Ctx, ns: &str, id: &str) -> Result<String, String> {
    let r = ctx
        .schedules()
        .trigger_workflow_schedule(TriggerWorkflowScheduleRequest {
            namespace_id: ns.into(),
            schedule_id: id.into(),
        })
        .await;
    Ok(ok("TriggerWorkflowSchedule", r)?.run_id)
}

async fn get(ctx: &Ctx, ns: &str, id: &str) -> Result<WorkflowSchedule, String> {
    let r = ctx
        .schedules()
        .get_workflow_schedule(GetWorkflowScheduleRequest {
            namespace_id: ns.into(),
            schedule_id: id.into(),
        })
        .await;
    Ok(ok("GetWorkflowSchedule", r)?.schedule.unwrap_or_default())
}

pub async fn trigger_starts_one(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("trigger");
    // A schedule that will not fire during the scenario on its own.
    let s = fixture::schedule(&ctx, &ns, "0 0 1 1 *").await?;
    let run_id = trigger(&ctx, &ns, &s.schedule_id).await?;
    let runs = fixture::schedule_runs(&ctx, &ns, &s.schedule_id).await?;
    let ids: Vec<&str> = runs.iter().map(|w| w.run_id.as_str()).collect();
    ensure(ids == [run_id.as_str()], || {
        format!(
            "one TriggerWorkflowSchedule must start exactly one run ({run_id}); the schedule's runs are {ids:?}"
        )
    })?;
    let w = &runs[0];
    ensure(
        w.schedule_id == s.schedule_id
            && w.task_queue == s.task_queue
            && w.workflow_type == s.workflow_type,
        || format!("the triggered run must carry the schedule's id, queue and type: {w:?}"),
    )?;
    let after = get(&ctx, &ns, &s.schedule_id).await?;
    ensure(
        after.next_fire_at == s.next_fire_at
            && after.last_fired_at == s.last_fired_at
            && after.total_runs == 1,
        || {
            format!(
                "a trigger is not a fire (next_fire_at, last_fired_at unchanged) and counts one run: before {s:?}, after {after:?}"
            )
        },
    )?;
    let r = ctx
        .schedules()
        .trigger_workflow_schedule(TriggerWorkflowScheduleRequest {
            namespace_id: ns,
            schedule_id: "no-such-schedule".into(),
        })
        .await;
    fails_with(
        "TriggerWorkflowSchedule of an unknown schedule",
        Code::NotFound,
        ErrorCode::NotFound,
        r,
    )?;
    Ok(())
}

pub async fn paused_fires_nothing(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("paused");
    let s = fixture::schedule_catchup(&ctx, &ns, EVERY_SECOND, 0).await?;
    let paused = pause(&ctx, &ns, &s.schedule_id).await?;
    ensure(!paused.enabled && paused.next_fire_at.is_none(), || {
        format!("a paused schedule must have enabled false and no next_fire_at: {paused:?}")
    })?;
    let before = fixture::schedule_runs(&ctx, &ns, &s.schedule_id)
        .await?
        .len();
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let after = fixture::schedule_runs(&ctx, &ns, &s.schedule_id)
        .await?
        .len();
    ensure(after == before, || {
        format!(
            "a paused schedule of `{EVERY_SECOND}` started {} run(s) in 2.5s",
            after - before
        )
    })?;
    // max_catchup 0: the missed fire times are all skipped.
    let resumed = resume(&ctx, &ns, &s.schedule_id).await?;
    ensure(resumed.caught_up_run_ids.is_empty(), || {
        format!(
            "resuming with max_catchup 0 caught up {:?}",
            resumed.caught_up_run_ids
        )
    })
}

pub async fn resume_catches_up(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("resume");
    let s = fixture::schedule_catchup(&ctx, &ns, EVERY_SECOND, 2).await?;
    pause(&ctx, &ns, &s.schedule_id).await?;
    let before = fixture::schedule_runs(&ctx, &ns, &s.schedule_id)
        .await?
        .len();
    // At least three fire times pass while paused.
    tokio::time::sleep(Duration::from_millis(3500)).await;
    let resumed = resume(&ctx, &ns, &s.schedule_id).await?;
    let caught = &resumed.caught_up_run_ids;
    ensure(caught.len() == 2, || {
        format!(
            "with max_catchup 2 and at least 3 missed fire times, ResumeWorkflowSchedule must catch up exactly 2 runs, caught up {caught:?}"
        )
    })?;
    let schedule = resumed.schedule.unwrap_or_default();
    let now = crate::harness::millis(&crate::harness::now());
    ensure(
        schedule.enabled
            && schedule
                .next_fire_at
                .as_ref()
                .is_some_and(|t| crate::harness::millis(t) >= now - 1000),
        || format!("a resumed schedule must be enabled with next_fire_at after now: {schedule:?}"),
    )?;
    let runs = fixture::schedule_runs(&ctx, &ns, &s.schedule_id).await?;
    ensure(
        caught.iter().all(|id| runs.iter().any(|w| &w.run_id == id)),
        || format!("the caught-up runs {caught:?} are not among the schedule's runs"),
    )?;
    // Nothing else was started at the resume (the schedule fires on later).
    ensure(runs.len() >= before + 2, || {
        format!(
            "the schedule lists {} runs after catching up 2 (had {before})",
            runs.len()
        )
    })?;
    pause(&ctx, &ns, &s.schedule_id).await?;
    Ok(())
}

pub async fn run_counts(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("counts");
    let s = fixture::schedule(&ctx, &ns, "0 0 1 1 *").await?;
    let worker_id = fixture::register(&ctx, &ns).await?;
    let ok_run = trigger(&ctx, &ns, &s.schedule_id).await?;
    let task = fixture::poll(&ctx, &ns, &worker_id).await?;
    ensure(task.run_id == ok_run, || {
        "PollTask handed out another run".into()
    })?;
    let r = ctx
        .workers()
        .complete_workflow(CompleteWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: ok_run,
            output: None,
        })
        .await;
    ok("CompleteWorkflow", r)?;
    let bad_run = trigger(&ctx, &ns, &s.schedule_id).await?;
    fixture::poll(&ctx, &ns, &worker_id).await?;
    let r = ctx
        .workers()
        .fail_workflow(FailWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: bad_run,
            error: Some(ErrorDetail {
                message: "conformance".into(),
                non_retryable: true,
                ..Default::default()
            }),
        })
        .await;
    ok("FailWorkflow", r)?;
    trigger(&ctx, &ns, &s.schedule_id).await?;
    let after = get(&ctx, &ns, &s.schedule_id).await?;
    ensure(
        (after.total_runs, after.succeeded_runs, after.failed_runs) == (3, 1, 1),
        || {
            format!(
                "after 3 runs (one COMPLETED, one FAILED, one PENDING) the counts are total {}, succeeded {}, failed {}",
                after.total_runs, after.succeeded_runs, after.failed_runs
            )
        },
    )
}

pub async fn six_field_cron(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("cron6");
    let expr = "30 15 9 * * *";
    let s = fixture::schedule(&ctx, &ns, expr).await?;
    let created = s.created_at.unwrap_or_default();
    let cron = CronParser::builder()
        .seconds(Seconds::Optional)
        .build()
        .parse(expr)
        .map_err(|e| e.to_string())?;
    let from: DateTime<Utc> =
        DateTime::from_timestamp(created.seconds, 0).ok_or("timestamp out of range")?;
    let want = cron
        .find_next_occurrence(&from, false)
        .map_err(|e| e.to_string())?
        .timestamp();
    let got = s.next_fire_at.as_ref().map(|t| t.seconds).unwrap_or(0);
    ensure(got == want, || {
        format!("six-field {expr:?}: next_fire_at {got}, expected {want} (09:15:30 UTC)")
    })?;
    for bad in ["* * * *", "0 0 9 * * * 2030"] {
        let r = ctx
            .schedules()
            .create_workflow_schedule(CreateWorkflowScheduleRequest {
                namespace_id: ns.clone(),
                task_queue: fixture::QUEUE.into(),
                workflow_type: fixture::TYPE.into(),
                cron_expr: bad.into(),
                ..Default::default()
            })
            .await;
        invalid(
            &format!("CreateWorkflowSchedule with cron_expr {bad:?}"),
            "cron_expr",
            r,
        )?;
    }
    Ok(())
}
