//! NamespaceService: namespaces created, read, listed, described, enabled
//! and disabled. Namespaces also spring up implicitly (see
//! `State::ensure_namespace`); a disabled one takes no new work, and what
//! that means for runs and schedules is applied where they are handled
//! (StartWorkflow, RetryWorkflow, TriggerWorkflowSchedule, PollTask, the
//! clock).

use kagzi_proto::kagzi::v1::{
    CreateNamespaceRequest, CreateNamespaceResponse, DisableNamespaceRequest,
    DisableNamespaceResponse, EnableNamespaceRequest, EnableNamespaceResponse, GetNamespaceRequest,
    GetNamespaceResponse, ListNamespacesRequest, ListNamespacesResponse, Namespace,
    UpdateNamespaceRequest, UpdateNamespaceResponse, WorkflowStatus,
    namespace_service_server::NamespaceService,
};
use tonic::{Request, Response, Status};

use crate::check::required;
use crate::clock;
use crate::errors;
use crate::paging;
use crate::state::{State, Store, now};

fn not_found(id: &str) -> Status {
    errors::not_found(
        "namespace",
        id,
        format!("namespace_id: namespace {id} not found"),
    )
}

fn namespace_mut<'a>(st: &'a mut State, id: &str) -> Result<&'a mut Namespace, Status> {
    st.namespaces.get_mut(id).ok_or_else(|| not_found(id))
}

/// Turns namespace `id` on or off; true when that changed it.
fn set_enabled(st: &mut State, id: &str, enabled: bool) -> Result<bool, Status> {
    let ns = namespace_mut(st, id)?;
    if ns.enabled == enabled {
        return Ok(false);
    }
    ns.enabled = enabled;
    ns.updated_at = Some(now());
    Ok(true)
}

#[tonic::async_trait]
impl NamespaceService for Store {
    async fn create_namespace(
        &self,
        request: Request<CreateNamespaceRequest>,
    ) -> Result<Response<CreateNamespaceResponse>, Status> {
        let req = request.into_inner();
        required(&req.namespace_id, "namespace_id")?;
        let mut st = self.lock();
        if st.namespaces.contains_key(&req.namespace_id) {
            return Err(errors::conflict(
                "namespace",
                &req.namespace_id,
                format!(
                    "namespace_id: namespace {} already exists",
                    req.namespace_id
                ),
            ));
        }
        let ns = st.ensure_namespace(&req.namespace_id);
        ns.display_name = req.display_name;
        ns.description = req.description;
        Ok(Response::new(CreateNamespaceResponse {
            namespace: Some(ns.clone()),
        }))
    }

    async fn get_namespace(
        &self,
        request: Request<GetNamespaceRequest>,
    ) -> Result<Response<GetNamespaceResponse>, Status> {
        let req = request.into_inner();
        required(&req.namespace_id, "namespace_id")?;
        let mut st = self.lock();
        let ns = namespace_mut(&mut st, &req.namespace_id)?;
        Ok(Response::new(GetNamespaceResponse {
            namespace: Some(ns.clone()),
        }))
    }

    async fn list_namespaces(
        &self,
        request: Request<ListNamespacesRequest>,
    ) -> Result<Response<ListNamespacesResponse>, Status> {
        let req = request.into_inner();
        let filters = paging::fingerprint(&req.enabled_filter);
        let st = self.lock();
        let matching: Vec<(String, Namespace)> = st
            .namespaces
            .values()
            .filter(|n| req.enabled_filter.is_none_or(|e| e == n.enabled))
            .map(|n| (n.namespace_id.clone(), n.clone()))
            .collect();
        drop(st);
        let (namespaces, page_info) =
            paging::page_by_key("namespaces", filters, matching, req.page.as_ref())?;
        Ok(Response::new(ListNamespacesResponse {
            namespaces,
            page_info: Some(page_info),
        }))
    }

    async fn update_namespace(
        &self,
        request: Request<UpdateNamespaceRequest>,
    ) -> Result<Response<UpdateNamespaceResponse>, Status> {
        let req = request.into_inner();
        required(&req.namespace_id, "namespace_id")?;
        let mut st = self.lock();
        let broken = self.faults.broken("namespace-update");
        let ns = namespace_mut(&mut st, &req.namespace_id)?;
        // Only the fields that are present change (proto3 `optional`); the
        // `namespace-update` fault (tests only) clears the absent ones.
        match req.display_name {
            Some(v) => ns.display_name = v,
            None if broken => ns.display_name.clear(),
            None => {}
        }
        match req.description {
            Some(v) => ns.description = v,
            None if broken => ns.description.clear(),
            None => {}
        }
        ns.updated_at = Some(now());
        Ok(Response::new(UpdateNamespaceResponse {
            namespace: Some(ns.clone()),
        }))
    }

    async fn enable_namespace(
        &self,
        request: Request<EnableNamespaceRequest>,
    ) -> Result<Response<EnableNamespaceResponse>, Status> {
        let req = request.into_inner();
        required(&req.namespace_id, "namespace_id")?;
        let mut st = self.lock();
        if set_enabled(&mut st, &req.namespace_id, true)? {
            let t = now();
            // Its PAUSED runs wait for a worker again...
            for run in st.runs.values_mut() {
                let w = &mut run.workflow;
                if w.namespace_id == req.namespace_id && w.status == WorkflowStatus::Paused as i32 {
                    w.status = WorkflowStatus::Pending as i32;
                }
            }
            // ...and its enabled schedules catch up what they missed.
            let schedules: Vec<(String, i32)> = st
                .schedules
                .iter()
                .map(|(_, r)| &r.schedule)
                .filter(|s| s.namespace_id == req.namespace_id && s.enabled)
                .map(|s| (s.schedule_id.clone(), s.max_catchup))
                .collect();
            for (id, max_catchup) in schedules {
                clock::catch_up_missed(&mut st, &id, t, max_catchup.max(0) as usize);
            }
        }
        let ns = namespace_mut(&mut st, &req.namespace_id)?.clone();
        drop(st);
        self.notify();
        Ok(Response::new(EnableNamespaceResponse {
            namespace: Some(ns),
        }))
    }

    async fn disable_namespace(
        &self,
        request: Request<DisableNamespaceRequest>,
    ) -> Result<Response<DisableNamespaceResponse>, Status> {
        let req = request.into_inner();
        required(&req.namespace_id, "namespace_id")?;
        let mut st = self.lock();
        set_enabled(&mut st, &req.namespace_id, false)?;
        // Its waiting runs become PAUSED at once (not at the next call).
        clock::catch_up(&mut st, now());
        let ns = namespace_mut(&mut st, &req.namespace_id)?.clone();
        Ok(Response::new(DisableNamespaceResponse {
            namespace: Some(ns),
        }))
    }
}
