//! Proto3 JSON for every kagzi.v1 message and enum (feature `serde`).
//!
//! The messages implement [`serde::Serialize`] and [`serde::Deserialize`]
//! following the canonical proto3 JSON mapping, so any serde format works;
//! [`to_string`] and [`from_str`] are shortcuts for JSON text. The reader
//! policy (ignore unknown fields and unknown enum names, reject everything
//! else malformed) is described in the crate documentation.

/// Prints a message as canonical proto3 JSON (lowerCamelCase names, default
/// values omitted, 64-bit integers as strings, enums by name).
///
/// # Errors
/// Fails only on values that have no JSON form: a Timestamp outside the
/// years 0001..9999 or a Duration beyond +-10000 years, or nanos out of range.
pub fn to_string<T: serde::Serialize>(message: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string(message)
}

/// Parses proto3 JSON into a message.
///
/// # Errors
/// Any input the reader policy rejects: wrong JSON types, out-of-range or
/// fractional integers, bad base64, timestamps or durations, duplicate
/// fields, or malformed JSON text.
pub fn from_str<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str(json)
}

/// Parses proto3 JSON strictly: as [`from_str`], but a field name the
/// message does not have, or an enum value name the schema does not know,
/// is an error instead of being ignored. For checking a writer's output
/// against this schema version (tests, linters); readers of messages from
/// other programs keep [`from_str`], whose leniency lets newer writers talk
/// to older readers.
///
/// The strictness reaches every message inside the one read (it is a type
/// parameter of the readers, not a setting of the thread), and nothing
/// else: reads running at the same time, or nested in a `Deserialize` of
/// the caller's, keep their own mode. `T` is any kagzi.v1 message.
///
/// # Errors
/// Everything [`from_str`] rejects, and unknown field names and unknown
/// enum value names (enum numbers the schema does not know stay accepted:
/// they are values, not spellings).
pub fn from_str_strict<T: private::ReadIn>(json: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str::<private::In<T, private::Strict>>(json).map(|read| read.0)
}

/// The runtime of the generated JSON code. Not a stable API.
#[doc(hidden)]
pub mod private;
