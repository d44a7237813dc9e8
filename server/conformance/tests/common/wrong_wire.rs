//! A server that answers WorkflowService calls in another wire.

use std::convert::Infallible;

use kagzi_proto::kagzi::v1::{
    admin_service_server::AdminServiceServer, namespace_service_server::NamespaceServiceServer,
    worker_service_server::WorkerServiceServer,
    workflow_schedule_service_server::WorkflowScheduleServiceServer,
};
use kagzi_testserver::Store;
use tokio::net::TcpListener;
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::codegen::{BoxFuture, Bytes, Service, http};
use tonic::{Status, body::Body};

use super::Server;

/// A server whose WorkflowService answers every call with the same bytes,
/// `{1: varint 1}`: another wire, where kagzi.v1 has a string or a message
/// at 1 (`StartWorkflowResponse.run_id`). The other services are the
/// reference ones; no reflection, so only the decode errors can tell.
pub async fn wrong_wire() -> Server {
    let store = Store::default();
    let routes = tonic::service::Routes::new(WorkflowService)
        .add_service(WorkerServiceServer::new(store.clone()))
        .add_service(AdminServiceServer::new(store.clone()))
        .add_service(NamespaceServiceServer::new(store.clone()))
        .add_service(WorkflowScheduleServiceServer::new(store));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_routes(routes)
            .serve_with_incoming_shutdown(
                tokio_stream::wrappers::TcpListenerStream::new(listener),
                async {
                    let _ = stopped.await;
                },
            ),
    );
    Server {
        url: format!("http://{addr}"),
        addr,
        _stop: stop,
    }
}

/// The answer to every call: field 1 as a varint.
const ANSWER: &[u8] = &[0x08, 0x01];

/// Bytes in, bytes out: gRPC framing without a message type.
#[derive(Default)]
struct Raw;
impl Codec for Raw {
    type Encode = Bytes;
    type Decode = Bytes;
    type Encoder = Raw;
    type Decoder = Raw;
    fn encoder(&mut self) -> Raw {
        Raw
    }
    fn decoder(&mut self) -> Raw {
        Raw
    }
}
impl Encoder for Raw {
    type Item = Bytes;
    type Error = Status;
    fn encode(&mut self, item: Bytes, dst: &mut EncodeBuf<'_>) -> Result<(), Status> {
        use prost::bytes::BufMut as _;
        dst.put_slice(&item);
        Ok(())
    }
}
impl Decoder for Raw {
    type Item = Bytes;
    type Error = Status;
    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Bytes>, Status> {
        use prost::bytes::Buf as _;
        Ok(Some(src.copy_to_bytes(src.remaining())))
    }
}

struct Answer;
impl tonic::server::UnaryService<Bytes> for Answer {
    type Response = Bytes;
    type Future = std::future::Ready<Result<tonic::Response<Bytes>, Status>>;
    fn call(&mut self, _: tonic::Request<Bytes>) -> Self::Future {
        std::future::ready(Ok(tonic::Response::new(Bytes::from_static(ANSWER))))
    }
}

#[derive(Clone)]
pub struct WorkflowService;
impl tonic::server::NamedService for WorkflowService {
    const NAME: &'static str = "kagzi.v1.WorkflowService";
}
impl Service<http::Request<Body>> for WorkflowService {
    type Response = http::Response<Body>;
    type Error = Infallible;
    type Future = BoxFuture<Self::Response, Infallible>;
    fn poll_ready(
        &mut self,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Infallible>> {
        std::task::Poll::Ready(Ok(()))
    }
    fn call(&mut self, req: http::Request<Body>) -> Self::Future {
        Box::pin(async move { Ok(tonic::server::Grpc::new(Raw).unary(Answer, req).await) })
    }
}
