//! Regenerates `src/gen/` from protobuf's own sources (the tree the
//! protobuf-src crate carries, unpacked by `make conformance-google`):
//! `conformance.proto`, the runner's request/response protocol, as plain
//! prost messages (not under test, no JSON needed).
//!
//! Usage: `kagzi-conformance-google-codegen PROTOBUF_SRC OUT_DIR`, where
//! PROTOBUF_SRC holds `conformance/` and `src/google/protobuf/`.
//! The output is checked in so that the testee builds with plain cargo, with
//! no 60 MB source tree and no network; `make conformance-google` regenerates
//! it into a scratch directory and fails when the checked-in copy differs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

type BoxError = Box<dyn std::error::Error>;

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [src, out] = args.as_slice() else {
        eprintln!("usage: kagzi-conformance-google-codegen PROTOBUF_SRC OUT_DIR");
        return ExitCode::FAILURE;
    };
    match generate(src, out) {
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
    Ok(())
}
