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
use prost::encoding::{
    DecodeContext, WireType, decode_key, decode_varint, encode_key, encode_varint, skip_field,
};

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
    let files = proto_files(&proto_dir)?;
    let fds = compile(&proto_dir, &files)?;
    // The registry is computed first: nothing is written when it fails.
    let registry = registry(&fds);
    let descriptors = shipped_descriptors(&proto_dir, &files)?;
    generate(&fds, &out_dir, &Options::kagzi())?;
    write(&out_dir.join("descriptor.bin"), &descriptors)?;
    write(&out_dir.join("registry.rs"), registry.as_bytes())?;
    Ok(())
}

/// The descriptor set the crate ships: every file, imports included (a
/// reflection client needs buf/validate/validate.proto to resolve the rule
/// options kagzi.v1 carries), with comments (source info) kept for kagzi.v1
/// only. protovalidate's validate.proto is mostly comments: with them the
/// set is four times larger, and they document protovalidate, not Kagzi.
///
/// The bytes are protox's own encoding, edited on the wire: decoding them
/// into `prost_types` and encoding again would drop the custom options (the
/// validation rules are extensions of `FieldOptions` and `MessageOptions`,
/// which prost's types do not keep).
fn shipped_descriptors(proto_dir: &Path, files: &[String]) -> Result<Vec<u8>, BoxError> {
    let set = protox::Compiler::new([proto_dir])?
        .include_imports(true)
        .include_source_info(true)
        .open_files(files)
        .map_err(|e| format!("compiling {}: {e}", proto_dir.display()))?
        .encode_file_descriptor_set();
    let mut out = Vec::with_capacity(set.len());
    let mut buf = set.as_slice();
    // FileDescriptorSet: `repeated FileDescriptorProto file = 1`, nothing else.
    while !buf.is_empty() {
        let (tag, wire_type) = decode_key(&mut buf)?;
        if tag != 1 || wire_type != WireType::LengthDelimited {
            return Err(format!("unexpected field {tag} in the descriptor set").into());
        }
        let len = usize::try_from(decode_varint(&mut buf)?)?;
        let (file, rest) = buf.split_at(len);
        buf = rest;
        let file = if prost_types::FileDescriptorProto::decode(file)?.package() == "kagzi.v1" {
            file.to_vec()
        } else {
            without_field(file, SOURCE_CODE_INFO)?
        };
        encode_key(1, WireType::LengthDelimited, &mut out);
        encode_varint(file.len() as u64, &mut out);
        out.extend_from_slice(&file);
    }
    Ok(out)
}

/// `FileDescriptorProto.source_code_info`.
const SOURCE_CODE_INFO: u32 = 9;

/// `message` with every occurrence of field `number` left out, the other
/// fields copied byte for byte in their order.
fn without_field(message: &[u8], number: u32) -> Result<Vec<u8>, BoxError> {
    let mut out = Vec::with_capacity(message.len());
    let mut buf = message;
    while !buf.is_empty() {
        let start = buf;
        let (tag, wire_type) = decode_key(&mut buf)?;
        skip_field(wire_type, tag, &mut buf, DecodeContext::default())?;
        if tag != number {
            out.extend_from_slice(&start[..start.len() - buf.len()]);
        }
    }
    Ok(out)
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
