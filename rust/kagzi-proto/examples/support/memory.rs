//! An in-memory implementation of the four kagzi.v1 services.
//!
//! Shared by the `server` example and the integration tests. It keeps every
//! object in one mutex-guarded state, hands out tasks in FIFO order and
//! wakes long polls and waits with a `Notify`; enough for loopback demos and
//! tests, not a production engine (no persistence, no timers, no leases).

#![allow(dead_code)]

use std::collections::{BTreeMap, VecDeque};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration as StdDuration;

use kagzi_proto::google::protobuf::{Duration, Timestamp};
use kagzi_proto::kagzi::v1::{
    admin_service_server::{AdminService, AdminServiceServer},
    worker_service_server::{WorkerService, WorkerServiceServer},
    workflow_schedule_service_server::{WorkflowScheduleService, WorkflowScheduleServiceServer},
    workflow_service_server::{WorkflowService, WorkflowServiceServer},
    *,
};
use tokio::sync::Notify;
use tonic::{Request, Response, Status};

/// How long PollTask waits for work before returning an empty response.
const POLL_WAIT: StdDuration = StdDuration::from_secs(2);
/// The heartbeat interval handed out by Register.
const HEARTBEAT_INTERVAL: Duration = Duration {
    seconds: 1,
    nanos: 0,
};
/// The interval handed out by Heartbeat: shorter than Register's, so the
/// examples show a worker adopting a new interval from a HeartbeatResponse.
const HEARTBEAT_INTERVAL_STEADY: Duration = Duration {
    seconds: 0,
    nanos: 500_000_000,
};

#[derive(Default)]
struct State {
    /// Differs between server instances, so an id handed out before a
    /// restart is never handed out again after it (as with real UUIDs).
    instance: String,
    next_id: u64,
    workflows: BTreeMap<String, Workflow>,
    by_external_id: BTreeMap<(String, String), String>,
    queue: VecDeque<String>,
    steps: BTreeMap<String, Step>,
    workers: BTreeMap<String, Worker>,
    schedules: BTreeMap<String, WorkflowSchedule>,
}

impl State {
    fn id(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}-{}{:06}", self.instance, self.next_id)
    }
}

/// The shared store; cheap to clone (one `Arc`).
#[derive(Clone)]
pub struct Memory {
    state: Arc<Mutex<State>>,
    changed: Arc<Notify>,
    started_at: Timestamp,
    /// How many more BeginStep and CompleteStep calls (each) fail with
    /// UNAVAILABLE before being served (see [`Memory::with_transient_faults`]).
    begin_step_faults: Arc<AtomicU32>,
    complete_step_faults: Arc<AtomicU32>,
}

impl Default for Memory {
    fn default() -> Self {
        let clock = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let state = State {
            instance: format!("{:08x}-", clock.as_nanos() as u32),
            ..State::default()
        };
        Memory {
            state: Arc::new(Mutex::new(state)),
            changed: Arc::default(),
            started_at: now(),
            begin_step_faults: Arc::default(),
            complete_step_faults: Arc::default(),
        }
    }
}

fn now() -> Timestamp {
    // The clock is inside 0001..9999 on any sane machine; should it not be,
    // the server still answers (with the epoch) instead of panicking.
    Timestamp::try_from(std::time::SystemTime::now()).unwrap_or_default()
}

fn required(value: &str, name: &str) -> Result<(), Status> {
    if value.is_empty() {
        Err(Status::invalid_argument(format!("{name} is required")))
    } else {
        Ok(())
    }
}

fn is_finished(status: i32) -> bool {
    [
        WorkflowStatus::Completed,
        WorkflowStatus::Failed,
        WorkflowStatus::Cancelled,
    ]
    .iter()
    .any(|s| *s as i32 == status)
}

/// Offset-based paging over an ordered list: the token is the next index.
fn page<T: Clone>(items: Vec<T>, page: Option<&PageRequest>) -> Result<(Vec<T>, PageInfo), Status> {
    let req = page.cloned().unwrap_or_default();
    let start: usize = if req.page_token.is_empty() {
        0
    } else {
        req.page_token
            .parse()
            .map_err(|_| Status::invalid_argument("page_token is not valid"))?
    };
    if req.page_size < 0 {
        return Err(Status::invalid_argument("page_size must not be negative"));
    }
    let size = if req.page_size == 0 {
        100
    } else {
        req.page_size as usize
    };
    let end = start.saturating_add(size).min(items.len());
    let slice = items
        .get(start.min(items.len())..end)
        .unwrap_or_default()
        .to_vec();
    let has_more = end < items.len();
    let info = PageInfo {
        next_page_token: if has_more {
            end.to_string()
        } else {
            String::new()
        },
        has_more,
        total_count: if req.include_total_count {
            items.len() as i64
        } else {
            0
        },
    };
    Ok((slice, info))
}

impl Memory {
    /// A store whose first `n` BeginStep calls and first `n` CompleteStep
    /// calls fail with UNAVAILABLE, as a real server's may while it fails
    /// over: lets the examples prove that a worker retries transient errors.
    pub fn with_transient_faults(n: u32) -> Self {
        let m = Memory::default();
        m.begin_step_faults.store(n, Ordering::SeqCst);
        m.complete_step_faults.store(n, Ordering::SeqCst);
        m
    }

    /// Consumes one injected fault of a counter, if any are left.
    fn transient_fault(faults: &AtomicU32, rpc: &str) -> Result<(), Status> {
        let took = faults
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok();
        if took {
            Err(Status::unavailable(format!(
                "{rpc}: injected transient fault, try again"
            )))
        } else {
            Ok(())
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock would poison it; the state is still
        // consistent (every update is a single assignment), so keep serving.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A tonic router serving all four services from this store.
    pub fn services(&self) -> tonic::service::Routes {
        tonic::service::Routes::new(WorkflowServiceServer::new(self.clone()))
            .add_service(WorkerServiceServer::new(self.clone()))
            .add_service(AdminServiceServer::new(self.clone()))
            .add_service(WorkflowScheduleServiceServer::new(self.clone()))
    }

    fn update_workflow(
        &self,
        run_id: &str,
        f: impl FnOnce(&mut Workflow),
    ) -> Result<Workflow, Status> {
        let mut st = self.lock();
        let w = st
            .workflows
            .get_mut(run_id)
            .ok_or_else(|| Status::not_found(format!("workflow {run_id} not found")))?;
        f(w);
        let w = w.clone();
        drop(st);
        self.changed.notify_waiters();
        Ok(w)
    }
}

#[tonic::async_trait]
impl WorkflowService for Memory {
    async fn start_workflow(
        &self,
        request: Request<StartWorkflowRequest>,
    ) -> Result<Response<StartWorkflowResponse>, Status> {
        let req = request.into_inner();
        required(&req.namespace_id, "namespace_id")?;
        required(&req.task_queue, "task_queue")?;
        required(&req.workflow_type, "workflow_type")?;
        let mut st = self.lock();
        // Idempotency: the same external id in a namespace starts one run.
        if let Some(ext) = req.external_id.as_ref().filter(|e| !e.is_empty())
            && let Some(run_id) = st
                .by_external_id
                .get(&(req.namespace_id.clone(), ext.clone()))
        {
            return Ok(Response::new(StartWorkflowResponse {
                run_id: run_id.clone(),
                already_exists: true,
            }));
        }
        let run_id = st.id("run");
        let workflow = Workflow {
            run_id: run_id.clone(),
            external_id: req.external_id.clone().unwrap_or_default(),
            namespace_id: req.namespace_id.clone(),
            task_queue: req.task_queue,
            workflow_type: req.workflow_type,
            status: WorkflowStatus::Pending as i32,
            input: req.input,
            created_at: Some(now()),
            deadline_at: req.deadline_at,
            version: req.version,
            parent_step_id: req.parent_step_id,
            labels: req.labels,
            ..Default::default()
        };
        if let Some(ext) = req.external_id.filter(|e| !e.is_empty()) {
            st.by_external_id
                .insert((req.namespace_id, ext), run_id.clone());
        }
        st.workflows.insert(run_id.clone(), workflow);
        st.queue.push_back(run_id.clone());
        drop(st);
        self.changed.notify_waiters();
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
        let st = self.lock();
        let w = st
            .workflows
            .get(&req.run_id)
            .filter(|w| w.namespace_id == req.namespace_id)
            .ok_or_else(|| Status::not_found(format!("workflow {} not found", req.run_id)))?;
        Ok(Response::new(GetWorkflowResponse {
            workflow: Some(w.clone()),
        }))
    }

    async fn list_workflows(
        &self,
        request: Request<ListWorkflowsRequest>,
    ) -> Result<Response<ListWorkflowsResponse>, Status> {
        let req = request.into_inner();
        let st = self.lock();
        let matching: Vec<Workflow> = st
            .workflows
            .values()
            .filter(|w| w.namespace_id == req.namespace_id)
            .filter(|w| req.status_filter.is_none_or(|s| s == w.status))
            .filter(|w| {
                req.workflow_type
                    .as_ref()
                    .is_none_or(|t| *t == w.workflow_type)
            })
            .filter(|w| req.task_queue.as_ref().is_none_or(|q| *q == w.task_queue))
            .filter(|w| {
                req.label_selector
                    .iter()
                    .all(|(k, v)| w.labels.get(k) == Some(v))
            })
            .cloned()
            .collect();
        let (workflows, page_info) = page(matching, req.page.as_ref())?;
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
        let mut conflict = false;
        self.update_workflow(&req.run_id, |w| {
            if is_finished(w.status) {
                conflict = true;
            } else {
                w.status = WorkflowStatus::Cancelled as i32;
                w.finished_at = Some(now());
            }
        })?;
        if conflict {
            return Err(Status::failed_precondition("workflow already finished"));
        }
        Ok(Response::new(()))
    }

    async fn wait_workflow(
        &self,
        request: Request<WaitWorkflowRequest>,
    ) -> Result<Response<WaitWorkflowResponse>, Status> {
        let req = request.into_inner();
        let timeout: StdDuration = req
            .timeout
            .map(StdDuration::try_from)
            .transpose()
            .map_err(|e| Status::invalid_argument(format!("timeout: {e}")))?
            .unwrap_or(StdDuration::from_secs(30));
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // Register interest before reading, so no update is missed.
            let notified = self.changed.notified();
            let w = {
                let st = self.lock();
                st.workflows.get(&req.run_id).cloned().ok_or_else(|| {
                    Status::not_found(format!("workflow {} not found", req.run_id))
                })?
            };
            if is_finished(w.status) {
                return Ok(Response::new(WaitWorkflowResponse {
                    workflow: Some(w),
                    finished: true,
                }));
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return Ok(Response::new(WaitWorkflowResponse {
                    workflow: Some(w),
                    finished: false,
                }));
            }
        }
    }
}

#[tonic::async_trait]
impl WorkerService for Memory {
    async fn register(
        &self,
        request: Request<RegisterRequest>,
    ) -> Result<Response<RegisterResponse>, Status> {
        let req = request.into_inner();
        required(&req.namespace_id, "namespace_id")?;
        required(&req.task_queue, "task_queue")?;
        let mut st = self.lock();
        let worker_id = st.id("worker");
        let worker = Worker {
            worker_id: worker_id.clone(),
            namespace_id: req.namespace_id,
            task_queue: req.task_queue,
            status: WorkerStatus::Online as i32,
            hostname: req.hostname,
            pid: req.pid,
            version: req.version,
            workflow_types: req.workflow_types,
            max_concurrent: req.max_concurrent,
            registered_at: Some(now()),
            last_heartbeat_at: Some(now()),
            labels: req.labels,
            queue_concurrency_limit: req.queue_concurrency_limit,
            workflow_type_concurrency: req.workflow_type_concurrency,
            ..Default::default()
        };
        st.workers.insert(worker_id.clone(), worker);
        Ok(Response::new(RegisterResponse {
            worker_id,
            heartbeat_interval: Some(HEARTBEAT_INTERVAL),
        }))
    }

    async fn heartbeat(
        &self,
        request: Request<HeartbeatRequest>,
    ) -> Result<Response<HeartbeatResponse>, Status> {
        let req = request.into_inner();
        if req.active_count < 0 || req.completed_delta < 0 || req.failed_delta < 0 {
            return Err(Status::invalid_argument(
                "active_count, completed_delta and failed_delta must not be negative",
            ));
        }
        let mut st = self.lock();
        let Some(w) = st
            .workers
            .get_mut(&req.worker_id)
            .filter(|w| w.status != WorkerStatus::Offline as i32)
        else {
            // Unknown (e.g. the server restarted) or marked OFFLINE: ask it
            // to register again.
            return Ok(Response::new(HeartbeatResponse {
                reregister: true,
                ..Default::default()
            }));
        };
        w.active_count = req.active_count;
        w.total_completed = w.total_completed.saturating_add(req.completed_delta.into());
        w.total_failed = w.total_failed.saturating_add(req.failed_delta.into());
        w.last_heartbeat_at = Some(now());
        let drain = w.status == WorkerStatus::Draining as i32;
        Ok(Response::new(HeartbeatResponse {
            reregister: false,
            drain,
            heartbeat_interval: Some(HEARTBEAT_INTERVAL_STEADY),
        }))
    }

    async fn deregister(
        &self,
        request: Request<DeregisterRequest>,
    ) -> Result<Response<()>, Status> {
        let req = request.into_inner();
        let mut st = self.lock();
        let w = st
            .workers
            .get_mut(&req.worker_id)
            .ok_or_else(|| Status::not_found("worker not found"))?;
        w.status = if req.drain {
            WorkerStatus::Draining
        } else {
            WorkerStatus::Offline
        } as i32;
        Ok(Response::new(()))
    }

    async fn poll_task(
        &self,
        request: Request<PollTaskRequest>,
    ) -> Result<Response<PollTaskResponse>, Status> {
        let req = request.into_inner();
        let deadline = tokio::time::Instant::now() + POLL_WAIT;
        loop {
            let notified = self.changed.notified();
            {
                let mut st = self.lock();
                if !st.workers.contains_key(&req.worker_id) {
                    return Err(Status::failed_precondition("worker is not registered"));
                }
                let pos = st.queue.iter().position(|id| {
                    st.workflows.get(id).is_some_and(|w| {
                        w.task_queue == req.task_queue
                            && w.namespace_id == req.namespace_id
                            && (req.workflow_types.is_empty()
                                || req.workflow_types.contains(&w.workflow_type))
                    })
                });
                if let Some(pos) = pos {
                    let run_id = st.queue.remove(pos).unwrap_or_default();
                    if let Some(w) = st.workflows.get_mut(&run_id) {
                        w.status = WorkflowStatus::Running as i32;
                        w.attempts += 1;
                        w.started_at = Some(now());
                        w.worker_id = req.worker_id.clone();
                        let task = WorkflowTask {
                            run_id: w.run_id.clone(),
                            workflow_type: w.workflow_type.clone(),
                            version: w.version.clone(),
                            input: w.input.clone(),
                            attempt: w.attempts,
                            deadline_at: w.deadline_at,
                        };
                        drop(st);
                        self.changed.notify_waiters();
                        return Ok(Response::new(PollTaskResponse { task: Some(task) }));
                    }
                }
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return Ok(Response::new(PollTaskResponse { task: None }));
            }
        }
    }

    async fn begin_step(
        &self,
        request: Request<BeginStepRequest>,
    ) -> Result<Response<BeginStepResponse>, Status> {
        Self::transient_fault(&self.begin_step_faults, "BeginStep")?;
        let req = request.into_inner();
        required(&req.step_name, "step_name")?;
        let mut st = self.lock();
        if !st.workflows.contains_key(&req.run_id) {
            return Err(Status::not_found(format!(
                "workflow {} not found",
                req.run_id
            )));
        }
        // Replay: a completed step of the same name returns its cached output.
        if let Some(done) = st.steps.values().find(|s| {
            s.run_id == req.run_id
                && s.name == req.step_name
                && s.status == StepStatus::Completed as i32
        }) {
            return Ok(Response::new(BeginStepResponse {
                step_id: done.step_id.clone(),
                cached_output: done.output.clone(),
                attempt_number: done.attempt_number,
            }));
        }
        let step_id = st.id("step");
        let step = Step {
            step_id: step_id.clone(),
            run_id: req.run_id,
            namespace_id: req.namespace_id,
            name: req.step_name,
            kind: req.kind,
            status: StepStatus::Running as i32,
            attempt_number: 1,
            input: req.input,
            created_at: Some(now()),
            started_at: Some(now()),
            ..Default::default()
        };
        st.steps.insert(step_id.clone(), step);
        Ok(Response::new(BeginStepResponse {
            step_id,
            cached_output: None,
            attempt_number: 1,
        }))
    }

    async fn complete_step(
        &self,
        request: Request<CompleteStepRequest>,
    ) -> Result<Response<CompleteStepResponse>, Status> {
        Self::transient_fault(&self.complete_step_faults, "CompleteStep")?;
        let req = request.into_inner();
        let mut st = self.lock();
        let step = st
            .steps
            .get_mut(&req.step_id)
            .ok_or_else(|| Status::not_found("step not found"))?;
        step.status = StepStatus::Completed as i32;
        step.output = req.output;
        step.finished_at = Some(now());
        Ok(Response::new(CompleteStepResponse {
            step: Some(step.clone()),
        }))
    }

    async fn fail_step(
        &self,
        request: Request<FailStepRequest>,
    ) -> Result<Response<FailStepResponse>, Status> {
        let req = request.into_inner();
        let mut st = self.lock();
        let step = st
            .steps
            .get_mut(&req.step_id)
            .ok_or_else(|| Status::not_found("step not found"))?;
        step.status = StepStatus::Failed as i32;
        step.error = req.error;
        step.finished_at = Some(now());
        Ok(Response::new(FailStepResponse {
            will_retry: false,
            retry_at: None,
            next_attempt_number: 0,
        }))
    }

    async fn complete_workflow(
        &self,
        request: Request<CompleteWorkflowRequest>,
    ) -> Result<Response<CompleteWorkflowResponse>, Status> {
        let req = request.into_inner();
        let w = self.update_workflow(&req.run_id, |w| {
            w.status = WorkflowStatus::Completed as i32;
            w.output = req.output;
            w.finished_at = Some(now());
        })?;
        Ok(Response::new(CompleteWorkflowResponse { status: w.status }))
    }

    async fn fail_workflow(
        &self,
        request: Request<FailWorkflowRequest>,
    ) -> Result<Response<FailWorkflowResponse>, Status> {
        let req = request.into_inner();
        let w = self.update_workflow(&req.run_id, |w| {
            w.status = WorkflowStatus::Failed as i32;
            w.error = req.error;
            w.finished_at = Some(now());
        })?;
        Ok(Response::new(FailWorkflowResponse {
            status: w.status,
            will_retry: false,
            retry_at: None,
        }))
    }

    async fn sleep(&self, request: Request<SleepRequest>) -> Result<Response<()>, Status> {
        let req = request.into_inner();
        let d = req.duration.unwrap_or_default();
        d.validate()
            .map_err(|e| Status::invalid_argument(e.to_string()))?;
        let wake = now().seconds.saturating_add(d.seconds);
        self.update_workflow(&req.run_id, |w| {
            w.status = WorkflowStatus::Sleeping as i32;
            w.wake_up_at = Some(Timestamp {
                seconds: wake,
                nanos: 0,
            });
        })?;
        Ok(Response::new(()))
    }
}

#[tonic::async_trait]
impl AdminService for Memory {
    async fn list_workers(
        &self,
        request: Request<ListWorkersRequest>,
    ) -> Result<Response<ListWorkersResponse>, Status> {
        let req = request.into_inner();
        let st = self.lock();
        // Most recently registered first: ids grow with time (zero-padded).
        let matching: Vec<Worker> = st
            .workers
            .values()
            .rev()
            .filter(|w| w.namespace_id == req.namespace_id)
            .filter(|w| req.task_queue.as_ref().is_none_or(|q| *q == w.task_queue))
            .filter(|w| req.status_filter.is_none_or(|s| s == w.status))
            .cloned()
            .collect();
        let (workers, page_info) = page(matching, req.page.as_ref())?;
        Ok(Response::new(ListWorkersResponse {
            workers,
            page_info: Some(page_info),
        }))
    }

    async fn get_worker(
        &self,
        request: Request<GetWorkerRequest>,
    ) -> Result<Response<GetWorkerResponse>, Status> {
        let req = request.into_inner();
        let st = self.lock();
        let w = st
            .workers
            .get(&req.worker_id)
            .ok_or_else(|| Status::not_found("worker not found"))?;
        Ok(Response::new(GetWorkerResponse {
            worker: Some(w.clone()),
        }))
    }

    async fn get_step(
        &self,
        request: Request<GetStepRequest>,
    ) -> Result<Response<GetStepResponse>, Status> {
        let req = request.into_inner();
        let st = self.lock();
        let s = st
            .steps
            .get(&req.step_id)
            .ok_or_else(|| Status::not_found("step not found"))?;
        Ok(Response::new(GetStepResponse {
            step: Some(s.clone()),
        }))
    }

    async fn list_steps(
        &self,
        request: Request<ListStepsRequest>,
    ) -> Result<Response<ListStepsResponse>, Status> {
        let req = request.into_inner();
        let st = self.lock();
        let matching: Vec<Step> = st
            .steps
            .values()
            .filter(|s| s.run_id == req.run_id)
            .filter(|s| req.status_filter.is_none_or(|f| f == s.status))
            .cloned()
            .collect();
        let (steps, page_info) = page(matching, req.page.as_ref())?;
        Ok(Response::new(ListStepsResponse {
            steps,
            page_info: Some(page_info),
        }))
    }

    async fn health_check(
        &self,
        _request: Request<HealthCheckRequest>,
    ) -> Result<Response<HealthCheckResponse>, Status> {
        Ok(Response::new(HealthCheckResponse {
            status: ServingStatus::Serving as i32,
            message: "in-memory store".into(),
        }))
    }

    async fn get_server_info(
        &self,
        _request: Request<GetServerInfoRequest>,
    ) -> Result<Response<GetServerInfoResponse>, Status> {
        Ok(Response::new(GetServerInfoResponse {
            version: env!("CARGO_PKG_VERSION").into(),
            api_version: "1.1.0".into(),
            capabilities: vec!["labels".into(), "wait-workflow".into()],
            started_at: Some(self.started_at),
        }))
    }
}

#[tonic::async_trait]
impl WorkflowScheduleService for Memory {
    async fn create_workflow_schedule(
        &self,
        request: Request<CreateWorkflowScheduleRequest>,
    ) -> Result<Response<CreateWorkflowScheduleResponse>, Status> {
        let req = request.into_inner();
        required(&req.cron_expr, "cron_expr")?;
        required(&req.workflow_type, "workflow_type")?;
        let mut st = self.lock();
        let schedule_id = st.id("schedule");
        let s = WorkflowSchedule {
            schedule_id: schedule_id.clone(),
            namespace_id: req.namespace_id,
            task_queue: req.task_queue,
            workflow_type: req.workflow_type,
            cron_expr: req.cron_expr,
            input: req.input,
            enabled: req.enabled.unwrap_or(true),
            max_catchup: req.max_catchup.unwrap_or(0),
            version: req.version,
            created_at: Some(now()),
            updated_at: Some(now()),
            ..Default::default()
        };
        st.schedules.insert(schedule_id, s.clone());
        Ok(Response::new(CreateWorkflowScheduleResponse {
            schedule: Some(s),
        }))
    }

    async fn get_workflow_schedule(
        &self,
        request: Request<GetWorkflowScheduleRequest>,
    ) -> Result<Response<GetWorkflowScheduleResponse>, Status> {
        let req = request.into_inner();
        let st = self.lock();
        let s = st
            .schedules
            .get(&req.schedule_id)
            .ok_or_else(|| Status::not_found("schedule not found"))?;
        Ok(Response::new(GetWorkflowScheduleResponse {
            schedule: Some(s.clone()),
        }))
    }

    async fn list_workflow_schedules(
        &self,
        request: Request<ListWorkflowSchedulesRequest>,
    ) -> Result<Response<ListWorkflowSchedulesResponse>, Status> {
        let req = request.into_inner();
        let st = self.lock();
        let matching: Vec<WorkflowSchedule> = st
            .schedules
            .values()
            .filter(|s| s.namespace_id == req.namespace_id)
            .filter(|s| req.task_queue.as_ref().is_none_or(|q| *q == s.task_queue))
            .cloned()
            .collect();
        let (schedules, page_info) = page(matching, req.page.as_ref())?;
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
        let mut st = self.lock();
        let s = st
            .schedules
            .get_mut(&req.schedule_id)
            .ok_or_else(|| Status::not_found("schedule not found"))?;
        // Only the fields that are present change (proto3 `optional`).
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
            s.input = Some(v);
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
        s.updated_at = Some(now());
        Ok(Response::new(UpdateWorkflowScheduleResponse {
            schedule: Some(s.clone()),
        }))
    }

    async fn delete_workflow_schedule(
        &self,
        request: Request<DeleteWorkflowScheduleRequest>,
    ) -> Result<Response<DeleteWorkflowScheduleResponse>, Status> {
        let req = request.into_inner();
        let deleted = self.lock().schedules.remove(&req.schedule_id).is_some();
        Ok(Response::new(DeleteWorkflowScheduleResponse { deleted }))
    }
}
