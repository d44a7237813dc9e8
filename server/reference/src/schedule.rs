//! WorkflowScheduleService: cron schedules and their next fire time.
//!
//! Fire times are computed with the `croner` crate from the standard
//! five-field expression, in UTC, as workflow_schedule.proto says. Firing
//! itself (starting runs) is not done by this test server: it has no
//! timers, and no client can observe a run it would start without waiting
//! for a wall-clock minute.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use croner::Cron;
use kagzi_proto::google::protobuf::Timestamp;
use kagzi_proto::kagzi::v1::{
    CreateWorkflowScheduleRequest, CreateWorkflowScheduleResponse, DeleteWorkflowScheduleRequest,
    DeleteWorkflowScheduleResponse, GetWorkflowScheduleRequest, GetWorkflowScheduleResponse,
    ListWorkflowSchedulesRequest, ListWorkflowSchedulesResponse, UpdateWorkflowScheduleRequest,
    UpdateWorkflowScheduleResponse, WorkflowSchedule,
    workflow_schedule_service_server::WorkflowScheduleService,
};
use tonic::{Request, Response, Status};

use crate::check::{self, invalid, required};
use crate::errors;
use crate::paging::{self, Order};
use crate::state::{Store, now};

/// The catch-up limit when CreateWorkflowSchedule gives none.
const DEFAULT_MAX_CATCHUP: i32 = 1;

/// The first time after `after` that `expr` matches, in UTC.
pub fn next_fire(expr: &str, after: Timestamp) -> Result<Timestamp, Status> {
    if expr.split_whitespace().count() != 5 {
        return Err(invalid(
            "cron_expr",
            "must have five fields (minute hour day-of-month month day-of-week)",
        ));
    }
    let cron = Cron::from_str(expr).map_err(|e| invalid("cron_expr", &e.to_string()))?;
    let from: DateTime<Utc> = DateTime::from_timestamp(after.seconds, after.nanos.max(0) as u32)
        .ok_or_else(|| errors::internal("clock out of range"))?;
    let next = cron
        .find_next_occurrence(&from, false)
        .map_err(|e| invalid("cron_expr", &format!("has no next fire time: {e}")))?;
    Ok(Timestamp {
        seconds: next.timestamp(),
        nanos: 0,
    })
}

fn not_found(id: &str) -> Status {
    errors::not_found(
        "schedule",
        id,
        format!("schedule_id: schedule {id} not found in this namespace"),
    )
}

fn schedule_mut<'a>(
    st: &'a mut crate::state::State,
    store: &Store,
    rpc: &str,
    namespace: &str,
    id: &str,
) -> Option<&'a mut WorkflowSchedule> {
    st.schedules
        .get_mut(id)
        .filter(|s| store.faults.same_namespace(rpc, &s.namespace_id, namespace))
}

#[tonic::async_trait]
impl WorkflowScheduleService for Store {
    async fn create_workflow_schedule(
        &self,
        request: Request<CreateWorkflowScheduleRequest>,
    ) -> Result<Response<CreateWorkflowScheduleResponse>, Status> {
        let req = request.into_inner();
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
        };
        st.schedules.insert(seq, schedule_id, s.clone());
        Ok(Response::new(CreateWorkflowScheduleResponse {
            schedule: Some(s),
        }))
    }

    async fn get_workflow_schedule(
        &self,
        request: Request<GetWorkflowScheduleRequest>,
    ) -> Result<Response<GetWorkflowScheduleResponse>, Status> {
        let req = request.into_inner();
        required(&req.namespace_id, "namespace_id")?;
        required(&req.schedule_id, "schedule_id")?;
        let mut st = self.lock();
        let s = schedule_mut(
            &mut st,
            self,
            "GetWorkflowSchedule",
            &req.namespace_id,
            &req.schedule_id,
        )
        .ok_or_else(|| not_found(&req.schedule_id))?;
        Ok(Response::new(GetWorkflowScheduleResponse {
            schedule: Some(s.clone()),
        }))
    }

    async fn list_workflow_schedules(
        &self,
        request: Request<ListWorkflowSchedulesRequest>,
    ) -> Result<Response<ListWorkflowSchedulesResponse>, Status> {
        let req = request.into_inner();
        required(&req.namespace_id, "namespace_id")?;
        let filters = paging::fingerprint(&(&req.namespace_id, &req.task_queue));
        let st = self.lock();
        let matching: Vec<(u64, WorkflowSchedule)> = st
            .schedules
            .iter()
            .filter(|(_, s)| s.namespace_id == req.namespace_id)
            .filter(|(_, s)| req.task_queue.as_ref().is_none_or(|q| *q == s.task_queue))
            .map(|(seq, s)| (seq, s.clone()))
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
        let req = request.into_inner();
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
        let s = schedule_mut(
            &mut st,
            self,
            "UpdateWorkflowSchedule",
            &req.namespace_id,
            &req.schedule_id,
        )
        .ok_or_else(|| not_found(&req.schedule_id))?;
        // Only the fields that are present change (proto3 `optional`).
        let retime = req.cron_expr.is_some() || req.enabled.is_some();
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
        Ok(Response::new(UpdateWorkflowScheduleResponse {
            schedule: Some(s.clone()),
        }))
    }

    async fn delete_workflow_schedule(
        &self,
        request: Request<DeleteWorkflowScheduleRequest>,
    ) -> Result<Response<DeleteWorkflowScheduleResponse>, Status> {
        let req = request.into_inner();
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
}
