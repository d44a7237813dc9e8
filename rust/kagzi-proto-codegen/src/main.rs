//! Regenerates the checked-in sources of the `kagzi-proto` crate from `proto/`.
//!
//! Usage: `kagzi-proto-codegen [PROTO_DIR] [OUT_DIR]` (defaults: the repository's
//! `proto/` and `rust/kagzi-proto/src/gen/`). `make rust-codegen` runs it; the
//! freshness test runs it into a temporary directory and diffs the result.
//!
//! Everything runs in pure Rust (protox parses the schemas), so neither the
//! maintainers nor the crate's consumers need protoc. The output is a pure
//! function of the schemas and the pinned generator versions.

mod postprocess;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use prost::Message as _;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kagzi-proto-codegen: error: {e}");
            ExitCode::FAILURE
        }
    }
}

type BoxError = Box<dyn std::error::Error>;

fn run() -> Result<(), BoxError> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = std::env::args_os().skip(1);
    let proto_dir = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../../proto"));
    let out_dir = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../kagzi-proto/src/gen"));
    if args.next().is_some() {
        return Err("usage: kagzi-proto-codegen [PROTO_DIR] [OUT_DIR]".into());
    }
    generate(&proto_dir, &out_dir)
}

/// The schema files, sorted so the descriptor set's file order is stable.
fn proto_files(proto_dir: &Path) -> Result<Vec<String>, BoxError> {
    let dir = proto_dir.join("kagzi/v1");
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&dir).map_err(|e| format!("reading {}: {e}", dir.display()))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.ends_with(".proto") {
            files.push(format!("kagzi/v1/{name}"));
        }
    }
    if files.is_empty() {
        return Err(format!("no .proto files in {}", dir.display()).into());
    }
    files.sort();
    Ok(files)
}

fn generate(proto_dir: &Path, out_dir: &Path) -> Result<(), BoxError> {
    let files = proto_files(proto_dir)?;
    // Source info stays in: reflection clients then show the schema comments.
    let fds = protox::Compiler::new([proto_dir])?
        .include_imports(true)
        .include_source_info(true)
        .open_files(&files)
        .map_err(|e| format!("compiling {}: {e}", proto_dir.display()))?
        .file_descriptor_set();
    let fds_bytes = fds.encode_to_vec();

    let scratch = scratch_dir()?;
    let result = generate_into(&fds, &fds_bytes, &scratch, out_dir);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn generate_into(
    fds: &prost_types::FileDescriptorSet,
    fds_bytes: &[u8],
    scratch: &Path,
    out_dir: &Path,
) -> Result<(), BoxError> {
    // Timestamp and Duration come from the crate's own module, whose JSON
    // form follows the proto3 mapping exactly (src/google/protobuf.rs);
    // prost-types' cannot carry our serde impls. Empty stays prost's `()`.
    const EXTERN_PATHS: [(&str, &str); 2] = [
        (
            ".google.protobuf.Timestamp",
            "crate::google::protobuf::Timestamp",
        ),
        (
            ".google.protobuf.Duration",
            "crate::google::protobuf::Duration",
        ),
    ];

    let mut tonic = tonic_prost_build::configure()
        .build_client(true)
        .build_server(true)
        .build_transport(true)
        .emit_rerun_if_changed(false)
        // Message-only builds need no tonic: clients and servers sit behind
        // the crate's `client` and `server` features.
        .client_mod_attribute(".", "#[cfg(feature = \"client\")]")
        .server_mod_attribute(".", "#[cfg(feature = \"server\")]")
        // Deterministic binary encoding and stable JSON key order for maps.
        .btree_map(".")
        .out_dir(scratch);
    let mut pbjson = pbjson_build::Builder::new();
    pbjson
        .register_descriptors(fds_bytes)?
        .out_dir(scratch)
        .btree_map(["."])
        .ignore_unknown_fields();
    for (proto, rust) in EXTERN_PATHS {
        tonic = tonic.extern_path(proto, rust);
        pbjson.extern_path(proto, rust);
    }
    tonic.compile_fds_with_config(fds.clone(), prost_config())?;
    pbjson.build(&[".kagzi"])?;

    let messages = std::fs::read_to_string(scratch.join("kagzi.v1.rs"))?;
    let serde = std::fs::read_to_string(scratch.join("kagzi.v1.serde.rs"))?;
    let serde = postprocess::fix_serde(&serde, fds)?;

    std::fs::create_dir_all(out_dir)?;
    write(out_dir.join("kagzi.v1.rs"), messages.as_bytes())?;
    write(out_dir.join("kagzi.v1.serde.rs"), serde.as_bytes())?;
    write(out_dir.join("descriptor.bin"), fds_bytes)?;
    write(out_dir.join("registry.rs"), registry(fds)?.as_bytes())?;
    Ok(())
}

/// prost's settings beyond tonic-prost-build's: the derived `Message` impls
/// reach prost through `crate::wire`, which re-exports prost except for the
/// map encoder (see rust/kagzi-proto/src/wire.rs: map entries always carry
/// key and value, as in every other kagzi.v1 SDK), and every message names
/// its type.
fn prost_config() -> prost_build::Config {
    let mut config = prost_build::Config::new();
    config.prost_path("crate::wire");
    // `prost::Name` on every message: packing one into `google.protobuf.Any`
    // (an ErrorDetail inside a `google.rpc.Status`) needs its type URL.
    // The domain every other SDK writes (the URL a kagzi.v1 error carries).
    config.enable_type_names();
    config.type_name_domain(["."], "type.googleapis.com");
    config
}

fn write(path: PathBuf, bytes: &[u8]) -> Result<(), BoxError> {
    std::fs::write(&path, bytes).map_err(|e| format!("writing {}: {e}", path.display()).into())
}

/// A fresh scratch directory under the system temp dir for the generators'
/// raw output (no extra dependency; the process id keeps runs apart).
fn scratch_dir() -> Result<PathBuf, BoxError> {
    let dir = std::env::temp_dir().join(format!("kagzi-proto-codegen-{}", std::process::id()));
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// The table behind `kagzi_proto::registry`: one entry per kagzi.v1 message,
/// sorted by full name so lookups can binary-search.
fn registry(fds: &prost_types::FileDescriptorSet) -> Result<String, BoxError> {
    let mut names = Vec::new();
    for file in &fds.file {
        if file.package() != "kagzi.v1" {
            continue;
        }
        for m in &file.message_type {
            names.push(m.name().to_string());
        }
    }
    names.sort();
    let mut out = String::from(
        "// @generated by kagzi-proto-codegen from proto/ (make rust-codegen). Do not edit.\n\
         // Every kagzi.v1 message, sorted by full name.\n\
         const MESSAGES: &[MessageType] = &[\n",
    );
    for n in &names {
        out.push_str(&format!(
            "    MessageType::new::<crate::kagzi::v1::{n}>(\"kagzi.v1.{n}\"),\n"
        ));
    }
    out.push_str("];\n");
    Ok(out)
}
