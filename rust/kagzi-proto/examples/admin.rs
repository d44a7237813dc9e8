//! An operator's tool: lists the workers of a task queue (AdminService
//! ListWorkers, page by page), creates a workflow schedule
//! (WorkflowScheduleService CreateWorkflowSchedule) and reads it back, and
//! can ask a worker to drain. Each answer is checked; a mismatch exits
//! non-zero.
//!
//! ```text
//! KAGZI_SERVER=http://127.0.0.1:50051 cargo run -p kagzi-proto --example admin
//! ```
//!
//! - `KAGZI_EXPECT_COMPLETED=N` (default 0): wait (up to `KAGZI_WAIT_SECS`,
//!   default 10) until an ONLINE worker of queue `main` reports at least N
//!   completed tasks through its heartbeats.
//! - `KAGZI_DRAIN=1`: then ask that worker to drain (Deregister with
//!   `drain: true`); it finishes its work and deregisters on its own.

use std::time::{Duration, Instant};

use kagzi_proto::kagzi::v1::{
    CreateWorkflowScheduleRequest, DeregisterRequest, GetWorkflowScheduleRequest,
    ListWorkersRequest, PageRequest, Payload, Worker, WorkerStatus,
    admin_service_client::AdminServiceClient, worker_service_client::WorkerServiceClient,
    workflow_schedule_service_client::WorkflowScheduleServiceClient,
};
use tonic::transport::Channel;

type BoxError = Box<dyn std::error::Error>;

const NAMESPACE: &str = "default";
const QUEUE: &str = "main";

fn env_number<T: std::str::FromStr>(name: &str, default: T) -> Result<T, BoxError>
where
    T::Err: std::fmt::Display,
{
    match std::env::var(name) {
        Ok(v) => v.parse().map_err(|e| format!("{name}={v:?}: {e}").into()),
        Err(_) => Ok(default),
    }
}

/// Every ONLINE worker of the queue, following `next_page_token` with a
/// small page size so the paging is exercised too.
async fn online_workers(admin: &mut AdminServiceClient<Channel>) -> Result<Vec<Worker>, BoxError> {
    let mut workers = Vec::new();
    let mut page_token = String::new();
    loop {
        let response = admin
            .list_workers(ListWorkersRequest {
                namespace_id: NAMESPACE.to_string(),
                task_queue: Some(QUEUE.to_string()),
                status_filter: Some(WorkerStatus::Online as i32),
                page: Some(PageRequest {
                    page_size: 1,
                    page_token: page_token.clone(),
                    include_total_count: true,
                }),
            })
            .await?
            .into_inner();
        let page_info = response
            .page_info
            .ok_or("ListWorkers returned no page_info")?;
        for worker in response.workers {
            // The filters must hold for every worker the server returns.
            if worker.task_queue != QUEUE || worker.status() != WorkerStatus::Online {
                return Err(format!(
                    "ListWorkers filter not applied: {}",
                    kagzi_proto::json::to_string(&worker)?
                )
                .into());
            }
            workers.push(worker);
        }
        if !page_info.has_more {
            if page_info.total_count != workers.len() as i64 {
                return Err(format!(
                    "ListWorkers total_count {} but {} workers listed",
                    page_info.total_count,
                    workers.len()
                )
                .into());
            }
            return Ok(workers);
        }
        if page_info.next_page_token.is_empty() {
            return Err("ListWorkers has_more without a next_page_token".into());
        }
        page_token = page_info.next_page_token;
    }
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let server =
        std::env::var("KAGZI_SERVER").unwrap_or_else(|_| "http://127.0.0.1:50051".to_string());
    let expect_completed: i64 = env_number("KAGZI_EXPECT_COMPLETED", 0)?;
    let wait = Duration::from_secs(env_number("KAGZI_WAIT_SECS", 10)?);
    let drain = std::env::var("KAGZI_DRAIN").is_ok_and(|v| v == "1");

    // One connection, shared by the three service clients.
    let channel = Channel::from_shared(server.clone())?
        .connect()
        .await
        .map_err(|e| format!("connecting to {server}: {e}"))?;
    let mut admin = AdminServiceClient::new(channel.clone());
    let mut schedules = WorkflowScheduleServiceClient::new(channel.clone());
    let mut workers_api = WorkerServiceClient::new(channel);

    // ListWorkers, until a worker has reported enough completed tasks.
    let deadline = Instant::now() + wait;
    let busiest = loop {
        let workers = online_workers(&mut admin).await?;
        for w in &workers {
            println!(
                "admin: worker {} on {}: {} active, {} completed, {} failed",
                w.worker_id, w.task_queue, w.active_count, w.total_completed, w.total_failed
            );
        }
        let best = workers.into_iter().max_by_key(|w| w.total_completed);
        match best {
            Some(w) if w.total_completed >= expect_completed => break w,
            _ if Instant::now() >= deadline => {
                return Err(format!(
                    "no ONLINE worker on {QUEUE} reported {expect_completed} completed task(s) within {wait:?}"
                )
                .into());
            }
            _ => tokio::time::sleep(Duration::from_millis(250)).await,
        }
    };
    println!("admin: {}", kagzi_proto::json::to_string(&busiest)?);

    // CreateWorkflowSchedule: `schedule` is an Option in the response.
    let config = serde_json::json!({"report": "daily", "format": "pdf"});
    let created = schedules
        .create_workflow_schedule(CreateWorkflowScheduleRequest {
            namespace_id: NAMESPACE.to_string(),
            task_queue: QUEUE.to_string(),
            workflow_type: "daily-report".to_string(),
            cron_expr: "0 9 * * *".to_string(),
            input: Some(Payload {
                data: serde_json::to_vec(&config)?,
                metadata: [("content-type".to_string(), "application/json".to_string())].into(),
            }),
            enabled: Some(false),
            max_catchup: Some(3),
            ..Default::default()
        })
        .await?
        .into_inner()
        .schedule
        .ok_or("CreateWorkflowSchedule returned no schedule")?;
    if created.schedule_id.is_empty() || created.enabled || created.max_catchup != 3 {
        return Err(format!(
            "CreateWorkflowSchedule did not keep the request: {}",
            kagzi_proto::json::to_string(&created)?
        )
        .into());
    }
    let fetched = schedules
        .get_workflow_schedule(GetWorkflowScheduleRequest {
            namespace_id: NAMESPACE.to_string(),
            schedule_id: created.schedule_id.clone(),
        })
        .await?
        .into_inner()
        .schedule
        .ok_or("GetWorkflowSchedule returned no schedule")?;
    if fetched != created {
        return Err(format!("schedule {} reads back differently", created.schedule_id).into());
    }
    println!(
        "admin: created schedule {} ({}, enabled: {}, max_catchup: {})",
        created.schedule_id, created.cron_expr, created.enabled, created.max_catchup
    );

    if drain {
        workers_api
            .deregister(DeregisterRequest {
                namespace_id: NAMESPACE.to_string(),
                worker_id: busiest.worker_id.clone(),
                drain: true,
            })
            .await?;
        println!("admin: asked worker {} to drain", busiest.worker_id);
    }
    println!("admin: ok");
    Ok(())
}
