//! A worker: registers, heartbeats in the background, polls for
//! `process-order` tasks, runs one step per task and completes the workflow.
//!
//! It follows what the server says in each `HeartbeatResponse`: `reregister`
//! makes it call Register again and carry on under the new worker id,
//! `drain` makes it stop polling, finish what it runs and Deregister, and
//! `heartbeat_interval` replaces the interval. Heartbeats report the real
//! number of running tasks and of tasks completed/failed since the previous
//! heartbeat. Transient RPC errors (UNAVAILABLE, DEADLINE_EXCEEDED, ...) are
//! retried with backoff, also in the middle of a task; a permanent one
//! (INVALID_ARGUMENT, NOT_FOUND, ...) gives the task up, never the worker.
//!
//! ```text
//! KAGZI_SERVER=http://127.0.0.1:50051 cargo run -p kagzi-proto --example worker
//! ```
//!
//! `KAGZI_WORKER_MAX_TASKS=N` makes it exit after N tasks (handy when trying it by hand).

use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use kagzi_proto::kagzi::v1::{
    BeginStepRequest, CompleteStepRequest, CompleteWorkflowRequest, DeregisterRequest, ErrorCode,
    ErrorDetail, FailWorkflowRequest, HeartbeatRequest, Payload, PollTaskRequest, RegisterRequest,
    StepKind, WorkflowTask, worker_service_client::WorkerServiceClient,
};
use tonic::transport::Channel;
use tonic::{Code, Status};

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type Client = WorkerServiceClient<Channel>;

const NAMESPACE: &str = "default";
const QUEUE: &str = "main";
const WORKFLOW_TYPE: &str = "process-order";
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// What the polling loop and the heartbeat task share.
struct Shared {
    worker_id: Mutex<String>,
    heartbeat_interval: Mutex<Duration>,
    /// Tasks running now.
    active: AtomicI32,
    /// Tasks completed / failed since the last heartbeat the server accepted.
    completed: AtomicI32,
    failed: AtomicI32,
    /// Set by a HeartbeatResponse; read by the polling loop.
    drain: AtomicBool,
    reregister: AtomicBool,
}

impl Shared {
    fn worker_id(&self) -> String {
        self.worker_id
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
    fn set_worker_id(&self, id: String) {
        *self.worker_id.lock().unwrap_or_else(|e| e.into_inner()) = id;
    }
    fn interval(&self) -> Duration {
        *self
            .heartbeat_interval
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }
    /// Adopts a server-given interval; absent or zero means unchanged.
    fn adopt_interval(&self, d: Option<kagzi_proto::google::protobuf::Duration>) {
        let Some(d) = d
            .and_then(|d| Duration::try_from(d).ok())
            .filter(|d| !d.is_zero())
        else {
            return;
        };
        let mut current = self
            .heartbeat_interval
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if *current != d {
            println!("worker: heartbeat interval now {d:?}");
            *current = d;
        }
    }
}

/// Codes that say "this request will never succeed as is": retrying is
/// pointless. Everything else (UNAVAILABLE while a server restarts,
/// DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED, ...) is worth a retry.
fn is_permanent(status: &Status) -> bool {
    matches!(
        status.code(),
        Code::InvalidArgument
            | Code::NotFound
            | Code::AlreadyExists
            | Code::PermissionDenied
            | Code::Unauthenticated
            | Code::FailedPrecondition
            | Code::OutOfRange
            | Code::Unimplemented
    )
}

/// Runs `call` until it succeeds or fails permanently, with exponential
/// backoff between attempts. tonic's channel reconnects by itself, so a
/// retry after the server came back goes out on a fresh connection.
async fn retry<T, F, Fut>(what: &str, mut call: F) -> Result<T, Status>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<tonic::Response<T>, Status>>,
{
    let mut delay = Duration::from_millis(100);
    loop {
        match call().await {
            Ok(response) => return Ok(response.into_inner()),
            Err(status) if is_permanent(&status) => return Err(status),
            Err(status) => {
                eprintln!(
                    "worker: {what} failed ({:?}: {}), retrying in {delay:?}",
                    status.code(),
                    status.message()
                );
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(MAX_BACKOFF);
            }
        }
    }
}

async fn register(client: &Client, shared: &Shared) -> Result<String, BoxError> {
    let request = RegisterRequest {
        namespace_id: NAMESPACE.to_string(),
        task_queue: QUEUE.to_string(),
        workflow_types: vec![WORKFLOW_TYPE.to_string()],
        hostname: std::env::var("HOSTNAME").unwrap_or_else(|_| "localhost".to_string()),
        pid: std::process::id() as i32,
        version: env!("CARGO_PKG_VERSION").to_string(),
        max_concurrent: 1,
        ..Default::default()
    };
    let response = retry("Register", || {
        let mut c = client.clone();
        let r = request.clone();
        async move { c.register(r).await }
    })
    .await
    .map_err(|s| format!("Register rejected: {s}"))?;
    shared.adopt_interval(response.heartbeat_interval);
    shared.set_worker_id(response.worker_id.clone());
    Ok(response.worker_id)
}

/// The business logic: reads the order JSON, returns a receipt.
fn process_order(input: &[u8]) -> Result<serde_json::Value, BoxError> {
    let order: serde_json::Value = serde_json::from_slice(input)?;
    Ok(serde_json::json!({"order": order, "processed": true}))
}

/// How a task ended.
enum Outcome {
    Completed,
    /// The workflow was failed on purpose (bad input).
    Failed,
}

async fn run_task(client: &Client, task: WorkflowTask) -> Result<Outcome, Status> {
    let input = task.input.unwrap_or_default();
    let begin_request = BeginStepRequest {
        namespace_id: NAMESPACE.to_string(),
        run_id: task.run_id.clone(),
        step_name: "process".to_string(),
        kind: StepKind::Function as i32,
        input: Some(input.clone()),
        ..Default::default()
    };
    let begin = retry("BeginStep", || {
        let mut c = client.clone();
        let r = begin_request.clone();
        async move { c.begin_step(r).await }
    })
    .await?;
    // A replayed step returns its cached output instead of running again.
    let output = match begin.cached_output {
        Some(cached) => cached,
        None => match process_order(&input.data) {
            Ok(result) => Payload {
                data: serde_json::to_vec(&result).map_err(|e| Status::internal(e.to_string()))?,
                metadata: [("content-type".to_string(), "application/json".to_string())].into(),
            },
            Err(e) => {
                let fail = FailWorkflowRequest {
                    namespace_id: NAMESPACE.to_string(),
                    run_id: task.run_id.clone(),
                    error: Some(ErrorDetail {
                        code: ErrorCode::InvalidArgument as i32,
                        message: e.to_string(),
                        non_retryable: true,
                        ..Default::default()
                    }),
                };
                retry("FailWorkflow", || {
                    let mut c = client.clone();
                    let r = fail.clone();
                    async move { c.fail_workflow(r).await }
                })
                .await?;
                return Ok(Outcome::Failed);
            }
        },
    };
    let complete_step = CompleteStepRequest {
        namespace_id: NAMESPACE.to_string(),
        run_id: task.run_id.clone(),
        step_id: begin.step_id,
        output: Some(output.clone()),
    };
    retry("CompleteStep", || {
        let mut c = client.clone();
        let r = complete_step.clone();
        async move { c.complete_step(r).await }
    })
    .await?;
    let complete = CompleteWorkflowRequest {
        namespace_id: NAMESPACE.to_string(),
        run_id: task.run_id,
        output: Some(output),
    };
    retry("CompleteWorkflow", || {
        let mut c = client.clone();
        let r = complete.clone();
        async move { c.complete_workflow(r).await }
    })
    .await?;
    Ok(Outcome::Completed)
}

async fn connect(server: &str) -> Client {
    let mut delay = Duration::from_millis(100);
    loop {
        match WorkerServiceClient::connect(server.to_string()).await {
            Ok(client) => return client,
            Err(e) => {
                eprintln!("worker: connect failed ({e}), retrying in {delay:?}");
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(MAX_BACKOFF);
            }
        }
    }
}

/// Sends heartbeats forever (the caller aborts it) on its own connection,
/// so a long poll never delays them, and acts on each response.
async fn heartbeats(server: String, shared: Arc<Shared>) {
    let mut client = connect(&server).await;
    loop {
        tokio::time::sleep(shared.interval()).await;
        // Take the deltas now; they go back if the server did not count them.
        let completed = shared.completed.swap(0, Ordering::SeqCst);
        let failed = shared.failed.swap(0, Ordering::SeqCst);
        let give_back = || {
            shared.completed.fetch_add(completed, Ordering::SeqCst);
            shared.failed.fetch_add(failed, Ordering::SeqCst);
        };
        let request = HeartbeatRequest {
            namespace_id: NAMESPACE.to_string(),
            worker_id: shared.worker_id(),
            active_count: shared.active.load(Ordering::SeqCst),
            completed_delta: completed,
            failed_delta: failed,
        };
        match client.heartbeat(request).await {
            Ok(response) => {
                let response = response.into_inner();
                if response.reregister {
                    // The server does not know this worker id: it counted
                    // nothing; report the deltas under the new id.
                    give_back();
                    if !shared.reregister.swap(true, Ordering::SeqCst) {
                        println!("worker: server asked to register again");
                    }
                }
                if response.drain && !shared.drain.swap(true, Ordering::SeqCst) {
                    println!("worker: server asked to drain");
                }
                shared.adopt_interval(response.heartbeat_interval);
            }
            Err(status) => {
                give_back();
                eprintln!("worker: heartbeat failed: {status}");
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

    let shared = Arc::new(Shared {
        worker_id: Mutex::default(),
        heartbeat_interval: Mutex::new(Duration::from_secs(10)),
        active: AtomicI32::new(0),
        completed: AtomicI32::new(0),
        failed: AtomicI32::new(0),
        drain: AtomicBool::new(false),
        reregister: AtomicBool::new(false),
    });
    let mut client = connect(&server).await;
    let worker_id = register(&client, &shared).await?;
    println!("worker: registered as {worker_id}");
    let heartbeat_task = tokio::spawn(heartbeats(server.clone(), shared.clone()));

    let mut finished = 0u64;
    let mut poll_delay = Duration::from_millis(100);
    while max_tasks.is_none_or(|max| finished < max) {
        if shared.drain.load(Ordering::SeqCst) {
            println!("worker: draining: no more polling");
            break;
        }
        if shared.reregister.swap(false, Ordering::SeqCst) {
            let old = shared.worker_id();
            let new = register(&client, &shared).await?;
            println!("worker: re-registered as {new} (was {old})");
        }
        let poll = PollTaskRequest {
            namespace_id: NAMESPACE.to_string(),
            worker_id: shared.worker_id(),
            task_queue: QUEUE.to_string(),
            workflow_types: vec![WORKFLOW_TYPE.to_string()],
        };
        match client.poll_task(poll).await {
            Ok(response) => {
                poll_delay = Duration::from_millis(100);
                let Some(task) = response.into_inner().task else {
                    continue;
                };
                let run_id = task.run_id.clone();
                shared.active.fetch_add(1, Ordering::SeqCst);
                let outcome = run_task(&client, task).await;
                shared.active.fetch_sub(1, Ordering::SeqCst);
                finished += 1;
                match outcome {
                    Ok(Outcome::Completed) => {
                        shared.completed.fetch_add(1, Ordering::SeqCst);
                        println!("worker: completed {run_id}");
                    }
                    Ok(Outcome::Failed) => {
                        shared.failed.fetch_add(1, Ordering::SeqCst);
                        println!("worker: failed {run_id} (bad input)");
                    }
                    Err(status) => {
                        // Permanent: e.g. NOT_FOUND because the server lost
                        // the run. Give this task up and keep serving.
                        shared.failed.fetch_add(1, Ordering::SeqCst);
                        eprintln!("worker: gave up on {run_id}: {status}");
                    }
                }
            }
            Err(status) if status.code() == Code::FailedPrecondition => {
                // The server forgot us (e.g. it restarted): register again.
                shared.reregister.store(true, Ordering::SeqCst);
            }
            Err(status) => {
                eprintln!("worker: poll failed ({status}), reconnecting in {poll_delay:?}");
                tokio::time::sleep(poll_delay).await;
                poll_delay = (poll_delay * 2).min(MAX_BACKOFF);
                client = connect(&server).await;
            }
        }
    }

    heartbeat_task.abort();
    let worker_id = shared.worker_id();
    let deregister = DeregisterRequest {
        namespace_id: NAMESPACE.to_string(),
        worker_id: worker_id.clone(),
        drain: false,
    };
    retry("Deregister", || {
        let mut c = client.clone();
        let r = deregister.clone();
        async move { c.deregister(r).await }
    })
    .await
    .map_err(|s| format!("Deregister of {worker_id} failed: {s}"))?;
    println!("worker: deregistered {worker_id}; done after {finished} task(s)");
    Ok(())
}
