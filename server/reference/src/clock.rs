//! What the passing of time does to the state, applied lazily: every call
//! first catches the state up with the clock ([`catch_up`], from
//! `Store::lock`), and a ticker of the serving process ([`tick_forever`])
//! does the same a few times a second, so schedules fire while nobody
//! calls. There is no fake clock: a test that needs a schedule to fire (or
//! to miss fire times) uses a six-field cron such as `* * * * * *`, which
//! fires every second, and waits seconds, not minutes.
//!
//! - runs whose `start_at` came leave SCHEDULED;
//! - runs waiting in a disabled namespace are PAUSED (namespace.proto);
//! - enabled schedules of enabled namespaces fire the fire times that came.
//!
//! Catch-up after a pause or a disabled namespace ([`catch_up_missed`])
//! follows the WorkflowScheduleService comment: the latest `max_catchup`
//! missed fire times, oldest first.

use std::collections::VecDeque;

use kagzi_proto::google::protobuf::Timestamp;
use kagzi_proto::kagzi::v1::{Workflow, WorkflowStatus};

use crate::cron;
use crate::state::{Run, State, Store, before_or_at};

/// Most fire times one schedule fires in one catch-up of the clock; the
/// rest are skipped (only a clock jump gets near it).
const MAX_FIRES_PER_CATCH_UP: usize = 1000;
/// Most fire times a missed-run catch-up looks at; older ones are skipped.
const MAX_MISSED_SCAN: usize = 100_000;

pub fn catch_up(st: &mut State, now: Timestamp) {
    let disabled: Vec<String> = st
        .namespaces
        .values()
        .filter(|n| !n.enabled)
        .map(|n| n.namespace_id.clone())
        .collect();
    for run in st.runs.values_mut() {
        let w = &mut run.workflow;
        if w.status == WorkflowStatus::Scheduled as i32
            && w.start_at.as_ref().is_none_or(|s| before_or_at(s, &now))
        {
            w.status = WorkflowStatus::Pending as i32;
        }
        if w.status == WorkflowStatus::Pending as i32 && disabled.contains(&w.namespace_id) {
            w.status = WorkflowStatus::Paused as i32;
        }
    }
    let due: Vec<(String, bool)> = st
        .schedules
        .iter()
        .filter(|(_, r)| r.schedule.enabled)
        .filter(|(_, r)| {
            r.schedule
                .next_fire_at
                .as_ref()
                .is_some_and(|t| before_or_at(t, &now))
        })
        .map(|(_, r)| {
            let s = &r.schedule;
            (s.schedule_id.clone(), disabled.contains(&s.namespace_id))
        })
        .collect();
    for (id, namespace_disabled) in due {
        if namespace_disabled {
            // Fires nothing: the fire times are missed (caught up when the
            // namespace is enabled, from `fired_through`, which stays).
            skip_to_next(st, &id, now, false);
        } else {
            fire_due(st, &id, now);
        }
    }
}

/// Moves `next_fire_at` of schedule `id` to the first fire time after
/// `now`; with `skipped`, the fire times before count as handled.
fn skip_to_next(st: &mut State, id: &str, now: Timestamp, skipped: bool) {
    if let Some(rec) = st.schedules.get_mut(id) {
        rec.schedule.next_fire_at = cron::next_fire(&rec.schedule.cron_expr, now).ok();
        if skipped {
            rec.fired_through = now;
        }
    }
}

/// Fires every fire time of schedule `id` that came by `now`, up to
/// [`MAX_FIRES_PER_CATCH_UP`]; beyond that (only a clock jump gets there)
/// the rest are skipped.
fn fire_due(st: &mut State, id: &str, now: Timestamp) {
    let Some(rec) = st.schedules.get(id) else {
        return;
    };
    let Ok(cron) = cron::parse(&rec.schedule.cron_expr) else {
        return;
    };
    for _ in 0..MAX_FIRES_PER_CATCH_UP {
        let Some(at) = st
            .schedules
            .get(id)
            .and_then(|r| r.schedule.next_fire_at)
            .filter(|t| before_or_at(t, &now))
        else {
            return;
        };
        start_run(st, id, now);
        let next = cron::next_after(&cron, at).ok();
        let Some(rec) = st.schedules.get_mut(id) else {
            return;
        };
        rec.schedule.last_fired_at = Some(at);
        rec.fired_through = at;
        rec.schedule.next_fire_at = next;
    }
    skip_to_next(st, id, now, true);
}

/// Starts one run of schedule `id` now, as a fire or a trigger does: its
/// queue, type, input and version, with `schedule_id` set. The run is
/// recorded among the schedule's runs. `None` when there is no such
/// schedule.
pub fn start_run(st: &mut State, id: &str, now: Timestamp) -> Option<String> {
    let s = st.schedules.get(id)?.schedule.clone();
    let (seq, run_id) = st.next_id();
    let status = if st.namespace_disabled(&s.namespace_id) {
        WorkflowStatus::Paused
    } else {
        WorkflowStatus::Pending
    };
    let workflow = Workflow {
        run_id: run_id.clone(),
        namespace_id: s.namespace_id,
        task_queue: s.task_queue,
        workflow_type: s.workflow_type,
        status: status as i32,
        input: s.input,
        created_at: Some(now),
        version: s.version,
        schedule_id: s.schedule_id,
        ..Default::default()
    };
    st.runs.insert(
        seq,
        run_id.clone(),
        Run {
            workflow,
            retry_policy: None,
            ready_at: Some(now),
            retrying: false,
            requested_deadline_at: None,
            attempts_before_retry: 0,
        },
    );
    st.schedules.get_mut(id)?.runs.push((seq, run_id.clone()));
    Some(run_id)
}

/// The fire times of schedule `id` missed up to `now` (after
/// `last_fired_at`, or `created_at`, and after any skipped earlier): a run
/// for each of the latest `limit` of them, oldest first; the older ones are
/// skipped. Sets `next_fire_at` to the first fire time after now. Returns
/// the runs started.
pub fn catch_up_missed(st: &mut State, id: &str, now: Timestamp, limit: usize) -> Vec<String> {
    let Some(rec) = st.schedules.get(id) else {
        return Vec::new();
    };
    let Ok(cron) = cron::parse(&rec.schedule.cron_expr) else {
        return Vec::new();
    };
    let mut latest: VecDeque<Timestamp> = VecDeque::new();
    let mut t = rec.fired_through;
    for _ in 0..MAX_MISSED_SCAN {
        match cron::next_after(&cron, t) {
            Ok(next) if before_or_at(&next, &now) => {
                latest.push_back(next);
                if latest.len() > limit {
                    latest.pop_front();
                }
                t = next;
            }
            _ => break,
        }
    }
    let mut started = Vec::new();
    for at in &latest {
        if let Some(run_id) = start_run(st, id, now) {
            started.push(run_id);
        }
        if let Some(rec) = st.schedules.get_mut(id) {
            rec.schedule.last_fired_at = Some(*at);
        }
    }
    if let Some(rec) = st.schedules.get_mut(id) {
        rec.fired_through = now;
        rec.schedule.next_fire_at = if rec.schedule.enabled {
            cron::next_after(&cron, now).ok()
        } else {
            None
        };
    }
    started
}

/// Catches the store up with the clock a few times a second, for as long
/// as the serving process runs, and wakes the long polls when it did.
pub async fn tick_forever(store: Store) {
    let mut ticker = tokio::time::interval(std::time::Duration::from_millis(200));
    loop {
        ticker.tick().await;
        drop(store.lock());
        store.notify();
    }
}
