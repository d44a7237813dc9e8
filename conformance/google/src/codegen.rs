//! Regenerates `src/gen/` from protobuf's own sources (the tree the
//! protobuf-src crate carries, unpacked by `make conformance-google`):
//! - `conformance.rs`: `conformance.proto`, the runner's request/response
//!   protocol, as plain prost messages (not under test, no JSON needed);
//! - `protobuf_test_messages.proto3.rs` and `.serde.rs`: the test messages,
//!   through kagzi-proto-codegen's library, the very pipeline (protox,
//!   tonic-prost-build settings, pbjson-build, the JSON post-processor) that
//!   generates kagzi.v1, so the suite exercises the code kagzi.v1 users run.
//!
//! Usage: `kagzi-conformance-google-codegen PROTOBUF_SRC OUT_DIR`, where
//! PROTOBUF_SRC holds `conformance/` and `src/google/protobuf/`.
//! The output is checked in so that the testee builds with plain cargo, with
//! no 60 MB source tree and no network; `make conformance-google` regenerates
//! it into a scratch directory and fails when the checked-in copy differs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use kagzi_proto_codegen::{BoxError, Options};

/// Regenerates the Google testee's checked-in code from protobuf's sources.
#[derive(Parser)]
#[command(name = "kagzi-conformance-google-codegen")]
struct Args {
    /// The protobuf source tree (holds `conformance/` and `src/google/protobuf/`).
    #[arg(value_name = "PROTOBUF_SRC")]
    src: PathBuf,
    /// Where the generated files go.
    #[arg(value_name = "OUT_DIR")]
    out: PathBuf,
}

fn main() -> ExitCode {
    // clap exits with status 2 on bad usage.
    let Args { src, out } = Args::parse();
    match generate(&src, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kagzi-conformance-google-codegen: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn generate(src: &Path, out: &Path) -> Result<(), BoxError> {
    std::fs::create_dir_all(out).map_err(|e| format!("creating {}: {e}", out.display()))?;
    // Without source info: the generated code then carries no doc comments
    // copied from protobuf's files, only what the schema means.
    let fds = protox::Compiler::new([src.join("conformance")])?
        .include_imports(true)
        .include_source_info(false)
        .open_files(["conformance.proto"])
        .map_err(|e| format!("compiling conformance.proto under {}: {e}", src.display()))?
        .file_descriptor_set();
    prost_build::Config::new()
        .out_dir(out)
        .compile_fds(fds)
        .map_err(|e| format!("generating the protocol messages: {e}"))?;
    let protocol = out.join("conformance.rs");
    let text = std::fs::read_to_string(&protocol)
        .map_err(|e| format!("reading {}: {e}", protocol.display()))?;
    kagzi_proto_codegen::write(
        &protocol,
        kagzi_proto_codegen::stamp(&text, &format!("prost-build {ORIGIN}")).as_bytes(),
    )?;

    let mut fds = kagzi_proto_codegen::compile(
        &src.join("src"),
        &[
            "google/protobuf/test_messages_proto2.proto".to_string(),
            "google/protobuf/test_messages_proto3.proto".to_string(),
        ],
    )?;
    // Same reason as above: no comments copied from protobuf's files.
    for file in &mut fds.file {
        file.source_code_info = None;
    }
    kagzi_proto_codegen::generate(&fds, out, &test_message_options())?;
    Ok(())
}

/// Where the files come from, for their first line.
const ORIGIN: &str = "(kagzi-conformance-google-codegen) from protobuf's own sources \
     (make conformance-google-codegen)";

/// The kagzi crate's settings, pointed at another crate and package.
fn test_message_options() -> Options {
    let kagzi = Options::kagzi();
    // Timestamp and Duration: kagzi-proto's own types, as kagzi.v1 uses
    // them. The other well-known types kagzi.v1 does not use come from
    // pbjson-types (prost-types' have no serde impls). The wrappers stay
    // prost's own mapping (`Option<bool>` and so on), which prost-build does
    // not let a caller change.
    let mut extern_paths: Vec<(String, String)> = kagzi
        .extern_paths
        .iter()
        .map(|(proto, rust)| {
            (
                proto.clone(),
                rust.replacen("crate::", "::kagzi_proto::", 1),
            )
        })
        .collect();
    for name in [
        "Any",
        "FieldMask",
        "ListValue",
        "NullValue",
        "Struct",
        "Value",
    ] {
        extern_paths.push((
            format!(".google.protobuf.{name}"),
            format!("::pbjson_types::{name}"),
        ));
    }
    Options {
        packages: vec![
            "protobuf_test_messages.proto2".into(),
            "protobuf_test_messages.proto3".into(),
        ],
        extern_paths,
        json_helpers: "::kagzi_proto::json::private".into(),
        grpc: false,
        origin: format!("kagzi-proto-codegen {ORIGIN}"),
    }
}
