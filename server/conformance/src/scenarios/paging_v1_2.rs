//! Paging of the list RPCs added in v1.2.0: ListNamespaces by namespace_id,
//! ListScheduleRuns newest first, ListWorkflowTypes by name; every page
//! consistent, nothing lost or repeated, tokens bound to their filters.

use std::future::Future;

use kagzi_proto::kagzi::v1::*;

use crate::fixture;
use crate::harness::{Ctx, Verdict, ensure, invalid, ok};

const PAGE: i32 = 2;

fn page(token: &str) -> Option<PageRequest> {
    Some(PageRequest {
        page_size: PAGE,
        page_token: token.into(),
        include_total_count: false,
    })
}

/// Walks a list page by page; the pages must be consistent.
async fn walk<F, Fut>(list: &str, mut fetch: F) -> Result<Vec<String>, String>
where
    F: FnMut(String) -> Fut,
    Fut: Future<Output = Result<(Vec<String>, PageInfo), String>>,
{
    let mut all = Vec::new();
    let mut token = String::new();
    for _ in 0..10_000 {
        let (ids, info) = fetch(token.clone()).await?;
        ensure(ids.len() <= PAGE as usize, || {
            format!("{list}: page of {} items for page_size {PAGE}", ids.len())
        })?;
        ensure(info.has_more != info.next_page_token.is_empty(), || {
            format!(
                "{list}: has_more {} but next_page_token {:?}",
                info.has_more, info.next_page_token
            )
        })?;
        all.extend(ids);
        if !info.has_more {
            return Ok(all);
        }
        token = info.next_page_token;
    }
    Err(format!("{list}: more than 10000 pages"))
}

async fn namespaces_page(
    ctx: &Ctx,
    token: String,
    enabled: Option<bool>,
) -> Result<(Vec<String>, PageInfo), String> {
    let r = ctx
        .namespaces()
        .list_namespaces(ListNamespacesRequest {
            page: page(&token),
            enabled_filter: enabled,
        })
        .await;
    let r = ok("ListNamespaces", r)?;
    Ok((
        r.namespaces.into_iter().map(|n| n.namespace_id).collect(),
        r.page_info.unwrap_or_default(),
    ))
}

pub async fn list_namespaces(ctx: Ctx) -> Verdict {
    // The server's namespaces include every other scenario's: the walk must
    // be ordered and hold ours, whatever else it holds.
    let mut ours: Vec<String> = (0..5)
        .map(|i| ctx.namespace(&format!("page-ns-{i}")))
        .collect();
    for ns in &ours {
        let r = ctx
            .namespaces()
            .create_namespace(CreateNamespaceRequest {
                namespace_id: ns.clone(),
                ..Default::default()
            })
            .await;
        ok("CreateNamespace", r)?;
    }
    let all = walk("ListNamespaces", |t| namespaces_page(&ctx, t, None)).await?;
    ensure(
        all.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()),
        || {
            format!(
                "ListNamespaces: not in strictly ascending byte-wise order (or repeated): {all:?}"
            )
        },
    )?;
    ours.sort();
    ensure(ours.iter().all(|ns| all.contains(ns)), || {
        format!("ListNamespaces: walking the pages lost some of {ours:?}")
    })?;
    // A token is bound to its filter.
    let (_, info) = namespaces_page(&ctx, String::new(), Some(true)).await?;
    if info.has_more {
        let r = ctx
            .namespaces()
            .list_namespaces(ListNamespacesRequest {
                page: page(&info.next_page_token),
                enabled_filter: None,
            })
            .await;
        invalid(
            "ListNamespaces with a token of another enabled_filter",
            "page_token",
            r,
        )?;
    }
    Ok(())
}

pub async fn list_schedule_runs(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("page-sched-runs");
    let s = fixture::schedule(&ctx, &ns, "0 0 1 1 *").await?;
    let mut started = Vec::new();
    for _ in 0..5 {
        let r = ctx
            .schedules()
            .trigger_workflow_schedule(TriggerWorkflowScheduleRequest {
                namespace_id: ns.clone(),
                schedule_id: s.schedule_id.clone(),
            })
            .await;
        started.push(ok("TriggerWorkflowSchedule", r)?.run_id);
    }
    let fetch = |token: String| {
        let (ctx, ns, id) = (ctx.clone(), ns.clone(), s.schedule_id.clone());
        async move {
            let r = ctx
                .schedules()
                .list_schedule_runs(ListScheduleRunsRequest {
                    namespace_id: ns,
                    schedule_id: id,
                    status_filter: None,
                    page: page(&token),
                })
                .await;
            let r = ok("ListScheduleRuns", r)?;
            Ok((
                r.runs.into_iter().map(|w| w.run_id).collect(),
                r.page_info.unwrap_or_default(),
            ))
        }
    };
    let all = walk("ListScheduleRuns", fetch).await?;
    started.reverse();
    ensure(all == started, || {
        format!(
            "ListScheduleRuns: walking the pages gave {all:?}, expected {started:?} (newest first)"
        )
    })?;
    let r = ctx
        .schedules()
        .list_schedule_runs(ListScheduleRunsRequest {
            namespace_id: ns.clone(),
            schedule_id: s.schedule_id.clone(),
            status_filter: None,
            page: page(""),
        })
        .await;
    let token = ok("ListScheduleRuns", r)?
        .page_info
        .unwrap_or_default()
        .next_page_token;
    let r = ctx
        .schedules()
        .list_schedule_runs(ListScheduleRunsRequest {
            namespace_id: ns,
            schedule_id: s.schedule_id,
            status_filter: Some(WorkflowStatus::Pending as i32),
            page: page(&token),
        })
        .await;
    invalid(
        "ListScheduleRuns with a token of another status_filter",
        "page_token",
        r,
    )
}

pub async fn list_workflow_types(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("page-types");
    let types = ["t-c", "t-a", "t-e", "t-b", "t-d"];
    let r = ctx
        .workers()
        .register(RegisterRequest {
            namespace_id: ns.clone(),
            task_queue: fixture::QUEUE.into(),
            workflow_types: types.iter().map(|t| t.to_string()).collect(),
            ..Default::default()
        })
        .await;
    ok("Register", r)?;
    let fetch = |token: String| {
        let (ctx, ns) = (ctx.clone(), ns.clone());
        async move {
            let r = ctx
                .admin()
                .list_workflow_types(ListWorkflowTypesRequest {
                    namespace_id: ns,
                    task_queue: None,
                    page: page(&token),
                })
                .await;
            let r = ok("ListWorkflowTypes", r)?;
            Ok((
                r.workflow_types
                    .into_iter()
                    .map(|t| t.workflow_type)
                    .collect(),
                r.page_info.unwrap_or_default(),
            ))
        }
    };
    let all = walk("ListWorkflowTypes", fetch).await?;
    let mut want: Vec<String> = types.iter().map(|t| t.to_string()).collect();
    want.sort();
    ensure(all == want, || {
        format!("ListWorkflowTypes: walking the pages gave {all:?}, expected {want:?} (by name)")
    })
}
