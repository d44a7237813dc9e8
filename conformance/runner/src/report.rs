//! What a run reports: the expected-failures lists it is held to, the counts
//! per testee, version and level, and the SUMMARY.md table.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

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
