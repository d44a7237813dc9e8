//! WorkflowService: start, inspect, list, cancel and await runs.

use std::time::Duration as StdDuration;

use kagzi_proto::kagzi::v1::{
    CancelWorkflowRequest, GetWorkflowRequest, GetWorkflowResponse, ListWorkflowsRequest,
    ListWorkflowsResponse, StartWorkflowRequest, StartWorkflowResponse, WaitWorkflowRequest,
    WaitWorkflowResponse, Workflow, WorkflowStatus, workflow_service_server::WorkflowService,
};
use tonic::{Request, Response, Status};

use crate::check::{self, required};
use crate::errors;
use crate::paging::{self, Order};
use crate::state::{Run, State, Store, now};

/// WaitWorkflow's wait when the request gives none, and its cap.
const WAIT_DEFAULT: StdDuration = StdDuration::from_secs(30);
const WAIT_CAP: StdDuration = StdDuration::from_secs(60);

pub fn is_finished(status: i32) -> bool {
    [
        WorkflowStatus::Completed,
        WorkflowStatus::Failed,
        WorkflowStatus::Cancelled,
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
        let req = request.into_inner();
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
        let mut st = self.lock();
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
        let (seq, run_id) = st.next_id();
        let created = now();
        let workflow = Workflow {
            run_id: run_id.clone(),
            external_id: req.external_id.clone().unwrap_or_default(),
            namespace_id: req.namespace_id.clone(),
            task_queue: req.task_queue,
            workflow_type: req.workflow_type,
            status: WorkflowStatus::Pending as i32,
            input: req.input,
            created_at: Some(created),
            deadline_at: req.deadline_at,
            version: req.version,
            parent_step_id: req.parent_step_id,
            labels: req.labels,
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
                ready_at: Some(created),
                retrying: false,
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
        let req = request.into_inner();
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
        let req = request.into_inner();
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
        let req = request.into_inner();
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
        let req = request.into_inner();
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
}
