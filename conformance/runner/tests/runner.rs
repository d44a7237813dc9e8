//! Tests of the runner itself, driving it with the reference testee: a clean
//! run, misbehaving testees (crash, hang, garbage, junk frames), the rules of
//! the expected-failures list, cross-testee disagreement and bad usage.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const RUNNER: &str = env!("CARGO_BIN_EXE_conformance-runner");
const REFERENCE: &str = env!("CARGO_BIN_EXE_conformance-reference-testee");

/// The JSON inputs prost-reflect (under the reference testee) wrongly accepts.
const REFERENCE_LENIENCIES: &str = "# prost-reflect keeps the last of repeated JSON keys\n\
required v1.0.0/kagzi.v1.RegisterRequest/duplicate_field.json_rejected  # last key wins\n\
\n\
required v1.0.0/kagzi.v1.RegisterRequest/duplicate_field_two_names.json_rejected   # same\n\
required v1.0.0/kagzi.v1.Payload/duplicate_map_key.json_rejected   # and of repeated map keys\n\
required v1.2.0/kagzi.v1.ListWorkflowsRequest/duplicate_optional_null_first.json_rejected  # also when one is null\n\
required v1.2.0/kagzi.v1.ListWorkflowsRequest/duplicate_optional_null_second.json_rejected  # same\n\
required v1.2.0/kagzi.v1.Workflow/duplicate_field_null_first.json_rejected  # same\n\
required v1.2.0/kagzi.v1.Workflow/duplicate_field_null_second.json_rejected  # same\n";

fn cases() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../cases")
}

/// A scratch directory with expected-failures lists `(testee, content)`.
fn scratch(name: &str, lists: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kagzi-runner-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (testee, content) in lists {
        std::fs::create_dir_all(dir.join(testee)).unwrap();
        std::fs::write(dir.join(testee).join("expected_failures.txt"), content).unwrap();
    }
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(dir: &Path, testees: &[(&str, String)], extra: &[&str]) -> (Output, String, String) {
    let mut cmd = Command::new(RUNNER);
    cmd.arg("--cases")
        .arg(cases())
        .arg("--proto")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../proto"))
        .arg("--expected-failures-dir")
        .arg(dir)
        .arg("--summary")
        .arg(dir.join("SUMMARY.md"));
    for (name, command) in testees {
        cmd.arg("--testee").arg(format!("{name}={command}"));
    }
    cmd.args(extra);
    cmd.env_remove("KAGZI_TESTEE_FAULT");
    let out = cmd.output().expect("runner starts");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let summary = std::fs::read_to_string(dir.join("SUMMARY.md")).unwrap_or_default();
    (out, stdout, summary)
}

fn faulty(fault: &str) -> String {
    format!("env KAGZI_TESTEE_FAULT={fault} {REFERENCE}")
}

#[test]
fn clean_run_passes_and_summary_is_deterministic() {
    let dir = scratch("clean", &[("ref", REFERENCE_LENIENCIES)]);
    let (out, stdout, summary) = run(&dir, &[("ref", REFERENCE.to_string())], &[]);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains(" 0 failed, 7 expected failures"),
        "{stdout}"
    );
    assert!(summary.contains("| ref |"), "{summary}");
    let (_, _, again) = run(&dir, &[("ref", REFERENCE.to_string())], &[]);
    assert_eq!(
        summary, again,
        "SUMMARY.md must not change between identical runs"
    );
}

#[test]
fn without_the_list_the_leniencies_fail_the_run() {
    let dir = scratch("nolist", &[]);
    let (out, stdout, _) = run(&dir, &[("ref", REFERENCE.to_string())], &[]);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "FAIL ref required v1.0.0/kagzi.v1.RegisterRequest/duplicate_field.json_rejected"
        ),
        "{stdout}"
    );
}

#[test]
fn crash_garbage_and_junk_fail_one_test_each_and_the_run_goes_on() {
    for (fault, marker) in [
        (
            "crash:Payload/full.binary_to_json",
            "exited with exit status: 3",
        ),
        (
            "garbage:Payload/full.binary_to_json",
            "garbage on the testee's stdout",
        ),
        ("junk:Payload/full.binary_to_json", "not a TestResponse"),
    ] {
        let dir = scratch("faults", &[("ref", REFERENCE_LENIENCIES)]);
        let (out, stdout, _) = run(&dir, &[("ref", faulty(fault))], &[]);
        assert_eq!(out.status.code(), Some(1), "{fault}: {stdout}");
        let fails: Vec<&str> = stdout.lines().filter(|l| l.starts_with("FAIL ")).collect();
        assert_eq!(fails.len(), 2, "{fault}: {stdout}");
        assert!(
            fails[0].contains("v1.0.0/kagzi.v1.Payload/full.binary_to_json"),
            "{fault}: {stdout}"
        );
        assert!(fails[0].contains(marker), "{fault}: {}", fails[0]);
        assert!(
            stdout.contains("was restarted 1 times"),
            "{fault}: {stdout}"
        );
    }
}

#[test]
fn a_hang_times_out() {
    let dir = scratch("hang", &[("ref", REFERENCE_LENIENCIES)]);
    let (out, stdout, _) = run(
        &dir,
        &[("ref", faulty("hang:PageInfo/full.binary_to_binary"))],
        &["--timeout", "1"],
    );
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "FAIL ref required v1.0.0/kagzi.v1.PageInfo/full.binary_to_binary: no answer within 1 s"
        ),
        "{stdout}"
    );
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("FAIL ")).count(),
        2, // one per level
        "{stdout}"
    );
}

#[test]
fn a_testee_that_cannot_start_fails_every_test() {
    let dir = scratch("nostart", &[]);
    let (out, stdout, _) = run(&dir, &[("ghost", "/nonexistent/testee".to_string())], &[]);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("conformance: 0 passed"), "{stdout}");
    assert!(
        stdout.contains("not run: the testee failed 10 times in a row"),
        "{stdout}"
    );
}

#[test]
fn list_entries_that_pass_or_match_nothing_fail_the_run() {
    let list = format!(
        "{REFERENCE_LENIENCIES}recommended v1.0.0/kagzi.v1.Payload/full.binary_to_binary # x\nrequired v9.9.9/kagzi.v1.Nothing/none.binary_to_binary # y\n"
    );
    let dir = scratch("list", &[("ref", &list)]);
    let (out, stdout, summary) = run(&dir, &[("ref", REFERENCE.to_string())], &[]);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "UNEXPECTED PASS ref recommended v1.0.0/kagzi.v1.Payload/full.binary_to_binary"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("STALE ref required v9.9.9/kagzi.v1.Nothing/none.binary_to_binary"),
        "{stdout}"
    );
    assert!(summary.contains("UNEXPECTED PASS ref"), "{summary}");
}

#[test]
fn testees_that_disagree_are_reported_by_case() {
    // A testee on the v1.0.0 schema drops v1.1.0 labels: its outputs differ.
    let old = format!(
        "{REFERENCE} --image {}",
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../releases/v1.0.0.binpb")
            .display()
    );
    let dir = scratch(
        "disagree",
        &[("new", REFERENCE_LENIENCIES), ("old", REFERENCE_LENIENCIES)],
    );
    let (out, stdout, summary) = run(&dir, &[("new", REFERENCE.to_string()), ("old", old)], &[]);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("cross-language disagreements"), "{stdout}");
    assert!(
        stdout.contains("v1.1.0/kagzi.v1.Workflow/labels_only binary_to_binary: new wrote "),
        "{stdout}"
    );
    assert!(stdout.contains("; old wrote (empty)"), "{stdout}");
    assert!(
        summary.contains("Cross-language disagreements (bytes, or JSON members):"),
        "{summary}"
    );
    // The v1.0.0 cases are all agreed on.
    assert!(
        !stdout.lines().any(|l| l.starts_with("  v1.0.0/")),
        "{stdout}"
    );
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        vec!["--cases", "x"],
        vec!["--testee", "a=b"],
        vec!["--cases", "x", "--testee", "noequals"],
        vec!["--cases", "x", "--testee", "a=b", "--timeout", "-1"],
        vec!["--cases", "/nonexistent", "--testee", "a=b"],
        vec!["--bogus"],
        vec![
            "--cases", "x", "--proto", "p", "--testee", "a=b", "--testee", "a=c",
        ],
    ] {
        let out = Command::new(RUNNER).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn a_testee_that_does_not_exit_0_at_the_end_fails_the_run() {
    let dir = scratch("exit", &[("ref", REFERENCE_LENIENCIES)]);
    let command = format!("sh -c '{REFERENCE}; exit 4'").replace('\'', "\"");
    let (out, stdout, _) = run(&dir, &[("ref", command)], &[]);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("EXIT ref: exited with exit status: 4 at the end of its input"),
        "{stdout}"
    );
    assert!(!stdout.lines().any(|l| l.starts_with("FAIL ")), "{stdout}");
}

/// A 40 MB message (beyond the old 64 MiB-frame-era sizes of every case by
/// far) goes through the testee and comes back unchanged; a testee that
/// mangles it fails the run.
#[test]
fn a_large_message_comes_back_unchanged() {
    let dir = scratch("large", &[("ref", REFERENCE_LENIENCIES)]);
    let large = ["--large-message-bytes", "40000000", "--timeout", "60"];
    let (out, stdout, summary) = run(&dir, &[("ref", REFERENCE.to_string())], &large);
    assert!(out.status.success(), "{stdout}");
    assert!(!stdout.contains("LARGE"), "{stdout}");
    let (_, _, plain) = run(&dir, &[("ref", REFERENCE.to_string())], &[]);
    assert_eq!(
        summary, plain,
        "the large message is not a cell of the table"
    );

    let (out, stdout, _) = run(&dir, &[("ref", faulty("junk:large/"))], &large);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("LARGE ref: large/kagzi.v1.Payload/40000000_bytes.binary_to_binary"),
        "{stdout}"
    );
}
