//! A failed call, described so that the reader of a verdict knows what
//! went wrong on the wire and not only that something did:
//!
//! - a transport failure (the server closed the connection, sent GOAWAY,
//!   reset the stream) keeps the whole chain of causes tonic carries, such
//!   as "h2 protocol error: ... GOAWAY ...", not only "transport error";
//! - an answer that does not decode as kagzi.v1 names the field: prost's
//!   error text already carries the (message, field) path where decoding
//!   stopped; the field is looked up in the newest released schema for its
//!   number and type, which is what the server's bytes disagree with.

use tonic::Status;

use crate::drift::releases;

/// The text tonic's prost codec gives a message that does not decode.
const DECODE_PREFIX: &str = "failed to decode Protobuf message: ";

/// `Code: message` plus, for a transport failure, every cause beneath it,
/// and, for a decode error, the kagzi.v1 field it failed at.
pub fn describe(s: &Status) -> String {
    let mut out = format!("{:?}: {}", s.code(), s.message());
    let mut cause = std::error::Error::source(s);
    while let Some(c) = cause {
        let text = c.to_string();
        if !out.contains(&text) {
            out.push_str(" <- ");
            out.push_str(&text);
        }
        cause = c.source();
    }
    // tonic's words for a connection that failed (closed, reset, GOAWAY)
    // rather than an answer of the server.
    if s.message() == "transport error" || s.message().starts_with("h2 protocol error") {
        out.push_str(" (the connection to the server failed under this call)");
    }
    if let Some(field) = decode_error_field(s.message()) {
        out.push_str(&format!(
            " (the server's answer does not decode as kagzi.v1: {field})"
        ));
    }
    out
}

/// For prost's decode error text, the field where decoding stopped, with
/// its number and type in the newest release; `None` for any other text.
pub fn decode_error_field(message: &str) -> Option<String> {
    let rest = message.split_once(DECODE_PREFIX)?.1;
    // "A.b: C.d: description", innermost field first.
    let path: Vec<(&str, &str)> = rest
        .split(": ")
        .map_while(|part| {
            let (m, f) = part.split_once('.')?;
            let ident = |s: &str| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '#')
            };
            (ident(m) && ident(f)).then_some((m, f))
        })
        .collect();
    let Some(&(message, field)) = path.first() else {
        return Some("no field is named (the bytes are not a protobuf message at all)".into());
    };
    let field = field.trim_start_matches("r#");
    let release = releases::newest();
    let found = release.schema.messages.iter().find_map(|(full, fields)| {
        let short = full.rsplit('.').next().unwrap_or(full);
        let f = fields.get(field).filter(|_| short == message)?;
        Some(format!(
            "field {full}.{field} = {}, {} {}",
            f.number,
            f.cardinality,
            f.ty.trim_start_matches('.')
        ))
    });
    let through: Vec<String> = path.iter().rev().map(|(m, f)| format!("{m}.{f}")).collect();
    Some(match found {
        Some(f) => format!(
            "at {f} in kagzi.v1 {} (path {})",
            release.version,
            through.join(" > ")
        ),
        None => format!("at {}", through.join(" > ")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use kagzi_proto::kagzi::v1::GetWorkflowResponse;
    use prost::Message as _;

    /// A response whose `workflow.status` (field 6 of Workflow, an enum: a
    /// varint) arrives as a string, as from a server whose Workflow has
    /// another field at 6.
    #[test]
    fn a_decode_error_names_the_field_and_its_number() {
        // Workflow { 6: "x" } inside GetWorkflowResponse { 1: workflow }.
        let run = [0x32, 0x01, b'x'];
        let mut bytes = vec![0x0a, run.len() as u8];
        bytes.extend_from_slice(&run);
        let err = GetWorkflowResponse::decode(bytes.as_slice()).unwrap_err();
        // What tonic's prost codec makes of it.
        let status = Status::internal(err.to_string());
        let text = describe(&status);
        assert!(
            text.starts_with("Internal: failed to decode Protobuf message: "),
            "{text}"
        );
        let field = decode_error_field(status.message()).unwrap();
        assert!(
            field.contains("field kagzi.v1.Workflow.status = 6, implicit kagzi.v1.WorkflowStatus"),
            "{field}"
        );
        assert!(
            field.contains("GetWorkflowResponse.workflow > Workflow.status"),
            "{field}"
        );
    }

    #[test]
    fn other_errors_name_no_field() {
        assert_eq!(decode_error_field("deadline exceeded"), None);
        let s = Status::unavailable("connection closed");
        assert_eq!(describe(&s), "Unavailable: connection closed");
    }
}
