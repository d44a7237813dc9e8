//! WorkerService: registration, heartbeats, task hand-out and the progress
//! reports of steps and runs.

use std::time::Duration as StdDuration;

use kagzi_proto::google::protobuf::{Duration, Timestamp};
use kagzi_proto::kagzi::v1::{
    BeginStepRequest, BeginStepResponse, CompleteStepRequest, CompleteStepResponse,
    CompleteWorkflowRequest, CompleteWorkflowResponse, DeregisterRequest, FailStepRequest,
    FailStepResponse, FailWorkflowRequest, FailWorkflowResponse, HeartbeatRequest,
    HeartbeatResponse, PollTaskRequest, PollTaskResponse, RegisterRequest, RegisterResponse,
    SleepRequest, Step, StepKind, StepStatus, Worker, WorkerStatus, WorkflowStatus, WorkflowTask,
    worker_service_server::WorkerService,
};
use tonic::{Request, Response, Status};

use crate::check::{self, invalid, required};
use crate::errors;
use crate::retry::{self, STEP_DEFAULTS, WORKFLOW_DEFAULTS};
use crate::rules;
use crate::state::{Run, State, StepRecord, Store, add_ms, before_or_at, now};
use crate::workflow::{is_finished, run_mut};
use crate::workflow_control::refuse_if_terminated;

/// How long PollTask waits for work before answering without a task.
const POLL_WAIT: StdDuration = StdDuration::from_secs(2);
/// How often a waiting PollTask looks again, for runs whose sleep or retry
/// back-off ends (there are no timers that would wake it).
const POLL_TICK: StdDuration = StdDuration::from_millis(100);
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

fn worker_mut<'a>(
    st: &'a mut State,
    store: &Store,
    rpc: &str,
    namespace: &str,
    worker_id: &str,
) -> Option<&'a mut Worker> {
    st.workers
        .get_mut(worker_id)
        .filter(|w| store.faults.same_namespace(rpc, &w.namespace_id, namespace))
}

fn step_mut<'a>(
    st: &'a mut State,
    store: &Store,
    rpc: &str,
    namespace: &str,
    run_id: &str,
    step_id: &str,
) -> Result<&'a mut StepRecord, Status> {
    st.steps
        .get_mut(step_id)
        .filter(|s| {
            store
                .faults
                .same_namespace(rpc, &s.step.namespace_id, namespace)
        })
        .filter(|s| s.step.run_id == run_id)
        .ok_or_else(|| {
            errors::not_found(
                "step",
                step_id,
                format!("step_id: step {step_id} not found in run {run_id} of this namespace"),
            )
        })
}

fn running_step(step: &Step) -> Result<(), Status> {
    if step.status == StepStatus::Running as i32 {
        Ok(())
    } else {
        Err(errors::precondition_failed(format!(
            "step {} is {:?}, not RUNNING",
            step.step_id,
            step.status()
        )))
    }
}

/// Puts the RUNNING runs of a worker back in the queue (the worker left).
fn requeue_runs_of(st: &mut State, worker_id: &str) {
    let t = now();
    for run in st.runs.values_mut() {
        let w = &mut run.workflow;
        if w.worker_id == worker_id && w.status == WorkflowStatus::Running as i32 {
            w.status = WorkflowStatus::Pending as i32;
            w.worker_id.clear();
            run.ready_at = Some(t);
        }
    }
}

/// Marks the sleep steps of a run that elapsed by `t` as COMPLETED.
fn complete_elapsed_sleeps(st: &mut State, run_id: &str, t: &Timestamp) {
    for rec in st.steps.values_mut() {
        if rec.step.run_id == run_id
            && rec.step.kind == StepKind::Sleep as i32
            && rec.step.status == StepStatus::Running as i32
            && rec.wake_up_at.as_ref().is_some_and(|w| before_or_at(w, t))
        {
            rec.step.status = StepStatus::Completed as i32;
            rec.step.finished_at = Some(*t);
        }
    }
}

/// A sleep step: the run sleeps until `wake` and its worker releases it.
fn put_to_sleep(run: &mut Run, wake: Timestamp) {
    let w = &mut run.workflow;
    w.status = WorkflowStatus::Sleeping as i32;
    w.wake_up_at = Some(wake);
    w.worker_id.clear();
    run.ready_at = Some(wake);
    run.retrying = false;
}

/// Hands the ready run matching the poll to the worker, if any: the one of
/// highest priority, the oldest among equals (Workflow.priority). A
/// disabled namespace hands out nothing.
fn take_task(
    st: &mut State,
    namespace: &str,
    queue: &str,
    types: &[String],
    worker_id: &str,
) -> Option<WorkflowTask> {
    let t = now();
    if st.namespace_disabled(namespace) {
        return None;
    }
    let run_id = st
        .runs
        .iter()
        .filter(|(_, r)| {
            let w = &r.workflow;
            w.namespace_id == namespace
                && w.task_queue == queue
                && (types.is_empty() || types.contains(&w.workflow_type))
                && (w.status == WorkflowStatus::Pending as i32
                    || w.status == WorkflowStatus::Sleeping as i32)
                && r.ready_at.as_ref().is_some_and(|at| before_or_at(at, &t))
        })
        .min_by_key(|(seq, r)| {
            let at = r.ready_at.unwrap_or_default();
            (-i64::from(r.workflow.priority), at.seconds, at.nanos, *seq)
        })
        .map(|(_, r)| r.workflow.run_id.clone())?;
    complete_elapsed_sleeps(st, &run_id, &t);
    let run = st.runs.get_mut(&run_id)?;
    run.ready_at = None;
    // A run woken from a sleep step continues its attempt; a new attempt
    // starts for a fresh run, a requeued one or a retry.
    let woke_from_sleep = run.workflow.status == WorkflowStatus::Sleeping as i32 && !run.retrying;
    run.retrying = false;
    let w = &mut run.workflow;
    if !woke_from_sleep {
        w.attempts += 1;
    }
    w.status = WorkflowStatus::Running as i32;
    w.wake_up_at = None;
    w.worker_id = worker_id.to_string();
    if w.started_at.is_none() {
        w.started_at = Some(t);
    }
    Some(WorkflowTask {
        run_id: w.run_id.clone(),
        workflow_type: w.workflow_type.clone(),
        version: w.version.clone(),
        input: w.input.clone(),
        attempt: w.attempts,
        deadline_at: w.deadline_at,
    })
}

#[tonic::async_trait]
impl WorkerService for Store {
    async fn register(
        &self,
        request: Request<RegisterRequest>,
    ) -> Result<Response<RegisterResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.task_queue, "task_queue")?;
        if req.workflow_types.is_empty() {
            return Err(invalid("workflow_types", "must not be empty"));
        }
        if req.workflow_types.iter().any(String::is_empty) {
            return Err(invalid("workflow_types", "must not hold an empty name"));
        }
        check::not_negative(req.max_concurrent.into(), "max_concurrent")?;
        if let Some(limit) = req.queue_concurrency_limit
            && limit <= 0
        {
            return Err(invalid("queue_concurrency_limit", "must be positive"));
        }
        for (i, c) in req.workflow_type_concurrency.iter().enumerate() {
            required(
                &c.workflow_type,
                &format!("workflow_type_concurrency[{i}].workflow_type"),
            )?;
            if c.max_concurrent <= 0 {
                return Err(invalid(
                    &format!("workflow_type_concurrency[{i}].max_concurrent"),
                    "must be positive",
                ));
            }
        }
        let mut st = self.lock();
        st.ensure_namespace(&req.namespace_id);
        let (seq, worker_id) = st.next_id();
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
            labels: req.labels,
            queue_concurrency_limit: req.queue_concurrency_limit,
            workflow_type_concurrency: req.workflow_type_concurrency,
            ..Default::default()
        };
        st.workers.insert(seq, worker_id.clone(), worker);
        Ok(Response::new(RegisterResponse {
            worker_id,
            heartbeat_interval: Some(HEARTBEAT_INTERVAL),
        }))
    }

    async fn heartbeat(
        &self,
        request: Request<HeartbeatRequest>,
    ) -> Result<Response<HeartbeatResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.worker_id, "worker_id")?;
        check::not_negative(req.active_count.into(), "active_count")?;
        check::not_negative(req.completed_delta.into(), "completed_delta")?;
        check::not_negative(req.failed_delta.into(), "failed_delta")?;
        let mut st = self.lock();
        let Some(w) = worker_mut(
            &mut st,
            self,
            "Heartbeat",
            &req.namespace_id,
            &req.worker_id,
        )
        .filter(|w| w.status != WorkerStatus::Offline as i32) else {
            // Unknown in this namespace (e.g. the server restarted) or
            // OFFLINE: it must register again; nothing is counted.
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
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.worker_id, "worker_id")?;
        let mut st = self.lock();
        let w = worker_mut(
            &mut st,
            self,
            "Deregister",
            &req.namespace_id,
            &req.worker_id,
        )
        .ok_or_else(|| {
            errors::not_found(
                "worker",
                &req.worker_id,
                format!(
                    "worker_id: worker {} not found in this namespace",
                    req.worker_id
                ),
            )
        })?;
        if req.drain && w.status != WorkerStatus::Offline as i32 {
            w.status = WorkerStatus::Draining as i32;
        } else if !req.drain {
            w.status = WorkerStatus::Offline as i32;
            w.active_count = 0;
            requeue_runs_of(&mut st, &req.worker_id);
        }
        drop(st);
        self.notify();
        Ok(Response::new(()))
    }

    async fn poll_task(
        &self,
        request: Request<PollTaskRequest>,
    ) -> Result<Response<PollTaskResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.worker_id, "worker_id")?;
        required(&req.task_queue, "task_queue")?;
        let deadline = tokio::time::Instant::now() + POLL_WAIT;
        loop {
            let notified = self.changed.notified();
            {
                let mut st = self.lock();
                let Some(worker) = st
                    .workers
                    .get(&req.worker_id)
                    .filter(|w| w.namespace_id == req.namespace_id)
                    .filter(|w| w.status != WorkerStatus::Offline as i32)
                else {
                    return Err(errors::precondition_failed(format!(
                        "worker_id: worker {} is not registered in this namespace",
                        req.worker_id
                    )));
                };
                // A draining worker takes no new runs: it gets "no task"
                // (unless the `drain` fault, tests only, forgets it).
                if worker.status == WorkerStatus::Online as i32 || self.faults.broken("drain") {
                    let types = if req.workflow_types.is_empty() {
                        worker.workflow_types.clone()
                    } else {
                        req.workflow_types.clone()
                    };
                    if let Some(task) = take_task(
                        &mut st,
                        &req.namespace_id,
                        &req.task_queue,
                        &types,
                        &req.worker_id,
                    ) {
                        drop(st);
                        self.notify();
                        return Ok(Response::new(PollTaskResponse { task: Some(task) }));
                    }
                }
            }
            let wake = deadline.min(tokio::time::Instant::now() + POLL_TICK);
            let _ = tokio::time::timeout_at(wake, notified).await;
            if tokio::time::Instant::now() >= deadline {
                return Ok(Response::new(PollTaskResponse { task: None }));
            }
        }
    }

    async fn begin_step(
        &self,
        request: Request<BeginStepRequest>,
    ) -> Result<Response<BeginStepResponse>, Status> {
        self.faults.begin_step()?;
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.run_id, "run_id")?;
        required(&req.step_name, "step_name")?;
        let kind: StepKind = check::known_enum(req.kind, "kind")?;
        if kind == StepKind::Unspecified {
            return Err(invalid("kind", "is required (STEP_KIND_UNSPECIFIED)"));
        }
        check::retry_policy(&req.retry_policy, "retry_policy")?;
        let mut st = self.lock();
        let run = run_mut(&mut st, self, "BeginStep", &req.namespace_id, &req.run_id)?;
        refuse_if_terminated(self, run.workflow.status, &req.run_id)?;
        if is_finished(run.workflow.status)
            && run.workflow.status != WorkflowStatus::Terminated as i32
        {
            return Err(errors::precondition_failed(format!(
                "run {} is already {:?}",
                req.run_id,
                run.workflow.status()
            )));
        }
        let t = now();
        // Memoization: the step of this name in this run, if it was begun.
        if let Some(rec) = st
            .steps
            .values_mut()
            .find(|r| r.step.run_id == req.run_id && r.step.name == req.step_name)
        {
            let s = &mut rec.step;
            if s.status == StepStatus::Completed as i32 {
                return Ok(Response::new(BeginStepResponse {
                    step_id: s.step_id.clone(),
                    cached_output: Some(s.output.clone().unwrap_or_default()),
                    attempt_number: s.attempt_number,
                }));
            }
            if s.status == StepStatus::Failed as i32 {
                return Err(errors::precondition_failed(format!(
                    "step_name: step {} failed for good",
                    req.step_name
                )));
            }
            // PENDING (a retry) or RUNNING (a replay of an attempt whose
            // worker went away): this attempt (re)starts now.
            s.status = StepStatus::Running as i32;
            s.started_at = Some(t);
            if req.input.is_some() {
                s.input = req.input;
            }
            if req.retry_policy.is_some() {
                rec.retry_policy = req.retry_policy;
            }
            return Ok(Response::new(BeginStepResponse {
                step_id: s.step_id.clone(),
                cached_output: None,
                attempt_number: s.attempt_number,
            }));
        }
        let (seq, step_id) = st.next_id();
        let step = Step {
            step_id: step_id.clone(),
            run_id: req.run_id,
            namespace_id: req.namespace_id,
            name: req.step_name,
            kind: kind as i32,
            status: StepStatus::Running as i32,
            attempt_number: 1,
            input: req.input,
            created_at: Some(t),
            started_at: Some(t),
            ..Default::default()
        };
        st.steps.insert(
            seq,
            step_id.clone(),
            StepRecord {
                step,
                retry_policy: req.retry_policy,
                wake_up_at: None,
            },
        );
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
        self.faults.complete_step()?;
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.run_id, "run_id")?;
        required(&req.step_id, "step_id")?;
        let mut st = self.lock();
        if let Some(run) = st.runs.get(&req.run_id) {
            refuse_if_terminated(self, run.workflow.status, &req.run_id)?;
        }
        let rec = step_mut(
            &mut st,
            self,
            "CompleteStep",
            &req.namespace_id,
            &req.run_id,
            &req.step_id,
        )?;
        running_step(&rec.step)?;
        let s = &mut rec.step;
        s.status = StepStatus::Completed as i32;
        s.output = req.output;
        s.error = None;
        s.finished_at = Some(now());
        Ok(Response::new(CompleteStepResponse {
            step: Some(s.clone()),
        }))
    }

    async fn fail_step(
        &self,
        request: Request<FailStepRequest>,
    ) -> Result<Response<FailStepResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.run_id, "run_id")?;
        required(&req.step_id, "step_id")?;
        check::error_required(&req.error, "error")?;
        let error = req.error.unwrap_or_default();
        let mut st = self.lock();
        if let Some(run) = st.runs.get(&req.run_id) {
            refuse_if_terminated(self, run.workflow.status, &req.run_id)?;
        }
        let rec = step_mut(
            &mut st,
            self,
            "FailStep",
            &req.namespace_id,
            &req.run_id,
            &req.step_id,
        )?;
        running_step(&rec.step)?;
        let t = now();
        let next = retry::next_attempt(
            rec.retry_policy.as_ref(),
            &STEP_DEFAULTS,
            rec.step.attempt_number,
            &error,
            t,
        );
        let s = &mut rec.step;
        s.error = Some(error);
        Ok(Response::new(match next {
            Some(at) => {
                s.status = StepStatus::Pending as i32;
                s.attempt_number += 1;
                FailStepResponse {
                    will_retry: true,
                    retry_at: Some(at),
                    next_attempt_number: s.attempt_number,
                }
            }
            None => {
                s.status = StepStatus::Failed as i32;
                s.finished_at = Some(t);
                FailStepResponse::default()
            }
        }))
    }

    async fn complete_workflow(
        &self,
        request: Request<CompleteWorkflowRequest>,
    ) -> Result<Response<CompleteWorkflowResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.run_id, "run_id")?;
        let mut st = self.lock();
        let run = run_mut(
            &mut st,
            self,
            "CompleteWorkflow",
            &req.namespace_id,
            &req.run_id,
        )?;
        let w = &mut run.workflow;
        let terminated_completes = self.faults.broken("terminate");
        match w.status() {
            WorkflowStatus::Cancelled => {}
            WorkflowStatus::Terminated if !terminated_completes => {}
            WorkflowStatus::Running | WorkflowStatus::Terminated => {
                w.status = WorkflowStatus::Completed as i32;
                w.output = req.output;
                w.finished_at = Some(now());
                w.worker_id.clear();
            }
            other => {
                return Err(errors::precondition_failed(format!(
                    "run {} is {other:?}, not RUNNING",
                    req.run_id
                )));
            }
        }
        let status = w.status;
        drop(st);
        self.notify();
        Ok(Response::new(CompleteWorkflowResponse { status }))
    }

    async fn fail_workflow(
        &self,
        request: Request<FailWorkflowRequest>,
    ) -> Result<Response<FailWorkflowResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.run_id, "run_id")?;
        check::error_required(&req.error, "error")?;
        let error = req.error.unwrap_or_default();
        let mut st = self.lock();
        let run = run_mut(
            &mut st,
            self,
            "FailWorkflow",
            &req.namespace_id,
            &req.run_id,
        )?;
        let t = now();
        let response = match run.workflow.status() {
            WorkflowStatus::Cancelled => FailWorkflowResponse {
                status: WorkflowStatus::Cancelled as i32,
                ..Default::default()
            },
            WorkflowStatus::Terminated => FailWorkflowResponse {
                status: WorkflowStatus::Terminated as i32,
                ..Default::default()
            },
            WorkflowStatus::Running => {
                let next = retry::next_attempt(
                    run.retry_policy.as_ref(),
                    &WORKFLOW_DEFAULTS,
                    // Counted afresh after a RetryWorkflow.
                    run.workflow.attempts - run.attempts_before_retry,
                    &error,
                    t,
                );
                let w = &mut run.workflow;
                w.worker_id.clear();
                match next {
                    Some(at) => {
                        w.status = WorkflowStatus::Sleeping as i32;
                        w.wake_up_at = Some(at);
                        run.ready_at = Some(at);
                        run.retrying = true;
                        FailWorkflowResponse {
                            status: WorkflowStatus::Sleeping as i32,
                            will_retry: true,
                            retry_at: Some(at),
                        }
                    }
                    None => {
                        w.status = WorkflowStatus::Failed as i32;
                        w.error = Some(error);
                        w.finished_at = Some(t);
                        FailWorkflowResponse {
                            status: WorkflowStatus::Failed as i32,
                            ..Default::default()
                        }
                    }
                }
            }
            other => {
                return Err(errors::precondition_failed(format!(
                    "run {} is {other:?}, not RUNNING",
                    req.run_id
                )));
            }
        };
        drop(st);
        self.notify();
        Ok(Response::new(response))
    }

    async fn sleep(&self, request: Request<SleepRequest>) -> Result<Response<()>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.run_id, "run_id")?;
        required(&req.step_name, "step_name")?;
        let duration = check::positive_duration(&req.duration, "duration")?;
        let mut st = self.lock();
        let run = run_mut(&mut st, self, "Sleep", &req.namespace_id, &req.run_id)?;
        refuse_if_terminated(self, run.workflow.status, &req.run_id)?;
        if run.workflow.status != WorkflowStatus::Running as i32 {
            return Err(errors::precondition_failed(format!(
                "run {} is {:?}, not RUNNING",
                req.run_id,
                run.workflow.status()
            )));
        }
        let t = now();
        // Replay: a sleep step of this name that already elapsed returns
        // at once and changes nothing; one not elapsed yet sleeps on until
        // the time first recorded.
        let earlier = st
            .steps
            .values_mut()
            .find(|r| r.step.run_id == req.run_id && r.step.name == req.step_name);
        if let Some(rec) = earlier {
            if rec.step.kind != StepKind::Sleep as i32 {
                return Err(errors::precondition_failed(format!(
                    "step_name: step {} of this run is not a sleep step",
                    req.step_name
                )));
            }
            let wake = rec.wake_up_at.unwrap_or(t);
            if before_or_at(&wake, &t) {
                rec.step.status = StepStatus::Completed as i32;
                rec.step.finished_at.get_or_insert(t);
                return Ok(Response::new(()));
            }
            if let Some(run) = st.runs.get_mut(&req.run_id) {
                put_to_sleep(run, wake);
            }
            drop(st);
            self.notify();
            return Ok(Response::new(()));
        }
        let wake = add_ms(t, duration.as_millis().min(i64::MAX as u128) as i64);
        let (seq, step_id) = st.next_id();
        st.steps.insert(
            seq,
            step_id.clone(),
            StepRecord {
                step: Step {
                    step_id,
                    run_id: req.run_id.clone(),
                    namespace_id: req.namespace_id.clone(),
                    name: req.step_name,
                    kind: StepKind::Sleep as i32,
                    status: StepStatus::Running as i32,
                    attempt_number: 1,
                    created_at: Some(t),
                    started_at: Some(t),
                    ..Default::default()
                },
                retry_policy: None,
                wake_up_at: Some(wake),
            },
        );
        if let Some(run) = st.runs.get_mut(&req.run_id) {
            put_to_sleep(run, wake);
        }
        drop(st);
        self.notify();
        Ok(Response::new(()))
    }
}
