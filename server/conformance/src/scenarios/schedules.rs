//! WorkflowScheduleService: the first fire time computed from the cron
//! expression in UTC, updates that change only the fields set, deletes
//! that are idempotent.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use croner::Cron;
use kagzi_proto::google::protobuf::Timestamp;
use kagzi_proto::kagzi::v1::*;
use tonic::Code;

use crate::fixture;
use crate::harness::{Ctx, Verdict, ensure, fails, invalid, ok};

/// The first time after `t` that `expr` matches, in UTC (our own reading of
/// the expression, to hold the server's against).
fn expected_next(expr: &str, t: &Timestamp) -> Result<i64, String> {
    let cron = Cron::from_str(expr).map_err(|e| format!("{expr}: {e}"))?;
    let from: DateTime<Utc> =
        DateTime::from_timestamp(t.seconds, 0).ok_or("timestamp out of range")?;
    Ok(cron
        .find_next_occurrence(&from, false)
        .map_err(|e| e.to_string())?
        .timestamp())
}

fn fire(s: &WorkflowSchedule) -> i64 {
    s.next_fire_at.as_ref().map(|t| t.seconds).unwrap_or(0)
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

pub async fn create(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("sched");
    // 09:30 UTC on the 1st of each month: a local-time reading would differ.
    let expr = "30 9 1 * *";
    let s = fixture::schedule(&ctx, &ns, expr).await?;
    let created = s.created_at.unwrap_or_default();
    let want = expected_next(expr, &created)?;
    ensure(
        !s.schedule_id.is_empty() && s.enabled && s.cron_expr == expr && s.namespace_id == ns,
        || format!("CreateWorkflowSchedule returned {s:?}"),
    )?;
    ensure(fire(&s) == want, || {
        format!(
            "next_fire_at is {:?}, expected {want} (the first match of {expr:?} in UTC after created_at)",
            s.next_fire_at
        )
    })?;
    ensure(s.last_fired_at.is_none(), || {
        "a new schedule has last_fired_at set".into()
    })?;
    let back = get(&ctx, &ns, &s.schedule_id).await?;
    ensure(back == s, || {
        format!("GetWorkflowSchedule returned {back:?}, created {s:?}")
    })
}

pub async fn disabled(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("sched-off");
    let r = ctx
        .schedules()
        .create_workflow_schedule(CreateWorkflowScheduleRequest {
            namespace_id: ns,
            task_queue: fixture::QUEUE.into(),
            workflow_type: fixture::TYPE.into(),
            cron_expr: "0 9 * * *".into(),
            enabled: Some(false),
            ..Default::default()
        })
        .await;
    let s = ok("CreateWorkflowSchedule", r)?
        .schedule
        .unwrap_or_default();
    ensure(!s.enabled && s.next_fire_at.is_none(), || {
        format!("a disabled schedule must have no next_fire_at: {s:?}")
    })
}

pub async fn update_only_set(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("sched-update");
    let s = fixture::schedule(&ctx, &ns, "0 9 * * *").await?;
    let update = |req: UpdateWorkflowScheduleRequest| {
        let ctx = ctx.clone();
        async move {
            let r = ctx.schedules().update_workflow_schedule(req).await;
            Ok::<_, String>(
                ok("UpdateWorkflowSchedule", r)?
                    .schedule
                    .unwrap_or_default(),
            )
        }
    };
    let base = || UpdateWorkflowScheduleRequest {
        namespace_id: ns.clone(),
        schedule_id: s.schedule_id.clone(),
        ..Default::default()
    };
    let u = update(UpdateWorkflowScheduleRequest {
        max_catchup: Some(4),
        ..base()
    })
    .await?;
    let mut want = s.clone();
    want.max_catchup = 4;
    want.updated_at = u.updated_at;
    ensure(u == want, || {
        format!("updating max_catchup only changed more: {s:?} -> {u:?}")
    })?;
    let expr = "15 3 * * 1";
    let u = update(UpdateWorkflowScheduleRequest {
        cron_expr: Some(expr.into()),
        ..base()
    })
    .await?;
    let want = expected_next(expr, &u.updated_at.unwrap_or_default())?;
    ensure(
        u.cron_expr == expr && fire(&u) == want && u.max_catchup == 4,
        || format!("after a new cron_expr the next fire time must be recomputed ({want}): {u:?}"),
    )?;
    let u = update(UpdateWorkflowScheduleRequest {
        enabled: Some(false),
        ..base()
    })
    .await?;
    ensure(
        !u.enabled && u.next_fire_at.is_none() && u.cron_expr == expr,
        || format!("a disabled schedule must have no next_fire_at: {u:?}"),
    )?;
    let r = ctx
        .schedules()
        .update_workflow_schedule(UpdateWorkflowScheduleRequest {
            cron_expr: Some("not a cron".into()),
            ..base()
        })
        .await;
    invalid(
        "UpdateWorkflowSchedule with a bad cron_expr",
        "cron_expr",
        r,
    )?;
    let after = get(&ctx, &ns, &s.schedule_id).await?;
    ensure(after.cron_expr == expr, || {
        format!("a rejected update changed the schedule: {after:?}")
    })
}

pub async fn delete(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("sched-delete");
    let s = fixture::schedule(&ctx, &ns, "0 9 * * *").await?;
    let del = || {
        let (ctx, ns, id) = (ctx.clone(), ns.clone(), s.schedule_id.clone());
        async move {
            let r = ctx
                .schedules()
                .delete_workflow_schedule(DeleteWorkflowScheduleRequest {
                    namespace_id: ns,
                    schedule_id: id,
                })
                .await;
            Ok::<_, String>(ok("DeleteWorkflowSchedule", r)?.deleted)
        }
    };
    ensure(del().await?, || {
        "deleting a schedule answered deleted = false".into()
    })?;
    let r = ctx
        .schedules()
        .get_workflow_schedule(GetWorkflowScheduleRequest {
            namespace_id: ns.clone(),
            schedule_id: s.schedule_id.clone(),
        })
        .await;
    fails(
        "GetWorkflowSchedule of a deleted schedule",
        Code::NotFound,
        r,
    )?;
    ensure(!del().await?, || {
        "deleting a schedule twice answered deleted = true the second time".into()
    })
}

pub async fn list_filter(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("sched-list");
    let a = fixture::schedule(&ctx, &ns, "0 9 * * *").await?;
    let r = ctx
        .schedules()
        .create_workflow_schedule(CreateWorkflowScheduleRequest {
            namespace_id: ns.clone(),
            task_queue: "elsewhere".into(),
            workflow_type: fixture::TYPE.into(),
            cron_expr: "0 9 * * *".into(),
            ..Default::default()
        })
        .await;
    ok("CreateWorkflowSchedule", r)?;
    let r = ctx
        .schedules()
        .list_workflow_schedules(ListWorkflowSchedulesRequest {
            namespace_id: ns,
            task_queue: Some(fixture::QUEUE.into()),
            page: None,
        })
        .await;
    let ids: Vec<String> = ok("ListWorkflowSchedules", r)?
        .schedules
        .into_iter()
        .map(|s| s.schedule_id)
        .collect();
    ensure(ids == vec![a.schedule_id.clone()], || {
        format!("ListWorkflowSchedules filtered by task_queue returned {ids:?}")
    })
}
