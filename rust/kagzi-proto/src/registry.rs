//! Every kagzi.v1 message by its full protobuf name (feature `serde`).
//!
//! Programs that handle messages by name — conformance testees, gateways,
//! debugging tools — can convert between the binary and the JSON form
//! without a `match` over all types:
//!
//! ```
//! let workflow = kagzi_proto::registry::find("kagzi.v1.Workflow").unwrap();
//! let binary = workflow.json_to_binary(r#"{"runId": "r-1", "attempts": 2}"#).unwrap();
//! assert_eq!(workflow.binary_to_json(&binary).unwrap(), r#"{"runId":"r-1","attempts":2}"#);
//! ```

use std::fmt;

use prost::Message;
use serde::{Serialize, de::DeserializeOwned};

include!("gen/registry.rs");

/// Conversions of one message type, reached by name.
#[derive(Clone, Copy)]
pub struct MessageType {
    full_name: &'static str,
    binary_to_json: fn(&[u8]) -> Result<String, Error>,
    json_to_binary: fn(&str) -> Result<Vec<u8>, Error>,
    binary_to_binary: fn(&[u8]) -> Result<Vec<u8>, Error>,
}

impl fmt::Debug for MessageType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MessageType")
            .field("full_name", &self.full_name)
            .finish()
    }
}

fn binary_to_json<M: Message + Default + Serialize>(b: &[u8]) -> Result<String, Error> {
    let m = M::decode(b).map_err(Error::Binary)?;
    serde_json::to_string(&m).map_err(Error::Json)
}

fn json_to_binary<M: Message + DeserializeOwned>(s: &str) -> Result<Vec<u8>, Error> {
    let m: M = serde_json::from_str(s).map_err(Error::Json)?;
    Ok(m.encode_to_vec())
}

fn binary_to_binary<M: Message + Default>(b: &[u8]) -> Result<Vec<u8>, Error> {
    Ok(M::decode(b).map_err(Error::Binary)?.encode_to_vec())
}

impl MessageType {
    const fn new<M: Message + Default + Serialize + DeserializeOwned>(
        full_name: &'static str,
    ) -> Self {
        MessageType {
            full_name,
            binary_to_json: binary_to_json::<M>,
            json_to_binary: json_to_binary::<M>,
            binary_to_binary: binary_to_binary::<M>,
        }
    }

    /// The full protobuf name, e.g. `kagzi.v1.Workflow`.
    pub fn full_name(&self) -> &'static str {
        self.full_name
    }

    /// Decodes the binary form and prints canonical proto3 JSON.
    pub fn binary_to_json(&self, binary: &[u8]) -> Result<String, Error> {
        (self.binary_to_json)(binary)
    }

    /// Parses proto3 JSON and encodes the binary form.
    pub fn json_to_binary(&self, json: &str) -> Result<Vec<u8>, Error> {
        (self.json_to_binary)(json)
    }

    /// Decodes and re-encodes the binary form (unknown fields are dropped,
    /// fields come out in field-number order).
    pub fn binary_to_binary(&self, binary: &[u8]) -> Result<Vec<u8>, Error> {
        (self.binary_to_binary)(binary)
    }
}

/// Why a conversion failed.
#[derive(Debug)]
pub enum Error {
    /// The binary input is not a valid encoding of the message.
    Binary(prost::DecodeError),
    /// The JSON input was rejected, or the message has no JSON form
    /// (e.g. a Timestamp outside the years 0001..9999).
    Json(serde_json::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Binary(e) => write!(f, "invalid binary message: {e}"),
            Error::Json(e) => write!(f, "invalid JSON message: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Binary(e) => Some(e),
            Error::Json(e) => Some(e),
        }
    }
}

// `find` and `all` are #[inline] (as are the status JSON functions that call
// `find`) for the build, not for speed: the table holds three conversions of
// every message type, and a non-generic, non-inline function that reaches it
// makes every consumer's build of the crate compile all of them (a third of
// the crate's own compile time), used or not. Inline, they are compiled in
// the crates that call them.

/// The message type with this full name (`kagzi.v1.Workflow`; a leading
/// dot is accepted), or `None` when kagzi.v1 has no such message.
#[inline]
pub fn find(full_name: &str) -> Option<&'static MessageType> {
    let name = full_name.strip_prefix('.').unwrap_or(full_name);
    MESSAGES
        .binary_search_by(|m| m.full_name.cmp(name))
        .ok()
        .map(|i| &MESSAGES[i])
}

/// Every kagzi.v1 message type, sorted by full name.
#[inline]
pub fn all() -> &'static [MessageType] {
    MESSAGES
}
