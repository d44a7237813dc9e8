//! The Rust code generation pipeline of kagzi-proto, as a library.
//!
//! [`compile`] parses `.proto` files with protox (pure Rust, no protoc) and
//! [`generate`] turns a descriptor set into prost messages, tonic clients and
//! servers, and proto3 JSON (pbjson-build, then [`postprocess`] so the JSON
//! follows the package's policy through `kagzi_proto::json::private`).
//! The kagzi binary (`src/main.rs`) runs it on `proto/kagzi/v1`; other
//! schemas (for example Google's conformance messages) go through the very
//! same steps by calling [`generate`] with their own [`Options`].

pub mod postprocess;

use std::path::{Path, PathBuf};

use prost_types::FileDescriptorSet;

pub type BoxError = Box<dyn std::error::Error>;

/// What to generate, beyond the descriptor set itself.
#[derive(Debug, Clone)]
pub struct Options {
    /// Proto packages to emit code for (for example `kagzi.v1`); each gives
    /// `<package>.rs` (messages, services) and `<package>.serde.rs` (JSON).
    /// Imported packages not listed here must be covered by `extern_paths`.
    pub packages: Vec<String>,
    /// Proto type paths (`.google.protobuf.Timestamp`) mapped to Rust paths
    /// instead of being generated, passed to prost and pbjson alike.
    pub extern_paths: Vec<(String, String)>,
    /// Rust path of the JSON policy helpers the rewritten serde code calls:
    /// `crate::json::private` inside kagzi-proto, `kagzi_proto::json::private`
    /// from any other crate.
    pub json_helpers: String,
    /// Emit tonic clients and servers, gated by the `client` / `server` features.
    pub grpc: bool,
}

impl Options {
    /// The settings of the kagzi-proto crate itself.
    pub fn kagzi() -> Self {
        // Timestamp and Duration come from the crate's own module, whose JSON
        // form follows the proto3 mapping exactly (src/google/protobuf.rs);
        // prost-types' cannot carry our serde impls. Empty stays prost's `()`.
        let externs = [
            (
                ".google.protobuf.Timestamp",
                "crate::google::protobuf::Timestamp",
            ),
            (
                ".google.protobuf.Duration",
                "crate::google::protobuf::Duration",
            ),
        ];
        Options {
            packages: vec!["kagzi.v1".to_string()],
            extern_paths: externs
                .iter()
                .map(|(p, r)| (p.to_string(), r.to_string()))
                .collect(),
            json_helpers: "crate::json::private".to_string(),
            grpc: true,
        }
    }
}

/// Parses `files` (paths relative to `include`) and their imports into one
/// descriptor set, with source info (reflection clients show the comments).
/// The file order is the order given: pass them sorted for stable output.
pub fn compile(include: &Path, files: &[String]) -> Result<FileDescriptorSet, BoxError> {
    Ok(protox::Compiler::new([include])?
        .include_imports(true)
        .include_source_info(true)
        .open_files(files)
        .map_err(|e| format!("compiling {}: {e}", include.display()))?
        .file_descriptor_set())
}

/// Runs the pipeline on `fds` and writes `<package>.rs` and
/// `<package>.serde.rs` for each of `options.packages` into `out_dir`.
/// Returns the written paths. The raw generator output goes to a scratch
/// directory first, so a failing post-processor leaves `out_dir` untouched.
pub fn generate(
    fds: &FileDescriptorSet,
    out_dir: &Path,
    options: &Options,
) -> Result<Vec<PathBuf>, BoxError> {
    if options.packages.is_empty() {
        return Err("no packages to generate".into());
    }
    let scratch = scratch_dir()?;
    let result = generate_into(fds, &scratch, out_dir, options);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn generate_into(
    fds: &FileDescriptorSet,
    scratch: &Path,
    out_dir: &Path,
    options: &Options,
) -> Result<Vec<PathBuf>, BoxError> {
    // Post-process everything before writing anything.
    let mut outputs = Vec::new();
    for raw in run_generators(fds, scratch, options)? {
        let serde = postprocess::fix_serde(&raw.serde, fds, &raw.package, &options.json_helpers)
            .map_err(|e| format!("post-processing the JSON code of {}: {e}", raw.package))?;
        outputs.push((format!("{}.rs", raw.package), raw.messages));
        outputs.push((format!("{}.serde.rs", raw.package), serde));
    }
    std::fs::create_dir_all(out_dir).map_err(|e| format!("creating {}: {e}", out_dir.display()))?;
    let mut written = Vec::new();
    for (name, text) in outputs {
        let path = out_dir.join(name);
        write(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

/// What the generators emit for one package, before post-processing.
#[derive(Debug, Clone)]
pub struct RawPackage {
    /// The proto package, e.g. `kagzi.v1`.
    pub package: String,
    /// tonic-prost-build's messages and services, used as they are.
    pub messages: String,
    /// pbjson-build's serde code, the input of [`postprocess::fix_serde`].
    pub serde: String,
}

/// Runs tonic-prost-build and pbjson-build on `fds` and returns their raw
/// output per package (the tests feed it, reformatted, to the post-processor).
pub fn generate_raw(
    fds: &FileDescriptorSet,
    options: &Options,
) -> Result<Vec<RawPackage>, BoxError> {
    let scratch = scratch_dir()?;
    let result = run_generators(fds, &scratch, options);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn run_generators(
    fds: &FileDescriptorSet,
    scratch: &Path,
    options: &Options,
) -> Result<Vec<RawPackage>, BoxError> {
    use prost::Message as _;
    let mut tonic = tonic_prost_build::configure()
        .build_client(options.grpc)
        .build_server(options.grpc)
        .build_transport(options.grpc)
        // Every RPC of a server trait gets tonic's default body, which
        // answers UNIMPLEMENTED, as grpc-go's Unimplemented*Server does: a
        // server written against an older 1.x release keeps compiling when a
        // minor release adds an RPC (1.2.0 added eleven to existing
        // services); a server overrides the methods it serves.
        .generate_default_stubs(true)
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
        .register_descriptors(&fds.encode_to_vec())?
        .out_dir(scratch)
        .btree_map(["."])
        .ignore_unknown_fields();
    for (proto, rust) in &options.extern_paths {
        tonic = tonic.extern_path(proto, rust);
        pbjson.extern_path(proto, rust);
    }
    // Every message implements `prost::Name` with a `type.googleapis.com/`
    // type URL, so it can be packed into a `google.protobuf.Any`, as an
    // `ErrorDetail` is in the details of a gRPC status.
    let mut config = prost_build::Config::new();
    config.enable_type_names();
    config.type_name_domain(["."], "type.googleapis.com");
    // tonic-prost-build generates every file of the set that is not extern;
    // pbjson only the packages asked for.
    tonic.compile_fds_with_config(fds.clone(), config)?;
    let prefixes: Vec<String> = options.packages.iter().map(|p| format!(".{p}")).collect();
    pbjson.build(&prefixes)?;

    let mut raw = Vec::new();
    for package in &options.packages {
        let read = |name: String| {
            std::fs::read_to_string(scratch.join(&name))
                .map_err(|e| format!("generator output {name} for package {package}: {e}"))
        };
        raw.push(RawPackage {
            package: package.clone(),
            messages: read(format!("{package}.rs"))?,
            serde: read(format!("{package}.serde.rs"))?,
        });
    }
    Ok(raw)
}

/// Writes a file, naming it in the error.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), BoxError> {
    std::fs::write(path, bytes).map_err(|e| format!("writing {}: {e}", path.display()).into())
}

/// A fresh scratch directory under the system temp dir for the generators'
/// raw output (no extra dependency; process id and a counter keep runs apart).
fn scratch_dir() -> Result<PathBuf, BoxError> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static RUN: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "kagzi-proto-codegen-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}
