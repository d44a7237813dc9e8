//! AdminService: workers and steps for operators, health and server info;
//! the RPCs added in v1.2.0 are in [`crate::operations`].

use kagzi_proto::kagzi::v1::{
    DrainWorkerRequest, DrainWorkerResponse, GetQueueDepthRequest, GetQueueDepthResponse,
    GetServerInfoRequest, GetServerInfoResponse, GetStatsRequest, GetStatsResponse, GetStepRequest,
    GetStepResponse, GetWorkerRequest, GetWorkerResponse, HealthCheckRequest, HealthCheckResponse,
    ListStepsRequest, ListStepsResponse, ListWorkersRequest, ListWorkersResponse,
    ListWorkflowTypesRequest, ListWorkflowTypesResponse, ServingStatus, Step, StepStatus, Worker,
    WorkerStatus, admin_service_server::AdminService,
};
use tonic::{Request, Response, Status};

use crate::check::{self, required};
use crate::errors;
use crate::operations;
use crate::paging::{self, Order};
use crate::rules;
use crate::services::SERVICE_NAMES;
use crate::state::Store;
use crate::workflow::run_mut;

/// The kagzi.v1 release this server implements: the one of the crate it is
/// built on.
pub const API_VERSION: &str = kagzi_proto::VERSION;

#[tonic::async_trait]
impl AdminService for Store {
    async fn list_workers(
        &self,
        request: Request<ListWorkersRequest>,
    ) -> Result<Response<ListWorkersResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        if let Some(s) = req.status_filter {
            check::known_enum::<WorkerStatus>(s, "status_filter")?;
        }
        let filters = paging::fingerprint(&(&req.namespace_id, &req.task_queue, req.status_filter));
        let st = self.lock();
        let matching: Vec<(u64, Worker)> = st
            .workers
            .iter()
            .filter(|(_, w)| w.namespace_id == req.namespace_id)
            .filter(|(_, w)| req.task_queue.as_ref().is_none_or(|q| *q == w.task_queue))
            .filter(|(_, w)| req.status_filter.is_none_or(|s| s == w.status))
            .map(|(seq, w)| (seq, w.clone()))
            .collect();
        drop(st);
        // "most recently registered first"
        let (workers, page_info) = paging::page(
            "workers",
            filters,
            matching,
            Order::NewestFirst,
            req.page.as_ref(),
        )?;
        Ok(Response::new(ListWorkersResponse {
            workers,
            page_info: Some(page_info),
        }))
    }

    async fn get_worker(
        &self,
        request: Request<GetWorkerRequest>,
    ) -> Result<Response<GetWorkerResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.worker_id, "worker_id")?;
        let st = self.lock();
        let w = st
            .workers
            .get(&req.worker_id)
            .filter(|w| {
                self.faults
                    .same_namespace("GetWorker", &w.namespace_id, &req.namespace_id)
            })
            .ok_or_else(|| {
                errors::not_found(
                    "worker",
                    &req.worker_id,
                    format!(
                        "worker_id: worker {} not found in this namespace",
                        req.worker_id
                    ),
                )
            })?;
        Ok(Response::new(GetWorkerResponse {
            worker: Some(w.clone()),
        }))
    }

    async fn get_step(
        &self,
        request: Request<GetStepRequest>,
    ) -> Result<Response<GetStepResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.step_id, "step_id")?;
        let st = self.lock();
        let s = st
            .steps
            .get(&req.step_id)
            .filter(|r| {
                self.faults
                    .same_namespace("GetStep", &r.step.namespace_id, &req.namespace_id)
            })
            .ok_or_else(|| {
                errors::not_found(
                    "step",
                    &req.step_id,
                    format!("step_id: step {} not found in this namespace", req.step_id),
                )
            })?;
        Ok(Response::new(GetStepResponse {
            step: Some(s.step.clone()),
        }))
    }

    async fn list_steps(
        &self,
        request: Request<ListStepsRequest>,
    ) -> Result<Response<ListStepsResponse>, Status> {
        let req = rules::checked(&self.faults, request)?;
        required(&req.namespace_id, "namespace_id")?;
        required(&req.run_id, "run_id")?;
        if let Some(s) = req.status_filter {
            check::known_enum::<StepStatus>(s, "status_filter")?;
        }
        let filters = paging::fingerprint(&(&req.namespace_id, &req.run_id, req.status_filter));
        let mut st = self.lock();
        // The run must be one of this namespace: NOT_FOUND otherwise.
        run_mut(&mut st, self, "ListSteps", &req.namespace_id, &req.run_id)?;
        let matching: Vec<(u64, Step)> = st
            .steps
            .iter()
            .filter(|(_, r)| r.step.run_id == req.run_id)
            .filter(|(_, r)| req.status_filter.is_none_or(|f| f == r.step.status))
            .map(|(seq, r)| (seq, r.step.clone()))
            .collect();
        drop(st);
        let (steps, page_info) = paging::page(
            "steps",
            filters,
            matching,
            Order::OldestFirst,
            req.page.as_ref(),
        )?;
        Ok(Response::new(ListStepsResponse {
            steps,
            page_info: Some(page_info),
        }))
    }

    async fn health_check(
        &self,
        request: Request<HealthCheckRequest>,
    ) -> Result<Response<HealthCheckResponse>, Status> {
        let service = rules::checked(&self.faults, request)?.service;
        if !service.is_empty() && !SERVICE_NAMES.contains(&service.as_str()) {
            return Err(errors::not_found(
                "service",
                &service,
                format!("service: {service:?} is not served here"),
            ));
        }
        Ok(Response::new(HealthCheckResponse {
            status: ServingStatus::Serving as i32,
            message: String::new(),
        }))
    }

    async fn get_server_info(
        &self,
        request: Request<GetServerInfoRequest>,
    ) -> Result<Response<GetServerInfoResponse>, Status> {
        rules::checked(&self.faults, request)?;
        Ok(Response::new(GetServerInfoResponse {
            version: env!("CARGO_PKG_VERSION").into(),
            api_version: API_VERSION.into(),
            capabilities: vec![
                "labels".into(),
                "namespaces".into(),
                "schedules".into(),
                "wait-workflow".into(),
            ],
            started_at: Some(self.started_at),
        }))
    }

    async fn get_stats(
        &self,
        request: Request<GetStatsRequest>,
    ) -> Result<Response<GetStatsResponse>, Status> {
        operations::stats(self, request.into_inner())
    }

    async fn drain_worker(
        &self,
        request: Request<DrainWorkerRequest>,
    ) -> Result<Response<DrainWorkerResponse>, Status> {
        let response = operations::drain(self, request.into_inner());
        self.notify();
        response
    }

    async fn get_queue_depth(
        &self,
        request: Request<GetQueueDepthRequest>,
    ) -> Result<Response<GetQueueDepthResponse>, Status> {
        operations::queue_depth(self, request.into_inner())
    }

    async fn list_workflow_types(
        &self,
        request: Request<ListWorkflowTypesRequest>,
    ) -> Result<Response<ListWorkflowTypesResponse>, Status> {
        operations::workflow_types(self, request.into_inner())
    }
}
