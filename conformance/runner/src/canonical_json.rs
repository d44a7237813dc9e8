//! Canonical proto3 JSON of dynamic messages, as the checked-in `<case>.json`
//! files hold it: lowerCamelCase names, default values omitted, keys in
//! field-number order (map keys sorted), 64-bit integers as strings, enums by
//! name (numbers the schema does not know as numbers), bytes in standard
//! base64 with padding, Timestamp in RFC 3339 UTC with 0, 3, 6 or 9 fractional
//! digits, Duration as seconds with the same digits and an `s`, doubles in
//! their shortest round-trip form (laid out as JavaScript prints numbers), NaN
//! and infinities as strings; indented by 2 spaces, with a trailing newline.

use base64::Engine;
use prost_reflect::{DynamicMessage, FieldDescriptor, Kind, MapKey, ReflectMessage, Value};

use crate::canonical_binary::{any_fields, present_fields, sorted_entries, unpack_any};

/// An ordered JSON tree: objects keep the order in which keys are added.
enum Json {
    Bool(bool),
    /// A number, already formatted.
    Number(String),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Writes `msg` as canonical JSON text. Fails on a value that has no JSON form
/// (a Timestamp or Duration out of range, an unsupported well-known type).
pub fn to_canonical_json(msg: &DynamicMessage) -> Result<String, String> {
    let tree = message_json(msg)?;
    let mut out = String::new();
    write(&tree, 0, &mut out);
    out.push('\n');
    Ok(out)
}

fn message_json(msg: &DynamicMessage) -> Result<Json, String> {
    let desc = msg.descriptor();
    match desc.full_name() {
        "google.protobuf.Timestamp" => return Ok(Json::Str(timestamp(msg)?)),
        "google.protobuf.Duration" => return Ok(Json::Str(duration(msg)?)),
        "google.protobuf.Empty" => return Ok(Json::Object(Vec::new())),
        "google.protobuf.Any" => return any_json(msg),
        name if name.starts_with("google.protobuf.") => {
            return Err(format!(
                "well-known type {name} is not used by kagzi.v1 and not supported"
            ));
        }
        _ => {}
    }
    let mut members = Vec::new();
    for (field, value) in present_fields(msg) {
        members.push((field.json_name().to_string(), field_json(&field, value)?));
    }
    Ok(Json::Object(members))
}

/// An Any: `"@type"` first, then the members of the packed message in their
/// canonical form; a packed well-known type, whose JSON is not an object of
/// members, goes in `"value"`. The packed type must be in the pool of `msg`
/// (kagzi.v1.ErrorDetail in a google.rpc.Status). An empty Any is `{}`.
fn any_json(msg: &DynamicMessage) -> Result<Json, String> {
    let (url, value) = any_fields(msg);
    let Some(packed) = unpack_any(msg)? else {
        return if value.is_empty() {
            Ok(Json::Object(Vec::new()))
        } else {
            Err("an Any with a value but no type_url has no JSON form".into())
        };
    };
    let mut members = vec![("@type".to_string(), Json::Str(url))];
    match message_json(&packed)? {
        Json::Object(fields)
            if !packed
                .descriptor()
                .full_name()
                .starts_with("google.protobuf.") =>
        {
            members.extend(fields)
        }
        special => members.push(("value".to_string(), special)),
    }
    Ok(Json::Object(members))
}

fn field_json(field: &FieldDescriptor, value: &Value) -> Result<Json, String> {
    if field.is_map() {
        let value_kind = match field.kind() {
            Kind::Message(entry) => entry.map_entry_value_field().kind(),
            _ => unreachable!("map fields have a message kind"),
        };
        let map = value.as_map().ok_or("map field without a map value")?;
        let mut members = Vec::new();
        for (k, v) in sorted_entries(map) {
            let key = match k {
                MapKey::String(s) => s.clone(),
                MapKey::Bool(b) => b.to_string(),
                MapKey::I32(n) => n.to_string(),
                MapKey::I64(n) => n.to_string(),
                MapKey::U32(n) => n.to_string(),
                MapKey::U64(n) => n.to_string(),
            };
            members.push((key, value_json(&value_kind, v)?));
        }
        Ok(Json::Object(members))
    } else if field.is_list() {
        let items = value
            .as_list()
            .ok_or("repeated field without a list value")?;
        let kind = field.kind();
        Ok(Json::Array(
            items
                .iter()
                .map(|v| value_json(&kind, v))
                .collect::<Result<_, _>>()?,
        ))
    } else {
        value_json(&field.kind(), value)
    }
}

fn value_json(kind: &Kind, value: &Value) -> Result<Json, String> {
    Ok(match value {
        Value::Bool(b) => Json::Bool(*b),
        Value::I32(n) => Json::Number(n.to_string()),
        Value::U32(n) => Json::Number(n.to_string()),
        // 64-bit integers are strings: a JSON number is read as a double by
        // many readers and would lose precision above 2^53.
        Value::I64(n) => Json::Str(n.to_string()),
        Value::U64(n) => Json::Str(n.to_string()),
        Value::F32(f) => float_json(f64::from(*f), Some(*f)),
        Value::F64(f) => float_json(*f, None),
        Value::String(s) => Json::Str(s.clone()),
        Value::Bytes(b) => Json::Str(base64::engine::general_purpose::STANDARD.encode(b)),
        Value::EnumNumber(n) => match kind {
            Kind::Enum(e) => match e.get_value(*n) {
                Some(v) => Json::Str(v.name().to_string()),
                None => Json::Number(n.to_string()),
            },
            _ => Json::Number(n.to_string()),
        },
        Value::Message(m) => message_json(m)?,
        Value::List(_) | Value::Map(_) => return Err("nested list or map value".to_string()),
    })
}

fn float_json(f: f64, single: Option<f32>) -> Json {
    if f.is_nan() {
        Json::Str("NaN".into())
    } else if f.is_infinite() {
        Json::Str(if f > 0.0 { "Infinity" } else { "-Infinity" }.into())
    } else {
        // A float is printed with the shortest digits that read back as the
        // same float, not as the same double.
        let sci = match single {
            Some(s) => format!("{s:e}"),
            None => format!("{f:e}"),
        };
        Json::Number(js_number(&sci))
    }
}

/// Lays out a number given in Rust's shortest scientific form (`-1.25e-7`) the
/// way JavaScript's Number.prototype.toString does: plain digits for decimal
/// exponents from -7 to 20, otherwise `d.ddde+N`.
pub fn js_number(sci: &str) -> String {
    let (negative, rest) = match sci.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, sci),
    };
    let (mantissa, exp) = rest.split_once('e').expect("scientific notation");
    let exp: i64 = exp.parse().expect("exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let sign = if negative { "-" } else { "" };
    if digits == "0" {
        return format!("{sign}0");
    }
    let k = digits.len() as i64;
    let n = exp + 1; // position of the decimal point relative to the digits
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let e_sign = if e >= 0 { "+" } else { "-" };
        let frac = if k > 1 {
            format!(".{}", &digits[1..])
        } else {
            String::new()
        };
        format!("{}{frac}e{e_sign}{}", &digits[..1], e.abs())
    };
    format!("{sign}{body}")
}

const MIN_TIMESTAMP_SECONDS: i64 = -62_135_596_800; // 0001-01-01T00:00:00Z
const MAX_TIMESTAMP_SECONDS: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z
const MAX_DURATION_SECONDS: i64 = 315_576_000_000; // 10000 years

fn seconds_nanos(msg: &DynamicMessage) -> (i64, i32) {
    let seconds = msg
        .get_field_by_name("seconds")
        .and_then(|v| v.as_i64())
        .unwrap_or(0);
    let nanos = msg
        .get_field_by_name("nanos")
        .and_then(|v| v.as_i32())
        .unwrap_or(0);
    (seconds, nanos)
}

/// Fractional digits: none, or 3, 6 or 9 digits, the fewest that hold `nanos`.
fn fraction(nanos: u32) -> String {
    if nanos == 0 {
        String::new()
    } else if nanos.is_multiple_of(1_000_000) {
        format!(".{:03}", nanos / 1_000_000)
    } else if nanos.is_multiple_of(1_000) {
        format!(".{:06}", nanos / 1_000)
    } else {
        format!(".{nanos:09}")
    }
}

/// Formats a Timestamp as RFC 3339 in UTC (`Z`).
pub fn format_timestamp(seconds: i64, nanos: i32) -> Result<String, String> {
    if !(MIN_TIMESTAMP_SECONDS..=MAX_TIMESTAMP_SECONDS).contains(&seconds) {
        return Err(format!(
            "timestamp seconds {seconds} outside 0001-01-01..9999-12-31"
        ));
    }
    if !(0..=999_999_999).contains(&nanos) {
        return Err(format!("timestamp nanos {nanos} outside 0..999999999"));
    }
    let days = seconds.div_euclid(86_400);
    let secs_of_day = seconds.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    Ok(format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}{}Z",
        secs_of_day / 3600,
        secs_of_day / 60 % 60,
        secs_of_day % 60,
        fraction(nanos as u32)
    ))
}

fn timestamp(msg: &DynamicMessage) -> Result<String, String> {
    let (s, n) = seconds_nanos(msg);
    format_timestamp(s, n)
}

/// Formats a Duration as `[-]S[.fff]s`.
pub fn format_duration(seconds: i64, nanos: i32) -> Result<String, String> {
    if seconds.abs() > MAX_DURATION_SECONDS || !(-999_999_999..=999_999_999).contains(&nanos) {
        return Err(format!("duration {seconds}s {nanos}ns out of range"));
    }
    if (seconds > 0 && nanos < 0) || (seconds < 0 && nanos > 0) {
        return Err(format!("duration {seconds}s {nanos}ns has mixed signs"));
    }
    let sign = if seconds < 0 || nanos < 0 { "-" } else { "" };
    Ok(format!(
        "{sign}{}{}s",
        seconds.unsigned_abs(),
        fraction(nanos.unsigned_abs())
    ))
}

fn duration(msg: &DynamicMessage) -> Result<String, String> {
    let (s, n) = seconds_nanos(msg);
    format_duration(s, n)
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day); the
/// era-based method of Howard Hinnant's date algorithms.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn write(value: &Json, indent: usize, out: &mut String) {
    match value {
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(n),
        Json::Str(s) => out.push_str(&serde_json::to_string(s).expect("strings serialize")),
        Json::Array(items) if items.is_empty() => out.push_str("[]"),
        Json::Object(members) if members.is_empty() => out.push_str("{}"),
        Json::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                push_indent(indent + 1, out);
                write(item, indent + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            push_indent(indent, out);
            out.push(']');
        }
        Json::Object(members) => {
            out.push_str("{\n");
            for (i, (k, v)) in members.iter().enumerate() {
                push_indent(indent + 1, out);
                out.push_str(&serde_json::to_string(k).expect("strings serialize"));
                out.push_str(": ");
                write(v, indent + 1, out);
                out.push_str(if i + 1 < members.len() { ",\n" } else { "\n" });
            }
            push_indent(indent, out);
            out.push('}');
        }
    }
}

fn push_indent(level: usize, out: &mut String) {
    for _ in 0..level {
        out.push_str("  ");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_any_is_its_type_then_the_packed_members() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../proto");
        let pool = crate::schemas::compile_proto_tree(&root).unwrap();
        let any = |url: &str, value: &[u8]| {
            let mut m =
                DynamicMessage::new(pool.get_message_by_name("google.protobuf.Any").unwrap());
            m.set_field_by_number(1, Value::String(url.into()));
            m.set_field_by_number(2, Value::Bytes(value.to_vec().into()));
            m
        };
        // ErrorDetail { code: ERROR_CODE_NOT_FOUND, subject: "step" }
        let detail = [0x08, 0x01, 0x2a, 0x04, b's', b't', b'e', b'p'];
        let url = "type.googleapis.com/kagzi.v1.ErrorDetail";
        assert_eq!(
            to_canonical_json(&any(url, &detail)).unwrap(),
            format!(
                "{{\n  \"@type\": \"{url}\",\n  \"code\": \"ERROR_CODE_NOT_FOUND\",\n  \"subject\": \"step\"\n}}\n"
            )
        );
        // A packed well-known type goes in "value".
        let ts = "type.googleapis.com/google.protobuf.Timestamp";
        assert!(
            to_canonical_json(&any(ts, &[0x08, 0x01]))
                .unwrap()
                .contains("\"value\": \"1970-01-01T00:00:01Z\"")
        );
        assert_eq!(to_canonical_json(&any("", &[])).unwrap(), "{}\n");
        let unknown =
            to_canonical_json(&any("type.googleapis.com/kagzi.v1.Nope", &[])).unwrap_err();
        assert!(unknown.contains("not in the schemas"), "{unknown}");
        let broken = to_canonical_json(&any(url, &[0x0a])).unwrap_err();
        assert!(broken.contains("does not decode"), "{broken}");
    }

    fn js(f: f64) -> String {
        js_number(&format!("{f:e}"))
    }

    #[test]
    fn numbers_are_laid_out_like_javascript() {
        assert_eq!(js(0.0), "0");
        assert_eq!(js(1.0), "1");
        assert_eq!(js(-1.5), "-1.5");
        assert_eq!(js(0.1), "0.1");
        assert_eq!(js(1e21), "1e+21");
        assert_eq!(js(1e20), "100000000000000000000");
        assert_eq!(js(1.25e-7), "1.25e-7");
        assert_eq!(js(0.000001), "0.000001");
        assert_eq!(js(f64::MAX), "1.7976931348623157e+308");
        assert_eq!(js(5e-324), "5e-324");
        assert_eq!(js(123.456), "123.456");
    }

    #[test]
    fn timestamps_use_utc_and_3_6_9_digits() {
        assert_eq!(format_timestamp(0, 0).unwrap(), "1970-01-01T00:00:00Z");
        assert_eq!(
            format_timestamp(-1, 500_000_000).unwrap(),
            "1969-12-31T23:59:59.500Z"
        );
        assert_eq!(
            format_timestamp(1_700_000_000, 1_000).unwrap(),
            "2023-11-14T22:13:20.000001Z"
        );
        assert_eq!(
            format_timestamp(951_782_400, 1).unwrap(),
            "2000-02-29T00:00:00.000000001Z"
        );
        assert_eq!(
            format_timestamp(MIN_TIMESTAMP_SECONDS, 0).unwrap(),
            "0001-01-01T00:00:00Z"
        );
        assert_eq!(
            format_timestamp(MAX_TIMESTAMP_SECONDS, 999_999_999).unwrap(),
            "9999-12-31T23:59:59.999999999Z"
        );
        assert!(format_timestamp(MAX_TIMESTAMP_SECONDS + 1, 0).is_err());
        assert!(format_timestamp(0, -1).is_err());
    }

    #[test]
    fn durations_keep_their_sign() {
        assert_eq!(format_duration(1, 500_000_000).unwrap(), "1.500s");
        assert_eq!(format_duration(0, -500_000_000).unwrap(), "-0.500s");
        assert_eq!(format_duration(-3, 0).unwrap(), "-3s");
        assert_eq!(format_duration(0, 0).unwrap(), "0s");
        assert!(format_duration(1, -1).is_err());
        assert!(format_duration(MAX_DURATION_SECONDS + 1, 0).is_err());
    }
}
