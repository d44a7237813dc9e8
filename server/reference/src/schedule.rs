//! WorkflowScheduleService: cron schedules, their fire times and runs.
//!
//! Fire times come from [`crate::cron`] (five or six fields, UTC); firing
//! itself is the clock's ([`crate::clock`]); trigger, pause, resume and the
//! list of a schedule's runs are in [`crate::schedule_control`]. The run
//! counts of a schedule are read from its runs when it is answered, so they
//! follow the runs' status as it is now.

use kagzi_proto::kagzi::v1::{
    CreateWorkflowScheduleRequest, CreateWorkflowScheduleResponse, DeleteWorkflowScheduleRequest,
    DeleteWorkflowScheduleResponse, GetWorkflowScheduleRequest, GetWorkflowScheduleResponse,
    ListScheduleRunsRequest, ListScheduleRunsResponse, ListWorkflowSchedulesRequest,
    ListWorkflowSchedulesResponse, PauseWorkflowScheduleRequest, PauseWorkflowScheduleResponse,
    ResumeWorkflowScheduleRequest, ResumeWorkflowScheduleResponse, TriggerWorkflowScheduleRequest,
    TriggerWorkflowScheduleResponse, UpdateWorkflowScheduleRequest, UpdateWorkflowScheduleResponse,
    WorkflowSchedule, WorkflowStatus, workflow_schedule_service_server::WorkflowScheduleService,
};
use tonic::{Request, Response, Status};

use crate::check::{self, required};
use crate::clock;
use crate::cron::next_fire;
use crate::errors;
use crate::paging::{self, Order};
use crate::rules;
use crate::schedule_control;
use crate::state::{ScheduleRecord, State, Store, now};

/// The catch-up limit when CreateWorkflowSchedule gives none.
const DEFAULT_MAX_CATCHUP: i32 = 1;

/// The schedule as answered: with its run counts as of now.
pub fn answered(st: &State, rec: &ScheduleRecord) -> WorkflowSchedule {
    let mut s = rec.schedule.clone();
    s.total_runs = rec.runs.len() as i64;
    let status = |id: &String| st.runs.get(id).map(|r| r.workflow.status);
    let count = |want: WorkflowStatus| {
        rec.runs
            .iter()
            .filter(|(_, id)| status(id) == Some(want as i32))
            .count() as i64
    };
    s.succeeded_runs = count(WorkflowStatus::Completed);
    s.failed_runs = count(WorkflowStatus::Failed);
    s
}

pub fn not_found(id: &str) -> Status {
    errors::not_found(
        "schedule",
        id,
        format!("schedule_id: schedule {id} not found in this namespace"),
    )
}

/// The schedule `id` of `namespace`, as `rpc` sees it (see faults.rs).
pub fn schedule_mut<'a>(
    st: &'a mut State,
    store: &Store,
    rpc: &str,
    namespace: &str,
    id: &str,
) -> Option<&'a mut ScheduleRecord> {
    st.schedules.get_mut(id).filter(|r| {
        store
            .faults
            .same_namespace(rpc, &r.schedule.namespace_id, namespace)
    })
}

#[tonic::async_trait]
impl WorkflowScheduleService for Store {
    async fn create_workflow_schedule(
        &self,
        request: Request<CreateWorkflowScheduleRequest>,
    ) -> Result<Response<CreateWorkflowScheduleResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.task_queue, "task_queue")?;
        required(&req.workflow_type, "workflow_type")?;
        required(&req.cron_expr, "cron_expr")?;
        if let Some(n) = req.max_catchup {
            check::not_negative(n.into(), "max_catchup")?;
        }
        let t = now();
        let enabled = req.enabled.unwrap_or(true);
        let next = next_fire(&req.cron_expr, t)?;
        let mut st = self.lock();
        st.ensure_namespace(&req.namespace_id);
        let (seq, schedule_id) = st.next_id();
        let s = WorkflowSchedule {
            schedule_id: schedule_id.clone(),
            namespace_id: req.namespace_id,
            task_queue: req.task_queue,
            workflow_type: req.workflow_type,
            cron_expr: req.cron_expr,
            input: req.input,
            enabled,
            max_catchup: req.max_catchup.unwrap_or(DEFAULT_MAX_CATCHUP),
            next_fire_at: enabled.then_some(next),
            last_fired_at: None,
            version: req.version,
            created_at: Some(t),
            updated_at: Some(t),
            // A new schedule has started no run yet.
            total_runs: 0,
            succeeded_runs: 0,
            failed_runs: 0,
        };
        st.schedules.insert(
            seq,
            schedule_id,
            ScheduleRecord {
                schedule: s.clone(),
                fired_through: t,
                runs: Vec::new(),
            },
        );
        Ok(Response::new(CreateWorkflowScheduleResponse {
            schedule: Some(s),
        }))
    }

    async fn get_workflow_schedule(
        &self,
        request: Request<GetWorkflowScheduleRequest>,
    ) -> Result<Response<GetWorkflowScheduleResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.schedule_id, "schedule_id")?;
        let mut st = self.lock();
        schedule_mut(
            &mut st,
            self,
            "GetWorkflowSchedule",
            &req.namespace_id,
            &req.schedule_id,
        )
        .ok_or_else(|| not_found(&req.schedule_id))?;
        let rec = st.schedules.get(&req.schedule_id).expect("found above");
        Ok(Response::new(GetWorkflowScheduleResponse {
            schedule: Some(answered(&st, rec)),
        }))
    }

    async fn list_workflow_schedules(
        &self,
        request: Request<ListWorkflowSchedulesRequest>,
    ) -> Result<Response<ListWorkflowSchedulesResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        let filters = paging::fingerprint(&(&req.namespace_id, &req.task_queue));
        let st = self.lock();
        let matching: Vec<(u64, WorkflowSchedule)> = st
            .schedules
            .iter()
            .filter(|(_, r)| r.schedule.namespace_id == req.namespace_id)
            .filter(|(_, r)| {
                req.task_queue
                    .as_ref()
                    .is_none_or(|q| *q == r.schedule.task_queue)
            })
            .map(|(seq, r)| (seq, answered(&st, r)))
            .collect();
        drop(st);
        let (schedules, page_info) = paging::page(
            "schedules",
            filters,
            matching,
            Order::OldestFirst,
            req.page.as_ref(),
        )?;
        Ok(Response::new(ListWorkflowSchedulesResponse {
            schedules,
            page_info: Some(page_info),
        }))
    }

    async fn update_workflow_schedule(
        &self,
        request: Request<UpdateWorkflowScheduleRequest>,
    ) -> Result<Response<UpdateWorkflowScheduleResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.schedule_id, "schedule_id")?;
        // Validate everything before changing anything: a rejected update
        // leaves the schedule as it was.
        if let Some(q) = &req.task_queue {
            required(q, "task_queue")?;
        }
        if let Some(t) = &req.workflow_type {
            required(t, "workflow_type")?;
        }
        let t = now();
        if let Some(c) = &req.cron_expr {
            required(c, "cron_expr")?;
            next_fire(c, t)?;
        }
        if let Some(n) = req.max_catchup {
            check::not_negative(n.into(), "max_catchup")?;
        }
        let mut st = self.lock();
        let rec = schedule_mut(
            &mut st,
            self,
            "UpdateWorkflowSchedule",
            &req.namespace_id,
            &req.schedule_id,
        )
        .ok_or_else(|| not_found(&req.schedule_id))?;
        let was_enabled = rec.schedule.enabled;
        let s = &mut rec.schedule;
        // Only the fields that are present change (proto3 `optional`).
        let new_cron = req.cron_expr.is_some();
        let retime = new_cron || req.enabled.is_some();
        if let Some(v) = req.task_queue {
            s.task_queue = v;
        }
        if let Some(v) = req.workflow_type {
            s.workflow_type = v;
        }
        if let Some(v) = req.cron_expr {
            s.cron_expr = v;
        }
        if let Some(v) = req.input {
            // "an empty Payload clears it"
            s.input = (v != Default::default()).then_some(v);
        }
        if let Some(v) = req.enabled {
            s.enabled = v;
        }
        if let Some(v) = req.max_catchup {
            s.max_catchup = v;
        }
        if let Some(v) = req.version {
            s.version = v;
        }
        if retime {
            s.next_fire_at = if s.enabled {
                Some(next_fire(&s.cron_expr, t)?)
            } else {
                None
            };
        }
        s.updated_at = Some(t);
        let (resumed, max_catchup) = (s.enabled && !was_enabled, s.max_catchup);
        if new_cron {
            // A new expression: the old one's fire times are not missed.
            rec.fired_through = t;
        }
        if resumed && !st.namespace_disabled(&req.namespace_id) {
            // Enabled again: the missed fire times are caught up
            // (WorkflowScheduleService comment), as ResumeWorkflowSchedule does.
            clock::catch_up_missed(&mut st, &req.schedule_id, t, max_catchup.max(0) as usize);
        }
        let rec = st.schedules.get(&req.schedule_id).expect("found above");
        let schedule = answered(&st, rec);
        drop(st);
        self.notify();
        Ok(Response::new(UpdateWorkflowScheduleResponse {
            schedule: Some(schedule),
        }))
    }

    async fn delete_workflow_schedule(
        &self,
        request: Request<DeleteWorkflowScheduleRequest>,
    ) -> Result<Response<DeleteWorkflowScheduleResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.schedule_id, "schedule_id")?;
        let mut st = self.lock();
        let visible = schedule_mut(
            &mut st,
            self,
            "DeleteWorkflowSchedule",
            &req.namespace_id,
            &req.schedule_id,
        )
        .is_some();
        let deleted = visible && st.schedules.remove(&req.schedule_id).is_some();
        Ok(Response::new(DeleteWorkflowScheduleResponse { deleted }))
    }

    async fn trigger_workflow_schedule(
        &self,
        request: Request<TriggerWorkflowScheduleRequest>,
    ) -> Result<Response<TriggerWorkflowScheduleResponse>, Status> {
        schedule_control::trigger(self, request.into_inner())
    }

    async fn pause_workflow_schedule(
        &self,
        request: Request<PauseWorkflowScheduleRequest>,
    ) -> Result<Response<PauseWorkflowScheduleResponse>, Status> {
        schedule_control::pause(self, request.into_inner())
    }

    async fn resume_workflow_schedule(
        &self,
        request: Request<ResumeWorkflowScheduleRequest>,
    ) -> Result<Response<ResumeWorkflowScheduleResponse>, Status> {
        schedule_control::resume(self, request.into_inner())
    }

    async fn list_schedule_runs(
        &self,
        request: Request<ListScheduleRunsRequest>,
    ) -> Result<Response<ListScheduleRunsResponse>, Status> {
        schedule_control::list_runs(self, request.into_inner())
    }
}
