//! A worker: registers, heartbeats in the background, polls for
//! `process-order` tasks, runs one step per task and completes the workflow;
//! reconnects (and re-registers) when the server goes away.
//!
//! ```text
//! KAGZI_SERVER=http://127.0.0.1:50051 cargo run -p kagzi-proto --example worker
//! ```
//!
//! `KAGZI_WORKER_MAX_TASKS=N` makes it exit after N tasks (used by tests).

use std::time::Duration;

use kagzi_proto::kagzi::v1::{
    BeginStepRequest, CompleteStepRequest, CompleteWorkflowRequest, DeregisterRequest, ErrorCode,
    ErrorDetail, FailWorkflowRequest, HeartbeatRequest, Payload, PollTaskRequest, RegisterRequest,
    StepKind, WorkflowTask, worker_service_client::WorkerServiceClient,
};
use tonic::transport::Channel;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

const NAMESPACE: &str = "default";
const QUEUE: &str = "main";
const WORKFLOW_TYPE: &str = "process-order";

async fn register(
    client: &mut WorkerServiceClient<Channel>,
) -> Result<(String, Duration), BoxError> {
    let response = client
        .register(RegisterRequest {
            namespace_id: NAMESPACE.to_string(),
            task_queue: QUEUE.to_string(),
            workflow_types: vec![WORKFLOW_TYPE.to_string()],
            hostname: std::env::var("HOSTNAME").unwrap_or_else(|_| "localhost".to_string()),
            pid: std::process::id() as i32,
            version: env!("CARGO_PKG_VERSION").to_string(),
            max_concurrent: 1,
            ..Default::default()
        })
        .await?
        .into_inner();
    let interval = response
        .heartbeat_interval
        .and_then(|d| Duration::try_from(d).ok())
        .filter(|d| !d.is_zero())
        .unwrap_or(Duration::from_secs(10));
    Ok((response.worker_id, interval))
}

/// The business logic: reads the order JSON, returns a receipt.
fn process_order(input: &[u8]) -> Result<serde_json::Value, BoxError> {
    let order: serde_json::Value = serde_json::from_slice(input)?;
    Ok(serde_json::json!({"order": order, "processed": true}))
}

async fn run_task(
    client: &mut WorkerServiceClient<Channel>,
    task: WorkflowTask,
) -> Result<(), BoxError> {
    let input = task.input.unwrap_or_default();
    let begin = client
        .begin_step(BeginStepRequest {
            namespace_id: NAMESPACE.to_string(),
            run_id: task.run_id.clone(),
            step_name: "process".to_string(),
            kind: StepKind::Function as i32,
            input: Some(input.clone()),
            ..Default::default()
        })
        .await?
        .into_inner();
    // A replayed step returns its cached output instead of running again.
    let output = match begin.cached_output {
        Some(cached) => cached,
        None => match process_order(&input.data) {
            Ok(result) => Payload {
                data: serde_json::to_vec(&result)?,
                metadata: Default::default(),
            },
            Err(e) => {
                client
                    .fail_workflow(FailWorkflowRequest {
                        namespace_id: NAMESPACE.to_string(),
                        run_id: task.run_id,
                        error: Some(ErrorDetail {
                            code: ErrorCode::InvalidArgument as i32,
                            message: e.to_string(),
                            non_retryable: true,
                            ..Default::default()
                        }),
                    })
                    .await?;
                return Ok(());
            }
        },
    };
    client
        .complete_step(CompleteStepRequest {
            namespace_id: NAMESPACE.to_string(),
            run_id: task.run_id.clone(),
            step_id: begin.step_id,
            output: Some(output.clone()),
        })
        .await?;
    client
        .complete_workflow(CompleteWorkflowRequest {
            namespace_id: NAMESPACE.to_string(),
            run_id: task.run_id,
            output: Some(output),
        })
        .await?;
    Ok(())
}

async fn connect(server: &str) -> WorkerServiceClient<Channel> {
    let mut delay = Duration::from_millis(100);
    loop {
        match WorkerServiceClient::connect(server.to_string()).await {
            Ok(client) => return client,
            Err(e) => {
                eprintln!("worker: connect failed ({e}), retrying in {delay:?}");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(5));
            }
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let server =
        std::env::var("KAGZI_SERVER").unwrap_or_else(|_| "http://127.0.0.1:50051".to_string());
    let max_tasks: Option<u64> = match std::env::var("KAGZI_WORKER_MAX_TASKS") {
        Ok(v) => Some(
            v.parse()
                .map_err(|e| format!("KAGZI_WORKER_MAX_TASKS={v:?}: {e}"))?,
        ),
        Err(_) => None,
    };

    let mut client = connect(&server).await;
    let (mut worker_id, interval) = register(&mut client).await?;
    println!("worker: registered as {worker_id}");

    // Heartbeats on their own connection, so a long poll never delays them.
    let (id_tx, mut id_rx) = tokio::sync::watch::channel(worker_id.clone());
    let heartbeat_server = server.clone();
    let heartbeats = tokio::spawn(async move {
        let mut client = connect(&heartbeat_server).await;
        loop {
            tokio::time::sleep(interval).await;
            let id = id_rx.borrow_and_update().clone();
            let request = HeartbeatRequest {
                namespace_id: NAMESPACE.to_string(),
                worker_id: id,
                ..Default::default()
            };
            if let Err(e) = client.heartbeat(request).await {
                eprintln!("worker: heartbeat failed: {e}");
            }
        }
    });

    let mut done = 0u64;
    while max_tasks.is_none_or(|max| done < max) {
        let poll = PollTaskRequest {
            namespace_id: NAMESPACE.to_string(),
            worker_id: worker_id.clone(),
            task_queue: QUEUE.to_string(),
            workflow_types: vec![WORKFLOW_TYPE.to_string()],
        };
        match client.poll_task(poll).await {
            Ok(response) => {
                let Some(task) = response.into_inner().task else {
                    continue;
                };
                let run_id = task.run_id.clone();
                run_task(&mut client, task).await?;
                done += 1;
                println!("worker: completed {run_id}");
            }
            Err(status) if status.code() == tonic::Code::FailedPrecondition => {
                // The server forgot us (e.g. it restarted): register again.
                (worker_id, _) = register(&mut client).await?;
                let _ = id_tx.send(worker_id.clone());
            }
            Err(status) => {
                eprintln!("worker: poll failed ({status}), reconnecting");
                tokio::time::sleep(Duration::from_millis(500)).await;
                client = connect(&server).await;
            }
        }
    }

    heartbeats.abort();
    client
        .deregister(DeregisterRequest {
            namespace_id: NAMESPACE.to_string(),
            worker_id,
            drain: false,
        })
        .await?;
    println!("worker: done after {done} task(s)");
    Ok(())
}
