//! The standard services next to kagzi.v1: grpc.health.v1.Health in step
//! with AdminService.HealthCheck, and reflection v1alpha next to v1.

mod common;

use kagzi_proto::kagzi::v1::{
    HealthCheckRequest, ServingStatus, admin_service_client::AdminServiceClient,
};
use kagzi_testserver::services::SERVICE_NAMES;
use tokio_stream::StreamExt as _;
use tonic_health::pb::{
    HealthCheckRequest as GrpcHealthRequest, health_check_response::ServingStatus as GrpcServing,
    health_client::HealthClient,
};
use tonic_reflection::pb::v1alpha::{
    ServerReflectionRequest, server_reflection_client::ServerReflectionClient,
    server_reflection_request::MessageRequest, server_reflection_response::MessageResponse,
};

async fn channel(addr: std::net::SocketAddr) -> tonic::transport::Channel {
    tonic::transport::Channel::from_shared(format!("http://{addr}"))
        .unwrap()
        .connect()
        .await
        .unwrap()
}

#[tokio::test]
async fn grpc_health_agrees_with_admin_health_check() {
    let (addr, _stop) = common::serve().await;
    let ch = channel(addr).await;
    let mut health = HealthClient::new(ch.clone());
    let mut admin = AdminServiceClient::new(ch);

    let mut names: Vec<&str> = vec![""];
    names.extend(SERVICE_NAMES);
    for name in names {
        let grpc = health
            .check(GrpcHealthRequest {
                service: name.into(),
            })
            .await
            .unwrap_or_else(|e| panic!("Health/Check {name:?}: {e}"))
            .into_inner();
        assert_eq!(grpc.status(), GrpcServing::Serving, "{name:?}");
        let ours = admin
            .health_check(HealthCheckRequest {
                service: name.into(),
            })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(ours.status(), ServingStatus::Serving, "{name:?}");
    }

    // A name neither knows: NOT_FOUND from both.
    let unknown = "kagzi.v1.NoSuchService";
    let grpc = health
        .check(GrpcHealthRequest {
            service: unknown.into(),
        })
        .await
        .unwrap_err();
    assert_eq!(grpc.code(), tonic::Code::NotFound);
    let ours = admin
        .health_check(HealthCheckRequest {
            service: unknown.into(),
        })
        .await
        .unwrap_err();
    assert_eq!(ours.code(), tonic::Code::NotFound);
}

#[tokio::test]
async fn reflection_v1alpha_lists_every_service() {
    let (addr, _stop) = common::serve().await;
    let mut client = ServerReflectionClient::new(channel(addr).await);
    let request = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let mut responses = client
        .server_reflection_info(tokio_stream::iter([request]))
        .await
        .unwrap()
        .into_inner();
    let Some(MessageResponse::ListServicesResponse(list)) =
        responses.next().await.unwrap().unwrap().message_response
    else {
        panic!("expected a list of services");
    };
    let names: Vec<String> = list.service.into_iter().map(|s| s.name).collect();
    let mut wanted: Vec<&str> = SERVICE_NAMES.to_vec();
    wanted.push("grpc.health.v1.Health");
    for service in wanted {
        assert!(
            names.iter().any(|n| n == service),
            "{service} missing from {names:?}"
        );
    }
}
