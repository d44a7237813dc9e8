//! The post-processor edits syntax, not text: pbjson's output reformatted
//! gives the same result, and every rule stops the generator with its name
//! when the code it rewrites is not there.

use kagzi_proto_codegen::postprocess::{Error, fix_serde};
use kagzi_proto_codegen::{Options, compile, generate_raw};
use prost_types::FileDescriptorSet;

/// One field of every shape a rule handles.
const SCHEMA: &str = r#"
syntax = "proto3";
package shapes.v1;
enum Color { COLOR_UNSPECIFIED = 0; COLOR_RED = 1; }
message All {
  enum Kind { KIND_UNSPECIFIED = 0; KIND_A = 1; }
  message Inner { double ratio = 1; Kind kind = 2; }
  string name = 1;
  bool flag = 2;
  int32 small = 3;
  int64 big = 4;
  double ratio = 5;
  float scale = 6;
  bytes data = 7;
  Color color = 8;
  optional Color maybe_color = 9;
  optional double maybe_ratio = 10;
  repeated string names = 11;
  repeated int64 bigs = 12;
  repeated double ratios = 13;
  repeated bytes blobs = 14;
  repeated Color colors = 15;
  repeated Inner inners = 16;
  map<string, string> labels = 17;
  map<int64, int32> counts = 18;
  map<string, double> weights = 19;
  map<string, Color> palette = 20;
  map<string, bytes> files = 21;
  Inner inner = 22;
  oneof choice {
    string text = 23;
    Kind kind = 24;
    double amount = 25;
    bytes raw = 26;
    Inner nested = 27;
  }
  map<string, Inner> inners_by_name = 28;
}
"#;

const HELPERS: &str = "kagzi_proto::json::private";

fn schema() -> FileDescriptorSet {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static RUN: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "codegen-postprocess-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("shapes.proto"), SCHEMA).unwrap();
    let fds = compile(&dir, &["shapes.proto".to_string()]).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    fds
}

fn options(package: &str) -> Options {
    Options {
        packages: vec![package.to_string()],
        extern_paths: Vec::new(),
        json_helpers: HELPERS.to_string(),
        grpc: false,
        origin: "kagzi-proto-codegen tests".to_string(),
    }
}

/// pbjson-build's raw serde code for the test schema.
fn raw() -> (FileDescriptorSet, String) {
    let fds = schema();
    let raw = generate_raw(&fds, &options("shapes.v1")).unwrap();
    (fds, raw[0].serde.clone())
}

/// The same code in another layout: every token on one line, separated by
/// single spaces (what a generator printing from tokens would write).
fn one_line(src: &str) -> String {
    let tokens: proc_macro2::TokenStream = src.parse().unwrap();
    tokens.to_string()
}

/// The same code with a line break and indentation after every `,` `;`
/// `{` and `.` outside string literals, and before every `?`.
fn stretched(src: &str) -> String {
    let mut out = String::new();
    let mut in_str = false;
    let mut escaped = false;
    for c in src.chars() {
        if in_str {
            out.push(c);
            in_str = c != '"' || escaped;
            escaped = c == '\\' && !escaped;
            continue;
        }
        match c {
            '"' => {
                in_str = true;
                out.push(c);
            }
            ',' | ';' | '{' | '.' => {
                out.push(c);
                out.push_str("\n      ");
            }
            '?' => out.push_str("\n\t?"),
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn reformatted_pbjson_output_gives_the_same_code() {
    let (fds, raw) = raw();
    let expected = fix_serde(&raw, &fds, "shapes.v1", HELPERS).unwrap();
    for (how, input) in [("one line", one_line(&raw)), ("stretched", stretched(&raw))] {
        assert_ne!(input, raw, "{how}: the layout must differ");
        let got =
            fix_serde(&input, &fds, "shapes.v1", HELPERS).unwrap_or_else(|e| panic!("{how}: {e}"));
        assert!(
            got == expected,
            "{how}: different code from the same tokens"
        );
    }
}

#[test]
fn reformatted_kagzi_output_gives_the_same_code() {
    let proto = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../proto");
    let mut files: Vec<String> = std::fs::read_dir(proto.join("kagzi/v1"))
        .unwrap()
        .map(|e| format!("kagzi/v1/{}", e.unwrap().file_name().to_string_lossy()))
        .collect();
    files.sort();
    let fds = compile(&proto, &files).unwrap();
    let options = Options::kagzi();
    let raw = generate_raw(&fds, &options).unwrap().remove(0).serde;
    let fix = |src: &str| fix_serde(src, &fds, "kagzi.v1", &options.json_helpers).unwrap();
    let expected = fix(&raw);
    assert!(fix(&one_line(&raw)) == expected);
    assert!(fix(&stretched(&raw)) == expected);
}

#[test]
fn every_rule_rewrites_its_shape() {
    let (fds, raw) = raw();
    let out = fix_serde(&raw, &fds, "shapes.v1", HELPERS).unwrap();
    // Without layout: no whitespace, no trailing commas prettyplease adds.
    let flat: String = out
        .split_whitespace()
        .collect::<String>()
        .replace(",)", ")")
        .replace(",>", ">");
    let p = HELPERS;
    for expected in [
        // paths
        format!("{p}::Number<_>"),
        format!("serialize_field(\"data\",&{p}::base64_encode(&self.data))"),
        format!("serialize_field(\"big\",&{p}::Decimal(&self.big))"),
        format!(".map(|b|{p}::base64_encode(b))"),
        // reads
        format!("Some(map_.next_value::<{p}::OrDefault<_>>()?.0)"),
        format!("map_.next_value::<{p}::OrDefault<Vec<{p}::Number<_>>>>()?.0"),
        format!("map_.next_value::<{p}::OrDefault<Vec<{p}::Bytes<_>>>>()?.0"),
        format!("map_.next_value::<{p}::OrDefault<{p}::UniqueMap<_,_>>>()?.0.0"),
        format!("{p}::UniqueMap<{p}::Number<i64>,{p}::Number<i32>>"),
        format!(
            "map_.next_value::<{p}::OrDefault<{p}::EnumField<Color,M>>>()?.0.0.unwrap_or_default()"
        ),
        format!("Some(map_.next_value::<{p}::OrDefault<{p}::Number<_>>>()?.0.0)"),
        format!("Some(map_.next_value::<{p}::OrDefault<{p}::Bytes<_>>>()?.0.0)"),
        format!(
            "map_.next_value::<::std::option::Option<{p}::EnumField<Color,M>>>()?.and_then(|x|x.0);"
        ),
        ".and_then(|x|x.0).map(|x|all::Choice::Kind(x))".to_string(),
        format!(
            "{p}::OrDefault<Vec<{p}::EnumField<Color,M>>>>()?.0.into_iter().filter_map(|x|x.0).collect()"
        ),
        format!(
            "{p}::UniqueMap<_,{p}::EnumField<Color,M>>>>()?.0.0.into_iter().filter_map(|(k,v)|v.0.map(|v|(k,v))).collect()"
        ),
        // enums
        format!("letv={p}::EnumOut::<Color>::new(self.color);"),
        format!(".map(|v|{{{p}::EnumOut::<Color>::new(v)}}).collect::<Vec<_>>()"),
        "(k,v)}).collect();".to_string(),
        format!("impl{p}::ProtoEnumforall::Kind"),
        format!("impl{p}::ProtoEnumforColor"),
        // floats
        format!("serialize_field(\"ratio\",&{p}::Float(self.ratioasf64))"),
        format!("serialize_field(\"scale\",&{p}::Float(self.scaleasf64))"),
        format!("serialize_field(\"maybeRatio\",&{p}::Float(*vasf64))"),
        format!("serialize_field(\"amount\",&{p}::Float(*vasf64))"),
        format!("&self.ratios.iter().map(|v|{p}::Float(*vasf64)).collect::<Vec<_>>()"),
        format!("(k,{p}::Float(*vasf64))).collect::<std::collections::BTreeMap<_,_>>()"),
        // field_names
        "fnfrom_name(value:&str)->::std::option::Option<GeneratedField>{matchvalue{".to_string(),
        "\"maybeRatio\"|\"maybe_ratio\"=>Some(GeneratedField::MaybeRatio)".to_string(),
        "_=>None".to_string(),
        format!(
            "map_.next_key_seed({p}::FieldName::<_,M>::new(GeneratedField::from_name,GeneratedField::__SkipField__,FIELDS))?"
        ),
        // oneofs
        "letread__=map_.next_value::<::std::option::Option<_>>()?".to_string(),
        "ifread__.is_some(){ifchoice__.is_some(){".to_string(),
        // floats: only +0.0 is the default
        "ifself.ratio.to_bits()!=0{".to_string(),
        // duplicates
        "letmutseen__=[false;28];".to_string(),
        "if::std::mem::replace(&mutseen__[0],true){returnErr(serde::de::Error::duplicate_field(\"name\"));}".to_string(),
        // modes
        format!("impl{p}::ReadInforAll{{"),
        format!("fnread_in<'de,M:{p}::Mode,D>(deserializer:D)"),
        format!("<Selfas{p}::ReadIn>::read_in::<{p}::Lenient,D>(deserializer)"),
        "structGeneratedVisitor<M>(::std::marker::PhantomData<M>);".to_string(),
        format!("impl<'de,M:{p}::Mode>serde::de::Visitor<'de>forGeneratedVisitor<M>"),
        "deserialize_struct(\"shapes.v1.All\",FIELDS,GeneratedVisitor::<M>(::std::marker::PhantomData))".to_string(),
        format!("map_.next_value::<::std::option::Option<{p}::In<_,M>>>()?.map(|m|m.0)"),
        format!("map_.next_value::<{p}::OrDefault<Vec<{p}::In<_,M>>>>()?.0.into_iter().map(|m|m.0).collect()"),
        format!("{p}::UniqueMap<_,{p}::In<_,M>>>>()?.0.0.into_iter().map(|(k,v)|(k,v.0)).collect::<std::collections::BTreeMap<_,_>>()"),
        ".map(|m|all::Choice::Nested(m.0))".to_string(),
    ] {
        assert!(flat.contains(&expected), "missing {expected}");
    }
    assert!(!flat.contains("HashMap"));
    // No message keeps a field-name visitor of its own.
    assert!(!flat.contains("implserde::Deserialize<'de>forGeneratedField"));
    assert!(!flat.contains("map_.next_key()"));
}

/// Runs the post-processor on the test schema's raw output after `edit`,
/// which simulates a pbjson-build that writes the code differently; the
/// edited pattern must be in the raw output.
fn fails_after(from: &str, to: &str) -> Error {
    let (fds, raw) = raw();
    assert!(
        raw.contains(from),
        "the test's pattern {from:?} is not in pbjson's output"
    );
    let edited = raw.replace(from, to);
    match fix_serde(&edited, &fds, "shapes.v1", HELPERS) {
        Ok(_) => panic!("{from:?} changed to {to:?} must be an error"),
        Err(e) => e,
    }
}

fn assert_shape_not_found(err: Error, rule: &str, mentions: &str) {
    assert_eq!(err.rule(), rule, "{err}");
    assert!(matches!(err, Error::ShapeNotFound { .. }), "{err}");
    let text = err.to_string();
    assert!(text.contains(mentions), "{text}");
    assert!(text.contains(&format!("rule `{rule}`")), "{text}");
}

#[test]
fn paths_rule_names_a_missing_number_reader() {
    let err = fails_after(
        "::pbjson::private::NumberDeserialize",
        "::pbjson::private::NumberDe",
    );
    assert_shape_not_found(err, "paths", "NumberDeserialize");
}

#[test]
fn paths_rule_names_a_missing_bytes_printer() {
    let err = fails_after(
        "pbjson::private::base64::encode",
        "pbjson::private::base64::encode_std",
    );
    assert_shape_not_found(err, "paths", "base64::encode");
}

#[test]
fn floats_rule_names_the_field_it_did_not_find() {
    let err = fails_after(
        "struct_ser.serialize_field(\"ratio\", &self.ratio)",
        "struct_ser.serialize_field(\"ratio\", &(self.ratio))",
    );
    assert_shape_not_found(err, "floats", "float field `ratio`");
}

#[test]
fn enums_rule_names_a_missing_enum_printer() {
    let err = fails_after("Color::try_from(", "Color::from_i32(");
    assert_shape_not_found(err, "enums", "try_from");
}

#[test]
fn reads_rule_names_a_missing_enum_reader() {
    let err = fails_after(">()? as i32", ">()?.into()");
    assert_shape_not_found(err, "reads", "as i32");
}

#[test]
fn reads_rule_names_a_missing_plain_reader() {
    let err = fails_after("Some(map_.next_value()?)", "Some(map_.next_value::<_>()?)");
    assert_shape_not_found(err, "reads", "Some(map_.next_value()?)");
}

#[test]
fn reads_rule_names_a_missing_map_reader() {
    let err = fails_after("std::collections::BTreeMap<", "std::collections::HashMap<");
    assert_shape_not_found(err, "reads", "BTreeMap");
}

#[test]
fn oneofs_rule_names_the_oneof() {
    let err = fails_after("if choice__.is_some() {", "if choice__.is_some() && true {");
    assert_shape_not_found(err, "oneofs", "oneof `choice`");
}

#[test]
fn field_names_rule_names_an_arm_of_another_shape() {
    let err = fails_after(
        "_ => Ok(GeneratedField::__SkipField__)",
        "_ => Err(serde::de::Error::custom(value))",
    );
    assert_shape_not_found(
        err,
        "field_names",
        "a field-name arm `Ok(GeneratedField::..)`",
    );
}

#[test]
fn field_names_rule_counts_every_key_read() {
    let err = fails_after("map_.next_key()?", "map_.next_key::<_>()?");
    assert_shape_not_found(
        err,
        "field_names",
        "`map_.next_key()?` in the visitor of a message",
    );
}

#[test]
fn leftovers_rule_names_a_temporary_string() {
    let err = fails_after(
        "ToString::to_string(&self.big).as_str()",
        "(ToString::to_string)(&self.big).as_str()",
    );
    assert_eq!(err.rule(), "leftovers", "{err}");
    assert!(err.to_string().contains("temporary String left"), "{err}");
}

#[test]
fn leftovers_rule_names_unreviewed_code() {
    let (fds, raw) = raw();
    let edited = format!("{raw}\nfn extra() {{ let _ = ::pbjson::private::Something::new(); }}\n");
    let err = fix_serde(&edited, &fds, "shapes.v1", HELPERS).unwrap_err();
    assert_eq!(err.rule(), "leftovers", "{err}");
    assert!(
        err.to_string()
            .contains("::pbjson::private::Something::new"),
        "{err}"
    );
}

#[test]
fn leftovers_rule_names_an_unknown_reader() {
    let err = fails_after(
        "map_.next_value::<serde::de::IgnoredAny>()?",
        "map_.next_value::<serde::de::Ignored>()?",
    );
    assert_eq!(err.rule(), "leftovers", "{err}");
    assert!(err.to_string().contains("unreviewed JSON reader"), "{err}");
}

#[test]
fn output_that_is_not_rust_is_a_parse_error() {
    let fds = schema();
    let err = fix_serde("impl {", &fds, "shapes.v1", HELPERS).unwrap_err();
    assert_eq!(err.rule(), "parse", "{err}");
}

#[test]
fn duplicates_rule_names_a_reader_without_its_duplicate_check() {
    let err = fails_after(
        "serde::de::Error::duplicate_field(\"name\")",
        "serde::de::Error::custom(\"name\")",
    );
    assert_shape_not_found(err, "duplicates", "`duplicate_field(\"..\")` in the reader");
}

#[test]
fn modes_rule_names_a_missing_visitor() {
    let err = fails_after("struct GeneratedVisitor;", "struct GeneratedVisitor {}");
    assert_shape_not_found(err, "modes", "struct GeneratedVisitor;");
}

#[test]
fn modes_rule_names_the_nested_message_it_did_not_find() {
    let err = fails_after(
        "inner__ = map_.next_value()?;",
        "inner__ = map_.next_value::<::std::option::Option<_>>()?;",
    );
    assert_shape_not_found(err, "modes", "message field `inner`");
}
