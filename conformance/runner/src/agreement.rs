//! Agreement across testees: on each valid case, the testees are grouped by
//! the output they wrote (binary byte for byte, JSON as JSON values); more
//! than one group is a disagreement, reported by case. Informational: each
//! disagreement also shows up as some testee's failed (or listed) check.

use std::collections::BTreeMap;

use crate::hex::show as hex;
use crate::json_compare::json_equal;
use crate::plan::Test;
use crate::verdict::{Outcome, Output, truncated};

/// For each case on which the testees' outputs differ, one line per check:
/// `<check>: <names> wrote <output>; <names> wrote <output>`.
/// `outcomes` holds, per testee, its outcomes in the order of `tests`.
pub fn disagreements(
    tests: &[Test],
    outcomes: &[(&str, &[Outcome])],
) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (i, test) in tests.iter().enumerate() {
        let Some(case) = &test.case else { continue };
        let mut groups: Vec<(&Output, Vec<&str>)> = Vec::new();
        for (name, outs) in outcomes {
            let Some(output) = outs.get(i).and_then(|o| o.output.as_ref()) else {
                continue;
            };
            match groups.iter_mut().find(|(o, _)| same(o, output)) {
                Some(g) => g.1.push(name),
                None => groups.push((output, vec![name])),
            }
        }
        if groups.len() > 1 {
            let check = test.name.rsplit('.').next().unwrap_or("");
            let parts: Vec<String> = groups
                .iter()
                .map(|(output, names)| {
                    format!("{} wrote {}", names.join(", "), truncated(&shown(output)))
                })
                .collect();
            out.entry(case.clone())
                .or_default()
                .push(format!("{check}: {}", parts.join("; ")));
        }
    }
    out
}

fn same(a: &Output, b: &Output) -> bool {
    match (a, b) {
        (Output::Binary(x), Output::Binary(y)) => x == y,
        (Output::Json(x), Output::Json(y)) => json_equal(x, y).is_ok(),
        _ => false,
    }
}

/// Binary as hex, JSON on one line (so that the summary stays a list).
fn shown(output: &Output) -> String {
    match output {
        Output::Binary(b) => hex(b),
        Output::Json(j) => serde_json::from_str::<serde_json::Value>(j)
            .map(|v| v.to_string())
            .unwrap_or_else(|_| j.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Expect;
    use crate::protocol::TestRequest;

    fn test(name: &str) -> Test {
        Test {
            name: format!("v/T/{name}.binary_to_json"),
            version: "v".into(),
            case: Some(format!("v/T/{name}")),
            request: TestRequest::default(),
            expect: Expect::Json(String::new()),
            value: Vec::new(),
        }
    }

    fn json(text: &str) -> Outcome {
        Outcome {
            test: 0,
            results: Vec::new(),
            output: Some(Output::Json(text.into())),
        }
    }

    #[test]
    fn equal_json_values_agree_and_other_values_are_reported() {
        let tests = [test("same"), test("differs")];
        let a = [json(r#"{"a": 1, "b": "x"}"#), json(r#"{"n": "1"}"#)];
        let b = [json(r#"{"b":"x","a":1.0}"#), json(r#"{"n": 1}"#)];
        let found = disagreements(&tests, &[("a", &a), ("b", &b)]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found["v/T/differs"],
            [r#"binary_to_json: a wrote {"n":"1"}; b wrote {"n":1}"#]
        );
    }
}
