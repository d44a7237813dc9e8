//! The Rust conformance testee: decodes each request's input as the named
//! kagzi.v1 message with the kagzi-proto crate (prost for binary, its serde
//! implementation for proto3 JSON, reached by name through
//! `kagzi_proto::registry`) and encodes the value in the requested format. The protocol and its framing are in
//! conformance/protocol/kagzi/conformance/v1/testee.proto: every message is
//! preceded by its length as a 4-byte little-endian integer (the
//! kagzi-conformance-framing crate, shared with the Google testee); the testee
//! exits with status 0 when its stdin ends. Logs go to stderr only.

use std::io;
use std::process::ExitCode;

use kagzi_conformance_framing::{read_frame, write_frame};
#[cfg(feature = "rules")]
use kagzi_proto::validate;
use kagzi_proto::{registry, status};
use prost::Message;

mod protocol {
    include!(concat!(env!("OUT_DIR"), "/kagzi.conformance.v1.rs"));
}
use protocol::{
    TestRequest, TestResponse, WireFormat, test_request::Input, test_response::Result as Outcome,
};
#[cfg(feature = "rules")]
use protocol::{Violation, Violations};

fn answer(req: TestRequest) -> Outcome {
    let Ok(output) = WireFormat::try_from(req.output_format) else {
        return Outcome::RuntimeError(format!("unknown output_format {}", req.output_format));
    };
    let Some(input) = req.input else {
        return Outcome::RuntimeError("the request has no input".into());
    };
    if req.message_type == "google.rpc.Status" {
        return status_answer(input, output);
    }
    // The crate's registry maps each kagzi.v1 message name to the prost
    // decoder/encoder and the serde (proto3 JSON) implementation of its type.
    let Some(message) = registry::find(&req.message_type) else {
        return Outcome::RuntimeError(format!("unknown message type {:?}", req.message_type));
    };
    // Input errors are parse errors; an error while printing JSON from a
    // decoded binary value (say, a Timestamp outside 0001..9999) is a
    // serialization error.
    match (input, output) {
        (_, WireFormat::Unspecified) => Outcome::RuntimeError("output_format is not set".into()),
        (Input::JsonInput(j), WireFormat::Violations) => match message.json_to_binary(&j) {
            Ok(b) => violations(&req.message_type, &b),
            Err(e) => Outcome::ParseError(e.to_string()),
        },
        (Input::BinaryInput(b), WireFormat::Violations) => violations(&req.message_type, &b),
        (Input::BinaryInput(b), WireFormat::Binary) => match message.binary_to_binary(&b) {
            Ok(out) => Outcome::BinaryOutput(out),
            Err(e) => Outcome::ParseError(e.to_string()),
        },
        (Input::BinaryInput(b), WireFormat::Json) => match message.binary_to_json(&b) {
            Ok(out) => Outcome::JsonOutput(out),
            Err(e @ registry::Error::Binary(_)) => Outcome::ParseError(e.to_string()),
            Err(e) => Outcome::SerializeError(e.to_string()),
        },
        (Input::JsonInput(j), WireFormat::Binary) => match message.json_to_binary(&j) {
            Ok(out) => Outcome::BinaryOutput(out),
            Err(e) => Outcome::ParseError(e.to_string()),
        },
        (Input::JsonInput(j), WireFormat::Json) => match message.json_to_binary(&j) {
            Err(e) => Outcome::ParseError(e.to_string()),
            Ok(b) => match message.binary_to_json(&b) {
                Ok(out) => Outcome::JsonOutput(out),
                Err(e) => Outcome::SerializeError(e.to_string()),
            },
        },
    }
}

/// The rules `binary` breaks, as kagzi-proto's `validate` feature
/// (prost-protovalidate) reports them.
#[cfg(feature = "rules")]
fn violations(message_type: &str, binary: &[u8]) -> Outcome {
    match validate::validate_encoded(message_type, binary) {
        Ok(()) => Outcome::Violations(Violations::default()),
        Err(validate::Error::Validation(e)) => Outcome::Violations(Violations {
            violations: e
                .violations()
                .iter()
                .map(|v| Violation {
                    field_path: v.field_path(),
                    rule_id: v.rule_id().to_string(),
                })
                .collect(),
        }),
        Err(e) => Outcome::RuntimeError(format!("prost-protovalidate: {e}")),
    }
}

/// Without the feature `rules` (the runtime-range tests build the codec
/// cases only, on the crate's lowest dependencies) a rule case is a runtime
/// error, not a verdict.
#[cfg(not(feature = "rules"))]
fn violations(_message_type: &str, _binary: &[u8]) -> Outcome {
    Outcome::RuntimeError("built without the feature rules: no prost-protovalidate".into())
}

/// google.rpc.Status as a Rust user has it: tonic-types' prost message, whose
/// details are prost-types' `Any` (type URL and packed bytes, kept as read).
/// Its proto3 JSON is kagzi-proto's (`status_to_json` / `status_from_json`),
/// which resolves each detail's `"@type"` through the crate's registry.
fn status_answer(input: Input, output: WireFormat) -> Outcome {
    let status = match input {
        Input::BinaryInput(b) => match tonic_types::Status::decode(b.as_slice()) {
            Ok(status) => status,
            Err(e) => return Outcome::ParseError(e.to_string()),
        },
        Input::JsonInput(j) => match status::status_from_json(&j) {
            Ok(status) => status,
            Err(e) => return Outcome::ParseError(e.to_string()),
        },
    };
    match output {
        WireFormat::Unspecified => Outcome::RuntimeError("output_format is not set".into()),
        WireFormat::Violations => Outcome::Skipped("google.rpc.Status carries no rules".into()),
        WireFormat::Binary => Outcome::BinaryOutput(status.encode_to_vec()),
        WireFormat::Json => match status::status_to_json(&status) {
            Ok(out) => Outcome::JsonOutput(out),
            // Packed bytes that do not decode as their type are bad input;
            // anything else is a value that has no JSON form.
            Err(
                e @ status::StatusJsonError::Packed {
                    error: registry::Error::Binary(_),
                    ..
                },
            ) => Outcome::ParseError(e.to_string()),
            Err(e) => Outcome::SerializeError(e.to_string()),
        },
    }
}

fn main() -> ExitCode {
    let mut stdin = io::stdin().lock();
    let mut stdout = io::stdout().lock();
    loop {
        let frame = match read_frame(&mut stdin) {
            Ok(Some(frame)) => frame,
            Ok(None) => return ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("rust testee: cannot read a request: {e}");
                return ExitCode::FAILURE;
            }
        };
        let outcome = match TestRequest::decode(frame.as_slice()) {
            Ok(req) => answer(req),
            Err(e) => Outcome::RuntimeError(format!("the request is not a TestRequest: {e}")),
        };
        let response = TestResponse {
            result: Some(outcome),
        };
        if let Err(e) = write_frame(&mut stdout, &response.encode_to_vec()) {
            eprintln!("rust testee: cannot write a response: {e}");
            return ExitCode::FAILURE;
        }
    }
}
