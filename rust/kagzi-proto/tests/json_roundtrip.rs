//! JSON and binary round trips of EVERY kagzi.v1 message type.
//!
//! The list of types comes from FILE_DESCRIPTOR_SET, and a fixture with every
//! field set is generated from each descriptor, so a message or field added
//! to the schema is covered without editing this file.
#![cfg(feature = "serde")]

use std::collections::BTreeMap;

use kagzi_proto::{FILE_DESCRIPTOR_SET, registry};
use prost::Message as _;
use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::{DescriptorProto, FieldDescriptorProto, FileDescriptorSet};
use serde_json::{Value, json};

struct Schema {
    messages: BTreeMap<String, DescriptorProto>,
    enums: BTreeMap<String, Vec<String>>,
}

fn schema() -> Schema {
    let fds = FileDescriptorSet::decode(FILE_DESCRIPTOR_SET).expect("descriptor set decodes");
    let mut messages = BTreeMap::new();
    let mut enums = BTreeMap::new();
    for file in fds.file {
        let pkg = file.package().to_string();
        for m in file.message_type {
            for nested in &m.nested_type {
                messages.insert(
                    format!(".{pkg}.{}.{}", m.name(), nested.name()),
                    nested.clone(),
                );
            }
            messages.insert(format!(".{pkg}.{}", m.name()), m);
        }
        for e in file.enum_type {
            let names = e.value.iter().map(|v| v.name().to_string()).collect();
            enums.insert(format!(".{pkg}.{}", e.name()), names);
        }
    }
    Schema { messages, enums }
}

/// A (input, canonical output) pair for one singular value of a field.
fn value(
    schema: &Schema,
    f: &FieldDescriptorProto,
    depth: usize,
    variant: usize,
) -> (Value, Value) {
    match f.r#type() {
        // Unicode (incl. a character outside the BMP) and JSON escapes.
        Type::String => {
            let s = format!("{}-{variant} \u{fc}\u{1F600} \"q\"\n", f.name());
            (json!(s), json!(s))
        }
        // int64 beyond 2^53 both as a JSON number and a string on input.
        Type::Int64 | Type::Sint64 | Type::Sfixed64 => {
            let v: i64 = if variant == 0 {
                9_007_199_254_740_993
            } else {
                -9_223_372_036_854_775_808
            };
            let input = if variant == 0 {
                json!(v)
            } else {
                json!(v.to_string())
            };
            (input, json!(v.to_string()))
        }
        Type::Int32 | Type::Sint32 | Type::Sfixed32 => {
            let v: i32 = if variant == 0 {
                2_147_483_647
            } else {
                -2_147_483_648
            };
            (json!(v), json!(v))
        }
        Type::Double | Type::Float => (json!(1.5), json!(1.5)),
        Type::Bool => (json!(true), json!(true)),
        // URL-safe unpadded on input, standard padded on output.
        Type::Bytes => (json!("AP-_"), json!("AP+/")),
        Type::Enum => {
            let names = &schema.enums[f.type_name()];
            let name = names.last().expect("enum has values").clone();
            (json!(name), json!(name))
        }
        Type::Message => match f.type_name() {
            // Before 1970, with nanoseconds, written with an offset on input.
            ".google.protobuf.Timestamp" => (
                json!("1969-07-21T04:47:40.000000123+05:30"),
                json!("1969-07-20T23:17:40.000000123Z"),
            ),
            ".google.protobuf.Duration" => (json!("-1.5s"), json!("-1.500s")),
            name => {
                let m = &schema.messages[name];
                if depth >= 3 {
                    (json!({}), json!({}))
                } else {
                    fixture(schema, m, depth + 1)
                }
            }
        },
        other => panic!(
            "field {} has type {other:?}: extend the fixture generator",
            f.name()
        ),
    }
}

/// Every field set (repeated fields with two elements, maps with two
/// entries in reverse order, `optional` fields at their default to check
/// presence), with proto names on input and lowerCamelCase on output.
fn fixture(schema: &Schema, m: &DescriptorProto, depth: usize) -> (Value, Value) {
    let mut input = serde_json::Map::new();
    let mut output = serde_json::Map::new();
    for f in &m.field {
        let (i, o) = if f.label() == Label::Repeated {
            let entry = schema
                .messages
                .get(f.type_name())
                .filter(|e| e.options.as_ref().is_some_and(|o| o.map_entry()));
            if let Some(entry) = entry {
                let key = &entry.field[0];
                assert_eq!(
                    key.r#type(),
                    Type::String,
                    "fixture generator knows string map keys only"
                );
                let (v1, o1) = value(schema, &entry.field[1], depth, 0);
                let (v2, o2) = value(schema, &entry.field[1], depth, 1);
                (
                    json!({"zeta": v1, "alpha": v2}),
                    json!({"alpha": o2, "zeta": o1}),
                )
            } else {
                let (v1, o1) = value(schema, f, depth, 0);
                let (v2, o2) = value(schema, f, depth, 1);
                (json!([v1, v2]), json!([o1, o2]))
            }
        } else if f.proto3_optional() {
            let zero = match f.r#type() {
                Type::String => json!(""),
                Type::Bool => json!(false),
                Type::Enum => json!(schema.enums[f.type_name()][0]),
                Type::Int64 => json!("0"),
                _ => json!(0),
            };
            (zero.clone(), zero)
        } else {
            value(schema, f, depth, 0)
        };
        input.insert(f.name().to_string(), i);
        output.insert(f.json_name().to_string(), o);
    }
    (Value::Object(input), Value::Object(output))
}

#[test]
fn registry_lists_every_message_of_the_descriptor_set() {
    let schema = schema();
    let expected: Vec<String> = schema
        .messages
        .keys()
        .filter(|k| k.starts_with(".kagzi.v1.") && k.matches('.').count() == 3)
        .map(|k| k[1..].to_string())
        .collect();
    let actual: Vec<String> = registry::all()
        .iter()
        .map(|m| m.full_name().to_string())
        .collect();
    assert_eq!(actual, expected);
    assert!(actual.len() >= 50, "only {} messages", actual.len());
    assert!(registry::find("kagzi.v1.NoSuchMessage").is_none());
    assert!(registry::find(".kagzi.v1.Workflow").is_some());
}

#[test]
fn every_message_round_trips_through_json_and_binary() {
    let schema = schema();
    for ty in registry::all() {
        let m = &schema.messages[&format!(".{}", ty.full_name())];
        let (input, expected) = fixture(&schema, m, 0);
        let ctx = ty.full_name();

        // Proto names, URL-safe base64, numbers as JSON numbers on input.
        let binary = ty
            .json_to_binary(&input.to_string())
            .unwrap_or_else(|e| panic!("{ctx}: {e}"));
        let printed = ty
            .binary_to_json(&binary)
            .unwrap_or_else(|e| panic!("{ctx}: {e}"));
        let printed_value: Value = serde_json::from_str(&printed).unwrap();
        assert_eq!(printed_value, expected, "{ctx}: canonical output");

        // The canonical output parses back to the same message.
        let again = ty
            .json_to_binary(&printed)
            .unwrap_or_else(|e| panic!("{ctx}: {e}"));
        assert_eq!(again, binary, "{ctx}: JSON -> binary is stable");
        assert_eq!(
            ty.binary_to_binary(&binary).unwrap(),
            binary,
            "{ctx}: binary round trip"
        );

        // All-default message: `{}` both ways, empty binary.
        assert_eq!(ty.json_to_binary("{}").unwrap(), Vec::<u8>::new(), "{ctx}");
        assert_eq!(ty.binary_to_json(&[]).unwrap(), "{}", "{ctx}");

        // Output keys are sorted the same way every time (field order).
        assert_eq!(
            ty.binary_to_json(&binary).unwrap(),
            printed,
            "{ctx}: deterministic JSON"
        );
    }
}

#[test]
fn damaged_inputs_give_errors_never_panics() {
    let schema = schema();
    for ty in registry::all() {
        let m = &schema.messages[&format!(".{}", ty.full_name())];
        let (input, _) = fixture(&schema, m, 0);
        let json = input.to_string();
        let binary = ty.json_to_binary(&json).unwrap();
        // Every truncation of the binary form: an error or a shorter message.
        for cut in 0..binary.len() {
            let _ = ty.binary_to_json(&binary[..cut]);
        }
        // Every truncation of the JSON text, and single-byte corruptions.
        for (cut, _) in json.char_indices() {
            assert!(
                ty.json_to_binary(&json[..cut]).is_err(),
                "{}: truncated JSON accepted",
                ty.full_name()
            );
        }
        for (i, c) in json.char_indices().step_by(7) {
            for replacement in ["\"", "}", "1", "-", "null", "\u{0}"] {
                let damaged = format!("{}{replacement}{}", &json[..i], &json[i + c.len_utf8()..]);
                let _ = ty.json_to_binary(&damaged);
            }
        }
    }
}
