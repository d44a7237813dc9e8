//! A consumer of the packaged kagzi-proto crate (the .crate of dist/), built
//! in a fresh Cargo project outside the repository (scripts/packages/
//! build_crate_consumer.sh). Two subcommands:
//!
//! ```text
//! kagzi-proto-consumer check CASE_DIR NAME SERVER_URL RELEASE
//! kagzi-proto-consumer scenario ADDR
//! ```
//!
//! `check` (`make test-crate-package`):
//!
//! 1. decodes the conformance case CASE_DIR/NAME.binpb and NAME.json as a
//!    kagzi.v1.Workflow, checks that both give the same message and that
//!    re-encoding each (binary and JSON) reads back equal;
//! 2. calls the reference server at SERVER_URL: GetServerInfo must name the
//!    kagzi.v1 RELEASE (the packaged crate's version, 1.1.0), and GetWorkflow of an unknown run must fail
//!    NOT_FOUND with a kagzi.v1.ErrorDetail (read by `kagzi_proto::status`).
//!
//! `scenario` is the interop scenario of `make interop` against the server at
//! ADDR (host:port; see scenario.rs).
//!
//! Exits 1 with the first mismatch.

use std::path::Path;

use kagzi_proto::kagzi::v1::{
    ErrorCode, GetServerInfoRequest, GetWorkflowRequest, Workflow,
    admin_service_client::AdminServiceClient, workflow_service_client::WorkflowServiceClient,
};
use prost::Message;

mod scenario;

type BoxError = Box<dyn std::error::Error>;

fn decode(dir: &Path, name: &str) -> Result<(), BoxError> {
    let binary = std::fs::read(dir.join(format!("{name}.binpb")))?;
    let json = std::fs::read_to_string(dir.join(format!("{name}.json")))?;
    let from_binary = Workflow::decode(binary.as_slice()).map_err(|e| format!("binary: {e}"))?;
    let from_json: Workflow =
        kagzi_proto::json::from_str(&json).map_err(|e| format!("JSON: {e}"))?;
    if from_binary != from_json {
        return Err(format!("{name}: binary and JSON decode to different messages").into());
    }
    // Map entries (labels) have no fixed order on the wire, so the
    // re-encoding is compared as the message it decodes to.
    let again = Workflow::decode(from_binary.encode_to_vec().as_slice())?;
    if again != from_binary {
        return Err(format!("{name}: binary re-encoding changed the message").into());
    }
    let again_json: Workflow =
        kagzi_proto::json::from_str(&kagzi_proto::json::to_string(&from_json)?)?;
    if again_json != from_json {
        return Err(format!("{name}: JSON re-encoding changed the message").into());
    }
    println!("kagzi.v1.Workflow {name}: binary and JSON decode equal and re-encode equal");
    Ok(())
}

async fn call_server(url: String, release: &str) -> Result<(), BoxError> {
    let info = AdminServiceClient::connect(url.clone())
        .await?
        .get_server_info(GetServerInfoRequest::default())
        .await?
        .into_inner();
    if info.api_version != release {
        return Err(format!(
            "GetServerInfo: api_version {:?}, want {release}",
            info.api_version
        )
        .into());
    }
    println!("GetServerInfo: api_version {}", info.api_version);

    let unknown = WorkflowServiceClient::connect(url)
        .await?
        .get_workflow(GetWorkflowRequest {
            namespace_id: "crate-consumer".into(),
            run_id: "no-such-run".into(),
        })
        .await;
    let status = match unknown {
        Ok(answer) => {
            return Err(format!("GetWorkflow of an unknown run succeeded: {answer:?}").into());
        }
        Err(status) => status,
    };
    let detail = kagzi_proto::status::from_status(&status)?;
    match detail {
        Some(d) if status.code() == tonic::Code::NotFound && d.code == ErrorCode::NotFound as i32 => {
            println!("GetWorkflow of an unknown run: NOT_FOUND, ErrorDetail {:?}", d.message);
            Ok(())
        }
        other => Err(format!("GetWorkflow of an unknown run: want NOT_FOUND with an ErrorDetail, got {status:?} / {other:?}").into()),
    }
}

const USAGE: &str = "usage: kagzi-proto-consumer check CASE_DIR NAME SERVER_URL RELEASE\n       kagzi-proto-consumer scenario ADDR";

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["check", dir, name, url, release] => match decode(Path::new(dir), name) {
            Ok(()) => call_server(url.to_string(), release).await,
            Err(e) => Err(e),
        },
        ["scenario", addr] => scenario::run(addr)
            .await
            .map(|()| println!("scenario: every answer as expected")),
        _ => {
            eprintln!("{USAGE}");
            return std::process::ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kagzi-proto-consumer: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
