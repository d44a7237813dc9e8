//! Text edits of the code that tonic-prost-build and pbjson-build emit.
//!
//! pbjson-build has no options for several rules of the package's JSON
//! policy, so its output is rewritten to call the helpers in the crate's
//! `json::private` module instead. Every rewrite names the exact pattern it
//! expects; when a generator upgrade (or a schema using a construct not seen
//! before) produces code these rules do not recognise, the generator fails
//! instead of silently emitting code with the old behaviour.

use heck::ToSnakeCase as _;
use prost_types::{
    DescriptorProto, FileDescriptorSet,
    field_descriptor_proto::{Label, Type},
};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A literal replacement that must happen at least once.
fn replace_all(src: &str, from: &str, to: &str, what: &str) -> Result<String> {
    if !src.contains(from) {
        return Err(format!("pbjson output changed: pattern for {what} not found: {from}").into());
    }
    Ok(src.replace(from, to))
}

/// Rewrites pbjson-build's serde code for the proto `package` to follow the
/// package's JSON policy; `helpers` is the Rust path of kagzi-proto's
/// `json::private` module as seen from the generated code.
pub fn fix_serde(
    src: &str,
    fds: &FileDescriptorSet,
    package: &str,
    helpers: &str,
) -> Result<String> {
    let p = helpers;
    let mut s = src.to_string();

    // null means the field's default for scalars, strings, bytes, repeated
    // fields and maps; pbjson rejects it. Message fields (Option<T>) and
    // `optional` fields already map null to None.
    s = replace_all(
        &s,
        "Some(map_.next_value()?);",
        &format!("Some(map_.next_value::<{p}::OrDefault<_>>()?.0);"),
        "plain fields",
    )?;
    s = replace_all(
        &s,
        "Some(\n                                map_.next_value::<std::collections::BTreeMap<_, _>>()?\n                            );",
        // UniqueMap: a key given twice is an error, like a field given twice.
        &format!("Some(map_.next_value::<{p}::OrDefault<{p}::UniqueMap<_, _>>>()?.0.0);"),
        "map fields",
    )?;
    // Numbers: strict ranges, no fractions for integers, NaN/Infinity
    // strings for floats, null as default.
    s = replace_all(
        &s,
        "::pbjson::private::NumberDeserialize<_>",
        &format!("{p}::Number<_>"),
        "numbers",
    )?;
    // Map keys and values name their number type.
    s = s.replace(
        "::pbjson::private::NumberDeserialize<",
        &format!("{p}::Number<"),
    );
    s = replace_all(
        &s,
        "::pbjson::private::BytesDeserialize<_>",
        &format!("{p}::Bytes<_>"),
        "bytes",
    )?;
    s = replace_all(
        &s,
        "pbjson::private::base64::encode(",
        &format!("{p}::base64_encode("),
        "bytes output",
    )?;

    // Enums: unknown names leave the field at its default, numbers (known
    // or not) are kept, null is the default; unknown numbers print as numbers.
    let mut enums = Vec::new();
    let mut floats = Vec::new();
    for file in fds.file.iter().filter(|f| f.package() == package) {
        for e in &file.enum_type {
            enums.push(e.name().to_string());
        }
        for m in &file.message_type {
            // proto2's `optional` scalars are `Option<T>` in prost.
            let proto2 = file.syntax.as_deref().unwrap_or("proto2") == "proto2";
            walk(m, "", proto2, &mut enums, &mut floats)?;
        }
    }
    // Floats print NaN/Infinity as strings.
    floats.sort();
    floats.dedup();
    for (field, json, shape) in &floats {
        let (from, to) = match shape {
            FloatShape::Singular => (
                format!("struct_ser.serialize_field(\"{json}\", &self.{field})?;"),
                format!(
                    "struct_ser.serialize_field(\"{json}\", &{p}::Float(self.{field} as f64))?;"
                ),
            ),
            FloatShape::Repeated => (
                format!("struct_ser.serialize_field(\"{json}\", &self.{field})?;"),
                format!(
                    "struct_ser.serialize_field(\"{json}\", &self.{field}.iter().map(|v| {p}::Float(*v as f64)).collect::<Vec<_>>())?;"
                ),
            ),
            FloatShape::MapValue => (
                format!("struct_ser.serialize_field(\"{json}\", &self.{field})?;"),
                format!(
                    "struct_ser.serialize_field(\"{json}\", &self.{field}.iter().map(|(k, v)| (k, {p}::Float(*v as f64))).collect::<std::collections::BTreeMap<_, _>>())?;"
                ),
            ),
            FloatShape::Oneof => (
                format!("struct_ser.serialize_field(\"{json}\", v)?;"),
                format!("struct_ser.serialize_field(\"{json}\", &{p}::Float(*v as f64))?;"),
            ),
        };
        s = replace_all(&s, &from, &to, "float output")?;
    }
    enums.sort();
    for e in &enums {
        let singular = format!("Some(map_.next_value::<{e}>()? as i32);");
        let optional =
            format!("map_.next_value::<::std::option::Option<{e}>>()?.map(|x| x as i32);");
        let repeated = format!(
            "Some(map_.next_value::<Vec<{e}>>()?.into_iter().map(|x| x as i32).collect());"
        );
        s = s.replace(
            ".into_iter().map(|(k,v)| (k, v as i32)).collect()",
            ".into_iter().filter_map(|(k, v)| v.0.map(|v| (k, v))).collect()",
        );
        s = s.replace(
            &singular,
            &format!("Some(map_.next_value::<{p}::EnumField<{e}>>()?.0.unwrap_or_default());"),
        );
        s = s.replace(
            &optional,
            &format!("map_.next_value::<::std::option::Option<{p}::EnumField<{e}>>>()?.and_then(|x| x.0);"),
        );
        s = s.replace(
            &repeated,
            &format!("Some(map_.next_value::<{p}::OrDefault<Vec<{p}::EnumField<{e}>>>>()?.0.into_iter().filter_map(|x| x.0).collect());"),
        );
        // Enum-valued maps: an unknown name drops the entry.
        s = s.replace(
            &format!("std::collections::BTreeMap<_, {e}>>()?"),
            &format!("std::collections::BTreeMap<_, {p}::EnumField<{e}>>>()?"),
        );
        // Enum oneof members.
        let oneof = format!("map_.next_value::<::std::option::Option<{e}>>()?.map(|x| ");
        s = s
            .lines()
            .map(|line| {
                if line.contains(&oneof) {
                    line.replace(
                        &oneof,
                        &format!("map_.next_value::<::std::option::Option<{p}::EnumField<{e}>>>()?.and_then(|x| x.0).map(|x| "),
                    )
                    .replace("(x as i32));", "(x));")
                } else {
                    line.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n";
        // Repeated enum output: unknown numbers print as numbers.
        let lines: Vec<&str> = s.lines().collect();
        let mut out = Vec::with_capacity(lines.len());
        let mut i = 0;
        while i < lines.len() {
            if i + 2 < lines.len()
                && lines[i].trim() == format!("{e}::try_from(v)")
                && lines[i + 1].trim()
                    == ".map_err(|_| serde::ser::Error::custom(format!(\"Invalid variant {}\", v)))"
                && lines[i + 2].trim() == "}).collect::<std::result::Result<Vec<_>, _>>()?;"
            {
                let indent = &lines[i][..lines[i].len() - lines[i].trim_start().len()];
                out.push(format!("{indent}{p}::EnumOut::<{e}>::new(v)"));
                out.push(format!("{indent}}}).collect::<Vec<_>>();"));
                i += 3;
            } else {
                out.push(lines[i].to_string());
                i += 1;
            }
        }
        s = out.join("\n") + "\n";
        // Output: `let v = E::try_from(x).map_err(..)?;` becomes a printer
        // that falls back to the number.
        let from = format!("let v = {e}::try_from(");
        let mut rest = s.as_str();
        let mut out = String::with_capacity(s.len());
        while let Some(i) = rest.find(&from) {
            out.push_str(&rest[..i]);
            let after = &rest[i + from.len()..];
            let close = after.find(')').ok_or("unterminated try_from")?;
            let arg = &after[..close];
            let tail = &after[close + 1..];
            let end_marker = ")))?;";
            let end = tail.find(end_marker).ok_or("unexpected enum output code")?;
            if !tail[..end].trim_start().starts_with(
                ".map_err(|_| serde::ser::Error::custom(format!(\"Invalid variant {}\"",
            ) {
                return Err(format!("unexpected enum output code for {e}").into());
            }
            out.push_str(&format!("let v = {p}::EnumOut::<{e}>::new({arg});"));
            rest = &tail[end + end_marker.len()..];
        }
        out.push_str(rest);
        s = out;
        // The ProtoEnum bridge the helpers use to look names up.
        s.push_str(&format!(
            "impl {p}::ProtoEnum for {e} {{\n    fn from_name(name: &str) -> ::std::option::Option<i32> {{\n        Self::from_str_name(name).map(|v| v as i32)\n    }}\n    fn name_of(value: i32) -> ::std::option::Option<&'static str> {{\n        Self::try_from(value).ok().map(|v| v.as_str_name())\n    }}\n}}\n"
        ));
    }

    // Repeated numbers and bytes: null is the empty list.
    for item in ["Number", "Bytes"] {
        s = s.replace(
            &format!("map_.next_value::<Vec<{p}::{item}<_>>>()?"),
            &format!("map_.next_value::<{p}::OrDefault<Vec<{p}::{item}<_>>>>()?.0"),
        );
    }
    // Maps of typed keys or values: null is the empty map, a key given
    // twice is an error (as for the untyped maps above).
    let typed_map = "map_.next_value::<std::collections::BTreeMap<";
    s = s
        .lines()
        .map(
            |line| match (line.find(typed_map), line.strip_suffix(">>()?")) {
                (Some(i), Some(head)) => format!(
                    "{}map_.next_value::<{p}::OrDefault<{p}::UniqueMap<{}>>>()?.0.0",
                    &line[..i],
                    &head[i + typed_map.len()..]
                ),
                _ => line.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    // Enum-valued map output: a sorted map (stable key order), no error path.
    s = s.replace(
        "let v: std::collections::HashMap<_, _> =",
        "let v: std::collections::BTreeMap<_, _> =",
    );
    s = s.replace(
        "Ok((k, v))\n                }).collect::<std::result::Result<_,_>>()?;",
        "(k, v)\n                }).collect();",
    );
    // A oneof member read as `Option<_>`: null leaves the oneof unset.
    // NullValue (pbjson-types' own serde) is read and printed as pbjson does.

    // Bytes in repeated fields and map values print through the same helper.
    s = s.replace(
        ".map(pbjson::private::base64::encode)",
        &format!(".map(|b| {p}::base64_encode(b))"),
    );

    let mut oneofs = Vec::new();
    for file in fds.file.iter().filter(|f| f.package() == package) {
        for m in &file.message_type {
            real_oneofs(m, &mut oneofs);
        }
    }
    s = oneof_null_is_unset(&s, &oneofs);

    // Every remaining pattern must be one the rules above know to be right;
    // all of them are named at once.
    let mut problems = Vec::new();
    let mut after_nullvalue = false;
    for (i, line) in s.lines().enumerate() {
        // pbjson-types' NullValue is a type path, not pbjson's runtime;
        // its printer's error line follows it.
        let nullvalue = line.contains("::pbjson_types::NullValue");
        let previous_nullvalue = std::mem::replace(&mut after_nullvalue, nullvalue);
        if line.contains("pbjson") && !line.contains("::pbjson_types::") {
            problems.push(format!(
                "line {}: pbjson runtime reference left: {line}",
                i + 1
            ));
            continue;
        }
        if let Some(pos) = line.find("map_.next_value") {
            let call = &line[pos..];
            let known = call.starts_with(&format!("map_.next_value::<{p}::"))
                || call.starts_with(&format!("map_.next_value::<::std::option::Option<{p}::"))
                || call.starts_with("map_.next_value::<::std::option::Option<_>>()?.map(")
                || nullvalue
                || call == "map_.next_value()?;"
                || call == "map_.next_value::<serde::de::IgnoredAny>()?;";
            if !known {
                problems.push(format!(
                    "line {}: unreviewed JSON reader pattern: {line}",
                    i + 1
                ));
            }
        }
        if line.contains("Invalid variant") && !previous_nullvalue {
            problems.push(format!("line {}: enum output not rewritten: {line}", i + 1));
        }
    }
    if !problems.is_empty() {
        return Err(problems.join("\n").into());
    }
    Ok(s)
}

/// Collects, for message `m` and its nested messages, the Rust paths of
/// enums (relative to the package module, as pbjson writes them) and the
/// (Rust field, JSON name, shape) of float fields and float-valued maps.
fn walk(
    m: &DescriptorProto,
    module: &str,
    proto2: bool,
    enums: &mut Vec<String>,
    floats: &mut Vec<(String, String, FloatShape)>,
) -> Result<()> {
    let inner = format!("{module}{}::", m.name().to_snake_case());
    for e in &m.enum_type {
        enums.push(format!("{inner}{}", e.name()));
    }
    // Map entry types whose value is a float, by their proto type name.
    let mut float_maps = Vec::new();
    for n in &m.nested_type {
        if !n.options.as_ref().is_some_and(|o| o.map_entry()) {
            walk(n, &inner, proto2, enums, floats)?;
        } else if n
            .field
            .iter()
            .any(|v| v.number() == 2 && matches!(v.r#type(), Type::Double | Type::Float))
        {
            float_maps.push(format!(".{}", n.name()));
        }
    }
    for f in &m.field {
        let is_float = matches!(f.r#type(), Type::Double | Type::Float);
        let shape = if f.r#type() == Type::Message
            && float_maps
                .iter()
                .any(|suffix| f.type_name().ends_with(suffix.as_str()))
        {
            FloatShape::MapValue
        } else if !is_float {
            continue;
        } else if f.label() == Label::Repeated {
            FloatShape::Repeated
        } else if f.oneof_index.is_some() || (proto2 && f.label() == Label::Optional) {
            // A oneof member, a proto3 `optional` or a proto2 optional
            // scalar: printed from `v`.
            FloatShape::Oneof
        } else {
            FloatShape::Singular
        };
        floats.push((rust_field_name(f.name()), f.json_name().to_string(), shape));
    }
    Ok(())
}

/// Where a float sits in a message: each shape has its own output code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum FloatShape {
    Singular,
    Repeated,
    MapValue,
    Oneof,
}

/// prost's field name for a proto field (snake_case, raw identifiers for keywords).
pub fn rust_field_name(name: &str) -> String {
    let name = name.to_snake_case();
    match name.as_str() {
        "type" | "match" | "fn" | "impl" | "mod" | "struct" | "enum" | "use" | "ref" | "self"
        | "loop" | "move" | "where" | "async" | "await" => format!("r#{name}"),
        _ => name,
    }
}

/// A oneof member given as null leaves the oneof as it is, also after
/// another member: pbjson checks for a duplicate before it reads the value.
/// Rewrites `if V.is_some() { duplicate } V = READ;` into
/// `let read__ = READ; if read__.is_some() { if V.is_some() { duplicate } V = read__; }`.
/// Only real oneofs: a proto3 `optional` (a synthetic oneof) keeps
/// pbjson's reading, where a field given twice is an error even as null.
fn oneof_null_is_unset(src: &str, oneofs: &[String]) -> String {
    let lines: Vec<&str> = src.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let check = lines[i].trim();
        let var = check
            .strip_prefix("if ")
            .and_then(|c| c.strip_suffix(".is_some() {"))
            .filter(|v| oneofs.iter().any(|o| o == v));
        let assign = var.map(|v| format!("{v} = map_.next_value::<::std::option::Option<"));
        let matched = match (var, &assign) {
            (Some(_), Some(assign)) => {
                i + 3 < lines.len()
                    && lines[i + 1]
                        .trim()
                        .starts_with("return Err(serde::de::Error::duplicate_field(")
                    && lines[i + 2].trim() == "}"
                    && lines[i + 3].trim().starts_with(assign.as_str())
            }
            _ => false,
        };
        if !matched {
            out.push(lines[i].to_string());
            i += 1;
            continue;
        }
        let var = var.unwrap_or_default();
        let duplicate = lines[i + 1].trim();
        let indent = &lines[i][..lines[i].len() - lines[i].trim_start().len()];
        let mut j = i + 3;
        out.push(lines[j].replacen(&format!("{var} = "), "let read__ = ", 1));
        while !lines[j].trim_end().ends_with(';') && j + 1 < lines.len() {
            j += 1;
            out.push(lines[j].to_string());
        }
        out.push(format!(
            "{indent}if read__.is_some() {{ if {var}.is_some() {{ {duplicate} }} {var} = read__; }}"
        ));
        i = j + 1;
    }
    out.join("\n") + "\n"
}

/// The variables pbjson reads real (not synthetic) oneofs into, `<name>__`.
fn real_oneofs(m: &DescriptorProto, out: &mut Vec<String>) {
    for (i, o) in m.oneof_decl.iter().enumerate() {
        let real = m
            .field
            .iter()
            .any(|f| f.oneof_index == Some(i as i32) && !f.proto3_optional());
        if real {
            out.push(format!("{}__", o.name().to_snake_case()));
        }
    }
    for n in &m.nested_type {
        real_oneofs(n, out);
    }
}
