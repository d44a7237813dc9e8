//! The AdminService RPCs added in v1.2.0 (admin.proto): statistics,
//! draining a worker, queue depth and the workflow types live workers
//! serve.

use std::collections::{BTreeMap, BTreeSet};

use kagzi_proto::kagzi::v1::{
    DrainWorkerRequest, DrainWorkerResponse, GetQueueDepthRequest, GetQueueDepthResponse,
    GetStatsRequest, GetStatsResponse, ListWorkflowTypesRequest, ListWorkflowTypesResponse,
    QueueDepth, WorkerStatus, WorkerStatusCount, WorkflowStatus, WorkflowStatusCount,
    WorkflowTypeInfo,
};
use tonic::{Response, Status};

use crate::check::{invalid, required};
use crate::errors;
use crate::paging;
use crate::state::{Store, now};

/// Counts per enum value, in the order of the values, without zeros.
fn by_value(values: impl Iterator<Item = i32>) -> BTreeMap<i32, i64> {
    let mut counts = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_insert(0) += 1;
    }
    counts
}

pub fn stats(store: &Store, req: GetStatsRequest) -> Result<Response<GetStatsResponse>, Status> {
    if req.namespace_id.as_deref() == Some("") {
        return Err(invalid(
            "namespace_id",
            "must not be empty when set (leave it unset for the whole server)",
        ));
    }
    // The `stats-namespace` fault (tests only) counts every namespace.
    let scope = req
        .namespace_id
        .filter(|_| !store.faults.broken("stats-namespace"));
    let counted = |ns: &str| scope.as_deref().is_none_or(|s| s == ns);
    let st = store.lock();
    let runs = by_value(
        st.runs
            .iter()
            .filter(|(_, r)| counted(&r.workflow.namespace_id))
            .map(|(_, r)| r.workflow.status),
    );
    let workers = by_value(
        st.workers
            .iter()
            .filter(|(_, w)| counted(&w.namespace_id))
            .map(|(_, w)| w.status),
    );
    let schedules: Vec<bool> = st
        .schedules
        .iter()
        .filter(|(_, r)| counted(&r.schedule.namespace_id))
        .map(|(_, r)| r.schedule.enabled)
        .collect();
    Ok(Response::new(GetStatsResponse {
        total_runs: runs.values().sum(),
        total_workers: workers.values().sum(),
        runs_by_status: runs
            .into_iter()
            .map(|(status, count)| WorkflowStatusCount { status, count })
            .collect(),
        workers_by_status: workers
            .into_iter()
            .map(|(status, count)| WorkerStatusCount { status, count })
            .collect(),
        total_schedules: schedules.len() as i64,
        enabled_schedules: schedules.iter().filter(|e| **e).count() as i64,
        computed_at: Some(now()),
    }))
}

pub fn drain(
    store: &Store,
    req: DrainWorkerRequest,
) -> Result<Response<DrainWorkerResponse>, Status> {
    required(&req.namespace_id, "namespace_id")?;
    required(&req.worker_id, "worker_id")?;
    let mut st = store.lock();
    let worker = st
        .workers
        .get_mut(&req.worker_id)
        .filter(|w| {
            store
                .faults
                .same_namespace("DrainWorker", &w.namespace_id, &req.namespace_id)
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
    if worker.status == WorkerStatus::Offline as i32 {
        return Err(errors::precondition_failed_on(
            "worker",
            &req.worker_id,
            format!("worker_id: worker {} is OFFLINE", req.worker_id),
        ));
    }
    // Its next Heartbeat answers `drain` true; PollTask hands it nothing.
    worker.status = WorkerStatus::Draining as i32;
    Ok(Response::new(DrainWorkerResponse {
        worker: Some(worker.clone()),
    }))
}

pub fn queue_depth(
    store: &Store,
    req: GetQueueDepthRequest,
) -> Result<Response<GetQueueDepthResponse>, Status> {
    required(&req.namespace_id, "namespace_id")?;
    let st = store.lock();
    let mut depths: BTreeMap<(String, String), QueueDepth> = BTreeMap::new();
    for (_, run) in st.runs.iter() {
        let w = &run.workflow;
        if w.namespace_id != req.namespace_id
            || req.task_queue.as_ref().is_some_and(|q| *q != w.task_queue)
            || req
                .workflow_type
                .as_ref()
                .is_some_and(|t| *t != w.workflow_type)
        {
            continue;
        }
        let d = depths
            .entry((w.task_queue.clone(), w.workflow_type.clone()))
            .or_insert_with(|| QueueDepth {
                task_queue: w.task_queue.clone(),
                workflow_type: w.workflow_type.clone(),
                ..Default::default()
            });
        match w.status() {
            WorkflowStatus::Pending => d.pending += 1,
            WorkflowStatus::Running => d.running += 1,
            WorkflowStatus::Sleeping => d.sleeping += 1,
            WorkflowStatus::Scheduled => d.scheduled += 1,
            WorkflowStatus::Paused => d.paused += 1,
            _ => {}
        }
    }
    // Only the entries with an unfinished run.
    depths.retain(|_, d| d.pending + d.running + d.sleeping + d.scheduled + d.paused > 0);
    Ok(Response::new(GetQueueDepthResponse {
        depths: depths.into_values().collect(),
    }))
}

pub fn workflow_types(
    store: &Store,
    req: ListWorkflowTypesRequest,
) -> Result<Response<ListWorkflowTypesResponse>, Status> {
    required(&req.namespace_id, "namespace_id")?;
    let filters = paging::fingerprint(&(&req.namespace_id, &req.task_queue));
    let st = store.lock();
    let mut types: BTreeMap<String, (BTreeSet<String>, i32)> = BTreeMap::new();
    for (_, w) in st.workers.iter() {
        // The `types-offline` fault (tests only) counts OFFLINE workers too.
        let live = w.status == WorkerStatus::Online as i32
            || w.status == WorkerStatus::Draining as i32
            || store.faults.broken("types-offline");
        if !live
            || w.namespace_id != req.namespace_id
            || req.task_queue.as_ref().is_some_and(|q| *q != w.task_queue)
        {
            continue;
        }
        // A worker that lists a type twice still counts once for it.
        let served: BTreeSet<&String> = w.workflow_types.iter().collect();
        for t in served {
            let (queues, count) = types.entry(t.clone()).or_default();
            queues.insert(w.task_queue.clone());
            *count += 1;
        }
    }
    drop(st);
    let items = types
        .into_iter()
        .map(|(name, (queues, count))| {
            let info = WorkflowTypeInfo {
                workflow_type: name.clone(),
                task_queues: queues.into_iter().collect(),
                worker_count: count,
            };
            (name, info)
        })
        .collect();
    let (workflow_types, page_info) =
        paging::page_by_key("workflow-types", filters, items, req.page.as_ref())?;
    Ok(Response::new(ListWorkflowTypesResponse {
        workflow_types,
        page_info: Some(page_info),
    }))
}
