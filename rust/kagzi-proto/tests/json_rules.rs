//! The package's proto3 JSON rules, one by one: output spellings, every
//! accepted input spelling, and every rejection with its error.
#![cfg(feature = "serde")]

use std::collections::BTreeMap;

use kagzi_proto::google::protobuf::{Duration, Timestamp};
use kagzi_proto::json;
use kagzi_proto::kagzi::v1::{
    ErrorCode, ErrorDetail, ListWorkflowsRequest, PageInfo, Payload, RetryPolicy,
    UpdateWorkflowScheduleRequest, WaitWorkflowRequest, Workflow, WorkflowStatus,
};

fn parse<T: serde::de::DeserializeOwned>(s: &str) -> T {
    json::from_str(s).unwrap_or_else(|e| panic!("{s} should parse: {e}"))
}

/// Parsing must fail, with an error message containing `needle`.
fn reject<T: serde::de::DeserializeOwned + std::fmt::Debug>(s: &str, needle: &str) {
    match json::from_str::<T>(s) {
        Ok(v) => panic!("{s} should be rejected, got {v:?}"),
        Err(e) => assert!(
            e.to_string()
                .to_lowercase()
                .contains(&needle.to_lowercase()),
            "{s}: error {e:?} should mention {needle:?}"
        ),
    }
}

fn print<T: serde::Serialize>(v: &T) -> String {
    json::to_string(v).unwrap()
}

#[test]
fn output_uses_lower_camel_case_and_omits_defaults() {
    let w = Workflow {
        run_id: "r".into(),
        workflow_type: String::new(),
        attempts: 0,
        ..Default::default()
    };
    assert_eq!(print(&w), r#"{"runId":"r"}"#);
    assert_eq!(print(&Workflow::default()), "{}");
}

#[test]
fn names_are_accepted_in_both_spellings() {
    let a: Workflow = parse(r#"{"runId":"x","parentStepId":"p"}"#);
    let b: Workflow = parse(r#"{"run_id":"x","parent_step_id":"p"}"#);
    assert_eq!(a, b);
    assert_eq!(a.parent_step_id, "p");
}

#[test]
fn int64_prints_as_string_and_reads_number_or_string() {
    let p = PageInfo {
        total_count: 9_007_199_254_740_993,
        ..Default::default()
    };
    assert_eq!(print(&p), r#"{"totalCount":"9007199254740993"}"#);
    for input in [
        r#"{"totalCount":9007199254740993}"#,
        r#"{"totalCount":"9007199254740993"}"#,
        r#"{"total_count":"9007199254740993"}"#,
    ] {
        assert_eq!(parse::<PageInfo>(input), p, "{input}");
    }
    assert_eq!(
        parse::<PageInfo>(r#"{"totalCount":"-9223372036854775808"}"#).total_count,
        i64::MIN
    );
    // Integral values in exponent or decimal notation are integers too.
    assert_eq!(parse::<PageInfo>(r#"{"totalCount":1e3}"#).total_count, 1000);
    assert_eq!(parse::<PageInfo>(r#"{"totalCount":"2.0"}"#).total_count, 2);
    reject::<PageInfo>(r#"{"totalCount":"9223372036854775808"}"#, "invalid int64");
    reject::<PageInfo>(r#"{"totalCount":1e19}"#, "invalid int64");
    reject::<PageInfo>(r#"{"totalCount":"12abc"}"#, "invalid int64");
    reject::<PageInfo>(r#"{"totalCount":" 12"}"#, "invalid int64");
    reject::<PageInfo>(r#"{"totalCount":true}"#, "int64");
}

#[test]
fn int32_range_and_fractions() {
    assert_eq!(
        print(&Workflow {
            attempts: -3,
            ..Default::default()
        }),
        r#"{"attempts":-3}"#
    );
    assert_eq!(
        parse::<Workflow>(r#"{"attempts":"2147483647"}"#).attempts,
        i32::MAX
    );
    assert_eq!(
        parse::<Workflow>(r#"{"attempts":-2147483648}"#).attempts,
        i32::MIN
    );
    reject::<Workflow>(r#"{"attempts":2147483648}"#, "2147483648 is out of range");
    reject::<Workflow>(r#"{"attempts":-2147483649}"#, "out of range");
    reject::<Workflow>(r#"{"attempts":1.5}"#, "1.5 is not an integer");
    reject::<Workflow>(r#"{"attempts":"1.5"}"#, "invalid int32");
    reject::<Workflow>(r#"{"attempts":"NaN"}"#, "invalid int32");
    reject::<Workflow>(r#"{"attempts":[]}"#, "int32");
}

#[test]
fn doubles_special_values_are_strings() {
    for (v, s) in [
        (f64::NAN, "\"NaN\""),
        (f64::INFINITY, "\"Infinity\""),
        (f64::NEG_INFINITY, "\"-Infinity\""),
    ] {
        let p = RetryPolicy {
            backoff_coefficient: v,
            ..Default::default()
        };
        let out = print(&p);
        assert_eq!(out, format!("{{\"backoffCoefficient\":{s}}}"));
        let back: RetryPolicy = parse(&out);
        assert!(back.backoff_coefficient.is_nan() == v.is_nan());
        if !v.is_nan() {
            assert_eq!(back.backoff_coefficient, v);
        }
    }
    assert_eq!(
        print(&RetryPolicy {
            backoff_coefficient: 2.5,
            ..Default::default()
        }),
        r#"{"backoffCoefficient":2.5}"#
    );
    assert_eq!(
        parse::<RetryPolicy>(r#"{"backoffCoefficient":"2.5"}"#).backoff_coefficient,
        2.5
    );
    assert_eq!(
        parse::<RetryPolicy>(r#"{"backoffCoefficient":3}"#).backoff_coefficient,
        3.0
    );
    reject::<RetryPolicy>(r#"{"backoffCoefficient":"nan"}"#, "invalid double");
    reject::<RetryPolicy>(r#"{"backoffCoefficient":"inf"}"#, "invalid double");
    reject::<RetryPolicy>(r#"{"backoffCoefficient":"1e999"}"#, "invalid double");
}

#[test]
fn enums_by_name_out_names_and_numbers_in() {
    let w = Workflow {
        status: WorkflowStatus::Running as i32,
        ..Default::default()
    };
    assert_eq!(print(&w), r#"{"status":"WORKFLOW_STATUS_RUNNING"}"#);
    assert_eq!(
        parse::<Workflow>(r#"{"status":"WORKFLOW_STATUS_RUNNING"}"#),
        w
    );
    assert_eq!(parse::<Workflow>(r#"{"status":2}"#), w);
    // A number the schema does not know is kept and printed as a number.
    let future = Workflow {
        status: 42,
        ..Default::default()
    };
    assert_eq!(parse::<Workflow>(r#"{"status":42}"#), future);
    assert_eq!(print(&future), r#"{"status":42}"#);
    // Optional enums, too.
    let r = ListWorkflowsRequest {
        status_filter: Some(77),
        ..Default::default()
    };
    assert_eq!(print(&r), r#"{"statusFilter":77}"#);
    reject::<Workflow>(r#"{"status":2147483648}"#, "out of the int32 range");
    reject::<Workflow>(r#"{"status":true}"#, "enum value name or number");
}

#[test]
fn unknown_enum_names_and_unknown_fields_are_ignored() {
    assert_eq!(
        parse::<Workflow>(r#"{"status":"WORKFLOW_STATUS_FROM_THE_FUTURE"}"#).status,
        0
    );
    assert_eq!(
        parse::<ListWorkflowsRequest>(r#"{"statusFilter":"NOPE"}"#).status_filter,
        None
    );
    let w: Workflow = parse(r#"{"runId":"r","newField":{"deep":[1,2,{"x":null}]},"other":7}"#);
    assert_eq!(
        w,
        Workflow {
            run_id: "r".into(),
            ..Default::default()
        }
    );
}

#[test]
fn null_means_default_for_every_field_type() {
    let w: Workflow = parse(
        r#"{"runId":null,"status":null,"input":null,"attempts":null,"createdAt":null,"labels":null}"#,
    );
    assert_eq!(w, Workflow::default());
    let p: PageInfo = parse(r#"{"totalCount":null,"hasMore":null,"nextPageToken":null}"#);
    assert_eq!(p, PageInfo::default());
    let p: Payload = parse(r#"{"data":null,"metadata":null}"#);
    assert_eq!(p, Payload::default());
    let r: RetryPolicy =
        parse(r#"{"backoffCoefficient":null,"nonRetryableErrors":null,"maximumAttempts":null}"#);
    assert_eq!(r, RetryPolicy::default());
    let u: UpdateWorkflowScheduleRequest =
        parse(r#"{"enabled":null,"maxCatchup":null,"cronExpr":null}"#);
    assert_eq!(u, UpdateWorkflowScheduleRequest::default());
    let e: ErrorDetail = parse(r#"{"code":null,"retryAfterMs":null}"#);
    assert_eq!(e, ErrorDetail::default());
}

#[test]
fn optional_fields_keep_presence() {
    let u = UpdateWorkflowScheduleRequest {
        enabled: Some(false),
        max_catchup: Some(0),
        ..Default::default()
    };
    assert_eq!(print(&u), r#"{"enabled":false,"maxCatchup":0}"#);
    assert_eq!(
        parse::<UpdateWorkflowScheduleRequest>(r#"{"enabled":false,"maxCatchup":0}"#),
        u
    );
    assert_eq!(print(&UpdateWorkflowScheduleRequest::default()), "{}");
}

#[test]
fn empty_message_fields_differ_from_absent_ones() {
    let with_empty = Workflow {
        input: Some(Payload::default()),
        ..Default::default()
    };
    assert_eq!(print(&with_empty), r#"{"input":{}}"#);
    assert_eq!(parse::<Workflow>(r#"{"input":{}}"#), with_empty);
    assert_eq!(parse::<Workflow>("{}").input, None);
}

#[test]
fn maps_print_sorted_and_deterministically() {
    let mut labels = BTreeMap::new();
    labels.insert("zeta".to_string(), "1".to_string());
    labels.insert("alpha".to_string(), "2".to_string());
    let w = Workflow {
        labels,
        ..Default::default()
    };
    assert_eq!(print(&w), r#"{"labels":{"alpha":"2","zeta":"1"}}"#);
    assert_eq!(
        parse::<Workflow>(r#"{"labels":{"zeta":"1","alpha":"2"}}"#),
        w
    );
    reject::<Workflow>(r#"{"labels":{"a":1}}"#, "invalid type");
}

#[test]
fn bytes_are_base64_all_variants_accepted() {
    let p = Payload {
        data: vec![0xfb, 0xff, 0xbf],
        ..Default::default()
    };
    assert_eq!(print(&p), r#"{"data":"+/+/"}"#);
    let one = Payload {
        data: vec![0xfb],
        ..Default::default()
    };
    assert_eq!(print(&one), r#"{"data":"+w=="}"#);
    for input in ["+/+/", "-_-_"] {
        assert_eq!(parse::<Payload>(&format!(r#"{{"data":"{input}"}}"#)), p);
    }
    for input in ["+w==", "+w", "-w==", "-w"] {
        assert_eq!(
            parse::<Payload>(&format!(r#"{{"data":"{input}"}}"#)),
            one,
            "{input}"
        );
    }
    reject::<Payload>(r#"{"data":"!!!"}"#, "invalid base64");
    reject::<Payload>(r#"{"data":"+w="}"#, "invalid base64");
    reject::<Payload>(r#"{"data":[1,2]}"#, "base64 string");
}

/// Short bytes are encoded on the stack, long ones streamed in chunks:
/// both give the same text, at every length around the two stack sizes,
/// the switch to streaming and the chunk size, and read back to the same
/// bytes.
#[test]
fn bytes_print_the_same_short_or_long() {
    use base64::Engine as _;
    for len in [
        0, 1, 2, 3, 94, 95, 96, 97, 98, 766, 767, 768, 769, 770, 1023, 1024, 1025, 3072, 5000,
    ] {
        let data: Vec<u8> = (0..len).map(|i| (i * 7 + len) as u8).collect();
        let p = Payload {
            data: data.clone(),
            ..Default::default()
        };
        let want = base64::engine::general_purpose::STANDARD.encode(&data);
        let text = print(&p);
        if len == 0 {
            assert_eq!(text, "{}");
            continue;
        }
        assert_eq!(text, format!(r#"{{"data":"{want}"}}"#), "length {len}");
        assert_eq!(parse::<Payload>(&text).data, data, "length {len}");
    }
}

/// Every 64-bit kind prints its extremes as decimal strings.
#[test]
fn int64_extremes_print_as_strings() {
    for (v, text) in [
        (i64::MIN, "-9223372036854775808"),
        (i64::MAX, "9223372036854775807"),
        (-1, "-1"),
    ] {
        let p = PageInfo {
            total_count: v,
            ..Default::default()
        };
        assert_eq!(print(&p), format!(r#"{{"totalCount":"{text}"}}"#));
        assert_eq!(parse::<PageInfo>(&print(&p)), p);
    }
}

#[test]
fn timestamps_rfc3339_utc() {
    let cases = [
        (
            Timestamp {
                seconds: 0,
                nanos: 0,
            },
            "1970-01-01T00:00:00Z",
        ),
        (
            Timestamp {
                seconds: 1_700_000_000,
                nanos: 500_000_000,
            },
            "2023-11-14T22:13:20.500Z",
        ),
        (
            Timestamp {
                seconds: 1_700_000_000,
                nanos: 1_000,
            },
            "2023-11-14T22:13:20.000001Z",
        ),
        (
            Timestamp {
                seconds: -1,
                nanos: 999_999_999,
            },
            "1969-12-31T23:59:59.999999999Z",
        ),
        (
            Timestamp {
                seconds: -62_135_596_800,
                nanos: 0,
            },
            "0001-01-01T00:00:00Z",
        ),
        (
            Timestamp {
                seconds: 253_402_300_799,
                nanos: 999_999_999,
            },
            "9999-12-31T23:59:59.999999999Z",
        ),
        (
            Timestamp {
                seconds: 951_782_400,
                nanos: 0,
            },
            "2000-02-29T00:00:00Z",
        ),
    ];
    for (ts, text) in cases {
        assert_eq!(print(&ts), format!("\"{text}\""));
        assert_eq!(parse::<Timestamp>(&format!("\"{text}\"")), ts, "{text}");
    }
    // Offsets are accepted and normalized to UTC; fewer fraction digits too.
    assert_eq!(
        print(&parse::<Timestamp>(r#""1970-01-01T05:30:00.1+05:30""#)),
        r#""1970-01-01T00:00:00.100Z""#
    );
    assert_eq!(
        print(&parse::<Timestamp>(r#""1969-12-31T19:00:00-05:00""#)),
        r#""1970-01-01T00:00:00Z""#
    );
    for bad in [
        "2024-13-01T00:00:00Z",
        "2023-02-29T00:00:00Z",
        "2024-01-01 00:00:00Z",
        "2024-01-01T00:00:00",
        "2024-01-01T00:00:00.Z",
        "2024-01-01T00:00:00.1234567890Z",
        "2024-01-01T24:00:00Z",
        "0000-12-31T00:00:00Z",
        "0001-01-01T00:00:00+00:01",
        "9999-12-31T23:59:59-00:01",
        "+2024-01-01T00:00:00Z",
        "2024-01-01T00:00:0\u{e9}Z",
        "2024-01-01T00:00:00\u{e9}",
        "2024-01-01T00:00:00+05:3\u{e9}",
        "\u{e9}",
        // Lower-case separators: valid RFC 3339, rejected like the other SDKs do.
        "2024-01-01t00:00:00Z",
        "2024-01-01T00:00:00z",
    ] {
        reject::<Timestamp>(&format!("\"{bad}\""), "timestamp");
    }
    reject::<Timestamp>("1700000000", "RFC 3339 timestamp string");
    // Values outside 0001..9999 have no JSON form.
    assert!(
        json::to_string(&Timestamp {
            seconds: 253_402_300_800,
            nanos: 0
        })
        .is_err()
    );
    assert!(
        json::to_string(&Timestamp {
            seconds: 0,
            nanos: -1
        })
        .is_err()
    );
}

#[test]
fn durations_seconds_with_suffix() {
    let cases = [
        (
            Duration {
                seconds: 1,
                nanos: 500_000_000,
            },
            "1.500s",
        ),
        (
            Duration {
                seconds: 0,
                nanos: -1,
            },
            "-0.000000001s",
        ),
        (
            Duration {
                seconds: -3,
                nanos: -20_000,
            },
            "-3.000020s",
        ),
        (
            Duration {
                seconds: 0,
                nanos: 0,
            },
            "0s",
        ),
        (
            Duration {
                seconds: 315_576_000_000,
                nanos: 0,
            },
            "315576000000s",
        ),
        (
            Duration {
                seconds: -315_576_000_000,
                nanos: 0,
            },
            "-315576000000s",
        ),
    ];
    for (d, text) in cases {
        assert_eq!(print(&d), format!("\"{text}\""));
        assert_eq!(parse::<Duration>(&format!("\"{text}\"")), d, "{text}");
    }
    assert_eq!(
        parse::<Duration>(r#""1.5s""#),
        Duration {
            seconds: 1,
            nanos: 500_000_000
        }
    );
    for bad in [
        "1.5",
        "1.5ms",
        "s",
        "-s",
        ".5s",
        "1.s",
        "1.0000000001s",
        "315576000001s",
        "1e3s",
        "+1s",
        " 1s",
    ] {
        reject::<Duration>(&format!("\"{bad}\""), "Duration");
    }
    assert!(
        json::to_string(&Duration {
            seconds: 1,
            nanos: -1
        })
        .is_err()
    );
    let w: WaitWorkflowRequest = parse(r#"{"timeout":"30s"}"#);
    assert_eq!(
        w.timeout,
        Some(Duration {
            seconds: 30,
            nanos: 0
        })
    );
}

#[test]
fn wrong_json_types_are_rejected() {
    reject::<Workflow>(r#"{"runId":5}"#, "invalid type");
    reject::<Workflow>(r#"{"input":"x"}"#, "invalid type");
    reject::<Workflow>(r#"{"labels":[]}"#, "invalid type");
    reject::<PageInfo>(r#"{"hasMore":"true"}"#, "invalid type");
    reject::<RetryPolicy>(r#"{"nonRetryableErrors":"x"}"#, "invalid type");
    reject::<Workflow>(r#"[]"#, "invalid type");
    reject::<Workflow>(r#"{"runId":"x""#, "EOF");
}

#[test]
fn duplicate_fields_are_rejected() {
    reject::<Workflow>(r#"{"runId":"a","run_id":"b"}"#, "duplicate field `runId`");
    reject::<Workflow>(
        r#"{"attempts":1,"attempts":2}"#,
        "duplicate field `attempts`",
    );
    reject::<ErrorDetail>(
        r#"{"code":1,"code":"ERROR_CODE_NOT_FOUND"}"#,
        "duplicate field `code`",
    );
    // `null` counts as giving the field, in either order and for every kind
    // of field (Go's protojson and Python's json_format reject these too):
    // a message, a string, an optional field, a map, a list, an enum.
    for (first, second, name) in [
        ("null", r#"{"data":"AQI="}"#, "input"),
        (r#""a""#, "null", "runId"),
        ("null", "null", "runId"),
        ("null", r#""t""#, "workflowType"),
        (r#""t""#, "null", "workflowType"),
        (r#""WORKFLOW_STATUS_RUNNING""#, "null", "statusFilter"),
        ("null", r#"{"a":"b"}"#, "labels"),
        ("[]", "null", "nonRetryableErrors"),
        ("null", r#""WORKFLOW_STATUS_RUNNING""#, "status"),
    ] {
        let [a, b] = [first, second].map(|v| format!(r#"{{"{name}":{v}}}"#));
        let both = format!(r#"{{"{name}":{first},"{name}":{second}}}"#);
        let snake = format!(
            r#"{{"{name}":{first},"{}":{second}}}"#,
            name.chars()
                .flat_map(|c| if c.is_uppercase() {
                    vec!['_', c.to_ascii_lowercase()]
                } else {
                    vec![c]
                })
                .collect::<String>()
        );
        let needle = format!("duplicate field `{name}`");
        match name {
            "workflowType" | "statusFilter" => {
                parse::<ListWorkflowsRequest>(&a);
                parse::<ListWorkflowsRequest>(&b);
                reject::<ListWorkflowsRequest>(&both, &needle);
                reject::<ListWorkflowsRequest>(&snake, &needle);
            }
            "nonRetryableErrors" => {
                parse::<RetryPolicy>(&a);
                parse::<RetryPolicy>(&b);
                reject::<RetryPolicy>(&both, &needle);
                reject::<RetryPolicy>(&snake, &needle);
            }
            _ => {
                parse::<Workflow>(&a);
                parse::<Workflow>(&b);
                reject::<Workflow>(&both, &needle);
                reject::<Workflow>(&snake, &needle);
            }
        }
    }
}

/// -0.0 is a value of its own, not the default (+0.0): it is written back
/// as `-0.0`, as Go's protojson and Python's json_format write it, and
/// reads back with its sign. +0.0 stays omitted.
#[test]
fn negative_zero_double_is_written() {
    for input in [
        r#"{"backoffCoefficient":-0}"#,
        r#"{"backoffCoefficient":-0.0}"#,
        r#"{"backoffCoefficient":"-0"}"#,
    ] {
        let p: RetryPolicy = parse(input);
        assert_eq!(
            p.backoff_coefficient.to_bits(),
            (-0.0f64).to_bits(),
            "{input}"
        );
        let out = print(&p);
        assert_eq!(out, r#"{"backoffCoefficient":-0.0}"#);
        let back: RetryPolicy = parse(&out);
        assert_eq!(back.backoff_coefficient.to_bits(), (-0.0f64).to_bits());
    }
    assert_eq!(
        print(&parse::<RetryPolicy>(r#"{"backoffCoefficient":0}"#)),
        "{}"
    );
}

#[test]
fn duplicate_map_keys_are_rejected() {
    // serde's BTreeMap would keep the last value ("a" => "2") silently.
    reject::<Workflow>(
        r#"{"labels":{"a":"1","a":"2"}}"#,
        r#"duplicate map key "a""#,
    );
    reject::<Payload>(
        r#"{"metadata":{"":"x","b":"y","":"z"}}"#,
        r#"duplicate map key """#,
    );
    reject::<ListWorkflowsRequest>(
        r#"{"labelSelector":{"team":"a","team":"a"}}"#,
        r#"duplicate map key "team""#,
    );
    // Distinct keys (also differing only in case) are still fine.
    let w: Workflow = parse(r#"{"labels":{"a":"1","A":"2"}}"#);
    assert_eq!(w.labels.len(), 2);
}

#[test]
fn error_detail_example() {
    let e = ErrorDetail {
        code: ErrorCode::ResourceExhausted as i32,
        retry_after_ms: 1500,
        non_retryable: true,
        ..Default::default()
    };
    assert_eq!(
        print(&e),
        r#"{"code":"ERROR_CODE_RESOURCE_EXHAUSTED","nonRetryable":true,"retryAfterMs":"1500"}"#
    );
}

#[test]
fn null_inside_a_list_or_as_a_map_value_is_rejected() {
    // A whole field given as null is the field's default...
    let p: ErrorDetail = parse(r#"{"metadata": null, "message": null}"#);
    assert!(p.metadata.is_empty() && p.message.is_empty());
    let r: RetryPolicy = parse(r#"{"nonRetryableErrors": null, "maximumAttempts": null}"#);
    assert_eq!(r, RetryPolicy::default());
    // ...but null never stands for a list element or a map value.
    reject::<ErrorDetail>(r#"{"metadata": {"k": null}}"#, "null");
    reject::<RetryPolicy>(r#"{"nonRetryableErrors": ["a", null]}"#, "null");
}

/// The value readers the generated code uses for number, bytes and enum
/// lists and maps (kagzi.v1 has none yet; Google's test messages do, see
/// conformance/google): null is an error there, with a message that says
/// why; `OrDefault`, which reads whole fields, still takes null.
#[test]
fn value_readers_reject_null_elements() {
    use json::private::{Bytes, EnumField, Lenient, Number, OrDefault, UniqueMap};
    let err = error_of::<Vec<Number<i32>>>("[1, null, 2]");
    assert!(err.contains("null is not a valid int32"), "{err}");
    let err = error_of::<UniqueMap<Number<i32>, Number<i32>>>(r#"{"0": null}"#);
    assert!(
        err.contains("not for a list element or a map value"),
        "{err}"
    );
    let err = error_of::<Vec<Bytes<Vec<u8>>>>(r#"["AA==", null]"#);
    assert!(err.contains("null is not a valid bytes"), "{err}");
    let err = error_of::<Vec<EnumField<ErrorCode, Lenient>>>("[null]");
    assert!(err.contains("null is not a valid enum value"), "{err}");
    let n: OrDefault<Number<i64>> = serde_json::from_str("null").unwrap();
    assert_eq!(n.0.0, 0);
    let e: OrDefault<EnumField<ErrorCode, Lenient>> = serde_json::from_str("null").unwrap();
    assert_eq!(e.0.0, Some(0));
}

/// Map keys are JSON strings, so escapes are allowed in them: a bool key
/// written `"tr\u0075e"` is `true` (serde_json alone reads only literal
/// `"true"`). Other key types read the decoded string as before.
#[test]
fn map_keys_may_be_escaped() {
    use json::private::{Number, UniqueMap};
    let m: UniqueMap<bool, bool> =
        serde_json::from_str(r#"{"tr\u0075e": true, "false": false}"#).unwrap();
    assert_eq!(m.0, BTreeMap::from([(true, true), (false, false)]));
    let err = error_of::<UniqueMap<bool, bool>>(r#"{"yes": true}"#);
    assert!(err.contains("bool map key"), "{err}");
    let m: UniqueMap<Number<i64>, String> = serde_json::from_str(r#"{"\u0031": "x"}"#).unwrap();
    assert_eq!(m.0.keys().map(|k| k.0).collect::<Vec<_>>(), vec![1]);
    let p: ErrorDetail = parse(r#"{"metadata": {"\u006b": "v"}}"#);
    assert_eq!(p.metadata["k"], "v");
}

/// `from_str_strict` rejects unknown field names (also in nested messages)
/// and unknown enum value names; the lenient default is untouched, also
/// right after a strict parse failed.
#[test]
fn strict_reading_rejects_unknown_names() {
    let nested = r#"{"runId": "r", "input": {"data": "AQI=", "later": true}}"#;
    let err = json::from_str_strict::<Workflow>(nested)
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown field `later`"), "{err}");
    let w: Workflow = parse(nested);
    assert_eq!(w.input.unwrap().data, vec![1, 2]);
    let err = json::from_str_strict::<ErrorDetail>(r#"{"code": "ERROR_CODE_LATER"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("unknown enum value name \"ERROR_CODE_LATER\""),
        "{err}"
    );
    let e: ErrorDetail = parse(r#"{"code": "ERROR_CODE_LATER"}"#);
    assert_eq!(e.code, 0);
    // Everything known reads the same strictly.
    let ok: ErrorDetail =
        json::from_str_strict(r#"{"code": "ERROR_CODE_NOT_FOUND", "message": "m"}"#)
            .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ok.code, ErrorCode::NotFound as i32);
}

/// The mode belongs to one read: strict and lenient reads of the same
/// input running at the same time on several threads, and a lenient read
/// nested inside a strict one (a caller's own `Deserialize` that reads a
/// kagzi message with `from_str`), each get their own answer. With the
/// mode in a thread-local, the nested read came out strict.
#[test]
fn strictness_belongs_to_one_read() {
    let newer = r#"{"runId": "r", "input": {"data": "AQI=", "later": true}, "status": "WORKFLOW_STATUS_LATER"}"#;
    std::thread::scope(|s| {
        for t in 0..8 {
            s.spawn(move || {
                for _ in 0..200 {
                    if t % 2 == 0 {
                        let err = json::from_str_strict::<Workflow>(newer).unwrap_err();
                        assert!(err.to_string().contains("unknown field `later`"), "{err}");
                    } else {
                        let w: Workflow = json::from_str(newer).unwrap();
                        assert_eq!(w.input.unwrap().data, vec![1, 2]);
                    }
                }
            });
        }
    });

    /// A caller's type that holds a kagzi message as JSON text and reads
    /// it leniently, whatever reads the type around it.
    #[derive(Debug)]
    struct Envelope(Workflow);
    impl<'de> serde::Deserialize<'de> for Envelope {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let text = <String as serde::Deserialize>::deserialize(d)?;
            json::from_str(&text)
                .map(Envelope)
                .map_err(serde::de::Error::custom)
        }
    }
    /// A pair read by `from_str_strict`: a message read in the caller's
    /// mode, then an envelope whose own code reads another message
    /// leniently while the strict read is still running.
    #[derive(Debug)]
    struct Pair(Workflow, Envelope);
    impl json::private::ReadIn for Pair {
        fn read_in<'de, M: json::private::Mode, D: serde::Deserializer<'de>>(
            d: D,
        ) -> Result<Self, D::Error> {
            let (w, e): (json::private::In<Workflow, M>, Envelope) =
                serde::Deserialize::deserialize(d)?;
            Ok(Pair(w.0, e))
        }
    }
    let quoted = serde_json::to_string(newer).unwrap();
    let pair: Pair = json::from_str_strict(&format!(r#"[{{"runId": "o"}}, {quoted}]"#))
        .unwrap_or_else(|e| panic!("the envelope's lenient read came out strict: {e}"));
    assert_eq!(
        (pair.0.run_id.as_str(), (pair.1).0.run_id.as_str()),
        ("o", "r")
    );
    // The strict read itself stays strict.
    let err = json::from_str_strict::<Pair>(&format!(r#"[{{"later": 1}}, {quoted}]"#)).unwrap_err();
    assert!(err.to_string().contains("unknown field `later`"), "{err}");
}

/// The error of reading `s` as `T` with serde_json alone.
fn error_of<T: serde::de::DeserializeOwned>(s: &str) -> String {
    match serde_json::from_str::<T>(s) {
        Ok(_) => panic!("{s} should be rejected"),
        Err(e) => e.to_string(),
    }
}
