//! A client: starts a `process-order` workflow, then waits for its result.
//!
//! ```text
//! KAGZI_SERVER=http://127.0.0.1:50051 cargo run -p kagzi-proto --example client
//! ```
//!
//! Exits non-zero when the workflow does not complete within
//! `KAGZI_WAIT_SECS` (default 30) seconds.

use kagzi_proto::google::protobuf::Duration;
use kagzi_proto::kagzi::v1::{
    GetWorkflowRequest, Payload, StartWorkflowRequest, WaitWorkflowRequest, Workflow,
    WorkflowStatus, workflow_service_client::WorkflowServiceClient,
};
use tonic::transport::Channel;

type BoxError = Box<dyn std::error::Error>;

/// A thin wrapper over the generated client, as an application would write.
struct KagziClient {
    workflow: WorkflowServiceClient<Channel>,
}

impl KagziClient {
    async fn connect(addr: String) -> Result<Self, BoxError> {
        let channel = Channel::from_shared(addr)?.connect().await?;
        Ok(Self {
            workflow: WorkflowServiceClient::new(channel),
        })
    }

    async fn start_workflow<T: serde::Serialize>(
        &mut self,
        namespace_id: &str,
        task_queue: &str,
        workflow_type: &str,
        input: T,
    ) -> Result<String, BoxError> {
        let request = StartWorkflowRequest {
            namespace_id: namespace_id.to_string(),
            task_queue: task_queue.to_string(),
            workflow_type: workflow_type.to_string(),
            input: Some(Payload {
                data: serde_json::to_vec(&input)?,
                metadata: [("content-type".to_string(), "application/json".to_string())].into(),
            }),
            ..Default::default()
        };
        let response = self.workflow.start_workflow(request).await?;
        Ok(response.into_inner().run_id)
    }

    async fn get_workflow(
        &mut self,
        namespace_id: &str,
        run_id: &str,
    ) -> Result<Option<Workflow>, BoxError> {
        let request = GetWorkflowRequest {
            namespace_id: namespace_id.to_string(),
            run_id: run_id.to_string(),
        };
        match self.workflow.get_workflow(request).await {
            Ok(response) => Ok(response.into_inner().workflow),
            Err(status) if status.code() == tonic::Code::NotFound => Ok(None),
            Err(status) => Err(status.into()),
        }
    }

    async fn wait_workflow(
        &mut self,
        namespace_id: &str,
        run_id: &str,
        seconds: i64,
    ) -> Result<(Workflow, bool), BoxError> {
        let request = WaitWorkflowRequest {
            namespace_id: namespace_id.to_string(),
            run_id: run_id.to_string(),
            timeout: Some(Duration { seconds, nanos: 0 }),
        };
        let response = self.workflow.wait_workflow(request).await?.into_inner();
        let workflow = response
            .workflow
            .ok_or("WaitWorkflow returned no workflow")?;
        Ok((workflow, response.finished))
    }
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let server =
        std::env::var("KAGZI_SERVER").unwrap_or_else(|_| "http://127.0.0.1:50051".to_string());
    let wait: i64 = match std::env::var("KAGZI_WAIT_SECS") {
        Ok(v) => v
            .parse()
            .map_err(|e| format!("KAGZI_WAIT_SECS={v:?}: {e}"))?,
        Err(_) => 30,
    };
    let mut client = KagziClient::connect(server.clone())
        .await
        .map_err(|e| format!("connecting to {server}: {e}"))?;

    let order = serde_json::json!({"order_id": "o-42", "items": 3});
    let run_id = client
        .start_workflow("default", "main", "process-order", &order)
        .await?;
    println!("client: started {run_id}");
    let pending = client
        .get_workflow("default", &run_id)
        .await?
        .ok_or("workflow vanished")?;
    // Messages print as canonical proto3 JSON with the `serde` feature.
    println!("client: {}", kagzi_proto::json::to_string(&pending)?);

    let (workflow, finished) = client.wait_workflow("default", &run_id, wait).await?;
    if !finished {
        return Err(format!("workflow {run_id} did not finish within {wait}s").into());
    }
    if workflow.status() != WorkflowStatus::Completed {
        return Err(format!("workflow {run_id} ended as {:?}", workflow.status()).into());
    }
    let output = workflow.output.map(|p| p.data).unwrap_or_default();
    let result: serde_json::Value = serde_json::from_slice(&output)?;
    println!("client: {run_id} completed with {result}");
    Ok(())
}
