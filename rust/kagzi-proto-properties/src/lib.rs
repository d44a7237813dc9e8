//! Properties that the binary and JSON codecs of every kagzi.v1 message
//! must hold, for any input bytes: bad input is rejected with an error,
//! and whatever is accepted survives every round trip unchanged.
//!
//! A fuzz input is one byte that picks the message type (its index in the
//! crate's registry order, modulo the number of types) followed by the
//! payload: binary protobuf for [`check_binary`], JSON text for
//! [`check_json`].

pub mod cases;

use std::fmt::Debug;

use prost::Message;
use serde::{Serialize, de::DeserializeOwned};

/// The bounds every generated kagzi.v1 message meets.
pub trait Msg: Message + Default + Debug + Serialize + DeserializeOwned {}
impl<M: Message + Default + Debug + Serialize + DeserializeOwned> Msg for M {}

/// One message type with its property checks.
#[derive(Clone, Copy)]
pub struct MessageType {
    full_name: &'static str,
    binary: fn(&[u8]) -> Result<(), String>,
    json: fn(&str) -> Result<(), String>,
}

impl MessageType {
    const fn new<M: Msg>(full_name: &'static str) -> Self {
        MessageType {
            full_name,
            binary: binary_properties::<M>,
            json: json_properties::<M>,
        }
    }

    /// The full protobuf name, e.g. `kagzi.v1.Workflow`.
    pub fn full_name(&self) -> &'static str {
        self.full_name
    }
}

// The type list is the crate's own generated registry (one entry per
// kagzi.v1 message, sorted by name), read with this crate's MessageType:
// a message added to the schema is fuzzed without touching this crate.
mod kagzi {
    pub use kagzi_proto::kagzi::v1;
}
include!("../../kagzi-proto/src/gen/registry.rs");

/// Every message type, in registry order (the order the selector byte indexes).
pub fn all() -> &'static [MessageType] {
    MESSAGES
}

/// The selector byte of the message type with this full name.
pub fn selector(full_name: &str) -> Option<u8> {
    MESSAGES
        .iter()
        .position(|m| m.full_name == full_name)
        .map(|i| u8::try_from(i).expect("fewer than 256 message types"))
}

fn pick(input: &[u8]) -> Option<(&'static MessageType, &[u8])> {
    let (&first, payload) = input.split_first()?;
    Some((&MESSAGES[usize::from(first) % MESSAGES.len()], payload))
}

/// Checks the binary properties on a fuzz input (selector byte + binary).
/// `Err` names the type and the broken property.
pub fn check_binary(input: &[u8]) -> Result<(), String> {
    match pick(input) {
        Some((t, payload)) => (t.binary)(payload).map_err(|e| format!("{}: {e}", t.full_name)),
        None => Ok(()),
    }
}

/// Checks the JSON properties on a fuzz input (selector byte + JSON text).
/// Payloads that are not UTF-8 cannot be JSON text and are skipped.
pub fn check_json(input: &[u8]) -> Result<(), String> {
    match pick(input) {
        Some((t, payload)) => match std::str::from_utf8(payload) {
            Ok(text) => (t.json)(text).map_err(|e| format!("{}: {e}", t.full_name)),
            Err(_) => Ok(()),
        },
        None => Ok(()),
    }
}

// Messages are compared by their Debug text rather than PartialEq: a NaN
// double is not equal to itself, yet NaN read back as NaN is a faithful
// round trip. Debug prints every field (and map entries in key order).
fn same<M: Debug>(a: &M, b: &M) -> bool {
    format!("{a:?}") == format!("{b:?}")
}

/// Whether `back` is `m` except for the one documented difference of prost's
/// binary encoder from protobuf's other runtimes (tokio-rs/prost#1177, open;
/// listed in the Rust testee's expected failures of the conformance suite):
/// a float or double with implicit presence (or a map value) holding -0.0 is
/// not written, because prost tests it with `!= 0.0`, which -0.0 fails; it
/// decodes back as +0.0. Go, Python and C++ write it (`19 00..80`).
///
/// Only that difference is forgiven: in the Debug text such a value prints
/// as `name: -0.0` or `key: -0.0` (an `optional` or oneof member prints
/// `Some(-0.0)`, a repeated field `[..]`, and prost writes those), and only
/// there, outside string values, is `-0.0` read as `0.0`.
fn same_but_prost_negative_zero<M: Debug>(m: &M, back: &M) -> bool {
    implicit_negative_zero_as_zero(&format!("{m:?}"))
        == implicit_negative_zero_as_zero(&format!("{back:?}"))
}

/// Debug text with every implicit-presence `: -0.0` (followed by `,` or
/// `}`, outside a string) written `: 0.0`.
fn implicit_negative_zero_as_zero(debug: &str) -> String {
    const NEGATIVE: &str = ": -0.0";
    let mut out = String::with_capacity(debug.len());
    let (mut in_string, mut escaped) = (false, false);
    let mut rest = debug;
    while let Some(c) = rest.chars().next() {
        if !in_string
            && let Some(after) = rest.strip_prefix(NEGATIVE)
            && (after.starts_with(',') || after.starts_with(" }") || after.starts_with('}'))
        {
            out.push_str(": 0.0");
            rest = after;
            continue;
        }
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Encoding properties of a message that was accepted (from either form):
/// `encoded_len` is the length of the bytes, encoding is deterministic,
/// the bytes decode to the same message (but for prost's -0.0, see
/// [`same_but_prost_negative_zero`]) and re-encode to the same bytes.
fn encoding_properties<M: Msg>(m: &M) -> Result<Vec<u8>, String> {
    let bytes = m.encode_to_vec();
    if m.encoded_len() != bytes.len() {
        return Err(format!(
            "encoded_len {} but encode wrote {} bytes",
            m.encoded_len(),
            bytes.len()
        ));
    }
    if m.encode_to_vec() != bytes {
        return Err("encoding the same message twice gave different bytes".into());
    }
    let back = M::decode(bytes.as_slice())
        .map_err(|e| format!("its own encoding does not decode: {e}"))?;
    if !same(m, &back) && !same_but_prost_negative_zero(m, &back) {
        return Err(format!(
            "decode(encode(m)) differs from m:\n  m    = {m:?}\n  back = {back:?}"
        ));
    }
    if back.encode_to_vec() != bytes {
        return Err("re-encoding the decoded message gave different bytes".into());
    }
    Ok(bytes)
}

/// JSON properties of an accepted message: its JSON reads back as the same
/// message, and printing that again gives the same text. Returns the text.
/// A message may have no JSON form (a Timestamp outside 0001..9999): that
/// must be an error, never a panic.
fn json_text_properties<M: Msg>(m: &M) -> Result<Option<String>, String> {
    let Ok(text) = serde_json::to_string(m) else {
        return Ok(None);
    };
    let back: M = serde_json::from_str(&text)
        .map_err(|e| format!("its own JSON is rejected: {e}\n  json = {text}"))?;
    if !same(m, &back) {
        return Err(format!(
            "JSON round trip changed the message:\n  json = {text}\n  m    = {m:?}\n  back = {back:?}"
        ));
    }
    let again = serde_json::to_string(&back)
        .map_err(|e| format!("message read from its own JSON cannot be printed: {e}"))?;
    if again != text {
        return Err(format!(
            "JSON text not stable:\n  first  = {text}\n  second = {again}"
        ));
    }
    Ok(Some(text))
}

/// The binary properties for one type: a payload that decodes must
/// re-encode faithfully and round trip through JSON (when it has a JSON form).
pub fn binary_properties<M: Msg>(payload: &[u8]) -> Result<(), String> {
    let Ok(m) = M::decode(payload) else {
        return Ok(());
    };
    encoding_properties(&m)?;
    json_text_properties(&m)?;
    Ok(())
}

/// The JSON properties for one type: text that is accepted must print,
/// re-read and re-print the same, and survive a trip through binary.
pub fn json_properties<M: Msg>(text: &str) -> Result<(), String> {
    let Ok(m) = serde_json::from_str::<M>(text) else {
        return Ok(());
    };
    // Whatever was read from JSON has a JSON form.
    let json = json_text_properties(&m)?
        .ok_or_else(|| format!("accepted JSON cannot be printed back: {m:?}"))?;
    let bytes = encoding_properties(&m)?;
    // JSON -> binary -> JSON gives the same text, unless the binary trip
    // lost a -0.0 to prost (checked above to be the only change): then
    // the text is the decoded message's own, which must hold up as well.
    let decoded = M::decode(bytes.as_slice()).map_err(|e| e.to_string())?;
    if !same(&m, &decoded) {
        json_text_properties(&decoded)?;
        return Ok(());
    }
    let via_binary = serde_json::to_string(&decoded)
        .map_err(|e| format!("JSON -> binary -> JSON cannot print: {e}"))?;
    if via_binary != json {
        return Err(format!(
            "JSON -> binary -> JSON differs:\n  direct     = {json}\n  via binary = {via_binary}"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::implicit_negative_zero_as_zero as normalize;

    #[test]
    fn only_implicit_negative_zeros_are_normalized() {
        assert_eq!(normalize("P { a: -0.0, b: -0.0 }"), "P { a: 0.0, b: 0.0 }");
        assert_eq!(
            normalize(r#"M { m: {"k": -0.0} }"#),
            r#"M { m: {"k": 0.0} }"#
        );
        // optional, oneof and repeated values are written by prost: kept.
        for kept in [
            "P { a: Some(-0.0) }",
            "P { o: Some(V(-0.0)) }",
            "P { r: [-0.0, 1.0] }",
            "P { a: -0.05 }",
            r#"P { s: "x: -0.0, y" }"#,
            r#"P { s: "q\": -0.0, y" }"#,
        ] {
            assert_eq!(normalize(kept), kept);
        }
    }
}
