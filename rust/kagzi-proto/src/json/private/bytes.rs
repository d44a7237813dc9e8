//! Bytes: base64 in (standard or URL-safe, padded or not) and out
//! (standard, padded), without temporary strings.

use std::fmt;
use std::marker::PhantomData;

use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;

use super::null_element;

const STANDARD_ANY_PADDING: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);
const URL_SAFE_ANY_PADDING: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// Standard base64 with padding, the proto3 JSON output form of bytes.
///
/// Returns the bytes wrapped, not a `String`: serializing [`Base64`]
/// writes the text straight into the output (encoded on the stack when
/// short, else base64's `Base64Display` through `collect_str`), so a
/// bytes field costs no temporary allocation (a 1 MiB payload used to
/// cost a 1.4 MB String first).
pub fn base64_encode(data: &[u8]) -> Base64<'_> {
    Base64(data)
}

/// Bytes printed as standard padded base64 when serialized.
pub struct Base64<'a>(pub &'a [u8]);

/// Bytes up to this long are encoded on the stack and written as one
/// string; longer ones stream through `collect_str` in base64's chunks.
const BASE64_ON_STACK: usize = 768;
/// Bytes up to this long use a smaller stack buffer.
const BASE64_SHORT: usize = 96;

impl fmt::Display for Base64<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        base64::display::Base64Display::new(self.0, &base64::engine::general_purpose::STANDARD)
            .fmt(f)
    }
}

impl serde::Serialize for Base64<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Two stack sizes: the buffer is zeroed on every call, and 1 KiB
        // of memset showed in the profile of a list of small payloads.
        let len = self.0.len();
        if len <= BASE64_SHORT {
            self.serialize_on_stack::<{ BASE64_SHORT / 3 * 4 }, S>(s)
        } else if len <= BASE64_ON_STACK {
            self.serialize_on_stack::<{ BASE64_ON_STACK / 3 * 4 }, S>(s)
        } else {
            s.collect_str(self)
        }
    }
}

impl Base64<'_> {
    fn serialize_on_stack<const N: usize, S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; N];
        let n = base64::engine::general_purpose::STANDARD
            .encode_slice(self.0, &mut buf)
            .map_err(serde::ser::Error::custom)?;
        let text = std::str::from_utf8(&buf[..n]).map_err(serde::ser::Error::custom)?;
        s.serialize_str(text)
    }
}

/// Decodes standard or URL-safe base64, padded or not. Unused bits of
/// the last character may be set (Google's runner sends "-_"), as every
/// other protobuf JSON parser accepts.
pub fn base64_decode(s: &str) -> Result<Vec<u8>, String> {
    // Padding, when present, must complete the last 4-character group.
    if s.ends_with('=') && !s.len().is_multiple_of(4) {
        return Err("invalid base64 in bytes field: incomplete padding".to_string());
    }
    // The standard alphabet first: it rejects '-' and '_', so only a
    // failed decode pays for looking for them (a scan of the whole text
    // up front cost more than the decoding of a 1 MiB payload).
    STANDARD_ANY_PADDING
        .decode(s)
        .or_else(|standard_error| {
            if s.bytes().any(|b| b == b'-' || b == b'_') {
                URL_SAFE_ANY_PADDING.decode(s)
            } else {
                Err(standard_error)
            }
        })
        .map_err(|e| format!("invalid base64 in bytes field: {e}"))
}

/// Reads a proto3 JSON bytes value (a base64 string); null as for `Number`.
#[derive(Default)]
pub struct Bytes<T>(pub T);

impl<'de, T: From<Vec<u8>> + Default> de::Deserialize<'de> for Bytes<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<T: From<Vec<u8>> + Default> Visitor<'_> for V<T> {
            type Value = Bytes<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("base64 string")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Err(null_element("bytes"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                base64_decode(v).map(|b| Bytes(b.into())).map_err(E::custom)
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}
