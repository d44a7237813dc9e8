//! NamespaceService (namespace.proto): create, read, describe, enable and
//! disable; namespaces that spring up on first use; what a disabled
//! namespace refuses.

use kagzi_proto::kagzi::v1::*;
use tonic::Code;

use crate::fixture;
use crate::harness::{Ctx, Verdict, ensure, fails_with, invalid, ok};

async fn get(ctx: &Ctx, ns: &str) -> Result<Namespace, String> {
    let r = ctx
        .namespaces()
        .get_namespace(GetNamespaceRequest {
            namespace_id: ns.into(),
        })
        .await;
    Ok(ok("GetNamespace", r)?.namespace.unwrap_or_default())
}

pub async fn create_get_update(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("ns-crud");
    let r = ctx
        .namespaces()
        .create_namespace(CreateNamespaceRequest {
            namespace_id: ns.clone(),
            display_name: "Conformance".into(),
            description: "made by the server suite".into(),
        })
        .await;
    let created = ok("CreateNamespace", r)?.namespace.unwrap_or_default();
    ensure(
        created.namespace_id == ns
            && created.enabled
            && created.display_name == "Conformance"
            && created.created_at.is_some(),
        || format!("CreateNamespace returned {created:?}"),
    )?;
    let back = get(&ctx, &ns).await?;
    ensure(back == created, || {
        format!("GetNamespace returned {back:?}, created {created:?}")
    })?;
    let r = ctx
        .namespaces()
        .update_namespace(UpdateNamespaceRequest {
            namespace_id: ns.clone(),
            display_name: Some("Renamed".into()),
            description: None,
        })
        .await;
    let updated = ok("UpdateNamespace", r)?.namespace.unwrap_or_default();
    ensure(
        updated.display_name == "Renamed" && updated.description == created.description,
        || format!("UpdateNamespace of display_name only must leave the description: {updated:?}"),
    )?;
    let r = ctx
        .namespaces()
        .create_namespace(CreateNamespaceRequest {
            namespace_id: String::new(),
            ..Default::default()
        })
        .await;
    invalid("CreateNamespace without namespace_id", "namespace_id", r)?;
    let r = ctx
        .namespaces()
        .update_namespace(UpdateNamespaceRequest {
            namespace_id: ctx.namespace("never-made"),
            display_name: Some("x".into()),
            description: None,
        })
        .await;
    fails_with(
        "UpdateNamespace of an unknown namespace",
        Code::NotFound,
        ErrorCode::NotFound,
        r,
    )?;
    Ok(())
}

pub async fn implicit(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("ns-implicit");
    let r = ctx
        .namespaces()
        .get_namespace(GetNamespaceRequest {
            namespace_id: ns.clone(),
        })
        .await;
    fails_with(
        "GetNamespace before anything was stored in it",
        Code::NotFound,
        ErrorCode::NotFound,
        r,
    )?;
    fixture::start(&ctx, &ns, None).await?;
    let n = get(&ctx, &ns).await?;
    ensure(n.enabled && n.display_name.is_empty(), || {
        format!("a namespace made by StartWorkflow must be enabled with no display name: {n:?}")
    })?;
    let r = ctx
        .namespaces()
        .create_namespace(CreateNamespaceRequest {
            namespace_id: ns,
            ..Default::default()
        })
        .await;
    fails_with(
        "CreateNamespace of an implicit namespace",
        Code::AlreadyExists,
        ErrorCode::Conflict,
        r,
    )?;
    Ok(())
}

pub async fn disabled_refuses(ctx: Ctx) -> Verdict {
    let ns = ctx.namespace("ns-disabled");
    let s = fixture::schedule(&ctx, &ns, "0 0 1 1 *").await?;
    let (run_id, _) = fixture::failed_run(&ctx, &ns).await?;
    let r = ctx
        .namespaces()
        .disable_namespace(DisableNamespaceRequest {
            namespace_id: ns.clone(),
            reason: "conformance".into(),
        })
        .await;
    let n = ok("DisableNamespace", r)?.namespace.unwrap_or_default();
    ensure(!n.enabled, || format!("DisableNamespace answered {n:?}"))?;
    let r = ctx
        .schedules()
        .trigger_workflow_schedule(TriggerWorkflowScheduleRequest {
            namespace_id: ns.clone(),
            schedule_id: s.schedule_id.clone(),
        })
        .await;
    fails_with(
        "TriggerWorkflowSchedule in a disabled namespace",
        Code::FailedPrecondition,
        ErrorCode::NamespaceDisabled,
        r,
    )?;
    let r = ctx
        .workflows()
        .retry_workflow(RetryWorkflowRequest {
            namespace_id: ns.clone(),
            run_id,
            reason: String::new(),
        })
        .await;
    fails_with(
        "RetryWorkflow in a disabled namespace",
        Code::FailedPrecondition,
        ErrorCode::NamespaceDisabled,
        r,
    )?;
    let r = ctx
        .namespaces()
        .list_namespaces(ListNamespacesRequest {
            page: Some(PageRequest {
                page_size: 1000,
                ..Default::default()
            }),
            enabled_filter: Some(false),
        })
        .await;
    let listed = ok("ListNamespaces (disabled only)", r)?.namespaces;
    ensure(
        listed.iter().any(|n| n.namespace_id == ns) && listed.iter().all(|n| !n.enabled),
        || {
            format!(
                "ListNamespaces with enabled_filter false must list {ns} and only disabled namespaces"
            )
        },
    )?;
    let r = ctx
        .namespaces()
        .enable_namespace(EnableNamespaceRequest {
            namespace_id: ns.clone(),
        })
        .await;
    let n = ok("EnableNamespace", r)?.namespace.unwrap_or_default();
    ensure(n.enabled, || format!("EnableNamespace answered {n:?}"))
}
