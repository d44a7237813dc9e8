//! The runtime of the generated JSON code: what kagzi-proto-codegen's
//! post-processor makes pbjson-build's output call instead of pbjson's own
//! helpers, so that the messages follow the package's JSON policy. Not a
//! stable API.
//!
//! The names exported here are the ones the post-processor writes; it takes
//! them from one place (kagzi-proto-codegen's `postprocess::runtime`), and
//! a test of the generator checks them against this list.

mod bytes;
mod enums;
mod fields;
mod maps;
mod mode;
mod numbers;

pub use bytes::{Base64, Bytes, base64_encode};
pub use enums::{EnumField, EnumOut, ProtoEnum};
pub use fields::{FieldName, OrDefault, unknown_field};
pub use maps::UniqueMap;
pub use mode::{In, Lenient, Mode, ReadIn, Strict};
pub use numbers::{Decimal, Float, Integer64, JsonNumber, Number};

/// The error for `null` where a value must be given: inside a list or as a
/// map value. (A whole field given as null is read by `OrDefault` before
/// any of the value readers sees it.)
fn null_element<E: serde::de::Error>(what: &str) -> E {
    E::custom(format_args!(
        "null is not a valid {what}: null means the default only for a whole field, \
         not for a list element or a map value"
    ))
}
