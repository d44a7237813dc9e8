//! Equality of protobuf values, the Required level of the suite: two outputs
//! agree when they decode, with the schema, to the same value, whatever their
//! bytes or layout (map entry order, omitted default map keys, NaN payloads).

use prost_reflect::{DeserializeOptions, DynamicMessage, MessageDescriptor, Value};

use crate::canonical_binary::{present_fields, unpack_any};

/// Decodes binary output as a value of `desc`.
pub fn from_binary(desc: &MessageDescriptor, bytes: &[u8]) -> Result<DynamicMessage, String> {
    DynamicMessage::decode(desc.clone(), bytes).map_err(|e| format!("does not decode: {e}"))
}

/// Reads JSON output as a value of `desc`. Strict, unlike the reader policy:
/// a writer has no business writing unknown field names.
pub fn from_json(desc: &MessageDescriptor, text: &str) -> Result<DynamicMessage, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let msg = DynamicMessage::deserialize(desc.clone(), &mut de)
        .map_err(|e| format!("does not read as JSON of {}: {e}", desc.full_name()))?;
    de.end()
        .map_err(|e| format!("does not read as JSON of {}: {e}", desc.full_name()))?;
    Ok(msg)
}

/// Reads JSON with the package's reader policy (unknown fields and enum names ignored).
pub fn read_json(desc: MessageDescriptor, text: &str) -> Result<DynamicMessage, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let msg = DynamicMessage::deserialize_with_options(
        desc,
        &mut de,
        &DeserializeOptions::new().deny_unknown_fields(false),
    )
    .map_err(|e| e.to_string())?;
    de.end().map_err(|e| e.to_string())?;
    Ok(msg)
}

/// Whether two messages hold the same value: the same fields set, equal
/// field by field; unknown fields do not count. Doubles and floats compare
/// bit for bit, except that every NaN equals every NaN: proto3 fixes no NaN
/// payload. Two Any of the same type compare as the messages they hold, so
/// that the packed bytes' map order does not count either.
pub fn messages_equal(a: &DynamicMessage, b: &DynamicMessage) -> bool {
    if let (Ok(Some(x)), Ok(Some(y))) = (unpack_any(a), unpack_any(b)) {
        return a.get_field_by_number(1) == b.get_field_by_number(1) && messages_equal(&x, &y);
    }
    let (fa, fb) = (present_fields(a), present_fields(b));
    fa.len() == fb.len()
        && fa
            .iter()
            .zip(&fb)
            .all(|((x, vx), (y, vy))| x.number() == y.number() && values_equal(vx, vy))
}

fn values_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::F64(x), Value::F64(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        (Value::F32(x), Value::F32(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        (Value::Message(x), Value::Message(y)) => messages_equal(x, y),
        (Value::List(x), Value::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| values_equal(p, q))
        }
        (Value::Map(x), Value::Map(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| values_equal(v, w)))
        }
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn desc(name: &str) -> MessageDescriptor {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../proto");
        crate::schemas::compile_proto_tree(&root)
            .unwrap()
            .get_message_by_name(name)
            .unwrap()
    }

    #[test]
    fn map_order_and_omitted_default_entry_fields_are_the_same_value() {
        let d = desc("kagzi.v1.Payload");
        // {"": "x", "b": ""}: sorted, both fields written ...
        let canonical = [
            0x12, 0x05, 0x0a, 0x00, 0x12, 0x01, b'x', 0x12, 0x05, 0x0a, 0x01, b'b', 0x12, 0x00,
        ];
        // ... and reversed, default key and value left out (as prost writes).
        let other = [0x12, 0x03, 0x0a, 0x01, b'b', 0x12, 0x03, 0x12, 0x01, b'x'];
        let a = from_binary(&d, &canonical).unwrap();
        let b = from_binary(&d, &other).unwrap();
        assert!(messages_equal(&a, &b));
        let c = from_binary(&d, &[0x12, 0x03, 0x0a, 0x01, b'b']).unwrap();
        assert!(!messages_equal(&a, &c), "a missing entry is another value");
    }

    #[test]
    fn every_nan_equals_every_nan_and_other_doubles_compare_exactly() {
        let d = desc("kagzi.v1.RetryPolicy");
        let field = d.get_field_by_name("backoff_coefficient").unwrap();
        let with = |v: f64| {
            let mut m = DynamicMessage::new(d.clone());
            m.set_field(&field, Value::F64(v));
            m
        };
        let go_nan = f64::from_bits(0x7ff8_0000_0000_0001);
        assert!(messages_equal(&with(f64::NAN), &with(go_nan)));
        assert!(!messages_equal(&with(1.5), &with(1.5000000000000002)));
        assert!(!messages_equal(&with(1.5), &with(2.5)));
    }

    #[test]
    fn json_is_read_strictly_and_compared_as_a_value() {
        let d = desc("kagzi.v1.PageInfo");
        let a = from_json(&d, r#"{"totalCount": "5", "hasMore": true}"#).unwrap();
        let b = from_json(&d, r#"{"hasMore":true,"totalCount":5}"#).unwrap();
        assert!(messages_equal(&a, &b));
        assert!(from_json(&d, r#"{"noSuchField": 1}"#).is_err());
        assert!(from_json(&d, r#"{"totalCount": "5"} x"#).is_err());
    }

    /// A google.rpc.Status (code 5) whose one Any packs `detail`, an
    /// ErrorDetail's bytes, under `url`.
    fn status(url: &str, detail: &[u8]) -> Vec<u8> {
        let mut any = vec![0x0a, url.len() as u8];
        any.extend_from_slice(url.as_bytes());
        any.extend_from_slice(&[0x12, detail.len() as u8]);
        any.extend_from_slice(detail);
        let mut out = vec![0x08, 0x05, 0x1a, any.len() as u8];
        out.extend_from_slice(&any);
        out
    }

    #[test]
    fn an_any_compares_as_the_message_it_packs() {
        let d = desc("google.rpc.Status");
        let url = "type.googleapis.com/kagzi.v1.ErrorDetail";
        // ErrorDetail metadata {"a": "1", "b": "2"}, in both orders.
        let sorted = [
            0x3a, 0x06, 0x0a, 0x01, b'a', 0x12, 0x01, b'1', 0x3a, 0x06, 0x0a, 0x01, b'b', 0x12,
            0x01, b'2',
        ];
        let mut reversed = sorted[8..].to_vec();
        reversed.extend_from_slice(&sorted[..8]);
        let a = from_binary(&d, &status(url, &sorted)).unwrap();
        let b = from_binary(&d, &status(url, &reversed)).unwrap();
        assert!(messages_equal(&a, &b), "packed map order must not count");
        let other = from_binary(&d, &status(url, &sorted[..8])).unwrap();
        assert!(
            !messages_equal(&a, &other),
            "a missing packed entry is another value"
        );
        let renamed = url.replace("ErrorDetail", "Payload");
        let c = from_binary(&d, &status(&renamed, &sorted)).unwrap();
        assert!(!messages_equal(&a, &c), "another type URL is another value");
    }
}
