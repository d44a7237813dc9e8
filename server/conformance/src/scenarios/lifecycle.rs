//! The worker's side of a run, as worker.proto describes it.

use std::time::Duration as StdDuration;

use kagzi_proto::google::protobuf::Duration;
use kagzi_proto::kagzi::v1::*;
use tonic::Code;

use crate::fixture;
use crate::harness::{Ctx, Verdict, ensure, fails, millis, now, ok};

async fn get(ctx: &Ctx, ns: &str, run_id: &str) -> Result<Workflow, String> {
    let r = ctx
        .workflows()
        .get_workflow(GetWorkflowRequest {
            namespace_id: ns.into(),
            run_id: run_id.into(),
        })
        .await;
    ok("GetWorkflow", r)?
        .workflow
        .ok_or_else(|| "GetWorkflow: no workflow in a successful response".into())
}

async fn worker(ctx: &Ctx, ns: &str, id: &str) -> Result<Worker, String> {
    let r = ctx
        .admin()
        .get_worker(GetWorkerRequest {
            namespace_id: ns.into(),
            worker_id: id.into(),
        })
        .await;
    ok("GetWorker", r)?
        .worker
        .ok_or_else(|| "GetWorker: no worker in a successful response".into())
}

fn payload(s: &str) -> Payload {
    Payload {
        data: s.as_bytes().to_vec(),
        metadata: [("content-type".to_string(), "text/plain".to_string())].into(),
    }
}

fn error(subject: &str, non_retryable: bool) -> Option<ErrorDetail> {
    Some(ErrorDetail {
        code: ErrorCode::Internal as i32,
        message: "conformance failure".into(),
        non_retryable,
        subject: subject.into(),
        ..Default::default()
    })
}

pub async fn register_heartbeat(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("register");
    let r = ctx
        .workers()
        .register(RegisterRequest {
            namespace_id: ns.clone(),
            task_queue: fixture::QUEUE.into(),
            workflow_types: vec![fixture::TYPE.into()],
            hostname: "host-1".into(),
            pid: 42,
            max_concurrent: 3,
            labels: [("region".to_string(), "eu".to_string())].into(),
            ..Default::default()
        })
        .await;
    let reg = ok("Register", r)?;
    let interval = reg.heartbeat_interval.unwrap_or_default();
    ensure(
        !reg.worker_id.is_empty() && (interval.seconds > 0 || interval.nanos > 0),
        || format!("Register must return a worker_id and a positive heartbeat_interval: {reg:?}"),
    )?;
    let w = worker(&ctx, &ns, &reg.worker_id).await?;
    ensure(
        w.status() == WorkerStatus::Online
            && w.hostname == "host-1"
            && w.pid == 42
            && w.max_concurrent == 3
            && w.labels.get("region").map(String::as_str) == Some("eu")
            && w.registered_at.is_some(),
        || format!("the registered worker reads back as {w:?}"),
    )?;
    let r = ctx
        .workers()
        .heartbeat(HeartbeatRequest {
            namespace_id: ns.clone(),
            worker_id: reg.worker_id.clone(),
            active_count: 2,
            completed_delta: 5,
            failed_delta: 1,
        })
        .await;
    let hb = ok("Heartbeat", r)?;
    ensure(!hb.reregister && !hb.drain, || {
        format!("Heartbeat of a fresh worker: {hb:?}")
    })?;
    let w = worker(&ctx, &ns, &reg.worker_id).await?;
    ensure(
        w.active_count == 2
            && w.total_completed == 5
            && w.total_failed == 1
            && w.last_heartbeat_at.is_some(),
        || format!("after a heartbeat the worker reads back as {w:?}"),
    )?;
    // A worker the server does not know must register again.
    let r = ctx
        .workers()
        .heartbeat(HeartbeatRequest {
            namespace_id: ns.clone(),
            worker_id: "00000000-0000-4000-8000-000000000000".into(),
            ..Default::default()
        })
        .await;
    match r {
        Ok(resp) => ensure(resp.into_inner().reregister, || {
            "Heartbeat of an unknown worker must answer reregister = true".into()
        }),
        Err(s) if s.code() == Code::NotFound => Ok(()),
        Err(s) => Err(format!(
            "Heartbeat of an unknown worker: {:?}: {}",
            s.code(),
            s.message()
        )),
    }
}

pub async fn poll_timeout(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("poll-empty");
    let id = fixture::register(&ctx, &ns).await?;
    let started = tokio::time::Instant::now();
    let task = fixture::poll_once(&ctx, &ns, &id).await?;
    ensure(task.is_none(), || {
        format!("PollTask on an empty queue returned {task:?}")
    })?;
    ensure(started.elapsed() < StdDuration::from_secs(120), || {
        "PollTask on an empty queue did not time out within 120s".into()
    })
}

pub async fn poll_hands_out(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("poll");
    let input = payload("hello");
    let r = ctx
        .workflows()
        .start_workflow(StartWorkflowRequest {
            namespace_id: ns.clone(),
            task_queue: fixture::QUEUE.into(),
            workflow_type: fixture::TYPE.into(),
            input: Some(input.clone()),
            version: "v7".into(),
            ..Default::default()
        })
        .await;
    let run_id = ok("StartWorkflow", r)?.run_id;
    let pending = get(&ctx, &ns, &run_id).await?;
    ensure(
        pending.status() == WorkflowStatus::Pending
            && pending.attempts == 0
            && pending.started_at.is_none()
            && pending.created_at.is_some(),
        || format!("a new run reads back as {pending:?}"),
    )?;
    let id = fixture::register(&ctx, &ns).await?;
    let task = fixture::poll(&ctx, &ns, &id).await?;
    ensure(
        task.run_id == run_id
            && task.attempt == 1
            && task.input.as_ref() == Some(&input)
            && task.version == "v7"
            && task.workflow_type == fixture::TYPE,
        || format!("PollTask handed out {task:?}"),
    )?;
    let running = get(&ctx, &ns, &run_id).await?;
    ensure(
        running.status() == WorkflowStatus::Running
            && running.worker_id == id
            && running.attempts == 1
            && running.started_at.is_some(),
        || format!("a polled run reads back as {running:?}"),
    )?;
    // Handed out once: a second worker gets nothing.
    let second = fixture::register(&ctx, &ns).await?;
    let again = fixture::poll_once(&ctx, &ns, &second).await?;
    ensure(again.is_none(), || {
        format!("the run was handed out twice: {again:?}")
    })
}

pub async fn step_memoized(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("memo");
    let run_id = fixture::start(&ctx, &ns, None).await?;
    let id = fixture::register(&ctx, &ns).await?;
    fixture::poll(&ctx, &ns, &id).await?;
    let begin = |ctx: Ctx, ns: String, run_id: String| async move {
        let r = ctx
            .workers()
            .begin_step(BeginStepRequest {
                namespace_id: ns,
                run_id,
                step_name: "charge".into(),
                kind: StepKind::Function as i32,
                input: Some(payload("in")),
                ..Default::default()
            })
            .await;
        ok("BeginStep", r)
    };
    let first = begin(ctx.clone(), ns.clone(), run_id.clone()).await?;
    ensure(
        first.cached_output.is_none() && first.attempt_number == 1,
        || format!("first BeginStep of a step: {first:?}"),
    )?;
    let output = payload("receipt");
    let r = ctx
        .workers()
        .complete_step(CompleteStepRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            step_id: first.step_id.clone(),
            output: Some(output.clone()),
        })
        .await;
    let step = ok("CompleteStep", r)?.step.unwrap_or_default();
    ensure(
        step.status() == StepStatus::Completed
            && step.output.as_ref() == Some(&output)
            && step.finished_at.is_some(),
        || format!("CompleteStep returned {step:?}"),
    )?;
    let replay = begin(ctx.clone(), ns.clone(), run_id.clone()).await?;
    ensure(
        replay.cached_output.as_ref() == Some(&output) && replay.step_id == first.step_id,
        || format!("BeginStep of a completed step must return its cached output: {replay:?}"),
    )?;
    // Completing it twice is a state error.
    let r = ctx
        .workers()
        .complete_step(CompleteStepRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            step_id: first.step_id.clone(),
            output: None,
        })
        .await;
    fails(
        "CompleteStep of a completed step",
        Code::FailedPrecondition,
        r,
    )?;
    let r = ctx
        .admin()
        .get_step(GetStepRequest {
            namespace_id: ns,
            step_id: first.step_id,
        })
        .await;
    let s = ok("GetStep", r)?.step.unwrap_or_default();
    ensure(
        s.name == "charge" && s.run_id == run_id && s.kind() == StepKind::Function,
        || format!("GetStep returned {s:?}"),
    )
}

pub async fn fail_step_retry(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("fail-step");
    let run_id = fixture::start(&ctx, &ns, None).await?;
    let id = fixture::register(&ctx, &ns).await?;
    fixture::poll(&ctx, &ns, &id).await?;
    let policy = RetryPolicy {
        maximum_attempts: 2,
        initial_interval_ms: 1500,
        backoff_coefficient: 2.0,
        maximum_interval_ms: 0,
        non_retryable_errors: vec!["Fatal".into()],
    };
    let begin = |name: &'static str| {
        let (ctx, ns, run_id, policy) = (ctx.clone(), ns.clone(), run_id.clone(), policy.clone());
        async move {
            let r = ctx
                .workers()
                .begin_step(BeginStepRequest {
                    namespace_id: ns,
                    run_id,
                    step_name: name.into(),
                    kind: StepKind::Function as i32,
                    retry_policy: Some(policy),
                    ..Default::default()
                })
                .await;
            ok("BeginStep", r)
        }
    };
    let fail = |step_id: String, subject: &'static str| {
        let (ctx, ns, run_id) = (ctx.clone(), ns.clone(), run_id.clone());
        async move {
            let r = ctx
                .workers()
                .fail_step(FailStepRequest {
                    namespace_id: ns,
                    run_id,
                    step_id,
                    error: error(subject, false),
                })
                .await;
            ok("FailStep", r)
        }
    };
    let b = begin("flaky").await?;
    let before = millis(&now());
    let f = fail(b.step_id.clone(), "Oops").await?;
    let after = millis(&now());
    let at = f.retry_at.as_ref().map(millis).unwrap_or(0);
    ensure(f.will_retry && f.next_attempt_number == 2, || {
        format!("first failure with maximum_attempts 2 must be retried: {f:?}")
    })?;
    // The first retry waits initial_interval_ms (1500).
    ensure(at >= before + 1400 && at <= after + 1600, || {
        format!(
            "retry_at is {}ms from the failure, expected about 1500ms",
            at - before
        )
    })?;
    let b2 = begin("flaky").await?;
    ensure(b2.attempt_number == 2 && b2.step_id == b.step_id, || {
        format!("BeginStep after a scheduled retry: {b2:?}")
    })?;
    let f2 = fail(b2.step_id.clone(), "Oops").await?;
    ensure(
        !f2.will_retry && f2.retry_at.is_none() && f2.next_attempt_number == 0,
        || format!("the last attempt failed; no retry may follow: {f2:?}"),
    )?;
    let r = ctx
        .admin()
        .get_step(GetStepRequest {
            namespace_id: ns.clone(),
            step_id: b.step_id.clone(),
        })
        .await;
    let s = ok("GetStep", r)?.step.unwrap_or_default();
    ensure(
        s.status() == StepStatus::Failed && s.error.is_some() && s.finished_at.is_some(),
        || format!("a step failed for good reads back as {s:?}"),
    )?;
    // A non-retryable error type ends the step at once.
    let b3 = begin("fatal").await?;
    let f3 = fail(b3.step_id, "Fatal").await?;
    ensure(!f3.will_retry, || {
        format!("an error listed in non_retryable_errors was retried: {f3:?}")
    })
}

pub async fn sleep(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("sleep");
    let run_id = fixture::start(&ctx, &ns, None).await?;
    let id = fixture::register(&ctx, &ns).await?;
    fixture::poll(&ctx, &ns, &id).await?;
    let nap = |ctx: Ctx, ns: String, run_id: String| async move {
        let r = ctx
            .workers()
            .sleep(SleepRequest {
                namespace_id: ns,
                run_id,
                step_name: "nap".into(),
                duration: Some(Duration {
                    seconds: 1,
                    nanos: 0,
                }),
            })
            .await;
        ok("Sleep", r)
    };
    let before = millis(&now());
    nap(ctx.clone(), ns.clone(), run_id.clone()).await?;
    let w = get(&ctx, &ns, &run_id).await?;
    let wake = w.wake_up_at.as_ref().map(millis).unwrap_or(0);
    ensure(w.status() == WorkflowStatus::Sleeping, || {
        format!("after Sleep the run is {:?}", w.status())
    })?;
    ensure(
        wake >= before + 900 && wake <= millis(&now()) + 1100,
        || {
            format!(
                "wake_up_at is {}ms after the call, expected about 1000ms",
                wake - before
            )
        },
    )?;
    // After the sleep the run is handed to a worker again...
    let task = fixture::poll(&ctx, &ns, &id).await?;
    ensure(task.run_id == run_id, || {
        format!("after the sleep PollTask gave {task:?}")
    })?;
    let w = get(&ctx, &ns, &run_id).await?;
    ensure(
        w.status() == WorkflowStatus::Running && w.wake_up_at.is_none(),
        || format!("a woken run reads back as {w:?}"),
    )?;
    // ...and replaying the elapsed sleep step returns at once.
    nap(ctx.clone(), ns.clone(), run_id.clone()).await?;
    let w = get(&ctx, &ns, &run_id).await?;
    ensure(w.status() == WorkflowStatus::Running, || {
        format!(
            "replaying an elapsed sleep step put the run to {:?}",
            w.status()
        )
    })
}

pub async fn complete_workflow(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("complete");
    let run_id = fixture::start(&ctx, &ns, None).await?;
    let id = fixture::register(&ctx, &ns).await?;
    fixture::poll(&ctx, &ns, &id).await?;
    let output = payload("done");
    let r = ctx
        .workers()
        .complete_workflow(CompleteWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            output: Some(output.clone()),
        })
        .await;
    let c = ok("CompleteWorkflow", r)?;
    ensure(c.status() == WorkflowStatus::Completed, || {
        format!("CompleteWorkflow: {c:?}")
    })?;
    let r = ctx
        .workflows()
        .wait_workflow(WaitWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            timeout: Some(Duration {
                seconds: 5,
                nanos: 0,
            }),
        })
        .await;
    let waited = ok("WaitWorkflow", r)?;
    let w = waited.workflow.clone().unwrap_or_default();
    ensure(
        waited.finished
            && w.status() == WorkflowStatus::Completed
            && w.output.as_ref() == Some(&output)
            && w.error.is_none()
            && w.finished_at.is_some(),
        || format!("WaitWorkflow of a completed run: {waited:?}"),
    )
}

pub async fn fail_workflow_retry(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("fail-wf");
    let r = ctx
        .workflows()
        .start_workflow(StartWorkflowRequest {
            namespace_id: ns.clone(),
            task_queue: fixture::QUEUE.into(),
            workflow_type: fixture::TYPE.into(),
            retry_policy: Some(RetryPolicy {
                maximum_attempts: 2,
                initial_interval_ms: 500,
                ..Default::default()
            }),
            ..Default::default()
        })
        .await;
    let run_id = ok("StartWorkflow", r)?.run_id;
    let id = fixture::register(&ctx, &ns).await?;
    fixture::poll(&ctx, &ns, &id).await?;
    let fail = |ctx: Ctx, ns: String, run_id: String| async move {
        let r = ctx
            .workers()
            .fail_workflow(FailWorkflowRequest {
                namespace_id: ns,
                run_id,
                error: error("Oops", false),
            })
            .await;
        ok("FailWorkflow", r)
    };
    let f = fail(ctx.clone(), ns.clone(), run_id.clone()).await?;
    ensure(
        f.will_retry && f.status() == WorkflowStatus::Sleeping && f.retry_at.is_some(),
        || format!("first failure with maximum_attempts 2: {f:?}"),
    )?;
    let task = fixture::poll(&ctx, &ns, &id).await?;
    ensure(task.run_id == run_id && task.attempt == 2, || {
        format!("the retry must be handed out as attempt 2: {task:?}")
    })?;
    let f2 = fail(ctx.clone(), ns.clone(), run_id.clone()).await?;
    ensure(
        !f2.will_retry && f2.status() == WorkflowStatus::Failed && f2.retry_at.is_none(),
        || format!("the last attempt failed: {f2:?}"),
    )?;
    let w = get(&ctx, &ns, &run_id).await?;
    ensure(
        w.status() == WorkflowStatus::Failed
            && w.error.is_some()
            && w.output.is_none()
            && w.attempts == 2
            && w.finished_at.is_some(),
        || format!("a failed run reads back as {w:?}"),
    )
}

pub async fn cancel(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("cancel");
    // A pending run is cancelled at once.
    let pending = fixture::start(&ctx, &ns, None).await?;
    let cancel = |ctx: Ctx, ns: String, run_id: String| async move {
        let r = ctx
            .workflows()
            .cancel_workflow(CancelWorkflowRequest {
                namespace_id: ns,
                run_id,
                reason: "conformance".into(),
            })
            .await;
        ok("CancelWorkflow", r)
    };
    cancel(ctx.clone(), ns.clone(), pending.clone()).await?;
    let w = get(&ctx, &ns, &pending).await?;
    ensure(
        w.status() == WorkflowStatus::Cancelled && w.finished_at.is_some(),
        || format!("a cancelled pending run reads back as {w:?}"),
    )?;
    // A running one: its worker learns it when it reports.
    let running = fixture::start(&ctx, &ns, None).await?;
    let id = fixture::register(&ctx, &ns).await?;
    fixture::poll(&ctx, &ns, &id).await?;
    cancel(ctx.clone(), ns.clone(), running.clone()).await?;
    let r = ctx
        .workers()
        .complete_workflow(CompleteWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: running.clone(),
            output: Some(payload("late")),
        })
        .await;
    let c = ok("CompleteWorkflow of a cancelled run", r)?;
    ensure(c.status() == WorkflowStatus::Cancelled, || {
        format!("CompleteWorkflow of a cancelled run must answer CANCELLED: {c:?}")
    })?;
    // A finished run: no effect (and no error).
    let done = fixture::start(&ctx, &ns, None).await?;
    fixture::poll(&ctx, &ns, &id).await?;
    ok(
        "CompleteWorkflow",
        ctx.workers()
            .complete_workflow(CompleteWorkflowRequest {
                namespace_id: ns.clone(),
                run_id: done.clone(),
                output: None,
            })
            .await,
    )?;
    cancel(ctx.clone(), ns.clone(), done.clone()).await?;
    let w = get(&ctx, &ns, &done).await?;
    ensure(w.status() == WorkflowStatus::Completed, || {
        format!("CancelWorkflow changed a finished run to {:?}", w.status())
    })
}

pub async fn wait_timeout(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("wait");
    let run_id = fixture::start(&ctx, &ns, None).await?;
    let r = ctx
        .workflows()
        .wait_workflow(WaitWorkflowRequest {
            namespace_id: ns,
            run_id,
            timeout: Some(Duration {
                seconds: 1,
                nanos: 0,
            }),
        })
        .await;
    let w = ok("WaitWorkflow", r)?;
    ensure(
        !w.finished && w.workflow.as_ref().map(Workflow::status) == Some(WorkflowStatus::Pending),
        || format!("WaitWorkflow on a pending run that times out: {w:?}"),
    )
}

pub async fn deregister_drain(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("drain");
    let run_id = fixture::start(&ctx, &ns, None).await?;
    let id = fixture::register(&ctx, &ns).await?;
    fixture::poll(&ctx, &ns, &id).await?;
    let dereg = |drain: bool| {
        let (ctx, ns, id) = (ctx.clone(), ns.clone(), id.clone());
        async move {
            let r = ctx
                .workers()
                .deregister(DeregisterRequest {
                    namespace_id: ns,
                    worker_id: id,
                    drain,
                })
                .await;
            ok("Deregister", r)
        }
    };
    dereg(true).await?;
    let w = worker(&ctx, &ns, &id).await?;
    ensure(w.status() == WorkerStatus::Draining, || {
        format!("after Deregister with drain the worker is {:?}", w.status())
    })?;
    let hb = ok(
        "Heartbeat",
        ctx.workers()
            .heartbeat(HeartbeatRequest {
                namespace_id: ns.clone(),
                worker_id: id.clone(),
                active_count: 1,
                ..Default::default()
            })
            .await,
    )?;
    ensure(hb.drain, || {
        format!("a draining worker's Heartbeat must say drain: {hb:?}")
    })?;
    // Draining: no new runs, but it finishes the one it holds.
    fixture::start(&ctx, &ns, None).await?;
    if let Ok(r) = ctx
        .workers()
        .poll_task(PollTaskRequest {
            namespace_id: ns.clone(),
            worker_id: id.clone(),
            task_queue: fixture::QUEUE.into(),
            workflow_types: vec![],
        })
        .await
    {
        let task = r.into_inner().task;
        ensure(task.is_none(), || {
            format!("a draining worker was handed {task:?}")
        })?;
    }
    ok(
        "CompleteWorkflow by a draining worker",
        ctx.workers()
            .complete_workflow(CompleteWorkflowRequest {
                namespace_id: ns.clone(),
                run_id,
                output: None,
            })
            .await,
    )?;
    dereg(false).await?;
    let w = worker(&ctx, &ns, &id).await?;
    ensure(w.status() == WorkerStatus::Offline, || {
        format!(
            "after Deregister without drain the worker is {:?}",
            w.status()
        )
    })
}

pub async fn deregister_hands_off(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("handoff");
    let run_id = fixture::start(&ctx, &ns, None).await?;
    let leaving = fixture::register(&ctx, &ns).await?;
    fixture::poll(&ctx, &ns, &leaving).await?;
    ok(
        "Deregister",
        ctx.workers()
            .deregister(DeregisterRequest {
                namespace_id: ns.clone(),
                worker_id: leaving.clone(),
                drain: false,
            })
            .await,
    )?;
    let next = fixture::register(&ctx, &ns).await?;
    let task = fixture::poll(&ctx, &ns, &next).await?;
    ensure(task.run_id == run_id, || {
        format!("the run of a worker that left was not handed to another: got {task:?}")
    })
}
