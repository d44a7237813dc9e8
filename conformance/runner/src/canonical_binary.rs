//! Canonical protobuf binary encoding of dynamic messages: fields in
//! field-number order, map entries sorted by key, every map entry carrying both
//! its key and its value (as the reference C++, Go, Java, Python (upb) and
//! protobuf-es encoders do), packed repeated scalars, unknown fields dropped.
//!
//! prost-reflect's own encoder walks maps in hash order, which is not
//! deterministic, hence this encoder.

use prost::encoding::{WireType, encode_key, encode_varint};
use prost_reflect::{DynamicMessage, FieldDescriptor, Kind, MapKey, ReflectMessage, Value};

/// Encodes `msg` canonically.
pub fn encode(msg: &DynamicMessage) -> Vec<u8> {
    let mut buf = Vec::new();
    encode_message(msg, &mut buf);
    buf
}

/// The fields of `msg` that appear on the wire, in field-number order: fields
/// with presence when set, other fields when not at their default value.
pub fn present_fields(msg: &DynamicMessage) -> Vec<(FieldDescriptor, &Value)> {
    // Every stored field, not prost-reflect's `fields()`: that one already
    // leaves out a stored -0.0 (see `is_default`).
    let mut fields: Vec<(FieldDescriptor, &Value)> = msg
        .descriptor()
        .fields()
        .filter_map(|f| match msg.get_field(&f) {
            std::borrow::Cow::Borrowed(v) => Some((f, v)),
            std::borrow::Cow::Owned(_) => None,
        })
        .filter(|(f, v)| {
            if f.supports_presence() {
                msg.has_field(f)
            } else {
                !is_default(f, v)
            }
        })
        .collect();
    fields.sort_by_key(|(f, _)| f.number());
    fields
}

/// Whether a field without presence holds its default. prost-reflect's
/// `is_default_for_field` compares floats with `==`, which takes -0.0 for
/// the default; only +0.0 is (the proto3 language guide: "-0 is considered
/// distinct and will be serialized"), and the C++, Go, Java and Python (upb)
/// encoders write -0.0.
fn is_default(field: &FieldDescriptor, value: &Value) -> bool {
    match value {
        Value::F64(v) => v.to_bits() == 0,
        Value::F32(v) => v.to_bits() == 0,
        _ => value.is_default_for_field(field),
    }
}

fn encode_message(msg: &DynamicMessage, buf: &mut Vec<u8>) {
    if let Some(any) = canonical_any(msg) {
        for (field, value) in present_fields(&any) {
            encode_field(&field, value, buf);
        }
        return;
    }
    for (field, value) in present_fields(msg) {
        encode_field(&field, value, buf);
    }
}

/// An Any whose packed message is in the pool, with its value re-encoded in
/// the canonical form (the value's bytes are a message too: a map in an
/// ErrorDetail is sorted like any other). `None` for other messages and for
/// an Any of an unknown type or an undecodable value, which keep their bytes.
fn canonical_any(msg: &DynamicMessage) -> Option<DynamicMessage> {
    let packed = unpack_any(msg).ok().flatten()?;
    let mut any = msg.clone();
    any.set_field_by_number(2, Value::Bytes(encode(&packed).into()));
    Some(any)
}

/// The type URL and the value of an Any.
pub fn any_fields(msg: &DynamicMessage) -> (String, Vec<u8>) {
    let url = msg
        .get_field_by_number(1)
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let value = msg
        .get_field_by_number(2)
        .and_then(|v| v.as_bytes().map(|b| b.to_vec()))
        .unwrap_or_default();
    (url, value)
}

/// The message packed in `msg` when it is a `google.protobuf.Any` with a
/// type URL (`Ok(None)` for other messages and an Any without one). The
/// packed type must be in the pool of `msg`, and the value must decode as it.
pub fn unpack_any(msg: &DynamicMessage) -> Result<Option<DynamicMessage>, String> {
    if msg.descriptor().full_name() != "google.protobuf.Any" {
        return Ok(None);
    }
    let (url, value) = any_fields(msg);
    if url.is_empty() {
        return Ok(None);
    }
    let name = url.rsplit_once('/').map_or(url.as_str(), |(_, name)| name);
    let desc = msg
        .descriptor()
        .parent_pool()
        .get_message_by_name(name)
        .ok_or_else(|| format!("Any type {url:?} is not in the schemas"))?;
    DynamicMessage::decode(desc, value.as_slice())
        .map(Some)
        .map_err(|e| format!("the value of an Any of type {url:?} does not decode: {e}"))
}

/// Map entries sorted by key; keys of one map all have the same kind, so the
/// derived order of MapKey (numeric for integers, byte-wise for strings) applies.
pub fn sorted_entries(map: &std::collections::HashMap<MapKey, Value>) -> Vec<(&MapKey, &Value)> {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries
}

fn encode_field(field: &FieldDescriptor, value: &Value, buf: &mut Vec<u8>) {
    let number = field.number();
    if field.is_map() {
        let entry = match field.kind() {
            Kind::Message(m) => m,
            _ => unreachable!("map fields have a message kind"),
        };
        let key_field = entry.map_entry_key_field();
        let value_field = entry.map_entry_value_field();
        if let Value::Map(map) = value {
            for (k, v) in sorted_entries(map) {
                let mut inner = Vec::new();
                encode_single(&key_field.kind(), 1, &map_key_value(k), &mut inner);
                encode_single(&value_field.kind(), 2, v, &mut inner);
                encode_key(number, WireType::LengthDelimited, buf);
                encode_varint(inner.len() as u64, buf);
                buf.extend_from_slice(&inner);
            }
        }
    } else if field.is_list() {
        let items = match value {
            Value::List(items) => items,
            _ => return,
        };
        if field.is_packed() {
            let mut inner = Vec::new();
            for item in items {
                encode_scalar_payload(&field.kind(), item, &mut inner);
            }
            encode_key(number, WireType::LengthDelimited, buf);
            encode_varint(inner.len() as u64, buf);
            buf.extend_from_slice(&inner);
        } else {
            for item in items {
                encode_single(&field.kind(), number, item, buf);
            }
        }
    } else {
        encode_single(&field.kind(), number, value, buf);
    }
}

fn map_key_value(key: &MapKey) -> Value {
    match key {
        MapKey::Bool(b) => Value::Bool(*b),
        MapKey::I32(v) => Value::I32(*v),
        MapKey::I64(v) => Value::I64(*v),
        MapKey::U32(v) => Value::U32(*v),
        MapKey::U64(v) => Value::U64(*v),
        MapKey::String(s) => Value::String(s.clone()),
    }
}

fn wire_type(kind: &Kind) -> WireType {
    match kind {
        Kind::Double | Kind::Fixed64 | Kind::Sfixed64 => WireType::SixtyFourBit,
        Kind::Float | Kind::Fixed32 | Kind::Sfixed32 => WireType::ThirtyTwoBit,
        Kind::String | Kind::Bytes | Kind::Message(_) => WireType::LengthDelimited,
        _ => WireType::Varint,
    }
}

fn encode_single(kind: &Kind, number: u32, value: &Value, buf: &mut Vec<u8>) {
    encode_key(number, wire_type(kind), buf);
    match (kind, value) {
        (Kind::String, Value::String(s)) => {
            encode_varint(s.len() as u64, buf);
            buf.extend_from_slice(s.as_bytes());
        }
        (Kind::Bytes, Value::Bytes(b)) => {
            encode_varint(b.len() as u64, buf);
            buf.extend_from_slice(b);
        }
        (Kind::Message(_), Value::Message(m)) => {
            let mut inner = Vec::new();
            encode_message(m, &mut inner);
            encode_varint(inner.len() as u64, buf);
            buf.extend_from_slice(&inner);
        }
        _ => encode_scalar_payload(kind, value, buf),
    }
}

/// The payload of a numeric, bool or enum value, without its key.
fn encode_scalar_payload(kind: &Kind, value: &Value, buf: &mut Vec<u8>) {
    match value {
        Value::Bool(b) => encode_varint(u64::from(*b), buf),
        // Negative int32 and enum values are sign-extended to 10 bytes, as the
        // encoding rules require.
        Value::I32(v) | Value::EnumNumber(v) => match kind {
            Kind::Sint32 => encode_varint(u64::from(((v << 1) ^ (v >> 31)) as u32), buf),
            Kind::Sfixed32 => buf.extend_from_slice(&v.to_le_bytes()),
            _ => encode_varint(*v as i64 as u64, buf),
        },
        Value::I64(v) => match kind {
            Kind::Sint64 => encode_varint(((v << 1) ^ (v >> 63)) as u64, buf),
            Kind::Sfixed64 => buf.extend_from_slice(&v.to_le_bytes()),
            _ => encode_varint(*v as u64, buf),
        },
        Value::U32(v) => match kind {
            Kind::Fixed32 => buf.extend_from_slice(&v.to_le_bytes()),
            _ => encode_varint(u64::from(*v), buf),
        },
        Value::U64(v) => match kind {
            Kind::Fixed64 => buf.extend_from_slice(&v.to_le_bytes()),
            _ => encode_varint(*v, buf),
        },
        Value::F32(v) => buf.extend_from_slice(&v.to_le_bytes()),
        Value::F64(v) => buf.extend_from_slice(&v.to_le_bytes()),
        other => unreachable!("value {other:?} does not match scalar kind {kind:?}"),
    }
}
