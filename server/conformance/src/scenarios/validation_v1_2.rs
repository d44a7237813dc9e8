//! The "Required" fields of the RPCs added in v1.2.0, and their other
//! rejections ("a negative value fails with INVALID_ARGUMENT", an unknown
//! `status_filter`, `namespace_id` set to an empty string): each answered
//! with INVALID_ARGUMENT and a message that names the field.

use kagzi_proto::google::protobuf::Duration;
use kagzi_proto::kagzi::v1::*;

use crate::fixture;
use crate::harness::{Ctx, Verdict, invalid};

pub async fn new_rpcs(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("invalid-v1.2");
    let (mut w, mut s, mut a, mut n) = (
        ctx.workflows(),
        ctx.schedules(),
        ctx.admin(),
        ctx.namespaces(),
    );
    invalid(
        "RetryWorkflow without run_id",
        "run_id",
        w.retry_workflow(RetryWorkflowRequest {
            namespace_id: ns.clone(),
            ..Default::default()
        })
        .await,
    )?;
    invalid(
        "TerminateWorkflow without namespace_id",
        "namespace_id",
        w.terminate_workflow(TerminateWorkflowRequest {
            run_id: "r".into(),
            ..Default::default()
        })
        .await,
    )?;
    invalid(
        "StartWorkflow with a negative timeout",
        "timeout",
        w.start_workflow(StartWorkflowRequest {
            namespace_id: ns.clone(),
            task_queue: fixture::QUEUE.into(),
            workflow_type: fixture::TYPE.into(),
            timeout: Some(Duration {
                seconds: -5,
                nanos: 0,
            }),
            ..Default::default()
        })
        .await,
    )?;
    for (rpc, field, r) in [
        (
            "TriggerWorkflowSchedule",
            "schedule_id",
            s.trigger_workflow_schedule(TriggerWorkflowScheduleRequest {
                namespace_id: ns.clone(),
                schedule_id: String::new(),
            })
            .await
            .map(|_| ()),
        ),
        (
            "PauseWorkflowSchedule",
            "schedule_id",
            s.pause_workflow_schedule(PauseWorkflowScheduleRequest {
                namespace_id: ns.clone(),
                schedule_id: String::new(),
            })
            .await
            .map(|_| ()),
        ),
        (
            "ResumeWorkflowSchedule",
            "namespace_id",
            s.resume_workflow_schedule(ResumeWorkflowScheduleRequest {
                namespace_id: String::new(),
                schedule_id: "s".into(),
            })
            .await
            .map(|_| ()),
        ),
        (
            "ListScheduleRuns",
            "schedule_id",
            s.list_schedule_runs(ListScheduleRunsRequest {
                namespace_id: ns.clone(),
                ..Default::default()
            })
            .await
            .map(|_| ()),
        ),
        (
            "DrainWorker",
            "worker_id",
            a.drain_worker(DrainWorkerRequest {
                namespace_id: ns.clone(),
                worker_id: String::new(),
            })
            .await
            .map(|_| ()),
        ),
        (
            "GetQueueDepth",
            "namespace_id",
            a.get_queue_depth(GetQueueDepthRequest::default())
                .await
                .map(|_| ()),
        ),
        (
            "ListWorkflowTypes",
            "namespace_id",
            a.list_workflow_types(ListWorkflowTypesRequest::default())
                .await
                .map(|_| ()),
        ),
        (
            "GetNamespace",
            "namespace_id",
            n.get_namespace(GetNamespaceRequest::default())
                .await
                .map(|_| ()),
        ),
        (
            "EnableNamespace",
            "namespace_id",
            n.enable_namespace(EnableNamespaceRequest::default())
                .await
                .map(|_| ()),
        ),
        (
            "DisableNamespace",
            "namespace_id",
            n.disable_namespace(DisableNamespaceRequest::default())
                .await
                .map(|_| ()),
        ),
        (
            "UpdateNamespace",
            "namespace_id",
            n.update_namespace(UpdateNamespaceRequest::default())
                .await
                .map(|_| ()),
        ),
    ] {
        invalid(
            &format!("{rpc} without {field}"),
            field,
            r.map(tonic::Response::new),
        )?;
    }
    // An unknown status, checked before the schedule is looked up.
    let schedule = fixture::schedule(&ctx, &ns, "0 0 1 1 *").await?;
    invalid(
        "ListScheduleRuns with an unknown status_filter",
        "status_filter",
        s.list_schedule_runs(ListScheduleRunsRequest {
            namespace_id: ns.clone(),
            schedule_id: schedule.schedule_id,
            status_filter: Some(999),
            page: None,
        })
        .await,
    )
}
