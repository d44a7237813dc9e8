//! Every list RPC, walked to its last page with a small page size: no item
//! lost or repeated, in the documented order, `has_more` and
//! `next_page_token` consistent, `total_count` only when asked for; a bad
//! or foreign page token fails with INVALID_ARGUMENT.

use kagzi_proto::kagzi::v1::*;

use crate::fixture;
use crate::harness::{Ctx, Verdict, ensure, invalid, ok};

const ITEMS: usize = 7;
const PAGE: i32 = 3;

fn page(token: &str, count: bool) -> Option<PageRequest> {
    Some(PageRequest {
        page_size: PAGE,
        page_token: token.into(),
        include_total_count: count,
    })
}

/// Walks a list with `fetch(token) -> (ids, page_info)`; checks the pages.
async fn walk<F, Fut>(list: &str, mut fetch: F) -> Result<Vec<String>, String>
where
    F: FnMut(String) -> Fut,
    Fut: std::future::Future<Output = Result<(Vec<String>, PageInfo), String>>,
{
    let mut all = Vec::new();
    let mut token = String::new();
    for _ in 0..100 {
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
        ensure(info.total_count == ITEMS as i64, || {
            format!(
                "{list}: total_count {} with include_total_count, expected {ITEMS}",
                info.total_count
            )
        })?;
        all.extend(ids);
        if !info.has_more {
            return Ok(all);
        }
        token = info.next_page_token;
    }
    Err(format!("{list}: more than 100 pages for {ITEMS} items"))
}

fn same(list: &str, order: &str, got: &[String], want: &[String]) -> Verdict {
    ensure(got == want, || {
        format!("{list}: walking the pages gave {got:?}, expected {want:?} ({order})")
    })
}

pub async fn list_workflows(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("page-wf");
    let mut created = Vec::new();
    for _ in 0..ITEMS {
        created.push(fixture::start(&ctx, &ns, None).await?);
    }
    let fetch = |token: String| {
        let (ctx, ns) = (ctx.clone(), ns.clone());
        async move {
            let r = ctx
                .workflows()
                .list_workflows(ListWorkflowsRequest {
                    namespace_id: ns,
                    page: page(&token, true),
                    ..Default::default()
                })
                .await;
            let r = ok("ListWorkflows", r)?;
            Ok((
                r.workflows.into_iter().map(|w| w.run_id).collect(),
                r.page_info.unwrap_or_default(),
            ))
        }
    };
    let got = walk("ListWorkflows", fetch).await?;
    created.reverse();
    same("ListWorkflows", "newest first", &got, &created)
}

pub async fn list_workers(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("page-workers");
    let mut created = Vec::new();
    for _ in 0..ITEMS {
        created.push(fixture::register(&ctx, &ns).await?);
    }
    let fetch = |token: String| {
        let (ctx, ns) = (ctx.clone(), ns.clone());
        async move {
            let r = ctx
                .admin()
                .list_workers(ListWorkersRequest {
                    namespace_id: ns,
                    page: page(&token, true),
                    ..Default::default()
                })
                .await;
            let r = ok("ListWorkers", r)?;
            Ok((
                r.workers.into_iter().map(|w| w.worker_id).collect(),
                r.page_info.unwrap_or_default(),
            ))
        }
    };
    let got = walk("ListWorkers", fetch).await?;
    created.reverse();
    same(
        "ListWorkers",
        "most recently registered first",
        &got,
        &created,
    )
}

pub async fn list_steps(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("page-steps");
    let run_id = fixture::start(&ctx, &ns, None).await?;
    let worker = fixture::register(&ctx, &ns).await?;
    fixture::poll(&ctx, &ns, &worker).await?;
    let mut created = Vec::new();
    for i in 0..ITEMS {
        created.push(fixture::begin(&ctx, &ns, &run_id, &format!("step-{i}")).await?);
    }
    let fetch = |token: String| {
        let (ctx, ns, run_id) = (ctx.clone(), ns.clone(), run_id.clone());
        async move {
            let r = ctx
                .admin()
                .list_steps(ListStepsRequest {
                    namespace_id: ns,
                    run_id,
                    page: page(&token, true),
                    ..Default::default()
                })
                .await;
            let r = ok("ListSteps", r)?;
            Ok((
                r.steps.into_iter().map(|s| s.step_id).collect(),
                r.page_info.unwrap_or_default(),
            ))
        }
    };
    let got = walk("ListSteps", fetch).await?;
    same("ListSteps", "in the order they were begun", &got, &created)
}

pub async fn list_workflow_schedules(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("page-schedules");
    let mut created = Vec::new();
    for _ in 0..ITEMS {
        created.push(fixture::schedule(&ctx, &ns, "0 9 * * *").await?.schedule_id);
    }
    let fetch = |token: String| {
        let (ctx, ns) = (ctx.clone(), ns.clone());
        async move {
            let r = ctx
                .schedules()
                .list_workflow_schedules(ListWorkflowSchedulesRequest {
                    namespace_id: ns,
                    page: page(&token, true),
                    ..Default::default()
                })
                .await;
            let r = ok("ListWorkflowSchedules", r)?;
            Ok((
                r.schedules.into_iter().map(|s| s.schedule_id).collect(),
                r.page_info.unwrap_or_default(),
            ))
        }
    };
    let got = walk("ListWorkflowSchedules", fetch).await?;
    same("ListWorkflowSchedules", "oldest first", &got, &created)
}

/// total_count is 0 unless asked for; a garbage token and a token of
/// another namespace are INVALID_ARGUMENT.
pub async fn tokens(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("tokens");
    let other = ctx.namespace("tokens-other");
    for _ in 0..ITEMS {
        fixture::start(&ctx, &ns, None).await?;
        fixture::start(&ctx, &other, None).await?;
    }
    let list = |ns: &str, token: &str, count: bool| ListWorkflowsRequest {
        namespace_id: ns.into(),
        page: page(token, count),
        ..Default::default()
    };
    let first = ok(
        "ListWorkflows",
        ctx.workflows().list_workflows(list(&ns, "", false)).await,
    )?;
    let info = first.page_info.unwrap_or_default();
    ensure(info.total_count == 0, || {
        format!(
            "total_count is {} without include_total_count",
            info.total_count
        )
    })?;
    invalid(
        "ListWorkflows with a made-up page_token",
        "page_token",
        ctx.workflows()
            .list_workflows(list(&ns, "not-a-token", false))
            .await,
    )?;
    invalid(
        "ListWorkflows with another namespace's page_token",
        "page_token",
        ctx.workflows()
            .list_workflows(list(&other, &info.next_page_token, false))
            .await,
    )?;
    invalid(
        "ListWorkflows with a negative page_size",
        "page_size",
        ctx.workflows()
            .list_workflows(ListWorkflowsRequest {
                namespace_id: ns.clone(),
                page: Some(PageRequest {
                    page_size: -1,
                    ..Default::default()
                }),
                ..Default::default()
            })
            .await,
    )?;
    // A token of another list is not a token of this one either.
    let steps_token = info.next_page_token.clone();
    invalid(
        "ListWorkflowSchedules with a ListWorkflows page_token",
        "page_token",
        ctx.schedules()
            .list_workflow_schedules(ListWorkflowSchedulesRequest {
                namespace_id: ns.clone(),
                page: page(&steps_token, false),
                ..Default::default()
            })
            .await,
    )
}
