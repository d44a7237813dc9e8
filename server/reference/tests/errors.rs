//! Real failing calls over TCP carry a kagzi.v1.ErrorDetail in their
//! status details, read back with `kagzi_proto::status::from_status`.

mod common;

use kagzi_proto::kagzi::v1::{
    ErrorCode, GetWorkflowRequest, StartWorkflowRequest,
    workflow_service_client::WorkflowServiceClient,
};
use kagzi_proto::status::from_status;

#[tokio::test]
async fn unknown_run_is_not_found_with_an_error_detail() {
    let (addr, _stop) = common::serve().await;
    let mut client = WorkflowServiceClient::connect(format!("http://{addr}"))
        .await
        .unwrap();
    let status = client
        .get_workflow(GetWorkflowRequest {
            namespace_id: "default".into(),
            run_id: "no-such-run".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), tonic::Code::NotFound);
    let detail = from_status(&status)
        .expect("details decode")
        .expect("an ErrorDetail is present");
    assert_eq!(detail.code(), ErrorCode::NotFound);
    assert_eq!(detail.subject, "workflow");
    assert_eq!(detail.subject_id, "no-such-run");
    assert_eq!(detail.message, status.message());
}

#[tokio::test]
async fn invalid_request_names_the_field_in_the_detail() {
    let (addr, _stop) = common::serve().await;
    let mut client = WorkflowServiceClient::connect(format!("http://{addr}"))
        .await
        .unwrap();
    let status = client
        .start_workflow(StartWorkflowRequest {
            namespace_id: "default".into(),
            task_queue: "main".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), tonic::Code::InvalidArgument);
    let detail = from_status(&status).unwrap().unwrap();
    assert_eq!(detail.code(), ErrorCode::InvalidArgument);
    assert_eq!(detail.metadata["field"], "workflow_type");
    assert!(detail.non_retryable);
}
