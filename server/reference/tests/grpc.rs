//! End to end over a real TCP connection: the test server's services on
//! 127.0.0.1:0 with gRPC reflection built from FILE_DESCRIPTOR_SET, the
//! generated clients of kagzi-proto calling them.

mod common;

use kagzi_proto::kagzi::v1::{
    GetServerInfoRequest, GetWorkflowRequest, ListWorkflowsRequest, PollTaskRequest,
    RegisterRequest, StartWorkflowRequest, WorkflowStatus,
    admin_service_client::AdminServiceClient, worker_service_client::WorkerServiceClient,
    workflow_service_client::WorkflowServiceClient,
};
use tokio_stream::StreamExt as _;
use tonic_reflection::pb::v1::{
    ServerReflectionRequest, server_reflection_client::ServerReflectionClient,
    server_reflection_request::MessageRequest, server_reflection_response::MessageResponse,
};

#[tokio::test]
async fn generated_clients_call_the_services_over_tcp() {
    let (addr, _stop) = common::serve().await;
    let url = format!("http://{addr}");

    let mut workflows = WorkflowServiceClient::connect(url.clone()).await.unwrap();
    let started = workflows
        .start_workflow(StartWorkflowRequest {
            namespace_id: "default".into(),
            task_queue: "main".into(),
            workflow_type: "process-order".into(),
            labels: [("team".to_string(), "billing".to_string())].into(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert!(!started.already_exists);

    let got = workflows
        .get_workflow(GetWorkflowRequest {
            namespace_id: "default".into(),
            run_id: started.run_id.clone(),
        })
        .await
        .unwrap()
        .into_inner()
        .workflow
        .unwrap();
    assert_eq!(got.status(), WorkflowStatus::Pending);
    assert_eq!(got.labels["team"], "billing");

    let listed = workflows
        .list_workflows(ListWorkflowsRequest {
            namespace_id: "default".into(),
            label_selector: [("team".to_string(), "billing".to_string())].into(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed.workflows.len(), 1);

    // Errors arrive as gRPC statuses, not panics.
    let missing = workflows
        .get_workflow(GetWorkflowRequest {
            namespace_id: "default".into(),
            run_id: "nope".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(missing.code(), tonic::Code::NotFound);

    let mut workers = WorkerServiceClient::connect(url.clone()).await.unwrap();
    let worker_id = workers
        .register(RegisterRequest {
            namespace_id: "default".into(),
            task_queue: "main".into(),
            workflow_types: vec!["process-order".into()],
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .worker_id;
    let task = workers
        .poll_task(PollTaskRequest {
            namespace_id: "default".into(),
            worker_id,
            task_queue: "main".into(),
            workflow_types: vec!["process-order".into()],
        })
        .await
        .unwrap()
        .into_inner()
        .task
        .unwrap();
    assert_eq!(task.run_id, started.run_id);

    let mut admin = AdminServiceClient::connect(url).await.unwrap();
    let info = admin
        .get_server_info(GetServerInfoRequest {})
        .await
        .unwrap()
        .into_inner();
    assert_eq!(info.api_version, kagzi_proto::VERSION);
}

#[tokio::test]
async fn reflection_lists_the_four_services_and_serves_comments() {
    let (addr, _stop) = common::serve().await;
    let channel = tonic::transport::Channel::from_shared(format!("http://{addr}"))
        .unwrap()
        .connect()
        .await
        .unwrap();
    let mut client = ServerReflectionClient::new(channel);
    let requests = tokio_stream::iter([
        ServerReflectionRequest {
            host: String::new(),
            message_request: Some(MessageRequest::ListServices(String::new())),
        },
        ServerReflectionRequest {
            host: String::new(),
            message_request: Some(MessageRequest::FileContainingSymbol(
                "kagzi.v1.WorkflowService".into(),
            )),
        },
    ]);
    let mut responses = client
        .server_reflection_info(requests)
        .await
        .unwrap()
        .into_inner();

    let Some(MessageResponse::ListServicesResponse(list)) =
        responses.next().await.unwrap().unwrap().message_response
    else {
        panic!("expected a list of services");
    };
    let mut names: Vec<String> = list.service.into_iter().map(|s| s.name).collect();
    names.sort();
    for service in [
        "kagzi.v1.AdminService",
        "kagzi.v1.NamespaceService",
        "kagzi.v1.WorkerService",
        "kagzi.v1.WorkflowScheduleService",
        "kagzi.v1.WorkflowService",
    ] {
        assert!(
            names.iter().any(|n| n == service),
            "{service} missing from {names:?}"
        );
    }

    let Some(MessageResponse::FileDescriptorResponse(files)) =
        responses.next().await.unwrap().unwrap().message_response
    else {
        panic!("expected file descriptors");
    };
    use prost::Message as _;
    let file = files
        .file_descriptor_proto
        .iter()
        .map(|b| prost_types::FileDescriptorProto::decode(b.as_slice()).unwrap())
        .find(|f| f.name() == "kagzi/v1/workflow.proto")
        .expect("workflow.proto is served");
    // Source info is kept, so reflection clients can show the comments.
    let info = file.source_code_info.expect("source info present");
    assert!(
        info.location
            .iter()
            .any(|l| !l.leading_comments().trim().is_empty())
    );
}
