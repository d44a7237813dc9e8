//! The WorkflowService RPCs added in v1.2.0 (workflow.proto): a run by its
//! idempotency key, a new attempt of a failed run, and termination.

use kagzi_proto::kagzi::v1::{
    GetWorkflowByExternalIdRequest, GetWorkflowByExternalIdResponse, RetryWorkflowRequest,
    RetryWorkflowResponse, StepStatus, TerminateWorkflowRequest, TerminateWorkflowResponse,
    WorkflowStatus,
};
use tonic::{Response, Status};

use crate::check::{invalid, required};
use crate::errors;
use crate::state::{Store, add_ms, now};
use crate::workflow::{earlier, is_finished, run_mut};

pub fn by_external_id(
    store: &Store,
    req: GetWorkflowByExternalIdRequest,
) -> Result<Response<GetWorkflowByExternalIdResponse>, Status> {
    required(&req.namespace_id, "namespace_id")?;
    if req.external_id.is_empty() {
        return Err(invalid("external_id", "is required"));
    }
    let st = store.lock();
    let not_found = || {
        errors::not_found(
            "workflow",
            &req.external_id,
            format!(
                "external_id: no workflow with external_id {} in this namespace",
                req.external_id
            ),
        )
    };
    let workflow = if store.faults.ignores_namespace("GetWorkflowByExternalId") {
        // The `ignore-namespace` fault (tests only): any namespace's key.
        st.by_external_id
            .iter()
            .find(|((_, ext), _)| *ext == req.external_id)
            .and_then(|(_, id)| st.runs.get(id))
    } else {
        st.by_external_id
            .get(&(req.namespace_id.clone(), req.external_id.clone()))
            .and_then(|id| st.runs.get(id))
    }
    .ok_or_else(not_found)?
    .workflow
    .clone();
    Ok(Response::new(GetWorkflowByExternalIdResponse {
        workflow: Some(workflow),
    }))
}

pub fn retry(
    store: &Store,
    req: RetryWorkflowRequest,
) -> Result<Response<RetryWorkflowResponse>, Status> {
    required(&req.namespace_id, "namespace_id")?;
    required(&req.run_id, "run_id")?;
    let mut st = store.lock();
    let run = run_mut(
        &mut st,
        store,
        "RetryWorkflow",
        &req.namespace_id,
        &req.run_id,
    )?;
    let namespace = run.workflow.namespace_id.clone();
    if st.namespace_disabled(&namespace) {
        return Err(errors::namespace_disabled(&namespace));
    }
    let run = st.runs.get_mut(&req.run_id).expect("found above");
    let status = run.workflow.status();
    let restart_unfinished = store.faults.broken("retry-unfinished") && !is_finished(status as i32);
    if !is_finished(status as i32) && !restart_unfinished {
        // Not finished: calling again is safe and changes nothing.
        return Ok(Response::new(RetryWorkflowResponse {
            workflow: Some(run.workflow.clone()),
            retried: false,
        }));
    }
    if status != WorkflowStatus::Failed && !restart_unfinished {
        return Err(errors::precondition_failed_on(
            "workflow",
            &req.run_id,
            format!(
                "run_id: run {} is {status:?}; only a FAILED run can be retried",
                req.run_id
            ),
        ));
    }
    // The same run goes back to PENDING; the next poll starts attempt
    // `attempts + 1`, and its retry policy counts afresh from there.
    let t = now();
    let w = &mut run.workflow;
    if let Some(timeout) = w.timeout
        && let Ok(d) = std::time::Duration::try_from(timeout)
    {
        // The timeout counts afresh from the retry.
        let end = add_ms(t, d.as_millis().min(i64::MAX as u128) as i64);
        w.deadline_at = earlier(run.requested_deadline_at, Some(end));
    }
    w.status = WorkflowStatus::Pending as i32;
    w.error = None;
    w.finished_at = None;
    w.wake_up_at = None;
    w.worker_id.clear();
    run.attempts_before_retry = w.attempts;
    run.ready_at = Some(t);
    run.retrying = false;
    let workflow = w.clone();
    if store.faults.broken("retry") {
        // The `retry` fault (tests only): the memo of its steps is lost.
        let ids: Vec<String> = st
            .steps
            .iter()
            .filter(|(_, r)| r.step.run_id == req.run_id)
            .map(|(_, r)| r.step.step_id.clone())
            .collect();
        for id in ids {
            st.steps.remove(&id);
        }
    }
    // A step that failed for good begins a new attempt of its own when the
    // new attempt of the run names it again; completed ones stay memoized.
    for rec in st.steps.values_mut() {
        let s = &mut rec.step;
        if s.run_id == req.run_id && s.status == StepStatus::Failed as i32 {
            s.status = StepStatus::Pending as i32;
            s.attempt_number += 1;
            s.finished_at = None;
        }
    }
    Ok(Response::new(RetryWorkflowResponse {
        workflow: Some(workflow),
        retried: true,
    }))
}

pub fn terminate(
    store: &Store,
    req: TerminateWorkflowRequest,
) -> Result<Response<TerminateWorkflowResponse>, Status> {
    required(&req.namespace_id, "namespace_id")?;
    required(&req.run_id, "run_id")?;
    let mut st = store.lock();
    let run = run_mut(
        &mut st,
        store,
        "TerminateWorkflow",
        &req.namespace_id,
        &req.run_id,
    )?;
    let w = &mut run.workflow;
    if is_finished(w.status) {
        return Ok(Response::new(TerminateWorkflowResponse {
            workflow: Some(w.clone()),
            terminated: false,
        }));
    }
    // At once, whether or not a worker holds it: no cleanup.
    w.status = WorkflowStatus::Terminated as i32;
    w.finished_at = Some(now());
    w.wake_up_at = None;
    w.worker_id.clear();
    run.ready_at = None;
    run.retrying = false;
    Ok(Response::new(TerminateWorkflowResponse {
        workflow: Some(run.workflow.clone()),
        terminated: true,
    }))
}

/// Fails the worker's report on a TERMINATED run (BeginStep, CompleteStep,
/// FailStep, Sleep), as TerminateWorkflow says; the `terminate` fault
/// (tests only) lets the report through.
pub fn refuse_if_terminated(store: &Store, status: i32, run_id: &str) -> Result<(), Status> {
    if status == WorkflowStatus::Terminated as i32 && !store.faults.broken("terminate") {
        return Err(errors::precondition_failed_on(
            "workflow",
            run_id,
            format!("run_id: run {run_id} is TERMINATED"),
        ));
    }
    Ok(())
}
