//! Servers for the suite's own tests, each on a free loopback port and
//! stopped when its handle is dropped (also when an assertion fails):
//!
//! - the reference server;
//! - the reference services with a reflection service of our choosing
//!   (a mutated schema, only v1alpha, or none at all);
//! - a loopback TCP proxy in front of a server that kills one chosen
//!   connection in the middle of a call ([`proxy`]);
//! - a server that answers WorkflowService calls in another wire
//!   ([`wrong_wire`]).

#![allow(dead_code)] // Each test file uses some of these.

use kagzi_proto::kagzi::v1::{
    admin_service_server::AdminServiceServer, namespace_service_server::NamespaceServiceServer,
    worker_service_server::WorkerServiceServer,
    workflow_schedule_service_server::WorkflowScheduleServiceServer,
    workflow_service_server::WorkflowServiceServer,
};
use kagzi_testserver::Store;
use prost::Message as _;
use prost_types::FileDescriptorSet;
use tokio::net::TcpListener;

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

mod proxy;
mod wrong_wire;

pub use proxy::DroppingProxy;
#[allow(unused_imports)] // The example program does not serve it.
pub use wrong_wire::wrong_wire;
