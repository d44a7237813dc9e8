//! Servers for the suite's own tests, each on a free loopback port and
//! stopped when its handle is dropped (also when an assertion fails):
//!
//! - the reference server;
//! - the reference services with a reflection service of our choosing
//!   (a mutated schema, only v1alpha, or none at all);
//! - a loopback TCP proxy in front of a server that kills one chosen
//!   connection in the middle of a call.

#![allow(dead_code)] // Each test file uses some of these.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use kagzi_proto::kagzi::v1::{
    admin_service_server::AdminServiceServer, namespace_service_server::NamespaceServiceServer,
    worker_service_server::WorkerServiceServer,
    workflow_schedule_service_server::WorkflowScheduleServiceServer,
    workflow_service_server::WorkflowServiceServer,
};
use kagzi_testserver::Store;
use prost::Message as _;
use prost_types::FileDescriptorSet;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A running server; dropping it stops it.
pub struct Server {
    pub url: String,
    pub addr: std::net::SocketAddr,
    _stop: tokio::sync::oneshot::Sender<()>,
}

/// The reference server, as `make server-conformance` runs it.
pub async fn reference() -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(kagzi_testserver::serve(listener, Store::default(), async {
        let _ = stopped.await;
    }));
    Server {
        url: format!("http://{addr}"),
        addr,
        _stop: stop,
    }
}

/// Which reflection the server offers.
pub enum Reflection {
    None,
    V1(FileDescriptorSet),
    /// Only the older version, to prove the suite falls back to it.
    V1Alpha(FileDescriptorSet),
}

/// The reference services (the real behaviour, kagzi.v1 on the wire) with
/// `reflection` describing them, truthfully or not.
pub async fn with_reflection(reflection: Reflection) -> Server {
    let store = Store::default();
    let mut routes = tonic::service::Routes::new(WorkflowServiceServer::new(store.clone()))
        .add_service(WorkerServiceServer::new(store.clone()))
        .add_service(AdminServiceServer::new(store.clone()))
        .add_service(NamespaceServiceServer::new(store.clone()))
        .add_service(WorkflowScheduleServiceServer::new(store));
    let builder =
        |set| tonic_reflection::server::Builder::configure().register_file_descriptor_set(set);
    match reflection {
        Reflection::None => {}
        Reflection::V1(set) => routes = routes.add_service(builder(set).build_v1().unwrap()),
        Reflection::V1Alpha(set) => {
            routes = routes.add_service(builder(set).build_v1alpha().unwrap())
        }
    }
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

/// The crate's own schema (kagzi.v1 as built here, with its imports).
pub fn our_schema() -> FileDescriptorSet {
    FileDescriptorSet::decode(kagzi_proto::FILE_DESCRIPTOR_SET).unwrap()
}

/// What [`another_wire`] changes, as the drift table must name it:
/// (element, rule, release, server).
pub const MUTATIONS: &[(&str, &str, &str, &str)] = &[
    (
        "kagzi.v1.GetWorkflowRequest.namespace_id",
        "field number",
        "1",
        "2",
    ),
    (
        "kagzi.v1.GetWorkflowRequest.run_id",
        "field number",
        "2",
        "1",
    ),
    ("kagzi.v1.Workflow.status", "field number", "6", "106"),
    (
        "kagzi.v1.StartWorkflowRequest.external_id",
        "field JSON name",
        "externalId",
        "externalKey",
    ),
];

/// Our schema with field numbers shifted (two swapped, one moved by 100)
/// and a JSON name changed: another wire under the same names.
pub fn another_wire() -> FileDescriptorSet {
    let mut set = our_schema();
    for file in set.file.iter_mut().filter(|f| f.package() == "kagzi.v1") {
        for m in &mut file.message_type {
            for f in &mut m.field {
                match (m.name.as_deref().unwrap(), f.name()) {
                    ("GetWorkflowRequest", "namespace_id") => f.number = Some(2),
                    ("GetWorkflowRequest", "run_id") => f.number = Some(1),
                    ("Workflow", "status") => f.number = Some(106),
                    ("StartWorkflowRequest", "external_id") => {
                        f.json_name = Some("externalKey".into())
                    }
                    _ => {}
                }
            }
        }
    }
    set
}

/// A loopback TCP proxy to `upstream` that kills its `victim`-th
/// connection (1-based, in accept order) the moment the server answers the
/// first call on it: the answer is never forwarded and both sides are shut,
/// as when a server drops a connection (or a GOAWAY ends it) mid-call.
/// Every other connection, and any reconnection, is relayed untouched.
pub struct DroppingProxy {
    pub url: String,
    /// How many connections were killed (0 or 1).
    pub killed: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for DroppingProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl DroppingProxy {
    pub async fn start(upstream: std::net::SocketAddr, victim: usize) -> DroppingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let killed = Arc::new(AtomicUsize::new(0));
        let k = killed.clone();
        let task = tokio::spawn(async move {
            let mut relays = tokio::task::JoinSet::new();
            for n in 1.. {
                let Ok((client, _)) = listener.accept().await else {
                    return;
                };
                let Ok(server) = TcpStream::connect(upstream).await else {
                    return;
                };
                relays.spawn(relay(client, server, n == victim, k.clone()));
            }
        });
        DroppingProxy { url, killed, task }
    }
}

async fn relay(client: TcpStream, server: TcpStream, kill: bool, killed: Arc<AtomicUsize>) {
    let (mut client_rx, mut client_tx) = client.into_split();
    let (mut server_rx, mut server_tx) = server.into_split();
    // Set once the client has sent the HEADERS frame of a call.
    let called = Arc::new(tokio::sync::Notify::new());
    let seen = called.clone();
    let upstream = async move {
        let mut frames = FrameScanner::default();
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match client_rx.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            if frames.feed(&buf[..n]) {
                seen.notify_one();
            }
            if server_tx.write_all(&buf[..n]).await.is_err() {
                return;
            }
        }
    };
    let downstream = async move {
        let mut buf = vec![0u8; 16 * 1024];
        let mut calling = false;
        loop {
            tokio::select! {
                _ = called.notified(), if kill && !calling => calling = true,
                r = server_rx.read(&mut buf) => {
                    let n = match r { Ok(0) | Err(_) => return, Ok(n) => n };
                    if calling {
                        killed.fetch_add(1, Ordering::SeqCst);
                        let _ = client_tx.shutdown().await;
                        return;
                    }
                    if client_tx.write_all(&buf[..n]).await.is_err() {
                        return;
                    }
                }
            }
        }
    };
    // Whichever side ends first ends the connection (dropping both halves).
    tokio::select! {
        _ = upstream => {}
        _ = downstream => {}
    }
}

/// Reads the client's side of an HTTP/2 connection (the 24-byte preface,
/// then 9-byte frame headers) far enough to see the first HEADERS frame,
/// which opens a call.
#[derive(Default)]
struct FrameScanner {
    buf: Vec<u8>,
    offset: usize,
    done: bool,
}

impl FrameScanner {
    const PREFACE: usize = 24;
    const HEADERS: u8 = 0x1;

    /// Whether the bytes so far hold a HEADERS frame (true once).
    fn feed(&mut self, bytes: &[u8]) -> bool {
        if self.done {
            return false;
        }
        self.buf.extend_from_slice(bytes);
        let mut at = self.offset.max(Self::PREFACE);
        while self.buf.len() >= at + 9 {
            let len = usize::from(self.buf[at]) << 16
                | usize::from(self.buf[at + 1]) << 8
                | usize::from(self.buf[at + 2]);
            if self.buf[at + 3] == Self::HEADERS {
                self.done = true;
                return true;
            }
            at += 9 + len;
        }
        self.offset = at;
        false
    }
}

/// A server whose WorkflowService answers every call with the same bytes,
/// `{1: varint 1}`: another wire, where kagzi.v1 has a string or a message
/// at 1 (`StartWorkflowResponse.run_id`). The other services are the
/// reference ones; no reflection, so only the decode errors can tell.
pub async fn wrong_wire() -> Server {
    let store = Store::default();
    let routes = tonic::service::Routes::new(wrong_wire::WorkflowService)
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

mod wrong_wire {
    use std::convert::Infallible;

    use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};
    use tonic::codegen::{BoxFuture, Bytes, Service, http};
    use tonic::{Status, body::Body};

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
}
