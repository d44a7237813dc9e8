//! The service wiring: which gRPC services the server offers, in one place,
//! so adding one (health, another reflection version, a codec or a layer)
//! is one line here.

use std::future::Future;

use kagzi_proto::FILE_DESCRIPTOR_SET;
use kagzi_proto::kagzi::v1::{
    admin_service_server::AdminServiceServer, namespace_service_server::NamespaceServiceServer,
    worker_service_server::WorkerServiceServer,
    workflow_schedule_service_server::WorkflowScheduleServiceServer,
    workflow_service_server::WorkflowServiceServer,
};
use tokio::net::TcpListener;
use tonic::codec::CompressionEncoding;
use tonic::transport::Server;

use crate::cors::AllowedOrigins;
use crate::state::Store;

/// The kagzi.v1 services this server implements.
pub const SERVICE_NAMES: &[&str] = &[
    "kagzi.v1.AdminService",
    "kagzi.v1.NamespaceService",
    "kagzi.v1.WorkerService",
    "kagzi.v1.WorkflowScheduleService",
    "kagzi.v1.WorkflowService",
];

/// The largest message a kagzi.v1 service decodes, request or stream item
/// (tonic's default, made explicit so the guide and the code say the same).
/// A larger one is refused before the handler runs, with the status tonic
/// gives it (OUT_OF_RANGE in tonic 0.14; docs/guides/reference-server.md).
pub const MAX_DECODING_MESSAGE_BYTES: usize = 4 * 1024 * 1024;

/// A kagzi.v1 service server with the transport settings every one of them
/// shares: gzip accepted, gzip answers when the client asks for them
/// (`grpc-accept-encoding`), and the decoding limit.
macro_rules! configured {
    ($server:expr) => {
        $server
            .accept_compressed(CompressionEncoding::Gzip)
            .send_compressed(CompressionEncoding::Gzip)
            .max_decoding_message_size(MAX_DECODING_MESSAGE_BYTES)
    };
}

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The five kagzi.v1 services over `store` (gzip, size limit: see
/// [`MAX_DECODING_MESSAGE_BYTES`]), next to the standard ones:
/// `grpc.health.v1.Health` (see [`health`]) and gRPC reflection v1 and
/// v1alpha (older tools speak only v1alpha), both built from the crate's
/// descriptor set (comments included) plus the health service's own.
pub async fn routes(store: &Store) -> Result<tonic::service::Routes, BoxError> {
    let reflection = || {
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
    };
    let mut routes =
        tonic::service::Routes::new(configured!(WorkflowServiceServer::new(store.clone())))
            .add_service(configured!(WorkerServiceServer::new(store.clone())))
            .add_service(configured!(AdminServiceServer::new(store.clone())))
            .add_service(configured!(NamespaceServiceServer::new(store.clone())))
            .add_service(configured!(WorkflowScheduleServiceServer::new(
                store.clone()
            )))
            .add_service(reflection().build_v1()?);
    // The `drop:` faults (tests only) leave a standard service out.
    if !store.faults.dropped("health") {
        routes = routes.add_service(health().await);
    }
    if !store.faults.dropped("reflection-v1alpha") {
        routes = routes.add_service(reflection().build_v1alpha()?);
    }
    Ok(routes)
}

/// The `drop:error-details` fault (tests only): removes the details
/// trailer from every answer. A failing unary call is answered
/// trailers-only, so its `grpc-status-details-bin` is a response header,
/// seen here before the gRPC-Web layer turns it into a trailer frame.
fn error_details_dropper(
    on: bool,
) -> tower::util::MapResponseLayer<impl Fn(Response) -> Response + Clone> {
    tower::util::MapResponseLayer::new(move |mut response: Response| {
        if on {
            response.headers_mut().remove("grpc-status-details-bin");
        }
        response
    })
}

type Response = tonic::codegen::http::Response<tonic::body::Body>;

/// `grpc.health.v1.Health`, in step with `AdminService.HealthCheck` by one
/// rule (docs/guides/errors.md, "Health"): both answer from
/// [`SERVICE_NAMES`]. The overall status ("") and each name there are
/// SERVING for as long as the server runs (it has no dependency that can
/// fail); any other name is NOT_FOUND in both.
async fn health()
-> tonic_health::pb::health_server::HealthServer<impl tonic_health::pb::health_server::Health> {
    let (reporter, server) = tonic_health::server::health_reporter();
    for name in SERVICE_NAMES {
        reporter
            .set_service_status(name, tonic_health::ServingStatus::Serving)
            .await;
    }
    server
}

/// Serves `store` on `listener` until `shutdown` completes, with no CORS
/// headers (browsers on other origins are refused).
pub async fn serve(
    listener: TcpListener,
    store: Store,
    shutdown: impl Future<Output = ()>,
) -> Result<(), BoxError> {
    serve_with_cors(listener, store, &AllowedOrigins::default(), shutdown).await
}

/// [`serve`], answering browsers of the `cors` origins (see [`crate::cors`]).
pub async fn serve_with_cors(
    listener: TcpListener,
    store: Store,
    cors: &AllowedOrigins,
    shutdown: impl Future<Output = ()>,
) -> Result<(), BoxError> {
    // Schedules fire and scheduled runs come due while nobody calls.
    let ticker = tokio::spawn(crate::clock::tick_forever(store.clone()));
    // HTTP/1.1 and the gRPC-Web layer let browsers call the same services;
    // a plain gRPC (HTTP/2) call passes through the layer untouched. The
    // first layer is the outermost: CORS answers a preflight before the
    // gRPC-Web layer sees it.
    Server::builder()
        .accept_http1(true)
        .layer(tower::util::option_layer(cors.layer()))
        .layer(tonic_web::GrpcWebLayer::new())
        .layer(error_details_dropper(store.faults.dropped("error-details")))
        .add_routes(routes(&store).await?)
        .serve_with_incoming_shutdown(
            tokio_stream::wrappers::TcpListenerStream::new(listener),
            shutdown,
        )
        .await
        .inspect_err(|_| ticker.abort())?;
    ticker.abort();
    Ok(())
}
