//! The test plan of a run: the tests built from the checked-in cases (one
//! per check of each case, with the request to send and what to expect) and
//! the level(s) each is judged at.

use std::path::Path;

use crate::layout::{Format, load_cases};
use crate::protocol::{TestRequest, WireFormat, test_request};

#[derive(Clone)]
pub enum Expect {
    Binary(Vec<u8>),
    Json(String),
    Reject,
    /// A rule case: exactly these violations, sorted (empty: valid).
    Violations(Vec<crate::rules::Expected>),
}

#[derive(Clone)]
pub struct Test {
    pub name: String,
    pub version: String,
    /// Valid-case tests whose outputs are compared across testees, keyed by case.
    pub case: Option<String>,
    pub request: TestRequest,
    pub expect: Expect,
    /// The canonical binary of the value a valid-case test must produce
    /// (empty for rejections).
    pub value: Vec<u8>,
}

/// The level of a check, as in protobuf's own conformance suite. Required:
/// the output is the right value (decoded with the schema), or the input is
/// rejected. Recommended: the output is also the canonical bytes, or JSON
/// equal to the canonical JSON member by member.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Level {
    Required,
    Recommended,
}

impl Level {
    pub fn word(self) -> &'static str {
        match self {
            Level::Required => "required",
            Level::Recommended => "recommended",
        }
    }
}

pub fn build_tests(cases: &Path) -> Result<Vec<Test>, String> {
    let mut tests = Vec::new();
    for tc in load_cases(cases)? {
        let prefix = tc.prefix();
        let request = |name: &str, input: test_request::Input, out: WireFormat| TestRequest {
            test_name: name.to_string(),
            message_type: tc.message_type.clone(),
            input: Some(input),
            output_format: out as i32,
        };
        for c in &tc.valid {
            let case = format!("{prefix}/{}", c.name);
            let mut add =
                |check: &str, input: test_request::Input, out: WireFormat, expect: Expect| {
                    let name = format!("{case}.{check}");
                    tests.push(Test {
                        request: request(&name, input, out),
                        name,
                        version: tc.version.clone(),
                        case: Some(case.clone()),
                        expect,
                        value: c.binary.clone(),
                    });
                };
            add(
                "binary_to_binary",
                test_request::Input::BinaryInput(c.binary.clone()),
                WireFormat::Binary,
                Expect::Binary(c.binary.clone()),
            );
            add(
                "json_to_binary",
                test_request::Input::JsonInput(c.json.clone()),
                WireFormat::Binary,
                Expect::Binary(c.binary.clone()),
            );
            add(
                "binary_to_json",
                test_request::Input::BinaryInput(c.binary.clone()),
                WireFormat::Json,
                Expect::Json(c.json.clone()),
            );
        }
        for v in &tc.variants {
            let base = tc
                .valid
                .iter()
                .find(|c| c.name == v.base)
                .expect("layout checks variant bases");
            let case = format!("{prefix}/{}~{}", v.base, v.variant);
            // A JSON spelling must encode to the case's bytes. A binary
            // encoding is checked through JSON: binary writers may re-emit
            // unknown fields, JSON writers never do.
            let (check, input, out, expect) = match v.format {
                Format::Json => (
                    "json_to_binary",
                    test_request::Input::JsonInput(
                        String::from_utf8(v.input.clone())
                            .map_err(|_| format!("{case}.json is not UTF-8"))?,
                    ),
                    WireFormat::Binary,
                    Expect::Binary(base.binary.clone()),
                ),
                Format::Binary => (
                    "binary_to_json",
                    test_request::Input::BinaryInput(v.input.clone()),
                    WireFormat::Json,
                    Expect::Json(base.json.clone()),
                ),
            };
            let name = format!("{case}.{check}");
            tests.push(Test {
                request: request(&name, input, out),
                name,
                version: tc.version.clone(),
                case: Some(case),
                expect,
                value: base.binary.clone(),
            });
        }
        for b in &tc.bad {
            let (check, input) = match b.format {
                Format::Binary => (
                    "binary_rejected",
                    test_request::Input::BinaryInput(b.input.clone()),
                ),
                Format::Json => (
                    "json_rejected",
                    // The protocol carries JSON as a string; bad JSON sources are UTF-8.
                    test_request::Input::JsonInput(
                        String::from_utf8(b.input.clone())
                            .map_err(|_| format!("{prefix}/{}.bad.json is not UTF-8", b.name))?,
                    ),
                ),
            };
            let name = format!("{prefix}/{}.{check}", b.name);
            tests.push(Test {
                request: request(&name, input, WireFormat::Binary),
                name,
                version: tc.version.clone(),
                case: None,
                expect: Expect::Reject,
                value: Vec::new(),
            });
        }
    }
    Ok(tests)
}

/// A `Payload` whose `data` holds `size` bytes, as a `binary_to_binary` test:
/// a valid message far larger than any case, so that a testee (or the
/// runner) whose buffering or frame limit cannot take large messages fails.
pub fn large_message_test(size: usize) -> Test {
    let data: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
    let mut binary = vec![0x0a]; // field 1 (data), length-delimited
    prost::encoding::encode_varint(size as u64, &mut binary);
    binary.extend_from_slice(&data);
    let name = format!("large/kagzi.v1.Payload/{size}_bytes.binary_to_binary");
    Test {
        request: TestRequest {
            test_name: name.clone(),
            message_type: "kagzi.v1.Payload".into(),
            input: Some(test_request::Input::BinaryInput(binary.clone())),
            output_format: WireFormat::Binary as i32,
        },
        name,
        version: "large".into(),
        case: None,
        value: binary.clone(),
        expect: Expect::Binary(binary),
    }
}

/// The levels a test is judged at: a rejection and a rule case are
/// Required only (neither has a canonical form to recommend).
pub fn levels_of(test: &Test) -> &'static [Level] {
    match test.expect {
        Expect::Reject | Expect::Violations(_) => &[Level::Required],
        _ => &[Level::Required, Level::Recommended],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_case_becomes_its_checks_and_rejections_are_required_only() {
        let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("../cases");
        let tests = build_tests(&cases).unwrap();
        let full = "v1.0.0/kagzi.v1.Payload/full";
        for check in ["binary_to_binary", "json_to_binary", "binary_to_json"] {
            let t = tests
                .iter()
                .find(|t| t.name == format!("{full}.{check}"))
                .unwrap();
            assert_eq!(levels_of(t), [Level::Required, Level::Recommended]);
            assert!(!t.value.is_empty());
        }
        let bad = tests
            .iter()
            .find(|t| t.name.ends_with(".json_rejected"))
            .unwrap();
        assert_eq!(levels_of(bad), [Level::Required]);
    }

    #[test]
    fn the_large_message_is_a_payload_of_the_asked_size() {
        let t = large_message_test(300);
        // tag of field 1, varint 300 (0xac 0x02), then the data
        assert_eq!(t.value[..3], [0x0a, 0xac, 0x02]);
        assert_eq!(t.value.len(), 303);
    }
}
