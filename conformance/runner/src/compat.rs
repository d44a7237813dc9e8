//! Forward and backward compatibility between released versions of kagzi.v1.
//!
//! Forward: what the current code writes for a case (its canonical binary and
//! JSON) must be readable with an older schema: fields the older schema knows
//! come through intact, fields it does not know are skipped, and under the
//! reader policy a JSON enum value name the older schema does not know leaves
//! the field at its default (or drops the element of a repeated field), while
//! in binary the number is kept.
//!
//! Backward: a case of an older version read with the newest schema gives the
//! same canonical binary and JSON as the older version's files.

use prost_reflect::{DescriptorPool, DynamicMessage, Kind, MessageDescriptor, Value};

use crate::hex::show as hex;
use crate::values::read_json;
use crate::{canonical_binary, canonical_json};

/// The value an older reader must see for `msg` (decoded with a newer schema),
/// given the older descriptor of its type; `from_json` applies the rule for
/// enum names the older schema does not know.
pub fn project(msg: &DynamicMessage, old: &MessageDescriptor, from_json: bool) -> DynamicMessage {
    let mut out = DynamicMessage::new(old.clone());
    for (field, value) in canonical_binary::present_fields(msg) {
        let Some(old_field) = old.get_field(field.number()) else {
            continue;
        };
        let (new_kind, old_kind) = if field.is_map() {
            match (field.kind(), old_field.kind()) {
                (Kind::Message(n), Kind::Message(o)) => (
                    n.map_entry_value_field().kind(),
                    o.map_entry_value_field().kind(),
                ),
                _ => continue,
            }
        } else {
            (field.kind(), old_field.kind())
        };
        let converted = match value {
            Value::Map(map) => Some(Value::Map(
                map.iter()
                    .filter_map(|(k, v)| {
                        convert(v, &new_kind, &old_kind, from_json).map(|v| (k.clone(), v))
                    })
                    .collect(),
            )),
            Value::List(items) => Some(Value::List(
                items
                    .iter()
                    .filter_map(|v| convert(v, &new_kind, &old_kind, from_json))
                    .collect(),
            )),
            other => convert(other, &new_kind, &old_kind, from_json),
        };
        if let Some(v) = converted {
            out.set_field(&old_field, v);
        }
    }
    out
}

fn convert(value: &Value, new_kind: &Kind, old_kind: &Kind, from_json: bool) -> Option<Value> {
    match (value, new_kind, old_kind) {
        (Value::Message(m), _, Kind::Message(old_m)) => {
            Some(Value::Message(project(m, old_m, from_json)))
        }
        (Value::EnumNumber(n), Kind::Enum(new_e), Kind::Enum(old_e)) => {
            // JSON carries a name for a number the newer schema knows; an older
            // reader that does not know that name ignores it.
            if from_json && new_e.get_value(*n).is_some() && old_e.get_value(*n).is_none() {
                None
            } else {
                Some(value.clone())
            }
        }
        _ => Some(value.clone()),
    }
}

/// Forward check of one valid case written by `newest` (its canonical binary
/// and JSON), read with the `older` schema.
pub fn forward(
    newest: &DescriptorPool,
    older: &DescriptorPool,
    message_type: &str,
    binary: &[u8],
    json_text: &str,
) -> Result<(), String> {
    let Some(old_desc) = older.get_message_by_name(message_type) else {
        return Ok(()); // a type the older version does not have: nothing to read
    };
    let new_desc = newest
        .get_message_by_name(message_type)
        .ok_or_else(|| format!("{message_type} is missing from the newest schema"))?;
    let value = DynamicMessage::decode(new_desc, binary)
        .map_err(|e| format!("newest schema cannot decode the case: {e}"))?;

    let expected_bin = canonical_binary::encode(&project(&value, &old_desc, false));
    let read_bin = DynamicMessage::decode(old_desc.clone(), binary)
        .map_err(|e| format!("binary: older schema rejects it: {e}"))?;
    let got_bin = canonical_binary::encode(&read_bin);
    if got_bin != expected_bin {
        return Err(format!(
            "binary: older schema reads {} instead of {}",
            hex(&got_bin),
            hex(&expected_bin)
        ));
    }

    let expected_json = canonical_binary::encode(&project(&value, &old_desc, true));
    let read_js = read_json(old_desc, json_text)
        .map_err(|e| format!("JSON: older schema rejects it: {e}"))?;
    let got_json = canonical_binary::encode(&read_js);
    if got_json != expected_json {
        return Err(format!(
            "JSON: older schema reads {} instead of {}",
            hex(&got_json),
            hex(&expected_json)
        ));
    }
    Ok(())
}

/// Backward check of one valid case of an older version against the newest schema.
pub fn backward(
    newest: &DescriptorPool,
    message_type: &str,
    binary: &[u8],
    json_text: &str,
) -> Result<(), String> {
    let desc = newest
        .get_message_by_name(message_type)
        .ok_or_else(|| format!("{message_type} was removed from the newest schema"))?;
    let value = DynamicMessage::decode(desc.clone(), binary)
        .map_err(|e| format!("binary rejected: {e}"))?;
    if canonical_binary::encode(&value) != binary {
        return Err("binary re-encodes differently with the newest schema".into());
    }
    if canonical_json::to_canonical_json(&value)? != json_text {
        return Err("JSON written with the newest schema differs from the case's JSON".into());
    }
    let from_json = read_json(desc, json_text)?;
    if canonical_binary::encode(&from_json) != binary {
        return Err("JSON read with the newest schema encodes differently".into());
    }
    Ok(())
}
