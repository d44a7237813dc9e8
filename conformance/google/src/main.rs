//! Testee of protobuf's own `conformance_test_runner`, for the kagzi-proto
//! Rust codec: binary through prost, JSON through the crate's serde code and
//! `kagzi_proto::json`, exactly as kagzi.v1 messages use them.
//!
//! Protocol (protobuf's conformance/conformance.proto): the runner writes a
//! `ConformanceRequest` preceded by its length as a 4-byte little-endian
//! integer; the testee answers with a `ConformanceResponse` framed the same
//! way, and exits with status 0 when stdin ends between frames. Text format
//! and JSPB are not kagzi.v1 formats: those requests are answered `skipped`.
//!
//! `--answer-garbage` turns the testee into a broken one that answers every
//! request with an unparseable payload of the requested format (the runner
//! aborts on a runtime error in some tests, so errors would not do):
//! `make conformance-google` runs it to prove that the runner fails it on
//! every test, and to list every test name by level.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use prost::Message;

// Generated from protobuf's conformance.proto: not every message is used
// (FailureSet is the runner's), and prost's names are not clippy's taste.
#[allow(dead_code, clippy::all)]
mod conformance {
    include!("gen/conformance.rs");
}
// The codec is unused until `messages::find` lists the generated test
// messages (waiting for the shared generator library).
#[allow(dead_code)]
mod messages;

use conformance::{
    ConformanceRequest, ConformanceResponse, TestCategory, WireFormat,
    conformance_request::Payload, conformance_response::Result as Outcome,
};

/// A frame longer than this is taken as a broken stream, not as a request.
/// The runner's largest requests are a few megabytes.
const MAX_FRAME: u32 = 256 * 1024 * 1024;

/// What the testee does with one decoded message type.
pub trait Codec {
    /// Binary in, message, then binary or JSON out.
    fn answer_binary(&self, input: &[u8], output: WireFormat) -> Outcome;
    /// JSON in, message, then binary or JSON out.
    fn answer_json(&self, input: &str, output: WireFormat) -> Outcome;
}

fn answer(req: ConformanceRequest) -> Outcome {
    let output = WireFormat::try_from(req.requested_output_format).unwrap_or_default();
    if matches!(output, WireFormat::TextFormat | WireFormat::Jspb) {
        return Outcome::Skipped(format!(
            "{} output is not a kagzi.v1 format",
            output.as_str_name()
        ));
    }
    if output == WireFormat::Unspecified {
        return Outcome::RuntimeError("requested_output_format is not set".into());
    }
    // JSON_IGNORE_UNKNOWN_PARSING_TEST needs no switch: the kagzi reader
    // always ignores unknown JSON fields (the crate's documented policy).
    let _ = TestCategory::try_from(req.test_category);
    let Some(codec) = messages::find(&req.message_type) else {
        return Outcome::Skipped(format!(
            "message type {:?} is not generated",
            req.message_type
        ));
    };
    match req.payload {
        Some(Payload::ProtobufPayload(b)) => codec.answer_binary(&b, output),
        Some(Payload::JsonPayload(j)) => codec.answer_json(&j, output),
        Some(Payload::TextPayload(_) | Payload::JspbPayload(_)) => {
            Outcome::Skipped("text format and JSPB input are not kagzi.v1 formats".into())
        }
        None => Outcome::RuntimeError("the request has no payload".into()),
    }
}

/// A payload of the requested format that no parser accepts.
fn garbage(req: &ConformanceRequest) -> Outcome {
    match WireFormat::try_from(req.requested_output_format) {
        // A field key with the reserved field number 0.
        Ok(WireFormat::Protobuf) => Outcome::ProtobufPayload(vec![0x00, 0x00]),
        Ok(WireFormat::Json) => Outcome::JsonPayload("{,".into()),
        _ => Outcome::TextPayload("{,".into()),
    }
}

/// Reads one frame; `Ok(None)` when stdin ends cleanly between frames.
fn read_frame(r: &mut impl Read) -> io::Result<Option<Vec<u8>>> {
    let mut len = [0u8; 4];
    let mut got = 0;
    while got < len.len() {
        match r.read(&mut len[got..])? {
            0 if got == 0 => return Ok(None),
            0 => {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "stdin ended inside a frame length",
                ));
            }
            n => got += n,
        }
    }
    let len = u32::from_le_bytes(len);
    if len > MAX_FRAME {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("frame length {len} is too large"),
        ));
    }
    let mut frame = vec![0u8; len as usize];
    r.read_exact(&mut frame)?;
    Ok(Some(frame))
}

fn write_frame(w: &mut impl Write, payload: &[u8]) -> io::Result<()> {
    let len = u32::try_from(payload.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "response too long"))?;
    w.write_all(&len.to_le_bytes())?;
    w.write_all(payload)?;
    w.flush()
}

fn main() -> ExitCode {
    let broken = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--answer-garbage") => true,
        Some(other) => {
            eprintln!("google testee: unknown argument {other:?} (only --answer-garbage)");
            return ExitCode::FAILURE;
        }
    };
    let mut stdin = io::stdin().lock();
    let mut stdout = io::stdout().lock();
    loop {
        let frame = match read_frame(&mut stdin) {
            Ok(Some(frame)) => frame,
            Ok(None) => return ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("google testee: cannot read a request: {e}");
                return ExitCode::FAILURE;
            }
        };
        let outcome = match ConformanceRequest::decode(frame.as_slice()) {
            Ok(req) if broken => garbage(&req),
            Ok(req) => answer(req),
            Err(e) => {
                Outcome::RuntimeError(format!("the request is not a ConformanceRequest: {e}"))
            }
        };
        let response = ConformanceResponse {
            result: Some(outcome),
        };
        if let Err(e) = write_frame(&mut stdout, &response.encode_to_vec()) {
            eprintln!("google testee: cannot write a response: {e}");
            return ExitCode::FAILURE;
        }
    }
}
