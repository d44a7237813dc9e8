//! Hand-rolled `prost::Message` impls for the messages that have map fields.
//!
//! prost's derive leaves the key or the value out of a map entry when it is
//! empty or zero. That is valid protobuf, but not the canonical encoding the
//! other kagzi.v1 SDKs (Go, Python, TypeScript, C++, Java) write, which always
//! carries both; byte-for-byte comparisons across languages then fail. For
//! each message with a map field the derive is replaced by a generated impl
//! that writes both fields of every entry and otherwise does exactly what the
//! derive does (same field order, same default skipping, same accessors).

use std::fmt::Write as _;

use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::{DescriptorProto, FieldDescriptorProto, FileDescriptorSet};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const ENC: &str = "::prost::encoding";

/// The prost encoding module of a scalar type.
fn module(t: Type) -> Result<&'static str> {
    Ok(match t {
        Type::String => "string",
        Type::Bytes => "bytes",
        Type::Bool => "bool",
        Type::Int32 | Type::Enum => "int32",
        Type::Int64 => "int64",
        Type::Uint32 => "uint32",
        Type::Uint64 => "uint64",
        Type::Sint32 => "sint32",
        Type::Sint64 => "sint64",
        Type::Fixed32 => "fixed32",
        Type::Fixed64 => "fixed64",
        Type::Sfixed32 => "sfixed32",
        Type::Sfixed64 => "sfixed64",
        Type::Double => "double",
        Type::Float => "float",
        Type::Message => "message",
        Type::Group => return Err("groups are not supported".into()),
    })
}

fn is_default(t: Type, access: &str) -> String {
    match t {
        Type::String | Type::Bytes => format!("{access}.is_empty()"),
        Type::Bool => format!("!{access}"),
        Type::Double | Type::Float => format!("{access} == 0.0"),
        _ => format!("{access} == 0"),
    }
}

fn short_name(type_name: &str) -> &str {
    type_name.rsplit('.').next().unwrap_or(type_name)
}

enum Kind<'a> {
    Map {
        key: &'a FieldDescriptorProto,
        value: &'a FieldDescriptorProto,
    },
    Repeated,
    Optional,
    Message,
    Scalar,
}

fn kind<'a>(m: &'a DescriptorProto, f: &FieldDescriptorProto) -> Kind<'a> {
    if f.label() == Label::Repeated {
        let entry = m.nested_type.iter().find(|n| {
            n.options.as_ref().is_some_and(|o| o.map_entry())
                && f.type_name().ends_with(&format!(".{}", n.name()))
        });
        if let Some(e) = entry {
            return Kind::Map {
                key: &e.field[0],
                value: &e.field[1],
            };
        }
        return Kind::Repeated;
    }
    if f.proto3_optional() {
        Kind::Optional
    } else if f.r#type() == Type::Message {
        Kind::Message
    } else {
        Kind::Scalar
    }
}

/// The names of kagzi.v1 messages that need the hand-rolled impl.
pub fn messages_with_maps(fds: &FileDescriptorSet) -> Vec<&DescriptorProto> {
    let mut out: Vec<&DescriptorProto> = fds
        .file
        .iter()
        .filter(|f| f.package() == "kagzi.v1")
        .flat_map(|f| f.message_type.iter())
        .filter(|m| {
            m.field
                .iter()
                .any(|f| matches!(kind(m, f), Kind::Map { .. }))
        })
        .collect();
    out.sort_by(|a, b| a.name().cmp(b.name()));
    out
}

/// Rewrites the derive of each message with maps and appends its impls.
pub fn rewrite(
    src: &str,
    fds: &FileDescriptorSet,
    field_name: fn(&str) -> String,
) -> Result<String> {
    let mut s = src.to_string();
    let mut extra = String::new();
    for m in messages_with_maps(fds) {
        let name = m.name();
        let header =
            format!("#[derive(Clone, PartialEq, ::prost::Message)]\npub struct {name} {{\n");
        let start = s
            .find(&header)
            .ok_or_else(|| format!("derive of {name} not found in prost output"))?;
        let body_start = start + header.len();
        let body_len = s[body_start..]
            .find("\n}\n")
            .ok_or_else(|| format!("end of struct {name} not found"))?;
        let body: String = s[body_start..body_start + body_len]
            .lines()
            .filter(|l| !l.trim_start().starts_with("#[prost("))
            .map(|l| format!("{l}\n"))
            .collect();
        let new_header = format!(
            "// Message is implemented below (kagzi-proto-codegen): map entries carry both key and value.\n#[derive(Clone, PartialEq, Default, Debug)]\npub struct {name} {{\n"
        );
        s = format!(
            "{}{new_header}{}{}",
            &s[..start],
            body.trim_end_matches('\n'),
            &s[body_start + body_len..]
        );
        extra.push_str(&message_impl(m, field_name)?);
    }
    s.push_str(&extra);
    Ok(s)
}

fn message_impl(m: &DescriptorProto, field_name: fn(&str) -> String) -> Result<String> {
    let name = m.name();
    let mut fields: Vec<&FieldDescriptorProto> = m.field.iter().collect();
    fields.sort_by_key(|f| f.number());
    let (mut enc, mut merge, mut len, mut accessors) =
        (String::new(), String::new(), String::new(), String::new());
    for f in fields {
        let id = field_name(f.name());
        let tag = f.number();
        let t = f.r#type();
        let md = module(t)?;
        match kind(m, f) {
            Kind::Map { key, value } => {
                let (km, vm) = (module(key.r#type())?, module(value.r#type())?);
                if key.r#type() == Type::Message {
                    return Err(format!("{name}.{}: unsupported map type", f.name()).into());
                }
                let entry_len =
                    format!("{ENC}::{km}::encoded_len(1, k) + {ENC}::{vm}::encoded_len(2, v)");
                writeln!(
                    enc,
                    "        for (k, v) in &self.{id} {{\n            let len = {entry_len};\n            {ENC}::encode_key({tag}, {ENC}::WireType::LengthDelimited, buf);\n            {ENC}::encode_varint(len as u64, buf);\n            {ENC}::{km}::encode(1, k, buf);\n            {ENC}::{vm}::encode(2, v, buf);\n        }}"
                )?;
                writeln!(
                    merge,
                    "            {tag} => {ENC}::check_wire_type({ENC}::WireType::LengthDelimited, wire_type)\n                .and_then(|()| {ENC}::btree_map::merge({ENC}::{km}::merge, {ENC}::{vm}::merge, &mut self.{id}, buf, ctx))\n                .map_err(|mut e| {{ e.push(\"{name}\", \"{id}\"); e }}),"
                )?;
                writeln!(
                    len,
                    "            + self.{id}.iter().map(|(k, v)| {{ let len = {entry_len}; {ENC}::key_len({tag}) + {ENC}::encoded_len_varint(len as u64) + len }}).sum::<usize>()"
                )?;
            }
            Kind::Repeated => {
                // Packed encoding for repeated scalars is not needed by the schema yet.
                if !matches!(t, Type::String | Type::Bytes | Type::Message) {
                    return Err(format!(
                        "{name}.{}: repeated numeric fields need packed encoding here",
                        f.name()
                    )
                    .into());
                }
                writeln!(
                    enc,
                    "        {ENC}::{md}::encode_repeated({tag}, &self.{id}, buf);"
                )?;
                writeln!(
                    merge,
                    "            {tag} => {ENC}::{md}::merge_repeated(wire_type, &mut self.{id}, buf, ctx)\n                .map_err(|mut e| {{ e.push(\"{name}\", \"{id}\"); e }}),"
                )?;
                writeln!(
                    len,
                    "            + {ENC}::{md}::encoded_len_repeated({tag}, &self.{id})"
                )?;
            }
            Kind::Optional => {
                writeln!(
                    enc,
                    "        if let Some(v) = &self.{id} {{\n            {ENC}::{md}::encode({tag}, v, buf);\n        }}"
                )?;
                writeln!(
                    merge,
                    "            {tag} => {ENC}::{md}::merge(wire_type, self.{id}.get_or_insert_with(Default::default), buf, ctx)\n                .map_err(|mut e| {{ e.push(\"{name}\", \"{id}\"); e }}),"
                )?;
                writeln!(
                    len,
                    "            + self.{id}.as_ref().map_or(0, |v| {ENC}::{md}::encoded_len({tag}, v))"
                )?;
                match t {
                    Type::Enum => {
                        let e = short_name(f.type_name());
                        writeln!(
                            accessors,
                            "    /// Returns the enum value of `{id}`, or the default if the field is unset or set to an invalid enum value.\n    pub fn {id}(&self) -> {e} {{\n        self.{id}.and_then(|x| {e}::try_from(x).ok()).unwrap_or_default()\n    }}\n    /// Sets `{id}` to the provided enum value.\n    pub fn set_{id}(&mut self, value: {e}) {{\n        self.{id} = ::core::option::Option::Some(value as i32);\n    }}"
                        )?;
                    }
                    Type::String => writeln!(
                        accessors,
                        "    /// Returns the value of `{id}`, or the default value if `{id}` is unset.\n    pub fn {id}(&self) -> &str {{\n        self.{id}.as_deref().unwrap_or_default()\n    }}"
                    )?,
                    Type::Bytes => writeln!(
                        accessors,
                        "    /// Returns the value of `{id}`, or the default value if `{id}` is unset.\n    pub fn {id}(&self) -> &[u8] {{\n        self.{id}.as_deref().unwrap_or_default()\n    }}"
                    )?,
                    Type::Message => {
                        return Err(format!("{name}.{}: optional message", f.name()).into());
                    }
                    _ => {
                        let rt = match t {
                            Type::Bool => "bool",
                            Type::Double => "f64",
                            Type::Float => "f32",
                            Type::Int64 | Type::Sint64 | Type::Sfixed64 => "i64",
                            Type::Uint64 | Type::Fixed64 => "u64",
                            Type::Uint32 | Type::Fixed32 => "u32",
                            _ => "i32",
                        };
                        writeln!(
                            accessors,
                            "    /// Returns the value of `{id}`, or the default value if `{id}` is unset.\n    pub fn {id}(&self) -> {rt} {{\n        self.{id}.unwrap_or_default()\n    }}"
                        )?;
                    }
                }
            }
            Kind::Message => {
                writeln!(
                    enc,
                    "        if let Some(v) = &self.{id} {{\n            {ENC}::message::encode({tag}, v, buf);\n        }}"
                )?;
                writeln!(
                    merge,
                    "            {tag} => {ENC}::message::merge(wire_type, self.{id}.get_or_insert_with(Default::default), buf, ctx)\n                .map_err(|mut e| {{ e.push(\"{name}\", \"{id}\"); e }}),"
                )?;
                writeln!(
                    len,
                    "            + self.{id}.as_ref().map_or(0, |v| {ENC}::message::encoded_len({tag}, v))"
                )?;
            }
            Kind::Scalar => {
                let skip = is_default(t, &format!("self.{id}"));
                writeln!(
                    enc,
                    "        if !({skip}) {{\n            {ENC}::{md}::encode({tag}, &self.{id}, buf);\n        }}"
                )?;
                writeln!(
                    merge,
                    "            {tag} => {ENC}::{md}::merge(wire_type, &mut self.{id}, buf, ctx)\n                .map_err(|mut e| {{ e.push(\"{name}\", \"{id}\"); e }}),"
                )?;
                writeln!(
                    len,
                    "            + if {skip} {{ 0 }} else {{ {ENC}::{md}::encoded_len({tag}, &self.{id}) }}"
                )?;
                if t == Type::Enum {
                    let e = short_name(f.type_name());
                    writeln!(
                        accessors,
                        "    /// Returns the enum value of `{id}`, or the default if the field is set to an invalid enum value.\n    pub fn {id}(&self) -> {e} {{\n        {e}::try_from(self.{id}).unwrap_or_default()\n    }}\n    /// Sets `{id}` to the provided enum value.\n    pub fn set_{id}(&mut self, value: {e}) {{\n        self.{id} = value as i32;\n    }}"
                    )?;
                }
            }
        }
    }
    let mut out = String::new();
    writeln!(out, "impl ::prost::Message for {name} {{")?;
    writeln!(
        out,
        "    fn encode_raw(&self, buf: &mut impl ::prost::bytes::BufMut) {{\n{enc}    }}"
    )?;
    writeln!(
        out,
        "    fn merge_field(\n        &mut self,\n        tag: u32,\n        wire_type: {ENC}::WireType,\n        buf: &mut impl ::prost::bytes::Buf,\n        ctx: {ENC}::DecodeContext,\n    ) -> ::core::result::Result<(), ::prost::DecodeError> {{\n        match tag {{\n{merge}            _ => {ENC}::skip_field(wire_type, tag, buf, ctx),\n        }}\n    }}"
    )?;
    writeln!(
        out,
        "    fn encoded_len(&self) -> usize {{\n        0\n{len}    }}"
    )?;
    writeln!(
        out,
        "    fn clear(&mut self) {{\n        *self = Self::default();\n    }}\n}}"
    )?;
    if !accessors.is_empty() {
        writeln!(out, "impl {name} {{\n{accessors}}}")?;
    }
    Ok(out)
}
