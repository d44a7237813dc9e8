//! The wire-relevant view of a `kagzi.v1` schema, from a set of
//! `FileDescriptorProto`s (a released buf image, or what a server's
//! reflection service answered): every message with its fields, every enum
//! with its values, every service with its RPCs, by full name. Only what a
//! peer sees on the wire or in proto3 JSON is kept; names of fields are
//! kept to pair fields up and to print them.

use std::collections::BTreeMap;

use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::{DescriptorProto, EnumDescriptorProto, FileDescriptorProto, FileDescriptorSet};

/// The package the drift check compares.
pub const PACKAGE: &str = "kagzi.v1";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Schema {
    /// Full name (`kagzi.v1.WorkflowRun`, nested `kagzi.v1.A.B`) -> fields
    /// by name. Map entry messages are folded into their field's cardinality.
    pub messages: BTreeMap<String, BTreeMap<String, Field>>,
    /// Full name -> value number -> value name.
    pub enums: BTreeMap<String, BTreeMap<i32, String>>,
    /// Full name (`kagzi.v1.WorkflowService`) -> RPC name -> signature.
    pub services: BTreeMap<String, BTreeMap<String, Rpc>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub number: i32,
    /// A scalar's name (`string`, `int64`) or a full type name
    /// (`.kagzi.v1.WorkflowRun`, `.google.protobuf.Timestamp`).
    pub ty: String,
    /// `implicit`, `optional`, `repeated` or `map<K, V>`.
    pub cardinality: String,
    pub json_name: String,
    /// The real (not proto3-optional synthetic) oneof it belongs to.
    pub oneof: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rpc {
    pub request: String,
    pub response: String,
    pub client_streaming: bool,
    pub server_streaming: bool,
}

impl Rpc {
    /// `rpc (A) returns (stream B)` style, for the difference table.
    pub fn signature(&self) -> String {
        let side = |stream: bool, ty: &str| {
            let ty = ty.trim_start_matches('.');
            if stream {
                format!("stream {ty}")
            } else {
                ty.to_string()
            }
        };
        format!(
            "({}) returns ({})",
            side(self.client_streaming, &self.request),
            side(self.server_streaming, &self.response)
        )
    }
}

impl Schema {
    /// The `kagzi.v1` part of `files`; files of other packages are ignored.
    pub fn from_files<'a>(files: impl IntoIterator<Item = &'a FileDescriptorProto>) -> Schema {
        let mut schema = Schema::default();
        for file in files {
            if file.package() != PACKAGE {
                continue;
            }
            // proto2 and editions files give singular fields explicit
            // presence by default; proto3 only with `optional`.
            let explicit = file.syntax() != "proto3";
            for m in &file.message_type {
                schema.add_message(PACKAGE, m, explicit);
            }
            for e in &file.enum_type {
                schema.add_enum(PACKAGE, e);
            }
            for s in &file.service {
                let rpcs = s
                    .method
                    .iter()
                    .map(|m| {
                        let rpc = Rpc {
                            request: m.input_type().to_string(),
                            response: m.output_type().to_string(),
                            client_streaming: m.client_streaming(),
                            server_streaming: m.server_streaming(),
                        };
                        (m.name().to_string(), rpc)
                    })
                    .collect();
                schema
                    .services
                    .insert(format!("{PACKAGE}.{}", s.name()), rpcs);
            }
        }
        schema
    }

    /// Decodes a buf image or a `FileDescriptorSet` (a buf image is one on
    /// the wire, with buf's own extensions that prost skips).
    pub fn decode(bytes: &[u8]) -> Result<Schema, prost::DecodeError> {
        use prost::Message as _;
        Ok(Schema::from_files(&FileDescriptorSet::decode(bytes)?.file))
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty() && self.enums.is_empty() && self.services.is_empty()
    }

    fn add_message(&mut self, scope: &str, m: &DescriptorProto, explicit: bool) {
        let full = format!("{scope}.{}", m.name());
        for e in &m.enum_type {
            self.add_enum(&full, e);
        }
        // Map entries, by their full type name, to fold into the field.
        let entries: BTreeMap<String, &DescriptorProto> = m
            .nested_type
            .iter()
            .filter(|n| n.options.as_ref().is_some_and(|o| o.map_entry()))
            .map(|n| (format!(".{full}.{}", n.name()), n))
            .collect();
        for n in &m.nested_type {
            if !entries.contains_key(&format!(".{full}.{}", n.name())) {
                self.add_message(&full, n, explicit);
            }
        }
        let mut fields = BTreeMap::new();
        for f in &m.field {
            let mut ty = type_name(f.r#type(), f.type_name());
            let cardinality = match (f.label(), entries.get(f.type_name())) {
                (Label::Repeated, Some(entry)) => {
                    let part = |n: i32| {
                        entry
                            .field
                            .iter()
                            .find(|e| e.number() == n)
                            .map(|e| type_name(e.r#type(), e.type_name()))
                            .unwrap_or_else(|| "?".into())
                    };
                    // The entry message is not a type of its own on the wire.
                    ty = part(2);
                    format!("map<{}, {}>", part(1), part(2))
                }
                (Label::Repeated, None) => "repeated".into(),
                _ if f.proto3_optional() => "optional".into(),
                (Label::Required, _) => "required".into(),
                _ if explicit => "optional".into(),
                _ => "implicit".into(),
            };
            let oneof = f
                .oneof_index
                .filter(|_| !f.proto3_optional())
                .and_then(|i| m.oneof_decl.get(usize::try_from(i).ok()?))
                .map(|o| o.name().to_string());
            let field = Field {
                number: f.number(),
                ty,
                cardinality,
                json_name: f
                    .json_name
                    .clone()
                    .unwrap_or_else(|| default_json_name(f.name())),
                oneof,
            };
            fields.insert(f.name().to_string(), field);
        }
        self.messages.insert(full, fields);
    }

    fn add_enum(&mut self, scope: &str, e: &EnumDescriptorProto) {
        let values = e
            .value
            .iter()
            .map(|v| (v.number(), v.name().to_string()))
            .collect();
        self.enums.insert(format!("{scope}.{}", e.name()), values);
    }
}

fn type_name(ty: Type, name: &str) -> String {
    match ty {
        Type::Message | Type::Enum | Type::Group => name.to_string(),
        scalar => scalar
            .as_str_name()
            .trim_start_matches("TYPE_")
            .to_lowercase(),
    }
}

/// protoc's default JSON name (lowerCamelCase of the field name), for
/// descriptors that leave `json_name` unset.
pub fn default_json_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_names_follow_protoc() {
        assert_eq!(default_json_name("namespace_id"), "namespaceId");
        assert_eq!(default_json_name("run_id_2"), "runId2");
        assert_eq!(default_json_name("plain"), "plain");
    }
}
