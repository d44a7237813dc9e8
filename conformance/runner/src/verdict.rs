//! Judging a testee's answer to one test at each level: Required compares
//! the value (decoded with the schema), Recommended the canonical bytes or
//! JSON members.

use prost_reflect::DescriptorPool;

use crate::hex::show as hex;
use crate::json_compare::json_equal;
use crate::plan::{Expect, Level, Test, levels_of};
use crate::protocol::{TestResponse, test_response};
use crate::testee::{Answer, Answers};
use crate::values;

pub enum Output {
    Binary(Vec<u8>),
    Json(String),
}

pub struct Outcome {
    pub test: usize,
    /// One result per level the test has (rejections: Required only).
    pub results: Vec<(Level, Option<String>)>,
    pub output: Option<Output>,
}

pub fn truncated(s: &str) -> String {
    const MAX: usize = 400;
    if s.len() <= MAX {
        s.to_string()
    } else {
        let mut end = MAX;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}... ({} bytes)", &s[..end], s.len())
    }
}

/// The verdict on one testee's run.
pub struct RunVerdict {
    /// One outcome per test of the plan, in its order.
    pub outcomes: Vec<Outcome>,
    /// Why the large-message check failed, when it ran and failed.
    pub large_failure: Option<String>,
    /// What was wrong with the testee's exit at the end of its input.
    pub exit_problem: Option<String>,
}

/// Judges every answer of a run (see `testee::drive`): a test the testee
/// could not answer, or that was not sent, fails at each of its levels.
pub fn judge_run(
    tests: &[Test],
    large: Option<&Test>,
    answers: Answers,
    pool: &DescriptorPool,
) -> RunVerdict {
    let large_failure = match (large, answers.large) {
        (Some(test), Some(Answer::Response(resp))) => judge_recommended(test, resp).0,
        (Some(_), Some(Answer::Failed(why) | Answer::NotRun(why))) => Some(why),
        _ => None,
    };
    let large_failure = large_failure.map(|why| match large {
        Some(test) => format!("{}: {why}", test.name),
        None => why,
    });
    let outcomes = tests
        .iter()
        .zip(answers.tests)
        .enumerate()
        .map(|(i, (test, answer))| {
            let (results, output) = match answer {
                Answer::Response(resp) => judge(test, resp, pool),
                Answer::Failed(why) | Answer::NotRun(why) => {
                    let failed = levels_of(test).iter().map(|l| (*l, Some(why.clone())));
                    (failed.collect(), None)
                }
            };
            Outcome {
                test: i,
                results,
                output,
            }
        })
        .collect();
    RunVerdict {
        outcomes,
        large_failure,
        exit_problem: answers.exit_problem,
    }
}

/// The results of a test at each of its levels, and the output to compare
/// across testees.
pub fn judge(
    test: &Test,
    resp: TestResponse,
    pool: &DescriptorPool,
) -> (Vec<(Level, Option<String>)>, Option<Output>) {
    let (recommended, output) = judge_recommended(test, resp);
    if matches!(test.expect, Expect::Reject | Expect::Violations(_)) {
        return (vec![(Level::Required, recommended)], output);
    }
    // A wrong answer (an error, the wrong format) fails both levels; output
    // that is not canonical is judged again by its value.
    let required = match (&recommended, &output) {
        (None, _) => None,
        (Some(why), None) => Some(why.clone()),
        (Some(_), Some(out)) => value_failure(test, out, pool),
    };
    (
        vec![
            (Level::Required, required),
            (Level::Recommended, recommended),
        ],
        output,
    )
}

/// Why `out` is not the value the case holds, or `None` when it is.
pub fn value_failure(test: &Test, out: &Output, pool: &DescriptorPool) -> Option<String> {
    let Some(desc) = pool.get_message_by_name(&test.request.message_type) else {
        return Some(format!(
            "{} is not in the schema",
            test.request.message_type
        ));
    };
    let want = match values::from_binary(&desc, &test.value) {
        Ok(v) => v,
        Err(e) => return Some(format!("the case's own value {e}")),
    };
    let got = match out {
        Output::Binary(b) => values::from_binary(&desc, b),
        Output::Json(j) => values::from_json(&desc, j),
    };
    match got {
        Err(e) => Some(format!("output {e}")),
        Ok(got) if values::messages_equal(&got, &want) => None,
        Ok(_) => Some(match out {
            Output::Binary(b) => format!(
                "wrote another value: {}, want {}",
                truncated(&hex(b)),
                truncated(&hex(&test.value))
            ),
            Output::Json(j) => format!("wrote another value: {}", truncated(j)),
        }),
    }
}

/// The Recommended result: canonical bytes, or JSON equal member by member.
pub fn judge_recommended(test: &Test, resp: TestResponse) -> (Option<String>, Option<Output>) {
    use test_response::Result as R;
    match (&test.expect, resp.result) {
        (Expect::Reject, Some(R::ParseError(_))) => (None, None),
        (Expect::Reject, Some(R::BinaryOutput(b))) => (
            Some(format!(
                "accepted invalid input (wrote {})",
                truncated(&hex(&b))
            )),
            None,
        ),
        (Expect::Reject, Some(R::JsonOutput(j))) => (
            Some(format!("accepted invalid input (wrote {})", truncated(&j))),
            None,
        ),
        (Expect::Violations(want), Some(R::Violations(got))) => (
            crate::rules::violations_failure(want, &got.violations),
            None,
        ),
        (Expect::Violations(_), Some(R::BinaryOutput(_) | R::JsonOutput(_))) => (
            Some("answered an encoding where violations were requested".into()),
            None,
        ),
        (_, Some(R::Violations(_))) => (
            Some("answered violations where an encoding was requested".into()),
            None,
        ),
        (Expect::Binary(want), Some(R::BinaryOutput(got))) => {
            let failure = (&got != want).then(|| {
                format!(
                    "wrote {}, want {}",
                    truncated(&hex(&got)),
                    truncated(&hex(want))
                )
            });
            (failure, Some(Output::Binary(got)))
        }
        (Expect::Json(want), Some(R::JsonOutput(got))) => {
            let failure = json_equal(want, &got)
                .err()
                .map(|d| format!("JSON differs at {}", truncated(&d)));
            (failure, Some(Output::Json(got)))
        }
        (_, Some(R::ParseError(e))) => (Some(format!("parse_error: {}", truncated(&e))), None),
        (_, Some(R::SerializeError(e))) => {
            (Some(format!("serialize_error: {}", truncated(&e))), None)
        }
        (_, Some(R::RuntimeError(e))) => (Some(format!("runtime_error: {}", truncated(&e))), None),
        (_, Some(R::Skipped(e))) => (Some(format!("skipped: {}", truncated(&e))), None),
        (_, Some(R::BinaryOutput(_))) => (
            Some("answered binary where JSON was requested".into()),
            None,
        ),
        (_, Some(R::JsonOutput(_))) => (
            Some("answered JSON where binary was requested".into()),
            None,
        ),
        (_, None) => (Some("empty TestResponse (no result set)".into()), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{TestRequest, WireFormat};
    use std::path::Path;

    fn pool() -> DescriptorPool {
        crate::schemas::compile_proto_tree(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../proto"),
        )
        .unwrap()
    }

    fn binary_test(want: &[u8]) -> Test {
        Test {
            name: "v/kagzi.v1.Payload/x.binary_to_binary".into(),
            version: "v".into(),
            case: None,
            request: TestRequest {
                message_type: "kagzi.v1.Payload".into(),
                output_format: WireFormat::Binary as i32,
                ..Default::default()
            },
            expect: Expect::Binary(want.to_vec()),
            value: want.to_vec(),
        }
    }

    fn answer(result: test_response::Result) -> TestResponse {
        TestResponse {
            result: Some(result),
        }
    }

    #[test]
    fn other_bytes_of_the_same_value_fail_only_recommended() {
        // metadata {"a": "", "b": "x"}: canonical, then reversed with the
        // empty value left out.
        let canonical = [
            0x12, 0x05, 0x0a, 0x01, b'a', 0x12, 0x00, 0x12, 0x06, 0x0a, 0x01, b'b', 0x12, 0x01,
            b'x',
        ];
        let other = [
            0x12, 0x06, 0x0a, 0x01, b'b', 0x12, 0x01, b'x', 0x12, 0x03, 0x0a, 0x01, b'a',
        ];
        let t = binary_test(&canonical);
        let (results, _) = judge(
            &t,
            answer(test_response::Result::BinaryOutput(other.to_vec())),
            &pool(),
        );
        assert_eq!(results[0], (Level::Required, None));
        assert_eq!(results[1].0, Level::Recommended);
        assert!(results[1].1.is_some());
        // Another value fails both.
        let (results, _) = judge(
            &t,
            answer(test_response::Result::BinaryOutput(other[..8].to_vec())),
            &pool(),
        );
        assert!(results.iter().all(|(_, f)| f.is_some()), "{results:?}");
        // An error fails both.
        let (results, _) = judge(
            &t,
            answer(test_response::Result::ParseError("no".into())),
            &pool(),
        );
        assert!(results.iter().all(|(_, f)| f.is_some()), "{results:?}");
    }

    #[test]
    fn a_rejection_passes_only_on_parse_error() {
        let mut t = binary_test(&[]);
        t.expect = Expect::Reject;
        let (ok, _) = judge(
            &t,
            answer(test_response::Result::ParseError("bad".into())),
            &pool(),
        );
        assert_eq!(ok, [(Level::Required, None)]);
        let (bad, _) = judge(
            &t,
            answer(test_response::Result::BinaryOutput(vec![])),
            &pool(),
        );
        assert_eq!(bad.len(), 1);
        assert!(
            bad[0]
                .1
                .as_deref()
                .unwrap()
                .starts_with("accepted invalid input")
        );
    }
}
