//! StartWorkflow's idempotency key: "at most one run per namespace has a
//! given key, and retrying StartWorkflow with the same key returns the same
//! run", also when the retries race.

use std::collections::BTreeSet;

use kagzi_proto::kagzi::v1::ListWorkflowsRequest;

use crate::fixture;
use crate::harness::{Ctx, Verdict, ensure, ok};
use kagzi_proto::kagzi::v1::StartWorkflowRequest;

pub async fn sequential(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("idem");
    let first = fixture::start(&ctx, &ns, Some("order-1")).await?;
    let r = ctx
        .workflows()
        .start_workflow(StartWorkflowRequest {
            namespace_id: ns.clone(),
            task_queue: fixture::QUEUE.into(),
            workflow_type: fixture::TYPE.into(),
            external_id: Some("order-1".into()),
            ..Default::default()
        })
        .await;
    let again = ok("StartWorkflow (retry)", r)?;
    ensure(again.run_id == first && again.already_exists, || {
        format!("retry with the same external_id: {again:?}, first run {first}")
    })?;
    // Absent key: every call starts a new run.
    let a = fixture::start(&ctx, &ns, None).await?;
    let b = fixture::start(&ctx, &ns, None).await?;
    ensure(a != b, || {
        "two calls without external_id returned one run".into()
    })
}

pub async fn concurrent(ctx: Ctx) -> Verdict {
    const CALLERS: usize = 64;
    let ns = ctx.namespace("idem-race");
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..CALLERS {
        let (ctx, ns) = (ctx.clone(), ns.clone());
        set.spawn(async move {
            let r = ctx
                .workflows()
                .start_workflow(StartWorkflowRequest {
                    namespace_id: ns,
                    task_queue: fixture::QUEUE.into(),
                    workflow_type: fixture::TYPE.into(),
                    external_id: Some("race".into()),
                    ..Default::default()
                })
                .await;
            ok("StartWorkflow", r)
        });
    }
    let mut ids = BTreeSet::new();
    let mut created = 0;
    while let Some(joined) = set.join_next().await {
        let resp = joined.map_err(|e| e.to_string())??;
        ids.insert(resp.run_id);
        if !resp.already_exists {
            created += 1;
        }
    }
    ensure(ids.len() == 1 && created == 1, || {
        format!(
            "{CALLERS} concurrent calls with one key: {} run id(s), {created} without already_exists",
            ids.len()
        )
    })?;
    let r = ctx
        .workflows()
        .list_workflows(ListWorkflowsRequest {
            namespace_id: ns,
            ..Default::default()
        })
        .await;
    let n = ok("ListWorkflows", r)?.workflows.len();
    ensure(n == 1, || {
        format!("the namespace holds {n} runs, expected 1")
    })
}
