//! Thousands of concurrent calls, then a count: nothing lost, nothing
//! duplicated. Bounded: a fixed number of calls, at most `IN_FLIGHT` at
//! once, and the whole scenario under the suite's per-scenario time limit.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use kagzi_proto::kagzi::v1::{ListWorkflowsRequest, PageRequest, StartWorkflowRequest};
use tokio::sync::Semaphore;

use crate::fixture;
use crate::harness::{Ctx, Verdict, ensure, ok};

const CALLS: usize = 2000;
/// Calls share this many idempotency keys (the others have none).
const KEYS: usize = 100;
const IN_FLIGHT: usize = 64;
const WORKERS: usize = 4;

pub async fn starts_and_polls(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("load");
    let gate = Arc::new(Semaphore::new(IN_FLIGHT));
    let mut set = tokio::task::JoinSet::new();
    for i in 0..CALLS {
        let (ctx, ns, gate) = (ctx.clone(), ns.clone(), gate.clone());
        // Every other call carries one of KEYS keys.
        let key = (i % 2 == 0).then(|| format!("key-{}", (i / 2) % KEYS));
        set.spawn(async move {
            let _permit = gate.acquire().await.map_err(|e| e.to_string())?;
            let r = ctx
                .workflows()
                .start_workflow(StartWorkflowRequest {
                    namespace_id: ns,
                    task_queue: fixture::QUEUE.into(),
                    workflow_type: fixture::TYPE.into(),
                    external_id: key.clone(),
                    ..Default::default()
                })
                .await;
            Ok::<_, String>((key, ok("StartWorkflow", r)?))
        });
    }
    let mut by_key: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut started = BTreeSet::new();
    let mut created = 0usize;
    while let Some(j) = set.join_next().await {
        let (key, resp) = j.map_err(|e| e.to_string())??;
        if !resp.already_exists {
            created += 1;
        }
        if let Some(k) = key {
            by_key.entry(k).or_default().insert(resp.run_id.clone());
        }
        started.insert(resp.run_id);
    }
    let expected = CALLS / 2 + KEYS;
    ensure(started.len() == expected && created == expected, || {
        format!(
            "{CALLS} concurrent starts ({KEYS} shared keys): {} distinct runs and {created} created, expected {expected}",
            started.len()
        )
    })?;
    ensure(by_key.values().all(|ids| ids.len() == 1), || {
        "one idempotency key was answered with more than one run".into()
    })?;
    // The server lists exactly the runs it answered with.
    let mut listed = BTreeSet::new();
    let mut token = String::new();
    loop {
        let r = ctx
            .workflows()
            .list_workflows(ListWorkflowsRequest {
                namespace_id: ns.clone(),
                page: Some(PageRequest {
                    page_size: 100,
                    page_token: token.clone(),
                    include_total_count: false,
                }),
                ..Default::default()
            })
            .await;
        let r = ok("ListWorkflows", r)?;
        for w in r.workflows {
            ensure(listed.insert(w.run_id.clone()), || {
                format!("ListWorkflows listed {} twice", w.run_id)
            })?;
        }
        let info = r.page_info.unwrap_or_default();
        if !info.has_more {
            break;
        }
        token = info.next_page_token;
    }
    ensure(listed == started, || {
        format!(
            "ListWorkflows holds {} runs, the starts returned {}",
            listed.len(),
            started.len()
        )
    })?;
    // Concurrent workers take every run exactly once.
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..WORKERS {
        let (ctx, ns) = (ctx.clone(), ns.clone());
        set.spawn(async move {
            let id = fixture::register(&ctx, &ns).await?;
            let mut got = Vec::new();
            while let Some(task) = fixture::poll_once(&ctx, &ns, &id).await? {
                got.push(task.run_id);
            }
            Ok::<_, String>(got)
        });
    }
    let mut handed = BTreeSet::new();
    let mut total = 0;
    while let Some(j) = set.join_next().await {
        for id in j.map_err(|e| e.to_string())?? {
            total += 1;
            handed.insert(id);
        }
    }
    ensure(total == expected && handed == started, || {
        format!(
            "{WORKERS} concurrent workers took {total} tasks of {} distinct runs; {expected} runs were pending",
            handed.len()
        )
    })
}
