//! The schedule RPCs added in v1.2.0: trigger a schedule now, pause and
//! resume it, and list the runs it started (workflow_schedule.proto).

use kagzi_proto::kagzi::v1::{
    ListScheduleRunsRequest, ListScheduleRunsResponse, PauseWorkflowScheduleRequest,
    PauseWorkflowScheduleResponse, ResumeWorkflowScheduleRequest, ResumeWorkflowScheduleResponse,
    TriggerWorkflowScheduleRequest, TriggerWorkflowScheduleResponse, Workflow, WorkflowStatus,
};
use tonic::{Response, Status};

use crate::check::{self, required};
use crate::clock;
use crate::errors;
use crate::paging::{self, Order};
use crate::schedule::{answered, not_found, schedule_mut};
use crate::state::{Store, now};

pub fn trigger(
    store: &Store,
    req: TriggerWorkflowScheduleRequest,
) -> Result<Response<TriggerWorkflowScheduleResponse>, Status> {
    required(&req.namespace_id, "namespace_id")?;
    required(&req.schedule_id, "schedule_id")?;
    let mut st = store.lock();
    schedule_mut(
        &mut st,
        store,
        "TriggerWorkflowSchedule",
        &req.namespace_id,
        &req.schedule_id,
    )
    .ok_or_else(|| not_found(&req.schedule_id))?;
    if st.namespace_disabled(&req.namespace_id) {
        return Err(errors::namespace_disabled(&req.namespace_id));
    }
    // Not a fire: next_fire_at and last_fired_at stay as they are.
    let t = now();
    let run_id = clock::start_run(&mut st, &req.schedule_id, t)
        .ok_or_else(|| errors::internal("the schedule vanished while triggered"))?;
    if store.faults.broken("trigger") {
        clock::start_run(&mut st, &req.schedule_id, t);
    }
    drop(st);
    store.notify();
    Ok(Response::new(TriggerWorkflowScheduleResponse { run_id }))
}

pub fn pause(
    store: &Store,
    req: PauseWorkflowScheduleRequest,
) -> Result<Response<PauseWorkflowScheduleResponse>, Status> {
    required(&req.namespace_id, "namespace_id")?;
    required(&req.schedule_id, "schedule_id")?;
    let mut st = store.lock();
    let rec = schedule_mut(
        &mut st,
        store,
        "PauseWorkflowSchedule",
        &req.namespace_id,
        &req.schedule_id,
    )
    .ok_or_else(|| not_found(&req.schedule_id))?;
    let broken = store.faults.broken("pause");
    if rec.schedule.enabled && !broken {
        rec.schedule.enabled = false;
        rec.schedule.next_fire_at = None;
        rec.schedule.updated_at = Some(now());
    }
    let rec = st.schedules.get(&req.schedule_id).expect("found above");
    let mut schedule = answered(&st, rec);
    if broken {
        // The `pause` fault (tests only): says paused, goes on firing.
        schedule.enabled = false;
        schedule.next_fire_at = None;
    }
    Ok(Response::new(PauseWorkflowScheduleResponse {
        schedule: Some(schedule),
    }))
}

pub fn resume(
    store: &Store,
    req: ResumeWorkflowScheduleRequest,
) -> Result<Response<ResumeWorkflowScheduleResponse>, Status> {
    required(&req.namespace_id, "namespace_id")?;
    required(&req.schedule_id, "schedule_id")?;
    let t = now();
    let mut st = store.lock();
    let rec = schedule_mut(
        &mut st,
        store,
        "ResumeWorkflowSchedule",
        &req.namespace_id,
        &req.schedule_id,
    )
    .ok_or_else(|| not_found(&req.schedule_id))?;
    let was_paused = !rec.schedule.enabled;
    rec.schedule.enabled = true;
    let limit = if store.faults.broken("catchup") {
        usize::MAX
    } else {
        rec.schedule.max_catchup.max(0) as usize
    };
    if was_paused {
        rec.schedule.updated_at = Some(t);
    }
    let disabled = st.namespace_disabled(&req.namespace_id);
    let caught_up_run_ids = if !was_paused {
        Vec::new()
    } else if disabled {
        // Enabled, but nothing starts until the namespace is enabled, which
        // catches up then; the next fire time is known already.
        let rec = st.schedules.get_mut(&req.schedule_id).expect("found above");
        rec.schedule.next_fire_at = crate::cron::next_fire(&rec.schedule.cron_expr, t).ok();
        Vec::new()
    } else {
        clock::catch_up_missed(&mut st, &req.schedule_id, t, limit)
    };
    let rec = st.schedules.get(&req.schedule_id).expect("found above");
    let schedule = answered(&st, rec);
    drop(st);
    store.notify();
    Ok(Response::new(ResumeWorkflowScheduleResponse {
        schedule: Some(schedule),
        caught_up_run_ids,
    }))
}

pub fn list_runs(
    store: &Store,
    req: ListScheduleRunsRequest,
) -> Result<Response<ListScheduleRunsResponse>, Status> {
    required(&req.namespace_id, "namespace_id")?;
    required(&req.schedule_id, "schedule_id")?;
    if let Some(s) = req.status_filter {
        check::known_enum::<WorkflowStatus>(s, "status_filter")?;
    }
    let filters = paging::fingerprint(&(&req.namespace_id, &req.schedule_id, req.status_filter));
    let mut st = store.lock();
    schedule_mut(
        &mut st,
        store,
        "ListScheduleRuns",
        &req.namespace_id,
        &req.schedule_id,
    )
    .ok_or_else(|| not_found(&req.schedule_id))?;
    let rec = st.schedules.get(&req.schedule_id).expect("found above");
    let matching: Vec<(u64, Workflow)> = rec
        .runs
        .iter()
        .filter_map(|(seq, id)| Some((*seq, st.runs.get(id)?.workflow.clone())))
        .filter(|(_, w)| req.status_filter.is_none_or(|s| s == w.status))
        .collect();
    drop(st);
    let order = if store.faults.broken("schedule-runs-order") {
        Order::OldestFirst
    } else {
        Order::NewestFirst
    };
    let (runs, page_info) =
        paging::page("schedule-runs", filters, matching, order, req.page.as_ref())?;
    Ok(Response::new(ListScheduleRunsResponse {
        runs,
        page_info: Some(page_info),
    }))
}
