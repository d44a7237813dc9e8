//! The names of kagzi-proto's JSON runtime (`kagzi_proto::json::private`,
//! the crate's `src/json/private.rs`) that the rewritten code calls: the one
//! place the rules take them from. `tests/runtime.rs` checks that the
//! runtime exports each of them, so renaming a helper on one side only
//! fails a test instead of the next generator run.

/// Reads an integer or float field from a JSON number or string (`paths`).
pub const NUMBER: &str = "Number";
/// Reads a bytes field from base64, any alphabet, padded or not (`paths`).
pub const BYTES: &str = "Bytes";
/// Writes bytes as padded standard base64 (`paths`).
pub const BASE64_ENCODE: &str = "base64_encode";
/// Writes a 64-bit integer as a JSON string (`paths`).
pub const DECIMAL: &str = "Decimal";
/// Writes a float, NaN and the infinities as strings (`floats`).
pub const FLOAT: &str = "Float";
/// Reads `null` as the default of a whole field (`reads`).
pub const OR_DEFAULT: &str = "OrDefault";
/// Reads a map, rejecting a key given twice (`reads`).
pub const UNIQUE_MAP: &str = "UniqueMap";
/// Reads an enum value, an unknown name per the mode (`reads`).
pub const ENUM_FIELD: &str = "EnumField";
/// Writes an enum value, an unknown number as the number (`enums`).
pub const ENUM_OUT: &str = "EnumOut";
/// The name lookups of a generated enum (`enums`).
pub const PROTO_ENUM: &str = "ProtoEnum";
/// Reads a field name, an unknown one per the mode (`field_names`).
pub const FIELD_NAME: &str = "FieldName";
/// The reading mode, a type parameter: lenient or strict (`modes`).
pub const MODE: &str = "Mode";
/// The mode of `Deserialize`: unknown names ignored (`modes`).
pub const LENIENT: &str = "Lenient";
/// A message reader that takes the mode as a type parameter (`modes`).
pub const READ_IN: &str = "ReadIn";
/// A nested message read in the mode of the message around it (`modes`).
pub const IN: &str = "In";

/// Every name above.
pub const ALL: &[&str] = &[
    NUMBER,
    BYTES,
    BASE64_ENCODE,
    DECIMAL,
    FLOAT,
    OR_DEFAULT,
    UNIQUE_MAP,
    ENUM_FIELD,
    ENUM_OUT,
    PROTO_ENUM,
    FIELD_NAME,
    MODE,
    LENIENT,
    READ_IN,
    IN,
];

/// The path of the runtime item `name` under the helper path `helpers`.
pub fn path(helpers: &syn::Path, name: &str) -> syn::Path {
    let mut path = helpers.clone();
    path.segments
        .push(syn::Ident::new(name, proc_macro2::Span::call_site()).into());
    path
}
