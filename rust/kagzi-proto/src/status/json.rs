// Proto3 JSON for `google.rpc.Status` (features `status` and `serde`).
//
// The mapping writes a status as `{"code": 5, "message": "...", "details":
// [{"@type": "type.googleapis.com/kagzi.v1.ErrorDetail", ...}]}`: each Any
// detail is its `"@type"` followed by the members of the packed message's
// own JSON. tonic-types' `Status` has no serde implementation (and the
// orphan rule forbids adding one here), and the packed message's JSON needs
// a type registry, so this module does the mapping with the crate's
// `registry`: every kagzi.v1 message can be packed, read and written by
// its own generated JSON code.
//
// The API is two functions on JSON text rather than a serde wrapper type:
// the packed messages are reached through the registry, whose conversions
// are JSON text to binary and back, so the mapping exists for JSON text
// only, not for every serde format.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::json::private::{Lenient, Number, OrDefault, unknown_field};
use crate::registry;

/// Why a `google.rpc.Status` could not be written as or read from proto3 JSON.
#[derive(Debug)]
pub enum StatusJsonError {
    /// The JSON text is malformed, or a member of the status (or an Any's
    /// `"@type"`) has the wrong type or value, or is given twice.
    Json(serde_json::Error),
    /// `details[index]` has members but no `"@type"` (when reading), or a
    /// value but no type URL (when writing): its message cannot be known.
    MissingType {
        /// The position of the Any in `details`.
        index: usize,
    },
    /// `details[index]`'s type URL does not end in `/<full name>` of a
    /// kagzi.v1 message.
    UnknownType {
        /// The position of the Any in `details`.
        index: usize,
        /// The type URL as given.
        type_url: String,
    },
    /// `details[index]`'s packed message was rejected by its type's reader
    /// (JSON members when reading, binary value when writing).
    Packed {
        /// The position of the Any in `details`.
        index: usize,
        /// The type URL of the Any.
        type_url: String,
        /// The packed type's own error.
        error: registry::Error,
    },
}

impl fmt::Display for StatusJsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Json(e) => write!(f, "invalid google.rpc.Status JSON: {e}"),
            Self::MissingType { index } => write!(
                f,
                "google.rpc.Status details[{index}]: an Any with members needs \"@type\" \
                 to name its packed message"
            ),
            Self::UnknownType { index, type_url } => write!(
                f,
                "google.rpc.Status details[{index}]: type URL {type_url:?} names no kagzi.v1 \
                 message (expected type.googleapis.com/<full name>)"
            ),
            Self::Packed {
                index,
                type_url,
                error,
            } => write!(
                f,
                "google.rpc.Status details[{index}] ({type_url}): {error}"
            ),
        }
    }
}

impl std::error::Error for StatusJsonError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Json(e) => Some(e),
            Self::Packed { error, .. } => Some(error),
            Self::MissingType { .. } | Self::UnknownType { .. } => None,
        }
    }
}

// The functions on the way to `registry::find` are #[inline] so that the
// registry's conversions are compiled only by crates that call them (see
// registry.rs), not in every build of this crate.

/// The kagzi.v1 message a type URL names: the part after its last `/`.
#[inline]
fn message_type(
    index: usize,
    type_url: &str,
) -> Result<&'static registry::MessageType, StatusJsonError> {
    type_url
        .rsplit_once('/')
        .and_then(|(_, name)| registry::find(name))
        .ok_or_else(|| StatusJsonError::UnknownType {
            index,
            type_url: type_url.to_string(),
        })
}

/// Prints a status as canonical proto3 JSON: `code` as a number, fields at
/// their defaults omitted, each detail as its `"@type"` followed by the
/// packed message's canonical JSON members. An Any with neither type URL nor
/// value is `{}`, as protobuf's own writers print it.
///
/// ```
/// use kagzi_proto::kagzi::v1::{ErrorCode, ErrorDetail};
/// use kagzi_proto::status::{status_from_json, status_to_json};
/// use prost::Message;
///
/// let detail = ErrorDetail {
///     code: ErrorCode::NotFound as i32,
///     message: "run r-1 not found".into(),
///     ..Default::default()
/// };
/// let status = tonic_types::Status {
///     code: tonic::Code::NotFound as i32,
///     message: "run r-1 not found".into(),
///     details: vec![prost_types::Any::from_msg(&detail).unwrap()],
/// };
/// let text = status_to_json(&status).unwrap();
/// assert_eq!(
///     text,
///     r#"{"code":5,"message":"run r-1 not found","details":[{"@type":"type.googleapis.com/kagzi.v1.ErrorDetail","code":"ERROR_CODE_NOT_FOUND","message":"run r-1 not found"}]}"#
/// );
/// let back = status_from_json(&text).unwrap();
/// assert_eq!(back, status);
/// assert_eq!(ErrorDetail::decode(back.details[0].value.as_slice()).unwrap(), detail);
/// ```
///
/// # Errors
/// A detail whose type URL names no kagzi.v1 message, or whose value does
/// not decode as that message (or has no JSON form, e.g. a Timestamp
/// outside 0001..9999).
#[inline]
pub fn status_to_json(status: &tonic_types::Status) -> Result<String, StatusJsonError> {
    // Written by hand rather than through a Serialize impl: each detail's
    // members come as JSON text from the registry and are spliced in after
    // "@type".
    let mut members = Vec::new();
    if status.code != 0 {
        members.push(format!("\"code\":{}", status.code));
    }
    if !status.message.is_empty() {
        let message = serde_json::to_string(&status.message).map_err(StatusJsonError::Json)?;
        members.push(format!("\"message\":{message}"));
    }
    if !status.details.is_empty() {
        let details = status
            .details
            .iter()
            .enumerate()
            .map(|(index, any)| any_to_json(index, any))
            .collect::<Result<Vec<_>, _>>()?;
        members.push(format!("\"details\":[{}]", details.join(",")));
    }
    Ok(format!("{{{}}}", members.join(",")))
}

#[inline]
fn any_to_json(index: usize, any: &prost_types::Any) -> Result<String, StatusJsonError> {
    if any.type_url.is_empty() {
        return if any.value.is_empty() {
            Ok("{}".to_string())
        } else {
            Err(StatusJsonError::MissingType { index })
        };
    }
    let packed = message_type(index, &any.type_url)?
        .binary_to_json(&any.value)
        .map_err(|error| StatusJsonError::Packed {
            index,
            type_url: any.type_url.clone(),
            error,
        })?;
    let type_url = serde_json::to_string(&any.type_url).map_err(StatusJsonError::Json)?;
    // Every registry type is a message, written as a JSON object: "{}" or
    // "{" followed by members.
    let rest = packed
        .strip_prefix('{')
        .expect("a kagzi.v1 message is written as a JSON object");
    Ok(if rest == "}" {
        format!("{{\"@type\":{type_url}}}")
    } else {
        format!("{{\"@type\":{type_url},{rest}")
    })
}

/// Parses a status from proto3 JSON, with the reader policy of the crate's
/// messages: unknown members ignored, `null` for the default of a field,
/// `code` as a number or a string, a field given twice rejected. In each
/// detail, `"@type"` may come anywhere in the object; the other members are
/// read by the packed type's own reader (both name spellings, its own
/// unknown-field leniency) and encoded into the Any's value.
/// `{}` is the empty Any.
///
/// # Errors
/// Malformed JSON or a wrong member type ([`StatusJsonError::Json`]), a
/// detail with members but no `"@type"`, a type URL that names no kagzi.v1
/// message, or packed members the packed type's reader rejects.
#[inline]
pub fn status_from_json(json: &str) -> Result<tonic_types::Status, StatusJsonError> {
    let status: StatusIn = serde_json::from_str(json).map_err(StatusJsonError::Json)?;
    let details = status
        .details
        .into_iter()
        .enumerate()
        .map(|(index, any)| any.resolve(index))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(tonic_types::Status {
        code: status.code,
        message: status.message,
        details,
    })
}

/// A status as read from JSON, its details not yet resolved.
struct StatusIn<'a> {
    code: i32,
    message: String,
    details: Vec<AnyIn<'a>>,
}

/// An Any's JSON object: its `"@type"` and every other member as raw text,
/// in input order, duplicates kept (the packed type's reader rejects them).
#[derive(Default)]
struct AnyIn<'a> {
    type_url: Option<String>,
    members: Vec<(String, &'a RawValue)>,
}

impl AnyIn<'_> {
    #[inline]
    fn resolve(self, index: usize) -> Result<prost_types::Any, StatusJsonError> {
        let Some(type_url) = self.type_url else {
            return if self.members.is_empty() {
                Ok(prost_types::Any::default())
            } else {
                Err(StatusJsonError::MissingType { index })
            };
        };
        let ty = message_type(index, &type_url)?;
        let mut packed = String::from("{");
        for (i, (name, value)) in self.members.iter().enumerate() {
            if i > 0 {
                packed.push(',');
            }
            packed.push_str(&serde_json::to_string(name).map_err(StatusJsonError::Json)?);
            packed.push(':');
            packed.push_str(value.get());
        }
        packed.push('}');
        match ty.json_to_binary(&packed) {
            Ok(value) => Ok(prost_types::Any { type_url, value }),
            Err(error) => Err(StatusJsonError::Packed {
                index,
                type_url,
                error,
            }),
        }
    }
}

const STATUS_FIELDS: &[&str] = &["code", "message", "details"];

impl<'de: 'a, 'a> de::Deserialize<'de> for StatusIn<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = StatusIn<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a google.rpc.Status JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let (mut code, mut message, mut details) = (None, None, None);
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    // The proto names of google.rpc.Status are their JSON
                    // names too, so each field has one spelling.
                    match key.as_ref() {
                        "code" if code.is_some() => return Err(de::Error::duplicate_field("code")),
                        "code" => code = Some(map.next_value::<OrDefault<Number<i32>>>()?.0.0),
                        "message" if message.is_some() => {
                            return Err(de::Error::duplicate_field("message"));
                        }
                        "message" => message = Some(map.next_value::<OrDefault<String>>()?.0),
                        "details" if details.is_some() => {
                            return Err(de::Error::duplicate_field("details"));
                        }
                        "details" => {
                            details = Some(map.next_value::<OrDefault<Vec<AnyIn<'a>>>>()?.0);
                        }
                        other => {
                            // The status has no strict reading: unknown members are ignored.
                            unknown_field::<Lenient, A::Error>(other, STATUS_FIELDS)?;
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(StatusIn {
                    code: code.unwrap_or_default(),
                    message: message.unwrap_or_default(),
                    details: details.unwrap_or_default(),
                })
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

impl<'de: 'a, 'a> de::Deserialize<'de> for AnyIn<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = AnyIn<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a google.protobuf.Any JSON object (\"@type\" and the packed members)")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut any = AnyIn::default();
                // Keys are decoded ("\u0040type" is "@type") and written
                // back escaped by `resolve`.
                while let Some(key) = map.next_key::<String>()? {
                    if key == "@type" {
                        if any.type_url.is_some() {
                            return Err(de::Error::duplicate_field("@type"));
                        }
                        any.type_url = Some(map.next_value::<String>()?);
                    } else {
                        any.members.push((key, map.next_value::<&'a RawValue>()?));
                    }
                }
                Ok(any)
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kagzi::v1::{ErrorCode, ErrorDetail, Workflow};
    use prost::{Message, Name};
    use std::collections::BTreeMap;

    fn detail() -> ErrorDetail {
        ErrorDetail {
            code: ErrorCode::NotFound as i32,
            message: "workflow run r-1 not found".into(),
            non_retryable: true,
            retry_after_ms: 1500,
            subject: "workflow".into(),
            subject_id: "r-1".into(),
            metadata: BTreeMap::from([("field".to_string(), "run_id".to_string())]),
        }
    }

    fn status(details: Vec<prost_types::Any>) -> tonic_types::Status {
        tonic_types::Status {
            code: 5,
            message: "workflow run r-1 not found".into(),
            details,
        }
    }

    const CANONICAL: &str = r#"{"code":5,"message":"workflow run r-1 not found","details":[{"@type":"type.googleapis.com/kagzi.v1.ErrorDetail","code":"ERROR_CODE_NOT_FOUND","message":"workflow run r-1 not found","nonRetryable":true,"retryAfterMs":"1500","subject":"workflow","subjectId":"r-1","metadata":{"field":"run_id"}}]}"#;

    fn error_detail_status() -> tonic_types::Status {
        status(vec![prost_types::Any::from_msg(&detail()).unwrap()])
    }

    #[test]
    fn writes_the_canonical_form() {
        assert_eq!(status_to_json(&error_detail_status()).unwrap(), CANONICAL);
    }

    #[test]
    fn defaults_are_omitted() {
        assert_eq!(
            status_to_json(&tonic_types::Status::default()).unwrap(),
            "{}"
        );
        let only = tonic_types::Status {
            code: 14,
            message: "upstream \"unavailable\"".into(),
            details: vec![],
        };
        let text = status_to_json(&only).unwrap();
        assert_eq!(text, r#"{"code":14,"message":"upstream \"unavailable\""}"#);
        assert_eq!(status_from_json(&text).unwrap(), only);
    }

    #[test]
    fn reads_the_canonical_form_back() {
        assert_eq!(status_from_json(CANONICAL).unwrap(), error_detail_status());
    }

    #[test]
    fn type_anywhere_proto_names_numbers_and_nulls() {
        let text = r#"{"details": [{"code": 1, "message": "workflow run r-1 not found",
            "non_retryable": true, "retry_after_ms": 1500, "subject": "workflow",
            "subject_id": "r-1", "metadata": {"field": "run_id"},
            "@type": "type.googleapis.com/kagzi.v1.ErrorDetail"}],
            "code": "5", "message": "workflow run r-1 not found", "future": [1, {"a": null}]}"#;
        assert_eq!(status_from_json(text).unwrap(), error_detail_status());
        let nulls = r#"{"code": null, "message": null, "details": null}"#;
        assert_eq!(
            status_from_json(nulls).unwrap(),
            tonic_types::Status::default()
        );
    }

    #[test]
    fn any_kagzi_message_can_be_packed() {
        let workflow = Workflow {
            run_id: "r-1".into(),
            attempts: 2,
            ..Default::default()
        };
        let s = status(vec![
            prost_types::Any::from_msg(&workflow).unwrap(),
            prost_types::Any::default(),
        ]);
        let text = status_to_json(&s).unwrap();
        assert!(
            text.ends_with(
                r#""details":[{"@type":"type.googleapis.com/kagzi.v1.Workflow","runId":"r-1","attempts":2},{}]}"#
            ),
            "{text}"
        );
        assert_eq!(status_from_json(&text).unwrap(), s);
        // A packed message at its defaults is "@type" alone.
        let empty = status(vec![
            prost_types::Any::from_msg(&Workflow::default()).unwrap(),
        ]);
        let text = status_to_json(&empty).unwrap();
        assert!(
            text.ends_with(r#"[{"@type":"type.googleapis.com/kagzi.v1.Workflow"}]}"#),
            "{text}"
        );
        assert_eq!(status_from_json(&text).unwrap(), empty);
    }

    #[test]
    fn missing_type_is_an_error() {
        let err = status_from_json(r#"{"code": 5, "details": [{"code": "ERROR_CODE_NOT_FOUND"}]}"#)
            .unwrap_err();
        assert!(
            matches!(err, StatusJsonError::MissingType { index: 0 }),
            "{err:?}"
        );
        assert!(err.to_string().contains("needs \"@type\""), "{err}");
        let no_url = status(vec![prost_types::Any {
            type_url: String::new(),
            value: vec![0x08, 0x01],
        }]);
        assert!(matches!(
            status_to_json(&no_url),
            Err(StatusJsonError::MissingType { index: 0 })
        ));
    }

    #[test]
    fn unknown_type_is_an_error() {
        for url in [
            "type.googleapis.com/kagzi.v1.NoSuchDetail",
            "type.googleapis.com/google.rpc.RetryInfo",
            "kagzi.v1.ErrorDetail",
            "type.googleapis.com/",
        ] {
            let text = format!(r#"{{"details": [{{}}, {{"@type": "{url}"}}]}}"#);
            let err = status_from_json(&text).unwrap_err();
            assert!(
                matches!(&err, StatusJsonError::UnknownType { index: 1, type_url } if type_url == url),
                "{err:?}"
            );
            assert!(
                err.to_string().contains("names no kagzi.v1 message"),
                "{err}"
            );
            let any = prost_types::Any {
                type_url: url.into(),
                value: vec![],
            };
            assert!(matches!(
                status_to_json(&status(vec![any])),
                Err(StatusJsonError::UnknownType { index: 0, .. })
            ));
        }
    }

    #[test]
    fn packed_members_are_read_by_their_type() {
        let url = ErrorDetail::type_url();
        for (members, wanted) in [
            (r#""retryAfterMs": true"#, "invalid type"),
            (
                r#""code": "ERROR_CODE_NOT_FOUND", "code": 1"#,
                "duplicate field",
            ),
            (r#""metadata": {"a": "1", "a": "2"}"#, "duplicate map key"),
            (r#""subject": "x", "subject": "x""#, "duplicate field"),
        ] {
            let text = format!(r#"{{"details": [{{"@type": "{url}", {members}}}]}}"#);
            let err = status_from_json(&text).unwrap_err();
            assert!(
                matches!(err, StatusJsonError::Packed { index: 0, .. }),
                "{err:?}"
            );
            assert!(err.to_string().contains(wanted), "{members}: {err}");
        }
        // The packed type's own leniency: unknown members and enum names.
        let text = format!(
            r#"{{"details": [{{"@type": "{url}", "futureField": 1, "code": "ERROR_CODE_FUTURE"}}]}}"#
        );
        let any = &status_from_json(&text).unwrap().details[0];
        assert_eq!(
            (any.type_url.as_str(), any.value.as_slice()),
            (url.as_str(), &[][..])
        );
    }

    #[test]
    fn malformed_status_members_are_errors() {
        for (text, wanted) in [
            (r#"{"code": 5, "code": 5}"#, "duplicate field `code`"),
            (
                r#"{"details": [], "details": []}"#,
                "duplicate field `details`",
            ),
            (r#"{"code": 1.5}"#, "int32"),
            (r#"{"code": 4294967296}"#, "out of range"),
            (r#"{"message": 5}"#, "invalid type"),
            (r#"{"details": {}}"#, "invalid type"),
            (r#"{"details": [null]}"#, "invalid type: null"),
            (r#"{"details": [{"@type": null}]}"#, "invalid type: null"),
            (
                r#"{"details": [{"@type": "type.googleapis.com/kagzi.v1.ErrorDetail", "@type": "x"}]}"#,
                "duplicate field `@type`",
            ),
            (r#"{"code": 5"#, "EOF"),
            ("[]", "invalid type"),
        ] {
            let err = status_from_json(text).unwrap_err();
            assert!(matches!(err, StatusJsonError::Json(_)), "{text}: {err:?}");
            assert!(err.to_string().contains(wanted), "{text}: {err}");
        }
    }

    #[test]
    fn bad_packed_bytes_when_writing() {
        let any = prost_types::Any {
            type_url: ErrorDetail::type_url(),
            value: vec![0x0a],
        };
        let err = status_to_json(&status(vec![any])).unwrap_err();
        assert!(
            matches!(
                err,
                StatusJsonError::Packed {
                    error: registry::Error::Binary(_),
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.to_string().contains("kagzi.v1.ErrorDetail"), "{err}");
    }

    #[test]
    fn escaped_keys_are_decoded() {
        let text = r#"{"details": [{"\u0040type": "type.googleapis.com/kagzi.v1.ErrorDetail", "subject\u0049d": "r-\"1\""}]}"#;
        let any = &status_from_json(text).unwrap().details[0];
        let packed = ErrorDetail::decode(any.value.as_slice()).unwrap();
        assert_eq!(packed.subject_id, "r-\"1\"");
    }
}
