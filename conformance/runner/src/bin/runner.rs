//! conformance-runner: runs the kagzi.v1 conformance cases against testees.
//!
//!   conformance-runner --cases conformance/cases --proto proto --testee <name>=<command line> [--testee ...]
//!                      [--timeout SECONDS] [--summary PATH] [--expected-failures-dir DIR]
//!                      [--large-message-bytes N]
//!
//! Each testee is started as a child process (`sh -c 'exec <command line>'`)
//! and spoken to with the protocol of conformance/protocol/ (length-prefixed
//! TestRequest / TestResponse). A crash, garbage on stdout or a hang (no answer
//! within the timeout) fails the test at hand; the testee is restarted for the
//! next one. The expected-failures list of testee <name> is
//! <expected-failures-dir>/<name>/expected_failures.txt (default dir: the
//! `testees` directory next to the cases directory). The run fails on a failing
//! test not in the list, a listed test that passes, and a listed name that
//! matches no test. With --large-message-bytes N, each testee first gets a
//! valid Payload of N data bytes and must write it back unchanged; a failure
//! fails the run (it is not in the table, whose cells count the cases).

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use clap::Parser;
use kagzi_conformance::agreement::disagreements;
use kagzi_conformance::plan::{build_tests, large_message_test};
use kagzi_conformance::report::{ExpectedList, Judged, Tally, read_expected, render_summary};
use kagzi_conformance::rules::build_rule_tests;
use kagzi_conformance::schemas::{compile_proto_tree, version_key};
use kagzi_conformance::testee::{Testee, drive};
use kagzi_conformance::verdict::Outcome;
use kagzi_conformance::verdict::judge_run;

/// Runs the kagzi.v1 conformance cases against testees.
#[derive(Parser)]
#[command(name = "conformance-runner")]
struct Args {
    /// The generated cases (conformance/cases).
    #[arg(long, value_name = "DIR")]
    cases: PathBuf,
    /// The working tree's schemas, which the testees are generated from and
    /// outputs are decoded with (proto).
    #[arg(long, value_name = "DIR")]
    proto: PathBuf,
    /// A testee as NAME=COMMAND (NAME: letters, digits, - or _); repeatable.
    #[arg(long = "testee", value_name = "NAME=COMMAND", required = true, value_parser = parse_testee)]
    testees: Vec<(String, String)>,
    /// Seconds to wait for one answer.
    #[arg(long, value_name = "SECONDS", default_value = "10", value_parser = parse_timeout)]
    timeout: Duration,
    /// Where to write the results table.
    #[arg(long, value_name = "PATH")]
    summary: Option<PathBuf>,
    /// Where `<name>/expected_failures.txt` live (default: `testees` next to the cases).
    #[arg(long = "expected-failures-dir", value_name = "DIR")]
    expected_dir: Option<PathBuf>,
    /// The rule cases (conformance/rules): values valid or invalid under the
    /// schemas' protovalidate rules, with the violations to report.
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
    /// First send each testee a valid Payload of N data bytes to echo.
    #[arg(long = "large-message-bytes", value_name = "N", value_parser = parse_large)]
    large_message: Option<usize>,
}

fn parse_testee(value: &str) -> Result<(String, String), String> {
    let (name, command) = value
        .split_once('=')
        .ok_or_else(|| format!("{value:?}: want NAME=COMMAND"))?;
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(format!("{value:?}: NAME must be letters, digits, - or _"));
    }
    if command.trim().is_empty() {
        return Err(format!("{value:?}: empty command"));
    }
    Ok((name.to_string(), command.to_string()))
}

fn parse_timeout(value: &str) -> Result<Duration, String> {
    let secs: f64 = value
        .parse()
        .map_err(|_| format!("{value:?}: not a number of seconds"))?;
    if !(secs > 0.0 && secs < 3600.0) {
        return Err(format!("{value}: want 0 < seconds < 3600"));
    }
    Ok(Duration::from_secs_f64(secs))
}

fn parse_large(value: &str) -> Result<usize, String> {
    let n: usize = value
        .parse()
        .map_err(|_| format!("{value:?}: not a byte count"))?;
    // Below the protocol's frame limit with room for the framing.
    if n == 0 || n > (1 << 30) - 64 {
        return Err(format!("{value}: want 1 to 1 GiB - 64 bytes"));
    }
    Ok(n)
}

fn main() -> ExitCode {
    // clap exits with status 2 on bad usage.
    let args = Args::parse();
    let mut names = BTreeSet::new();
    if let Some((name, _)) = args.testees.iter().find(|(n, _)| !names.insert(n.clone())) {
        eprintln!("conformance-runner: testee {name} given twice");
        return ExitCode::from(2);
    }
    match run(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("conformance-runner: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Args) -> Result<bool, String> {
    let mut tests = build_tests(&args.cases)?;
    if tests.is_empty() {
        return Err(format!("no cases under {}", args.cases.display()));
    }
    let pool = compile_proto_tree(&args.proto)?;
    if let Some(rules) = &args.rules {
        tests.extend(build_rule_tests(rules, &pool)?);
    }
    let tests = Arc::new(tests);
    let conformance_dir = args
        .cases
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let expected_dir = args
        .expected_dir
        .clone()
        .unwrap_or_else(|| conformance_dir.join("testees"));
    let mut expected_lists = BTreeMap::new();
    for (name, _) in &args.testees {
        let path = expected_dir.join(name).join("expected_failures.txt");
        let names = read_expected(&path)?;
        expected_lists.insert(name.clone(), ExpectedList { path, names });
    }
    println!(
        "conformance-runner: {} tests x {} testees ({})",
        tests.len(),
        args.testees.len(),
        args.testees
            .iter()
            .map(|(n, _)| n.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );

    let large = args.large_message.map(|n| Arc::new(large_message_test(n)));
    // One thread per testee: they are separate processes.
    let handles: Vec<_> = args
        .testees
        .iter()
        .map(|(name, command)| {
            let mut testee = Testee::new(name, command, args.timeout);
            let tests = Arc::clone(&tests);
            let large = large.clone();
            let pool = pool.clone();
            thread::spawn(move || {
                let answers = drive(&mut testee, &tests, large.as_deref());
                let verdict = judge_run(&tests, large.as_deref(), answers, &pool);
                (testee, verdict)
            })
        })
        .collect();
    let mut results = Vec::new();
    for h in handles {
        results.push(
            h.join()
                .map_err(|_| "a testee thread panicked".to_string())?,
        );
    }

    let mut versions: Vec<String> = tests
        .iter()
        .map(|t| t.version.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    versions.sort_by_key(|v| version_key(v));
    let mut tally = Tally::default();
    for (testee, verdict) in &results {
        let judged = verdict.outcomes.iter().flat_map(|o| {
            let test = &tests[o.test];
            o.results.iter().map(move |(level, failure)| Judged {
                version: &test.version,
                test: &test.name,
                level: *level,
                failure: failure.as_deref(),
            })
        });
        tally.add_testee(
            &testee.name,
            &expected_lists[&testee.name],
            judged,
            verdict.large_failure.as_deref(),
            verdict.exit_problem.as_deref(),
        );
        if testee.restarts > 0 {
            println!(
                "note: testee {} was restarted {} times",
                testee.name, testee.restarts
            );
        }
    }
    for p in &tally.problems {
        println!("{p}");
    }

    // Cross-language agreement on the outputs of valid cases.
    let disagreements = if results.len() >= 2 {
        let per_testee: Vec<(&str, &[Outcome])> = results
            .iter()
            .map(|(t, verdict)| (t.name.as_str(), verdict.outcomes.as_slice()))
            .collect();
        disagreements(&tests, &per_testee)
    } else {
        BTreeMap::new()
    };
    if !disagreements.is_empty() {
        println!(
            "cross-language disagreements ({} cases):",
            disagreements.len()
        );
        for (case, diffs) in &disagreements {
            for d in diffs {
                println!("  {case} {d}");
            }
        }
    }

    let summary = render_summary(
        &results
            .iter()
            .map(|(t, _)| t.name.clone())
            .collect::<Vec<_>>(),
        &versions,
        &tally.table,
        &disagreements,
        &tally.problem_names,
    );
    println!("\n{summary}");
    // Written only where asked: a partial run by hand must not overwrite the
    // committed conformance/SUMMARY.md (make compares a full run with it).
    if let Some(summary_path) = &args.summary {
        if let Some(parent) = summary_path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::File::create(summary_path)
            .and_then(|mut f| f.write_all(summary.as_bytes()))
            .map_err(|e| format!("cannot write {}: {e}", summary_path.display()))?;
        println!("summary written to {}", summary_path.display());
    }
    println!("{}", tally.closing_line());
    Ok(tally.unexpected == 0)
}
