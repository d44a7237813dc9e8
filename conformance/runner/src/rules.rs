//! The rule cases (`conformance/rules/`): values that are valid or invalid
//! under the rules the schemas carry (protovalidate's `buf.validate`
//! annotations), each with the violations a protovalidate library must
//! report, as field path and rule id. One file per message type,
//! `<full.Type>.json`:
//!
//! ```json
//! { "cases": [
//!   { "name": "missing_run_id", "why": "run_id is Required.",
//!     "input": { "namespaceId": "default" },
//!     "violations": [ { "field": "run_id", "rule": "required" } ] } ] }
//! ```
//!
//! Every case becomes one test, `rules/<full.Type>/<name>.violations`: the
//! input is sent as JSON with output format WIRE_FORMAT_VIOLATIONS, and the
//! answer must list exactly the expected violations, in any order.

use std::collections::BTreeSet;
use std::path::Path;

use prost_reflect::DescriptorPool;
use serde_json::Value;

use crate::plan::{Expect, Test};
use crate::protocol::{TestRequest, WireFormat, test_request};

/// The version column of the rule tests in the results table.
pub const VERSION: &str = "rules";

/// One expected violation: `field` as the protocol's `Violation.field_path`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Expected {
    pub field: String,
    pub rule: String,
}

struct Case {
    name: String,
    input: Value,
    violations: Vec<Expected>,
}

/// The cases of one file, every member checked: an unknown or missing
/// member is an error, not a case that silently tests less.
fn parse_file(text: &str) -> Result<Vec<Case>, String> {
    let file: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let cases = only(&file, &["cases"])?
        .get("cases")
        .and_then(Value::as_array)
        .ok_or("want {\"cases\": [...]}")?;
    cases
        .iter()
        .map(|c| {
            let c = only(c, &["name", "why", "input", "violations"])?;
            let text = |k: &str| {
                c.get(k)
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .ok_or(format!("a case needs a string \"{k}\""))
            };
            let name = text("name")?;
            // `why` is for readers of the file; it must be there.
            text("why").map_err(|e| format!("case {name}: {e}"))?;
            let input = c
                .get("input")
                .filter(|v| v.is_object())
                .ok_or(format!("case {name}: \"input\" must be a JSON object"))?
                .clone();
            let violations = c
                .get("violations")
                .and_then(Value::as_array)
                .ok_or(format!("case {name}: \"violations\" must be a list"))?
                .iter()
                .map(|v| {
                    let v = only(v, &["field", "rule"])?;
                    let get = |k: &str| {
                        v.get(k)
                            .and_then(Value::as_str)
                            .map(str::to_string)
                            .ok_or(format!("case {name}: a violation needs a string \"{k}\""))
                    };
                    Ok(Expected {
                        field: get("field")?,
                        rule: get("rule")?,
                    })
                })
                .collect::<Result<_, String>>()?;
            Ok(Case {
                name,
                input,
                violations,
            })
        })
        .collect()
}

/// `value` when it is an object with exactly the members `keys`.
fn only<'a>(value: &'a Value, keys: &[&str]) -> Result<&'a serde_json::Map<String, Value>, String> {
    let object = value.as_object().ok_or("want a JSON object")?;
    let mut have: Vec<&str> = object.keys().map(String::as_str).collect();
    have.sort_unstable();
    let mut want = keys.to_vec();
    want.sort_unstable();
    if have != want {
        return Err(format!("members {have:?}, want {want:?}"));
    }
    Ok(object)
}

/// The tests of every rule case under `dir`. A file that does not parse, a
/// type the schemas (`pool`) do not have, an input that is not a value of
/// its type, a bad or repeated name, or an empty directory is an error.
pub fn build_rule_tests(dir: &Path, pool: &DescriptorPool) -> Result<Vec<Test>, String> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    entries.sort();
    let mut tests = Vec::new();
    for path in entries {
        let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if file_name == "README.md" {
            continue;
        }
        let Some(message_type) = file_name.strip_suffix(".json") else {
            return Err(format!(
                "{}: not a <full.Type>.json rule file",
                path.display()
            ));
        };
        let desc = pool
            .get_message_by_name(message_type)
            .ok_or_else(|| format!("{}: {message_type} is not in the schemas", path.display()))?;
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let cases = parse_file(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut names = BTreeSet::new();
        for case in cases {
            let valid_name = !case.name.is_empty()
                && case
                    .name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !valid_name || !names.insert(case.name.clone()) {
                return Err(format!(
                    "{}: case name {:?} is empty, not [a-z0-9_] or repeated",
                    path.display(),
                    case.name
                ));
            }
            let json = serde_json::to_string(&case.input).expect("a JSON value prints");
            // The input must be a value of the type: a typo in a member name
            // would otherwise be ignored by every reader and test nothing.
            let mut de = serde_json::Deserializer::from_str(&json);
            prost_reflect::DynamicMessage::deserialize_with_options(
                desc.clone(),
                &mut de,
                &prost_reflect::DeserializeOptions::new().deny_unknown_fields(true),
            )
            .map_err(|e| format!("{}: case {}: input {e}", path.display(), case.name))?;
            let name = format!("{VERSION}/{message_type}/{}.violations", case.name);
            let mut want = case.violations;
            want.sort();
            tests.push(Test {
                request: TestRequest {
                    test_name: name.clone(),
                    message_type: message_type.to_string(),
                    input: Some(test_request::Input::JsonInput(json)),
                    output_format: WireFormat::Violations as i32,
                },
                name,
                version: VERSION.to_string(),
                case: None,
                expect: Expect::Violations(want),
                value: Vec::new(),
            });
        }
    }
    if tests.is_empty() {
        return Err(format!("no rule cases under {}", dir.display()));
    }
    Ok(tests)
}

/// Why the reported violations are not the expected ones, or `None`.
pub fn violations_failure(want: &[Expected], got: &[crate::protocol::Violation]) -> Option<String> {
    let mut got: Vec<Expected> = got
        .iter()
        .map(|v| Expected {
            field: v.field_path.clone(),
            rule: v.rule_id.clone(),
        })
        .collect();
    got.sort();
    if got == want {
        return None;
    }
    let show = |list: &[Expected]| {
        if list.is_empty() {
            "none".to_string()
        } else {
            list.iter()
                .map(|e| {
                    format!(
                        "{} {}",
                        if e.field.is_empty() {
                            "(message)"
                        } else {
                            &e.field
                        },
                        e.rule
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    Some(format!("reported {}, want {}", show(&got), show(want)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Violation;

    fn v(field: &str, rule: &str) -> Violation {
        Violation {
            field_path: field.into(),
            rule_id: rule.into(),
        }
    }

    fn e(field: &str, rule: &str) -> Expected {
        Expected {
            field: field.into(),
            rule: rule.into(),
        }
    }

    #[test]
    fn violations_match_in_any_order_and_every_difference_fails() {
        let want = vec![e("a", "required"), e("b", "string.max_len")];
        assert_eq!(
            violations_failure(&want, &[v("b", "string.max_len"), v("a", "required")]),
            None
        );
        assert!(violations_failure(&want, &[v("a", "required")]).is_some());
        assert!(
            violations_failure(&want, &[v("a", "required"), v("b", "string.min_len")]).is_some()
        );
        assert!(violations_failure(&[], &[v("a", "required")]).is_some());
        assert_eq!(violations_failure(&[], &[]), None);
    }

    #[test]
    fn the_checked_in_rule_cases_load() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let pool = crate::schemas::compile_proto_tree(&root.join("../proto")).unwrap();
        let tests = build_rule_tests(&root.join("rules"), &pool).unwrap();
        assert!(tests.iter().any(|t| t.name.ends_with(".violations")));
        assert!(
            tests
                .iter()
                .any(|t| matches!(&t.expect, Expect::Violations(v) if v.is_empty())),
            "some case must be valid under the rules"
        );
    }
}
