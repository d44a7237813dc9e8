//! The AdminService RPCs of v1.2.0 (admin.proto): statistics, queue depth
//! and the workflow types live workers serve.

use kagzi_proto::kagzi::v1::*;

use crate::fixture;
use crate::harness::{Ctx, Verdict, ensure, invalid, ok};

pub async fn stats(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("stats");
    for _ in 0..2 {
        fixture::start(&ctx, &ns, None).await?;
    }
    fixture::register(&ctx, &ns).await?;
    fixture::schedule(&ctx, &ns, "0 0 1 1 *").await?;
    let r = ctx
        .admin()
        .get_stats(GetStatsRequest {
            namespace_id: Some(ns.clone()),
        })
        .await;
    let s = ok("GetStats", r)?;
    let runs: Vec<(WorkflowStatus, i64)> = s
        .runs_by_status
        .iter()
        .map(|c| (c.status(), c.count))
        .collect();
    let workers: Vec<(WorkerStatus, i64)> = s
        .workers_by_status
        .iter()
        .map(|c| (c.status(), c.count))
        .collect();
    ensure(
        runs == [(WorkflowStatus::Pending, 2)]
            && workers == [(WorkerStatus::Online, 1)]
            && s.total_runs == 2
            && s.total_workers == 1
            && (s.total_schedules, s.enabled_schedules) == (1, 1)
            && s.computed_at.is_some(),
        || {
            format!(
                "GetStats of a namespace with 2 PENDING runs, 1 ONLINE worker and 1 enabled schedule: {s:?}"
            )
        },
    )?;
    let r = ctx
        .admin()
        .get_stats(GetStatsRequest {
            namespace_id: Some(String::new()),
        })
        .await;
    invalid("GetStats with an empty namespace_id", "namespace_id", r)
}

pub async fn queue_depth(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("depth");
    for (queue, wtype) in [
        ("q-b", "t-1"),
        ("q-a", "t-2"),
        ("q-a", "t-1"),
        ("q-a", "t-1"),
    ] {
        let r = ctx
            .workflows()
            .start_workflow(StartWorkflowRequest {
                namespace_id: ns.clone(),
                task_queue: queue.into(),
                workflow_type: wtype.into(),
                ..Default::default()
            })
            .await;
        ok("StartWorkflow", r)?;
    }
    let r = ctx
        .admin()
        .get_queue_depth(GetQueueDepthRequest {
            namespace_id: ns.clone(),
            ..Default::default()
        })
        .await;
    let got: Vec<(String, String, i64)> = ok("GetQueueDepth", r)?
        .depths
        .into_iter()
        .map(|d| (d.task_queue, d.workflow_type, d.pending))
        .collect();
    let want: Vec<(String, String, i64)> =
        [("q-a", "t-1", 2), ("q-a", "t-2", 1), ("q-b", "t-1", 1)]
            .into_iter()
            .map(|(q, t, n)| (q.into(), t.into(), n))
            .collect();
    ensure(got == want, || {
        format!(
            "GetQueueDepth (queue, type, pending) ordered by queue then type: {got:?}, expected {want:?}"
        )
    })?;
    let r = ctx
        .admin()
        .get_queue_depth(GetQueueDepthRequest {
            namespace_id: ns,
            task_queue: Some("q-a".into()),
            workflow_type: Some("t-2".into()),
        })
        .await;
    let one = ok("GetQueueDepth (filtered)", r)?.depths;
    ensure(
        one.len() == 1 && one[0].task_queue == "q-a" && one[0].workflow_type == "t-2",
        || format!("GetQueueDepth filtered to q-a/t-2 returned {one:?}"),
    )
}

pub async fn workflow_types(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("types");
    let register = |queue: &str, types: &[&str]| {
        let (ctx, ns) = (ctx.clone(), ns.clone());
        let queue = queue.to_string();
        let types: Vec<String> = types.iter().map(|t| t.to_string()).collect();
        async move {
            let r = ctx
                .workers()
                .register(RegisterRequest {
                    namespace_id: ns,
                    task_queue: queue,
                    workflow_types: types,
                    ..Default::default()
                })
                .await;
            Ok::<_, String>(ok("Register", r)?.worker_id)
        }
    };
    register("q1", &["b", "a"]).await?;
    register("q2", &["a"]).await?;
    let gone = register("q3", &["z"]).await?;
    let r = ctx
        .workers()
        .deregister(DeregisterRequest {
            namespace_id: ns.clone(),
            worker_id: gone,
            drain: false,
        })
        .await;
    ok("Deregister", r)?;
    let r = ctx
        .admin()
        .list_workflow_types(ListWorkflowTypesRequest {
            namespace_id: ns,
            ..Default::default()
        })
        .await;
    let got: Vec<(String, Vec<String>, i32)> = ok("ListWorkflowTypes", r)?
        .workflow_types
        .into_iter()
        .map(|t| (t.workflow_type, t.task_queues, t.worker_count))
        .collect();
    let want = vec![
        ("a".to_string(), vec!["q1".to_string(), "q2".to_string()], 2),
        ("b".to_string(), vec!["q1".to_string()], 1),
    ];
    ensure(got == want, || {
        format!("ListWorkflowTypes (live workers only, by name): {got:?}, expected {want:?}")
    })
}
