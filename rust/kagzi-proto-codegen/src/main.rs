//! Regenerates the checked-in sources of the `kagzi-proto` crate from `proto/`.
//!
//! Usage: `kagzi-proto-codegen [PROTO_DIR] [OUT_DIR]` (defaults: the repository's
//! `proto/` and `rust/kagzi-proto/src/gen/`). `make rust-codegen` runs it; the
//! freshness test runs it into a temporary directory and diffs the result.
//!
//! The pipeline itself is the library (`src/lib.rs`); this binary adds what
//! only kagzi-proto ships: the descriptor set and the by-name registry. The
//! output is a pure function of the schemas and the pinned generator versions.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kagzi_proto_codegen::{BoxError, Options, compile, generate, write};
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
    let fds = compile(&proto_dir, &proto_files(&proto_dir)?)?;
    // The registry is computed first: nothing is written when it fails.
    let registry = registry(&fds);
    generate(&fds, &out_dir, &Options::kagzi())?;
    write(&out_dir.join("descriptor.bin"), &fds.encode_to_vec())?;
    write(&out_dir.join("registry.rs"), registry.as_bytes())?;
    Ok(())
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

/// The table behind `kagzi_proto::registry`: one entry per kagzi.v1 message,
/// sorted by full name so lookups can binary-search.
fn registry(fds: &prost_types::FileDescriptorSet) -> String {
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
    let mut out = kagzi_proto_codegen::header(kagzi_proto_codegen::KAGZI_ORIGIN);
    out.push_str(
        "// Every kagzi.v1 message, sorted by full name.\n\
         const MESSAGES: &[MessageType] = &[\n",
    );
    for n in &names {
        out.push_str(&format!(
            "    MessageType::new::<crate::kagzi::v1::{n}>(\"kagzi.v1.{n}\"),\n"
        ));
    }
    out.push_str("];\n");
    out
}
