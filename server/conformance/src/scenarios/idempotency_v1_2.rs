//! Repeating the RPCs of v1.2.0 that the schema calls safe to repeat:
//! RetryWorkflow of a run not finished, TerminateWorkflow of a finished
//! one, pausing a paused or resuming an enabled schedule, enabling an
//! enabled or disabling a disabled namespace, draining a draining worker:
//! each succeeds and changes nothing. CreateNamespace is not such an RPC:
//! the second call fails with ALREADY_EXISTS.

use kagzi_proto::kagzi::v1::*;
use tonic::Code;

use crate::fixture;
use crate::harness::{Ctx, Verdict, ensure, fails_with, ok};

pub async fn retry_twice(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("idem-retry");
    let (run_id, _) = fixture::failed_run(&ctx, &ns).await?;
    let retry = || {
        let (ctx, ns, id) = (ctx.clone(), ns.clone(), run_id.clone());
        async move {
            let r = ctx
                .workflows()
                .retry_workflow(RetryWorkflowRequest {
                    namespace_id: ns,
                    run_id: id,
                    reason: String::new(),
                })
                .await;
            ok("RetryWorkflow", r)
        }
    };
    let first = retry().await?;
    let second = retry().await?;
    ensure(first.retried && !second.retried, || {
        format!(
            "RetryWorkflow twice: retried {} then {} (expected true then false)",
            first.retried, second.retried
        )
    })?;
    ensure(second.workflow == first.workflow, || {
        format!(
            "a second RetryWorkflow of a run not finished changed it: {:?} -> {:?}",
            first.workflow, second.workflow
        )
    })
}

pub async fn terminate_twice(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("idem-terminate");
    let run_id = fixture::start(&ctx, &ns, None).await?;
    let terminate = || {
        let (ctx, ns, id) = (ctx.clone(), ns.clone(), run_id.clone());
        async move {
            let r = ctx
                .workflows()
                .terminate_workflow(TerminateWorkflowRequest {
                    namespace_id: ns,
                    run_id: id,
                    reason: String::new(),
                })
                .await;
            ok("TerminateWorkflow", r)
        }
    };
    let first = terminate().await?;
    let second = terminate().await?;
    ensure(
        first.terminated && !second.terminated && second.workflow == first.workflow,
        || {
            format!(
                "TerminateWorkflow twice: {first:?} then {second:?} (the second must change nothing, terminated false)"
            )
        },
    )
}

pub async fn schedule_and_namespace_toggles(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("idem-toggles");
    let s = fixture::schedule(&ctx, &ns, "0 0 1 1 *").await?;
    let resumed = ctx
        .schedules()
        .resume_workflow_schedule(ResumeWorkflowScheduleRequest {
            namespace_id: ns.clone(),
            schedule_id: s.schedule_id.clone(),
        })
        .await;
    let resumed = ok("ResumeWorkflowSchedule of an enabled schedule", resumed)?;
    ensure(
        resumed.caught_up_run_ids.is_empty()
            && resumed
                .schedule
                .as_ref()
                .is_some_and(|r| r.enabled && r.next_fire_at == s.next_fire_at),
        || format!("resuming an enabled schedule must start and change nothing: {resumed:?}"),
    )?;
    let mut paused = Vec::new();
    for _ in 0..2 {
        let r = ctx
            .schedules()
            .pause_workflow_schedule(PauseWorkflowScheduleRequest {
                namespace_id: ns.clone(),
                schedule_id: s.schedule_id.clone(),
            })
            .await;
        let p = ok("PauseWorkflowSchedule", r)?.schedule.unwrap_or_default();
        paused.push((p.enabled, p.next_fire_at, p.updated_at));
    }
    ensure(paused[0] == paused[1] && !paused[0].0, || {
        format!("pausing a paused schedule changed it: {paused:?}")
    })?;
    let mut disabled = Vec::new();
    for _ in 0..2 {
        let r = ctx
            .namespaces()
            .disable_namespace(DisableNamespaceRequest {
                namespace_id: ns.clone(),
                reason: String::new(),
            })
            .await;
        disabled.push(ok("DisableNamespace", r)?.namespace.unwrap_or_default());
    }
    ensure(disabled[0] == disabled[1] && !disabled[0].enabled, || {
        format!("disabling a disabled namespace changed it: {disabled:?}")
    })?;
    let r = ctx
        .namespaces()
        .create_namespace(CreateNamespaceRequest {
            namespace_id: ns.clone(),
            ..Default::default()
        })
        .await;
    fails_with(
        "CreateNamespace of an existing namespace",
        Code::AlreadyExists,
        ErrorCode::Conflict,
        r,
    )?;
    Ok(())
}
