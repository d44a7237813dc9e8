//! What a run reports: the expected-failures lists it is held to, the tally
//! of every judged result against them (counts per testee, version and
//! level, and the unexpected results), and the SUMMARY.md table.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::plan::Level;

/// Reads an expected-failures list: one `<level> <test name>  # reason` per
/// line, the level `required` or `recommended`, the reason mandatory; lines
/// that hold only a comment are free. Returns the `<level> <test name>` keys.
pub fn read_expected(path: &Path) -> Result<BTreeSet<String>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeSet::new()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let mut names = BTreeSet::new();
    for (n, line) in text.lines().enumerate() {
        let (entry, reason) = line.split_once('#').unwrap_or((line, ""));
        let entry = entry.trim();
        if entry.is_empty() {
            continue;
        }
        let at = format!("{}:{}", path.display(), n + 1);
        let (level, test) = entry
            .split_once(char::is_whitespace)
            .map(|(l, t)| (l, t.trim()))
            .unwrap_or((entry, ""));
        if !["required", "recommended"].contains(&level) || test.is_empty() || test.contains(' ') {
            return Err(format!(
                "{at}: want `required <test name>  # reason` or `recommended <test name>  # reason`"
            ));
        }
        if reason.trim().is_empty() {
            return Err(format!("{at}: {test} needs a reason (`# why`)"));
        }
        let name = format!("{level} {test}");
        if !names.insert(name.clone()) {
            return Err(format!(
                "{}:{}: {name} is listed twice",
                path.display(),
                n + 1
            ));
        }
    }
    Ok(names)
}

#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub passed: usize,
    pub failed: usize,
    pub expected: usize,
}

/// One judged result of a testee: a test (its version and name) at one
/// level, and why it failed (`None`: it passed).
pub struct Judged<'a> {
    pub version: &'a str,
    pub test: &'a str,
    pub level: Level,
    pub failure: Option<&'a str>,
}

/// A testee's expected-failures list and the file it was read from (named in
/// the messages that ask for an edit of it).
pub struct ExpectedList {
    pub path: PathBuf,
    pub names: BTreeSet<String>,
}

/// The results of a run held against the expected-failures lists.
/// `problems` explain each unexpected result in full (for stdout);
/// `problem_names` name them only, so that SUMMARY.md does not depend on
/// timing or process ids.
#[derive(Default)]
pub struct Tally {
    pub table: BTreeMap<(String, String, Level), Counts>,
    pub total: Counts,
    /// Unexpected results: failures not listed, listed tests that pass,
    /// listed names that match no test, and the testee-wide problems.
    pub unexpected: usize,
    pub problems: Vec<String>,
    pub problem_names: Vec<String>,
}

impl Tally {
    /// Counts one testee's results. `large_failure` is why the large-message
    /// check failed, `exit_problem` what was wrong with the testee's exit;
    /// each is one unexpected result.
    pub fn add_testee<'a>(
        &mut self,
        testee: &str,
        expected: &ExpectedList,
        results: impl IntoIterator<Item = Judged<'a>>,
        large_failure: Option<&str>,
        exit_problem: Option<&str>,
    ) {
        let mut seen = BTreeSet::new();
        for r in results {
            let l = r.level.word();
            let key = format!("{l} {}", r.test);
            let listed = expected.names.contains(&key);
            seen.insert(key);
            let c = self
                .table
                .entry((testee.to_string(), r.version.to_string(), r.level))
                .or_default();
            match (r.failure, listed) {
                (None, false) => {
                    c.passed += 1;
                    self.total.passed += 1;
                }
                (Some(_), true) => {
                    c.expected += 1;
                    self.total.expected += 1;
                }
                (Some(why), false) => {
                    c.failed += 1;
                    self.problem(
                        format!("FAIL {testee} {l} {}: {why}", r.test),
                        format!("FAIL {testee} {l} `{}`", r.test),
                    );
                }
                (None, true) => {
                    c.failed += 1;
                    self.problem(
                        format!(
                            "UNEXPECTED PASS {testee} {l} {}: passes now; remove it from {}",
                            r.test,
                            expected.path.display()
                        ),
                        format!("UNEXPECTED PASS {testee} {l} `{}`", r.test),
                    );
                }
            }
        }
        for name in expected.names.difference(&seen) {
            self.problem(
                format!(
                    "STALE {testee} {name}: listed in {} but no such test",
                    expected.path.display()
                ),
                format!("STALE {testee} `{name}`"),
            );
        }
        if let Some(p) = large_failure {
            self.problem(
                format!("LARGE {testee}: {p}"),
                format!("LARGE {testee}: large message not echoed"),
            );
        }
        if let Some(p) = exit_problem {
            self.problem(format!("EXIT {testee}: {p}"), format!("EXIT {testee}: {p}"));
        }
    }

    fn problem(&mut self, full: String, name: String) {
        self.unexpected += 1;
        self.problems.push(full);
        self.problem_names.push(name);
    }

    /// The run's last line.
    pub fn closing_line(&self) -> String {
        format!(
            "conformance: {} passed, {} failed, {} expected failures",
            self.total.passed, self.unexpected, self.total.expected
        )
    }
}

pub fn render_summary(
    testees: &[String],
    versions: &[String],
    table: &BTreeMap<(String, String, Level), Counts>,
    disagreements: &BTreeMap<String, Vec<String>>,
    problems: &[String],
) -> String {
    let mut s = String::from(
        "# kagzi.v1 conformance summary\n\n\
         Written by `make conformance` (conformance/runner); do not edit. Each cell: \
         passed / failed / expected failures (listed in `conformance/testees/<testee>/expected_failures.txt`). \
         Required: the right value (outputs decoded with the schema and compared as values) and every \
         invalid input rejected. Recommended: the canonical bytes and JSON members.\n\n",
    );
    s.push_str("| testee | level |");
    for v in versions {
        s.push_str(&format!(" {v} |"));
    }
    s.push_str(" total |\n| --- | --- |");
    for _ in versions {
        s.push_str(" --- |");
    }
    s.push_str(" --- |\n");
    for t in testees {
        for level in [Level::Required, Level::Recommended] {
            s.push_str(&format!("| {t} | {} |", level.word()));
            let mut sum = Counts::default();
            for v in versions {
                let c = table
                    .get(&(t.clone(), v.clone(), level))
                    .copied()
                    .unwrap_or_default();
                sum.passed += c.passed;
                sum.failed += c.failed;
                sum.expected += c.expected;
                s.push_str(&format!(" {} / {} / {} |", c.passed, c.failed, c.expected));
            }
            s.push_str(&format!(
                " {} / {} / {} |\n",
                sum.passed, sum.failed, sum.expected
            ));
        }
    }
    if testees.len() >= 2 {
        s.push_str(&format!(
            "\nCross-language disagreements (bytes, or JSON members): {} cases.\n",
            disagreements.len()
        ));
        for (case, diffs) in disagreements {
            for d in diffs {
                s.push_str(&format!("- `{case}` {}\n", d.replace('|', "\\|")));
            }
        }
    }
    if !problems.is_empty() {
        s.push_str("\nUnexpected results:\n\n");
        for p in problems {
            s.push_str(&format!("- {}\n", p.replace('|', "\\|")));
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged<'a>(test: &'a str, level: Level, failure: Option<&'a str>) -> Judged<'a> {
        Judged {
            version: "v1.0.0",
            test,
            level,
            failure,
        }
    }

    fn expected(names: &[&str]) -> ExpectedList {
        ExpectedList {
            path: PathBuf::from("testees/go/expected_failures.txt"),
            names: names.iter().map(|n| n.to_string()).collect(),
        }
    }

    #[test]
    fn the_tally_holds_results_to_the_list() {
        use Level::{Recommended, Required};
        let mut t = Tally::default();
        t.add_testee(
            "go",
            &expected(&[
                "recommended a.listed",
                "required a.fixed",
                "required a.gone",
            ]),
            [
                judged("a.ok", Required, None),
                judged("a.ok", Recommended, None),
                judged("a.listed", Required, None),
                judged("a.listed", Recommended, Some("bytes differ")),
                judged("a.fixed", Required, None),
                judged("a.broken", Required, Some("wrong value")),
            ],
            None,
            None,
        );
        assert_eq!(t.total.passed, 3);
        assert_eq!(t.total.expected, 1);
        // a.broken fails, a.fixed passes though listed, a.gone is stale.
        assert_eq!(t.unexpected, 3, "{:?}", t.problems);
        let required = t.table[&("go".into(), "v1.0.0".into(), Required)];
        assert_eq!(
            (required.passed, required.failed, required.expected),
            (2, 2, 0)
        );
        let recommended = t.table[&("go".into(), "v1.0.0".into(), Recommended)];
        assert_eq!(
            (recommended.passed, recommended.failed, recommended.expected),
            (1, 0, 1)
        );
        assert_eq!(
            t.problem_names,
            [
                "UNEXPECTED PASS go required `a.fixed`",
                "FAIL go required `a.broken`",
                "STALE go `required a.gone`",
            ]
        );
        assert!(t.problems[0].contains("remove it from testees/go/expected_failures.txt"));
        assert!(t.problems[1].ends_with("a.broken: wrong value"));
        assert_eq!(
            t.closing_line(),
            "conformance: 3 passed, 3 failed, 1 expected failures"
        );
    }

    #[test]
    fn testee_wide_problems_are_unexpected_results() {
        let mut t = Tally::default();
        t.add_testee(
            "py",
            &expected(&[]),
            [judged("a.ok", Level::Required, None)],
            Some("a: no answer within 10 s"),
            Some("exit status 1"),
        );
        assert_eq!(t.unexpected, 2);
        assert_eq!(
            t.problem_names,
            [
                "LARGE py: large message not echoed",
                "EXIT py: exit status 1"
            ]
        );
        assert_eq!(t.problems[0], "LARGE py: a: no answer within 10 s");
        // A clean testee adds no problem.
        let mut clean = Tally::default();
        clean.add_testee("rs", &expected(&[]), [], None, None);
        assert_eq!((clean.unexpected, clean.problems.len()), (0, 0));
    }

    fn list(name: &str, text: &str) -> Result<BTreeSet<String>, String> {
        let path = std::env::temp_dir().join(format!("kagzi-report-{name}-{}", std::process::id()));
        std::fs::write(&path, text).unwrap();
        let result = read_expected(&path);
        std::fs::remove_file(&path).unwrap();
        result
    }

    #[test]
    fn entries_name_a_level_and_a_reason() {
        let ok = list(
            "ok",
            "# comment\n\nrecommended a/b/c.binary_to_binary  # why\n",
        )
        .unwrap();
        assert!(ok.contains("recommended a/b/c.binary_to_binary"));
        assert!(
            list("noreason", "required a/b/c.json_rejected\n")
                .unwrap_err()
                .contains("needs a reason")
        );
        assert!(list("nolevel", "a/b/c.json_rejected # why\n").is_err());
        assert!(
            list("twice", "required x # a\nrequired x # b\n")
                .unwrap_err()
                .contains("listed twice")
        );
        assert!(list("missing-file-is-empty", "").unwrap().is_empty());
    }

    #[test]
    fn the_summary_has_a_row_per_testee_and_level() {
        let mut table = BTreeMap::new();
        let c = Counts {
            passed: 3,
            failed: 1,
            expected: 2,
        };
        table.insert(
            ("go".to_string(), "v1.0.0".to_string(), Level::Recommended),
            c,
        );
        let s = render_summary(
            &["go".into()],
            &["v1.0.0".into()],
            &table,
            &BTreeMap::new(),
            &[],
        );
        assert!(
            s.contains("| go | required | 0 / 0 / 0 | 0 / 0 / 0 |\n"),
            "{s}"
        );
        assert!(
            s.contains("| go | recommended | 3 / 1 / 2 | 3 / 1 / 2 |\n"),
            "{s}"
        );
    }
}
