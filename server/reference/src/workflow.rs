//! WorkflowService: start, inspect, list, cancel and await runs; the RPCs
//! added in v1.2.0 (by external id, retry, terminate) are in
//! [`crate::workflow_control`].

use std::time::Duration as StdDuration;

use kagzi_proto::google::protobuf::Timestamp;
use kagzi_proto::kagzi::v1::{
    CancelWorkflowRequest, GetWorkflowByExternalIdRequest, GetWorkflowByExternalIdResponse,
    GetWorkflowRequest, GetWorkflowResponse, ListWorkflowsRequest, ListWorkflowsResponse,
    RetryWorkflowRequest, RetryWorkflowResponse, StartWorkflowRequest, StartWorkflowResponse,
    TerminateWorkflowRequest, TerminateWorkflowResponse, WaitWorkflowRequest, WaitWorkflowResponse,
    Workflow, WorkflowStatus, workflow_service_server::WorkflowService,
};
use tonic::{Request, Response, Status};

use crate::check::{self, required};
use crate::errors;
use crate::paging::{self, Order};
use crate::rules;
use crate::state::{Run, State, Store, add_ms, before_or_at, now};
use crate::workflow_control;

/// WaitWorkflow's wait when the request gives none, and its cap.
const WAIT_DEFAULT: StdDuration = StdDuration::from_secs(30);
const WAIT_CAP: StdDuration = StdDuration::from_secs(60);

pub fn is_finished(status: i32) -> bool {
    [
        WorkflowStatus::Completed,
        WorkflowStatus::Failed,
        WorkflowStatus::Cancelled,
        WorkflowStatus::Terminated,
    ]
    .iter()
    .any(|s| *s as i32 == status)
}

pub fn not_found(run_id: &str) -> Status {
    errors::not_found(
        "workflow",
        run_id,
        format!("run_id: workflow {run_id} not found in this namespace"),
    )
}

/// The run `run_id` of `namespace`, as `rpc` sees it (see faults.rs).
pub fn run_mut<'a>(
    st: &'a mut State,
    store: &Store,
    rpc: &str,
    namespace: &str,
    run_id: &str,
) -> Result<&'a mut Run, Status> {
    st.runs
        .get_mut(run_id)
        .filter(|r| {
            store
                .faults
                .same_namespace(rpc, &r.workflow.namespace_id, namespace)
        })
        .ok_or_else(|| not_found(run_id))
}

#[tonic::async_trait]
impl WorkflowService for Store {
    async fn start_workflow(
        &self,
        request: Request<StartWorkflowRequest>,
    ) -> Result<Response<StartWorkflowResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.task_queue, "task_queue")?;
        required(&req.workflow_type, "workflow_type")?;
        check::retry_policy(&req.retry_policy, "retry_policy")?;
        if req.external_id.as_deref() == Some("") {
            return Err(check::invalid(
                "external_id",
                "must not be empty when set (leave it unset for no idempotency key)",
            ));
        }
        let timeout_ms = match &req.timeout {
            None => None,
            Some(d) => {
                let std = std::time::Duration::try_from(*d)
                    .map_err(|_| check::invalid("timeout", "must not be negative"))?;
                (!std.is_zero()).then(|| std.as_millis().min(i64::MAX as u128) as i64)
            }
        };
        let mut st = self.lock();
        // A disabled namespace starts nothing, even for a known external_id
        // (namespace.proto); the `disabled-namespace` fault (tests only)
        // forgets it.
        if st.namespace_disabled(&req.namespace_id) && !self.faults.broken("disabled-namespace") {
            return Err(errors::namespace_disabled(&req.namespace_id));
        }
        // Idempotency: the check and the insert happen under one lock, so
        // concurrent callers with the same key get one run between them.
        if let Some(ext) = &req.external_id
            && let Some(run_id) = st
                .by_external_id
                .get(&(req.namespace_id.clone(), ext.clone()))
        {
            return Ok(Response::new(StartWorkflowResponse {
                run_id: run_id.clone(),
                already_exists: true,
            }));
        }
        if !req.parent_run_id.is_empty() {
            run_mut(
                &mut st,
                self,
                "StartWorkflow",
                &req.namespace_id,
                &req.parent_run_id,
            )
            .map_err(|_| {
                errors::not_found(
                    "workflow",
                    &req.parent_run_id,
                    format!(
                        "parent_run_id: workflow {} not found in this namespace",
                        req.parent_run_id
                    ),
                )
            })?;
        }
        st.ensure_namespace(&req.namespace_id);
        let (seq, run_id) = st.next_id();
        let created = now();
        // Waiting for a start time still to come: SCHEDULED until then.
        let start_at = req.start_at.filter(|at| !before_or_at(at, &created));
        let requested_deadline_at = req.deadline_at;
        let deadline_at = earlier(
            requested_deadline_at,
            timeout_ms.map(|ms| add_ms(start_at.unwrap_or(created), ms)),
        );
        let status = match (start_at, st.namespace_disabled(&req.namespace_id)) {
            (Some(_), _) => WorkflowStatus::Scheduled,
            (None, true) => WorkflowStatus::Paused,
            (None, false) => WorkflowStatus::Pending,
        };
        if !req.parent_run_id.is_empty()
            && let Some(rec) = st.steps.get_mut(&req.parent_step_id)
            && rec.step.run_id == req.parent_run_id
        {
            // The step that started this child names it.
            rec.step.child_run_id = run_id.clone();
        }
        let workflow = Workflow {
            run_id: run_id.clone(),
            external_id: req.external_id.clone().unwrap_or_default(),
            namespace_id: req.namespace_id.clone(),
            task_queue: req.task_queue,
            workflow_type: req.workflow_type,
            status: status as i32,
            input: req.input,
            created_at: Some(created),
            deadline_at,
            version: req.version,
            parent_step_id: req.parent_step_id,
            labels: req.labels,
            priority: req.priority,
            timeout: req.timeout.filter(|_| timeout_ms.is_some()),
            parent_run_id: req.parent_run_id,
            start_at: req.start_at,
            ..Default::default()
        };
        if let Some(ext) = req.external_id {
            st.by_external_id
                .insert((req.namespace_id, ext), run_id.clone());
        }
        st.runs.insert(
            seq,
            run_id.clone(),
            Run {
                workflow,
                retry_policy: req.retry_policy,
                ready_at: Some(start_at.unwrap_or(created)),
                retrying: false,
                requested_deadline_at,
                attempts_before_retry: 0,
            },
        );
        drop(st);
        self.notify();
        Ok(Response::new(StartWorkflowResponse {
            run_id,
            already_exists: false,
        }))
    }

    async fn get_workflow(
        &self,
        request: Request<GetWorkflowRequest>,
    ) -> Result<Response<GetWorkflowResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.run_id, "run_id")?;
        let mut st = self.lock();
        let run = run_mut(&mut st, self, "GetWorkflow", &req.namespace_id, &req.run_id)?;
        Ok(Response::new(GetWorkflowResponse {
            workflow: Some(run.workflow.clone()),
        }))
    }

    async fn list_workflows(
        &self,
        request: Request<ListWorkflowsRequest>,
    ) -> Result<Response<ListWorkflowsResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        if let Some(s) = req.status_filter {
            check::known_enum::<WorkflowStatus>(s, "status_filter")?;
        }
        let labels: Vec<(&String, &String)> = {
            let mut l: Vec<_> = req.label_selector.iter().collect();
            l.sort();
            l
        };
        let filters = paging::fingerprint(&(
            &req.namespace_id,
            req.status_filter,
            &req.workflow_type,
            &req.task_queue,
            &labels,
            req.created_after.map(|t| (t.seconds, t.nanos)),
            req.created_before.map(|t| (t.seconds, t.nanos)),
        ));
        let st = self.lock();
        let matching: Vec<(u64, Workflow)> = st
            .runs
            .iter()
            .map(|(seq, r)| (seq, &r.workflow))
            .filter(|(_, w)| w.namespace_id == req.namespace_id)
            .filter(|(_, w)| req.status_filter.is_none_or(|s| s == w.status))
            .filter(|(_, w)| {
                req.workflow_type
                    .as_ref()
                    .is_none_or(|t| *t == w.workflow_type)
            })
            .filter(|(_, w)| req.task_queue.as_ref().is_none_or(|q| *q == w.task_queue))
            .filter(|(_, w)| {
                req.label_selector
                    .iter()
                    .all(|(k, v)| w.labels.get(k) == Some(v))
            })
            .filter(|(_, w)| {
                let created = w.created_at.unwrap_or_default();
                req.created_after
                    .as_ref()
                    .is_none_or(|a| before_or_at(a, &created))
                    && req
                        .created_before
                        .as_ref()
                        .is_none_or(|b| !before_or_at(b, &created))
            })
            .map(|(seq, w)| (seq, w.clone()))
            .collect();
        drop(st);
        let (workflows, page_info) = paging::page(
            "workflows",
            filters,
            matching,
            Order::NewestFirst,
            req.page.as_ref(),
        )?;
        Ok(Response::new(ListWorkflowsResponse {
            workflows,
            page_info: Some(page_info),
        }))
    }

    async fn cancel_workflow(
        &self,
        request: Request<CancelWorkflowRequest>,
    ) -> Result<Response<()>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.run_id, "run_id")?;
        let mut st = self.lock();
        let run = run_mut(
            &mut st,
            self,
            "CancelWorkflow",
            &req.namespace_id,
            &req.run_id,
        )?;
        let w = &mut run.workflow;
        // A finished run stays as it is (workflow.proto: "no effect").
        // A running one is marked at once too: the worker learns it from
        // CompleteWorkflow/FailWorkflow answering CANCELLED.
        if !is_finished(w.status) {
            w.status = WorkflowStatus::Cancelled as i32;
            w.finished_at = Some(now());
            w.wake_up_at = None;
            run.ready_at = None;
        }
        drop(st);
        self.notify();
        Ok(Response::new(()))
    }

    async fn wait_workflow(
        &self,
        request: Request<WaitWorkflowRequest>,
    ) -> Result<Response<WaitWorkflowResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.run_id, "run_id")?;
        let timeout = check::optional_duration(&req.timeout, "timeout", WAIT_DEFAULT, WAIT_CAP)?;
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // Register interest before reading, so no change is missed.
            let notified = self.changed.notified();
            let workflow = {
                let mut st = self.lock();
                run_mut(
                    &mut st,
                    self,
                    "WaitWorkflow",
                    &req.namespace_id,
                    &req.run_id,
                )?
                .workflow
                .clone()
            };
            let finished = is_finished(workflow.status);
            if finished || tokio::time::timeout_at(deadline, notified).await.is_err() {
                return Ok(Response::new(WaitWorkflowResponse {
                    workflow: Some(workflow),
                    finished,
                }));
            }
        }
    }

    async fn get_workflow_by_external_id(
        &self,
        request: Request<GetWorkflowByExternalIdRequest>,
    ) -> Result<Response<GetWorkflowByExternalIdResponse>, Status> {
        workflow_control::by_external_id(self, request.into_inner())
    }

    async fn retry_workflow(
        &self,
        request: Request<RetryWorkflowRequest>,
    ) -> Result<Response<RetryWorkflowResponse>, Status> {
        let response = workflow_control::retry(self, request.into_inner());
        self.notify();
        response
    }

    async fn terminate_workflow(
        &self,
        request: Request<TerminateWorkflowRequest>,
    ) -> Result<Response<TerminateWorkflowResponse>, Status> {
        let response = workflow_control::terminate(self, request.into_inner());
        self.notify();
        response
    }
}

/// The earlier of two optional times; absent when both are.
pub fn earlier(a: Option<Timestamp>, b: Option<Timestamp>) -> Option<Timestamp> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if before_or_at(&a, &b) { a } else { b }),
        (a, b) => a.or(b),
    }
}
