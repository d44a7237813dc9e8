//! The run lifecycle of v1.2.0 (workflow.proto, namespace.proto, admin.proto):
//! a retried run starts a new attempt with its completed steps memoized; a
//! terminated run is final at once; a disabled namespace refuses new runs
//! and hands none out; a run is found by its idempotency key in its own
//! namespace only; a draining worker gets no new run; a run with a start
//! time to come is SCHEDULED.

use std::time::Duration;

use kagzi_proto::google::protobuf::Timestamp;
use kagzi_proto::kagzi::v1::*;
use tonic::Code;

use crate::fixture;
use crate::harness::{Ctx, Verdict, ensure, eventually, fails, fails_with, invalid, ok};

pub async fn retry_new_attempt(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("retry");
    let (run_id, worker_id) = fixture::failed_run(&ctx, &ns).await?;
    let r = ctx
        .workflows()
        .retry_workflow(RetryWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            reason: "conformance".into(),
        })
        .await;
    let resp = ok("RetryWorkflow", r)?;
    let w = resp.workflow.unwrap_or_default();
    ensure(
        resp.retried
            && w.run_id == run_id
            && w.status() == WorkflowStatus::Pending
            && w.error.is_none()
            && w.finished_at.is_none(),
        || {
            format!(
                "RetryWorkflow of a FAILED run must make it PENDING with error and finished_at cleared (retried true): {w:?}, retried {}",
                resp.retried
            )
        },
    )?;
    let task = fixture::poll(&ctx, &ns, &worker_id).await?;
    ensure(task.run_id == run_id && task.attempt == 2, || {
        format!(
            "after RetryWorkflow the next poll must hand out the same run as attempt 2: got run {} attempt {}",
            task.run_id, task.attempt
        )
    })?;
    let r = ctx
        .workers()
        .begin_step(BeginStepRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            step_name: "first".into(),
            kind: StepKind::Function as i32,
            ..Default::default()
        })
        .await;
    let begun = ok("BeginStep (completed before the retry)", r)?;
    ensure(begun.cached_output == Some(fixture::memo()), || {
        format!(
            "a step COMPLETED before RetryWorkflow must stay memoized (cached_output), got {:?}",
            begun.cached_output
        )
    })
}

pub async fn terminate_is_final(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("terminate");
    let run_id = fixture::start(&ctx, &ns, None).await?;
    let worker_id = fixture::register(&ctx, &ns).await?;
    fixture::poll(&ctx, &ns, &worker_id).await?;
    let step_id = fixture::begin(&ctx, &ns, &run_id, "first").await?;
    let r = ctx
        .workflows()
        .terminate_workflow(TerminateWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            reason: "conformance".into(),
        })
        .await;
    let resp = ok("TerminateWorkflow", r)?;
    let w = resp.workflow.unwrap_or_default();
    ensure(
        resp.terminated && w.status() == WorkflowStatus::Terminated && w.finished_at.is_some(),
        || {
            format!(
                "TerminateWorkflow of a RUNNING run must end it at once (TERMINATED, finished_at): {w:?}"
            )
        },
    )?;
    let r = ctx
        .workers()
        .complete_step(CompleteStepRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            step_id,
            output: None,
        })
        .await;
    fails(
        "CompleteStep of a TERMINATED run",
        Code::FailedPrecondition,
        r,
    )?;
    let r = ctx
        .workers()
        .begin_step(BeginStepRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            step_name: "second".into(),
            kind: StepKind::Function as i32,
            ..Default::default()
        })
        .await;
    fails("BeginStep of a TERMINATED run", Code::FailedPrecondition, r)?;
    let r = ctx
        .workers()
        .complete_workflow(CompleteWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            output: None,
        })
        .await;
    let status = ok("CompleteWorkflow of a TERMINATED run", r)?.status();
    ensure(status == WorkflowStatus::Terminated, || {
        format!(
            "CompleteWorkflow of a TERMINATED run must change nothing and answer TERMINATED, answered {status:?}"
        )
    })?;
    let r = ctx
        .workflows()
        .cancel_workflow(CancelWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            reason: String::new(),
        })
        .await;
    ok("CancelWorkflow of a TERMINATED run", r)?;
    let r = ctx
        .workflows()
        .retry_workflow(RetryWorkflowRequest {
            namespace_id: ns.clone(),
            run_id: run_id.clone(),
            reason: String::new(),
        })
        .await;
    fails_with(
        "RetryWorkflow of a TERMINATED run",
        Code::FailedPrecondition,
        ErrorCode::PreconditionFailed,
        r,
    )?;
    let after = fixture::get_run(&ctx, &ns, &run_id).await?;
    ensure(after.status() == WorkflowStatus::Terminated, || {
        format!(
            "a TERMINATED run changed after its worker and callers acted on it: {:?}",
            after.status()
        )
    })
}

async fn set_namespace(ctx: &Ctx, ns: &str, enabled: bool) -> Verdict {
    if enabled {
        let r = ctx
            .namespaces()
            .enable_namespace(EnableNamespaceRequest {
                namespace_id: ns.into(),
            })
            .await;
        ok("EnableNamespace", r)?;
    } else {
        let r = ctx
            .namespaces()
            .disable_namespace(DisableNamespaceRequest {
                namespace_id: ns.into(),
                reason: "conformance".into(),
            })
            .await;
        ok("DisableNamespace", r)?;
    }
    Ok(())
}

pub async fn disabled_namespace(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("disabled");
    let run_id = fixture::start(&ctx, &ns, Some("before")).await?;
    let worker_id = fixture::register(&ctx, &ns).await?;
    set_namespace(&ctx, &ns, false).await?;
    for key in [None, Some("before"), Some("new")] {
        let r = ctx
            .workflows()
            .start_workflow(StartWorkflowRequest {
                namespace_id: ns.clone(),
                task_queue: fixture::QUEUE.into(),
                workflow_type: fixture::TYPE.into(),
                external_id: key.map(Into::into),
                ..Default::default()
            })
            .await;
        fails_with(
            &format!("StartWorkflow in a disabled namespace (external_id {key:?})"),
            Code::FailedPrecondition,
            ErrorCode::NamespaceDisabled,
            r,
        )?;
    }
    let held = fixture::get_run(&ctx, &ns, &run_id).await?;
    ensure(held.status() == WorkflowStatus::Paused, || {
        format!(
            "a PENDING run of a disabled namespace must be PAUSED, is {:?}",
            held.status()
        )
    })?;
    let task = fixture::poll_once(&ctx, &ns, &worker_id).await?;
    ensure(task.is_none(), || {
        format!("PollTask in a disabled namespace handed out {task:?}")
    })?;
    set_namespace(&ctx, &ns, true).await?;
    let back = fixture::get_run(&ctx, &ns, &run_id).await?;
    ensure(back.status() == WorkflowStatus::Pending, || {
        format!(
            "after EnableNamespace a PAUSED run must be PENDING, is {:?}",
            back.status()
        )
    })?;
    let task = fixture::poll(&ctx, &ns, &worker_id).await?;
    ensure(task.run_id == run_id, || {
        format!(
            "after EnableNamespace PollTask handed out {} instead of {run_id}",
            task.run_id
        )
    })
}

pub async fn by_external_id(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("by-key");
    let other = ctx.namespace("by-key-other");
    let run_id = fixture::start(&ctx, &ns, Some("order-7")).await?;
    let other_run = fixture::start(&ctx, &other, Some("order-7")).await?;
    let get = |ns: String, key: &str| {
        let (ctx, key) = (ctx.clone(), key.to_string());
        async move {
            ctx.workflows()
                .get_workflow_by_external_id(GetWorkflowByExternalIdRequest {
                    namespace_id: ns,
                    external_id: key,
                })
                .await
        }
    };
    let found = ok("GetWorkflowByExternalId", get(ns.clone(), "order-7").await)?
        .workflow
        .unwrap_or_default();
    ensure(
        found.run_id == run_id && found.external_id == "order-7" && found.namespace_id == ns,
        || {
            format!(
                "GetWorkflowByExternalId returned {found:?}, expected run {run_id} (the other namespace's run with the same key is {other_run})"
            )
        },
    )?;
    fails_with(
        "GetWorkflowByExternalId of an unknown key",
        Code::NotFound,
        ErrorCode::NotFound,
        get(ns.clone(), "order-8").await,
    )?;
    invalid(
        "GetWorkflowByExternalId with an empty key",
        "external_id",
        get(ns, "").await,
    )
}

pub async fn drain_worker(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("drain");
    let worker_id = fixture::register(&ctx, &ns).await?;
    let drain = || {
        let (ctx, ns, id) = (ctx.clone(), ns.clone(), worker_id.clone());
        async move {
            ctx.admin()
                .drain_worker(DrainWorkerRequest {
                    namespace_id: ns,
                    worker_id: id,
                })
                .await
        }
    };
    let w = ok("DrainWorker", drain().await)?.worker.unwrap_or_default();
    ensure(w.status() == WorkerStatus::Draining, || {
        format!(
            "DrainWorker answered a worker {:?}, not DRAINING",
            w.status()
        )
    })?;
    ok("DrainWorker (again)", drain().await)?;
    fixture::start(&ctx, &ns, None).await?;
    let task = fixture::poll_once(&ctx, &ns, &worker_id).await?;
    ensure(task.is_none(), || {
        format!("PollTask handed a DRAINING worker a run: {task:?}")
    })?;
    let r = ctx
        .workers()
        .heartbeat(HeartbeatRequest {
            namespace_id: ns.clone(),
            worker_id: worker_id.clone(),
            ..Default::default()
        })
        .await;
    let hb = ok("Heartbeat", r)?;
    ensure(hb.drain, || {
        format!("Heartbeat of a DRAINING worker must answer drain true: {hb:?}")
    })?;
    let r = ctx
        .admin()
        .drain_worker(DrainWorkerRequest {
            namespace_id: ns,
            worker_id: "no-such-worker".into(),
        })
        .await;
    fails_with(
        "DrainWorker of an unknown worker",
        Code::NotFound,
        ErrorCode::NotFound,
        r,
    )?;
    Ok(())
}

pub async fn scheduled_start(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("start-at");
    let now = crate::harness::now();
    let start_at = Timestamp {
        seconds: now.seconds + 2,
        nanos: now.nanos,
    };
    let r = ctx
        .workflows()
        .start_workflow(StartWorkflowRequest {
            namespace_id: ns.clone(),
            task_queue: fixture::QUEUE.into(),
            workflow_type: fixture::TYPE.into(),
            start_at: Some(start_at),
            ..Default::default()
        })
        .await;
    let run_id = ok("StartWorkflow with start_at", r)?.run_id;
    let w = fixture::get_run(&ctx, &ns, &run_id).await?;
    ensure(w.status() == WorkflowStatus::Scheduled, || {
        format!(
            "a run whose start_at is 2s away must be SCHEDULED, is {:?}",
            w.status()
        )
    })?;
    let worker_id = fixture::register(&ctx, &ns).await?;
    let r = ctx
        .workers()
        .poll_task(PollTaskRequest {
            namespace_id: ns.clone(),
            worker_id: worker_id.clone(),
            task_queue: fixture::QUEUE.into(),
            workflow_types: vec![],
        })
        .await;
    let early = ok("PollTask", r)?.task;
    let early_ok = early.is_none()
        || crate::harness::millis(&crate::harness::now()) >= crate::harness::millis(&start_at);
    ensure(early_ok, || {
        format!("PollTask handed out a run before its start_at: {early:?}")
    })?;
    let pending = eventually(Duration::from_secs(10), || {
        let (ctx, ns, id) = (ctx.clone(), ns.clone(), run_id.clone());
        async move {
            let w = fixture::get_run(&ctx, &ns, &id).await?;
            Ok((w.status() != WorkflowStatus::Scheduled).then_some(w))
        }
    })
    .await?;
    ensure(pending.is_some(), || {
        "a SCHEDULED run was still SCHEDULED 10s after its start_at".into()
    })
}
