//! conformance-runner: runs the kagzi.v1 conformance cases against testees.
//!
//!   conformance-runner --cases conformance/cases --testee <name>=<command line> [--testee ...]
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

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitCode, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use kagzi_conformance::framing::{read_frame, write_frame};
use kagzi_conformance::hex::show as hex;
use kagzi_conformance::json_compare::json_equal;
use kagzi_conformance::layout::{Format, load_cases};
use kagzi_conformance::protocol::{
    TestRequest, TestResponse, WireFormat, test_request, test_response,
};
use kagzi_conformance::schemas::{compile_proto_tree, version_key};
use kagzi_conformance::values;
use prost::Message;
use prost_reflect::DescriptorPool;

const STDERR_TAIL_LINES: usize = 20;
/// After this many transport failures in a row (crash, hang, garbage) the
/// testee is given up on and its remaining tests fail without running, so that
/// a broken testee costs seconds, not a timeout per test.
const MAX_CONSECUTIVE_TRANSPORT_FAILURES: usize = 10;

#[derive(Clone)]
enum Expect {
    Binary(Vec<u8>),
    Json(String),
    Reject,
}

#[derive(Clone)]
struct Test {
    name: String,
    version: String,
    /// Valid-case tests whose outputs are compared across testees, keyed by case.
    case: Option<String>,
    request: TestRequest,
    expect: Expect,
    /// The canonical binary of the value a valid-case test must produce
    /// (empty for rejections).
    value: Vec<u8>,
}

enum Output {
    Binary(Vec<u8>),
    Json(String),
}

/// The level of a check, as in protobuf's own conformance suite. Required:
/// the output is the right value (decoded with the schema), or the input is
/// rejected. Recommended: the output is also the canonical bytes, or JSON
/// equal to the canonical JSON member by member.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Level {
    Required,
    Recommended,
}

impl Level {
    fn word(self) -> &'static str {
        match self {
            Level::Required => "required",
            Level::Recommended => "recommended",
        }
    }
}

struct Outcome {
    test: usize,
    /// One result per level the test has (rejections: Required only).
    results: Vec<(Level, Option<String>)>,
    output: Option<Output>,
}

fn build_tests(cases: &Path) -> Result<Vec<Test>, String> {
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

/// A running testee process and the threads that drain its stdout and stderr.
struct Process {
    child: Child,
    stdin: ChildStdin,
    frames: Receiver<Result<Vec<u8>, String>>,
    stderr_tail: Arc<Mutex<VecDeque<String>>>,
}

struct Testee {
    name: String,
    command: String,
    timeout: Duration,
    process: Option<Process>,
    restarts: usize,
    exit_problem: Option<String>,
    /// Why the large-message check failed, when it ran and failed.
    large_failure: Option<String>,
}

impl Testee {
    fn start(&mut self) -> Result<&mut Process, String> {
        if self.process.is_none() {
            let mut child = Command::new("sh")
                .arg("-c")
                .arg(format!("exec {}", self.command))
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .map_err(|e| format!("cannot start testee `{}`: {e}", self.command))?;
            let stdin = child.stdin.take().expect("piped stdin");
            let mut stdout = child.stdout.take().expect("piped stdout");
            let stderr = child.stderr.take().expect("piped stderr");
            let (tx, rx) = mpsc::channel();
            thread::spawn(move || {
                loop {
                    match read_frame(&mut stdout) {
                        Ok(Some(frame)) => {
                            if tx.send(Ok(frame)).is_err() {
                                return;
                            }
                        }
                        Ok(None) => {
                            let _ =
                                tx.send(Err("the testee closed its stdout (exited?)".to_string()));
                            return;
                        }
                        Err(e) => {
                            let _ = tx.send(Err(format!("garbage on the testee's stdout: {e}")));
                            return;
                        }
                    }
                }
            });
            let tail = Arc::new(Mutex::new(VecDeque::new()));
            let tail_writer = Arc::clone(&tail);
            thread::spawn(move || {
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { return };
                    let mut t = tail_writer.lock().expect("stderr tail lock");
                    if t.len() == STDERR_TAIL_LINES {
                        t.pop_front();
                    }
                    t.push_back(line);
                }
            });
            self.process = Some(Process {
                child,
                stdin,
                frames: rx,
                stderr_tail: tail,
            });
        }
        Ok(self.process.as_mut().expect("just started"))
    }

    /// Stops the process (if any) and describes how it ended; the next call
    /// starts a new one. With `grace`, a process that closed its stdout gets a
    /// moment to exit by itself, so that its exit status can be reported.
    fn stop(&mut self, grace: bool) -> String {
        let Some(mut p) = self.process.take() else {
            return String::new();
        };
        self.restarts += 1;
        let deadline =
            std::time::Instant::now() + Duration::from_millis(if grace { 1000 } else { 0 });
        let status = loop {
            match p.child.try_wait() {
                Ok(Some(status)) => break format!("it exited with {status}"),
                Ok(None) if std::time::Instant::now() < deadline => {
                    thread::sleep(Duration::from_millis(10))
                }
                _ => {
                    let _ = p.child.kill();
                    let _ = p.child.wait();
                    break "it was killed".to_string();
                }
            }
        };
        // Give the stderr thread a moment to take in the last lines.
        thread::sleep(Duration::from_millis(20));
        let tail: Vec<String> = p
            .stderr_tail
            .lock()
            .expect("stderr tail lock")
            .iter()
            .cloned()
            .collect();
        if tail.is_empty() {
            status
        } else {
            format!("{status}; its last stderr lines: {}", tail.join(" | "))
        }
    }

    fn call(&mut self, request: &TestRequest) -> Result<TestResponse, String> {
        let timeout = self.timeout;
        let process = self.start()?;
        if let Err(e) = write_frame(&mut process.stdin, &request.encode_to_vec()) {
            let how = self.stop(true);
            return Err(format!("cannot write the request ({e}); {how}"));
        }
        let process = self.process.as_mut().expect("started");
        match process.frames.recv_timeout(timeout) {
            Ok(Ok(frame)) => match TestResponse::decode(frame.as_slice()) {
                Ok(resp) => Ok(resp),
                Err(e) => {
                    let how = self.stop(false);
                    Err(format!(
                        "garbage on stdout: the frame is not a TestResponse ({e}); {how}"
                    ))
                }
            },
            Ok(Err(e)) => {
                let how = self.stop(true);
                Err(format!("{e}; {how}"))
            }
            Err(RecvTimeoutError::Timeout) => {
                let how = self.stop(false);
                Err(format!(
                    "no answer within {} s; {how}",
                    timeout.as_secs_f64()
                ))
            }
            Err(RecvTimeoutError::Disconnected) => {
                let how = self.stop(true);
                Err(format!("the testee's stdout closed; {how}"))
            }
        }
    }

    /// Closes the testee's stdin and waits for it to exit; `Some` describes a
    /// testee that does not exit with status 0 at the end of its input.
    fn finish(&mut self) -> Option<String> {
        let mut p = self.process.take()?;
        drop(p.stdin); // end of input: the testee must exit with status 0
        let deadline = std::time::Instant::now() + self.timeout;
        loop {
            match p.child.try_wait() {
                Ok(Some(status)) if status.success() => return None,
                Ok(Some(status)) => {
                    return Some(format!("exited with {status} at the end of its input"));
                }
                Ok(None) if std::time::Instant::now() < deadline => {
                    thread::sleep(Duration::from_millis(20))
                }
                _ => {
                    let _ = p.child.kill();
                    let _ = p.child.wait();
                    return Some("did not exit at the end of its input; killed".to_string());
                }
            }
        }
    }
}

fn truncated(s: &str) -> String {
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

/// The results of a test at each of its levels, and the output to compare
/// across testees.
fn judge(
    test: &Test,
    resp: TestResponse,
    pool: &DescriptorPool,
) -> (Vec<(Level, Option<String>)>, Option<Output>) {
    let (recommended, output) = judge_recommended(test, resp);
    if matches!(test.expect, Expect::Reject) {
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
fn value_failure(test: &Test, out: &Output, pool: &DescriptorPool) -> Option<String> {
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
fn judge_recommended(test: &Test, resp: TestResponse) -> (Option<String>, Option<Output>) {
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

/// A `Payload` whose `data` holds `size` bytes, as a `binary_to_binary` test:
/// a valid message far larger than any case, so that a testee (or the
/// runner) whose buffering or frame limit cannot take large messages fails.
fn large_message_test(size: usize) -> Test {
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

fn run_testee(
    mut testee: Testee,
    tests: Arc<Vec<Test>>,
    large: Option<Arc<Test>>,
    pool: DescriptorPool,
) -> (Testee, Vec<Outcome>) {
    let mut outcomes = Vec::with_capacity(tests.len());
    let mut consecutive = 0;
    if let Some(test) = large {
        let failure = match testee.call(&test.request) {
            Ok(resp) => judge_recommended(&test, resp).0,
            Err(e) => Some(e),
        };
        testee.large_failure = failure.map(|why| format!("{}: {why}", test.name));
    }
    for (i, test) in tests.iter().enumerate() {
        if consecutive >= MAX_CONSECUTIVE_TRANSPORT_FAILURES {
            let why = format!("not run: the testee failed {consecutive} times in a row");
            outcomes.push(Outcome {
                test: i,
                results: levels_of(test)
                    .iter()
                    .map(|l| (*l, Some(why.clone())))
                    .collect(),
                output: None,
            });
            continue;
        }
        let (results, output) = match testee.call(&test.request) {
            Ok(resp) => {
                consecutive = 0;
                judge(test, resp, &pool)
            }
            Err(e) => {
                consecutive += 1;
                let results = levels_of(test).iter().map(|l| (*l, Some(e.clone())));
                (results.collect(), None)
            }
        };
        outcomes.push(Outcome {
            test: i,
            results,
            output,
        });
    }
    testee.exit_problem = testee.finish();
    (testee, outcomes)
}

/// The levels a test is judged at: a rejection is Required only.
fn levels_of(test: &Test) -> &'static [Level] {
    match test.expect {
        Expect::Reject => &[Level::Required],
        _ => &[Level::Required, Level::Recommended],
    }
}

/// Reads an expected-failures list: one `<level> <test name>  # reason` per
/// line, the level `required` or `recommended`, the reason mandatory; lines
/// that hold only a comment are free. Returns the `<level> <test name>` keys.
fn read_expected(path: &Path) -> Result<BTreeSet<String>, String> {
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
struct Counts {
    passed: usize,
    failed: usize,
    expected: usize,
}

struct Args {
    cases: PathBuf,
    testees: Vec<(String, String)>,
    timeout: Duration,
    summary: Option<PathBuf>,
    expected_dir: Option<PathBuf>,
    large_message: Option<usize>,
    proto: PathBuf,
}

const USAGE: &str = "usage: conformance-runner --cases DIR --proto DIR --testee NAME=COMMAND [--testee ...] \
[--timeout SECONDS] [--summary PATH] [--expected-failures-dir DIR] [--large-message-bytes N]";

fn parse_args() -> Result<Args, String> {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let mut args = Args {
        cases: PathBuf::new(),
        testees: Vec::new(),
        timeout: Duration::from_secs(10),
        summary: None,
        expected_dir: None,
        large_message: None,
        proto: PathBuf::new(),
    };
    let mut proto = None;
    let mut cases = None;
    let mut i = 0;
    while i < argv.len() {
        let flag = argv[i].as_str();
        let value = argv
            .get(i + 1)
            .ok_or_else(|| format!("{flag} needs a value"))?
            .clone();
        match flag {
            "--cases" => cases = Some(PathBuf::from(value)),
            "--testee" => {
                let (name, command) = value
                    .split_once('=')
                    .ok_or_else(|| format!("--testee {value:?}: want NAME=COMMAND"))?;
                if name.is_empty()
                    || !name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    return Err(format!(
                        "--testee {value:?}: NAME must be letters, digits, - or _"
                    ));
                }
                if command.trim().is_empty() {
                    return Err(format!("--testee {value:?}: empty command"));
                }
                if args.testees.iter().any(|(n, _)| n == name) {
                    return Err(format!("testee {name} given twice"));
                }
                args.testees.push((name.to_string(), command.to_string()));
            }
            "--timeout" => {
                let secs: f64 = value
                    .parse()
                    .map_err(|_| format!("--timeout {value:?}: not a number of seconds"))?;
                if !(secs > 0.0 && secs < 3600.0) {
                    return Err(format!("--timeout {value}: want 0 < seconds < 3600"));
                }
                args.timeout = Duration::from_secs_f64(secs);
            }
            "--summary" => args.summary = Some(PathBuf::from(value)),
            "--proto" => proto = Some(PathBuf::from(value)),
            "--expected-failures-dir" => args.expected_dir = Some(PathBuf::from(value)),
            "--large-message-bytes" => {
                let n: usize = value
                    .parse()
                    .map_err(|_| format!("--large-message-bytes {value:?}: not a byte count"))?;
                // Below the protocol's frame limit with room for the framing.
                if n == 0 || n > (1 << 30) - 64 {
                    return Err(format!(
                        "--large-message-bytes {value}: want 1 to 1 GiB - 64 bytes"
                    ));
                }
                args.large_message = Some(n);
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
        i += 2;
    }
    args.cases = cases.ok_or("--cases is required")?;
    args.proto = proto.ok_or("--proto is required (the schemas the testees are generated from)")?;
    if args.testees.is_empty() {
        return Err("at least one --testee is required".into());
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("conformance-runner: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
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
    let tests = Arc::new(build_tests(&args.cases)?);
    if tests.is_empty() {
        return Err(format!("no cases under {}", args.cases.display()));
    }
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
        expected_lists.insert(name.clone(), (path.clone(), read_expected(&path)?));
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

    let pool = compile_proto_tree(&args.proto)?;
    let large = args.large_message.map(|n| Arc::new(large_message_test(n)));
    // One thread per testee: they are separate processes.
    let handles: Vec<_> = args
        .testees
        .iter()
        .map(|(name, command)| {
            let testee = Testee {
                name: name.clone(),
                command: command.clone(),
                timeout: args.timeout,
                process: None,
                restarts: 0,
                exit_problem: None,
                large_failure: None,
            };
            let tests = Arc::clone(&tests);
            let large = large.clone();
            let pool = pool.clone();
            thread::spawn(move || run_testee(testee, tests, large, pool))
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
    // Full explanations go to stdout; SUMMARY.md gets the test names only, so
    // that its content does not depend on timing or process ids.
    let mut problems: Vec<String> = Vec::new();
    let mut problem_names: Vec<String> = Vec::new();
    let mut table: BTreeMap<(String, String, Level), Counts> = BTreeMap::new();
    let mut total = Counts::default();
    let mut unexpected = 0usize;
    for (testee, outcomes) in &results {
        let (path, expected) = &expected_lists[&testee.name];
        let mut seen = BTreeSet::new();
        for (o, (level, failure)) in outcomes
            .iter()
            .flat_map(|o| o.results.iter().map(move |r| (o, r)))
        {
            let test = &tests[o.test];
            let key = format!("{} {}", level.word(), test.name);
            let listed = expected.contains(&key);
            seen.insert(key);
            let c = table
                .entry((testee.name.clone(), test.version.clone(), *level))
                .or_default();
            match (failure, listed) {
                (None, false) => {
                    c.passed += 1;
                    total.passed += 1;
                }
                (Some(_), true) => {
                    c.expected += 1;
                    total.expected += 1;
                }
                (Some(why), false) => {
                    c.failed += 1;
                    unexpected += 1;
                    let l = level.word();
                    problems.push(format!("FAIL {} {l} {}: {why}", testee.name, test.name));
                    problem_names.push(format!("FAIL {} {l} `{}`", testee.name, test.name));
                }
                (None, true) => {
                    c.failed += 1;
                    unexpected += 1;
                    let l = level.word();
                    problems.push(format!(
                        "UNEXPECTED PASS {} {l} {}: passes now; remove it from {}",
                        testee.name,
                        test.name,
                        path.display()
                    ));
                    problem_names.push(format!(
                        "UNEXPECTED PASS {} {l} `{}`",
                        testee.name, test.name
                    ));
                }
            }
        }
        for name in expected.difference(&seen) {
            unexpected += 1;
            problems.push(format!(
                "STALE {} {name}: listed in {} but no such test",
                testee.name,
                path.display()
            ));
            problem_names.push(format!("STALE {} `{name}`", testee.name));
        }
        if let Some(p) = &testee.large_failure {
            unexpected += 1;
            problems.push(format!("LARGE {}: {p}", testee.name));
            problem_names.push(format!("LARGE {}: large message not echoed", testee.name));
        }
        if let Some(p) = &testee.exit_problem {
            unexpected += 1;
            problems.push(format!("EXIT {}: {p}", testee.name));
            problem_names.push(format!("EXIT {}: {p}", testee.name));
        }
        if testee.restarts > 0 {
            println!(
                "note: testee {} was restarted {} times",
                testee.name, testee.restarts
            );
        }
    }
    for p in &problems {
        println!("{p}");
    }

    // Cross-language agreement on the outputs of valid cases.
    let mut disagreements: BTreeMap<String, Vec<String>> = BTreeMap::new();
    if results.len() >= 2 {
        for (i, test) in tests.iter().enumerate() {
            let Some(case) = &test.case else { continue };
            let outputs: Vec<(&str, &Output)> = results
                .iter()
                .filter_map(|(t, outs)| outs[i].output.as_ref().map(|o| (t.name.as_str(), o)))
                .collect();
            // Group the testees by the output they wrote (binary byte-wise,
            // JSON as values); more than one group is a disagreement.
            let mut groups: Vec<(&Output, Vec<&str>)> = Vec::new();
            for (name, out) in &outputs {
                let same = |g: &&mut (&Output, Vec<&str>)| match (g.0, *out) {
                    (Output::Binary(a), Output::Binary(b)) => a == b,
                    (Output::Json(a), Output::Json(b)) => json_equal(a, b).is_ok(),
                    _ => false,
                };
                match groups.iter_mut().find(|g| same(g)) {
                    Some(g) => g.1.push(name),
                    None => groups.push((out, vec![name])),
                }
            }
            if groups.len() > 1 {
                let check = test.name.rsplit('.').next().unwrap_or("");
                let parts: Vec<String> = groups
                    .iter()
                    .map(|(out, names)| {
                        let shown = match out {
                            Output::Binary(b) => hex(b),
                            Output::Json(j) => serde_json::from_str::<serde_json::Value>(j)
                                .map(|v| v.to_string())
                                .unwrap_or_else(|_| j.clone()),
                        };
                        format!("{} wrote {}", names.join(", "), truncated(&shown))
                    })
                    .collect();
                disagreements
                    .entry(case.clone())
                    .or_default()
                    .push(format!("{check}: {}", parts.join("; ")));
            }
        }
    }
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
        &table,
        &disagreements,
        &problem_names,
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
    println!(
        "conformance: {} passed, {} failed, {} expected failures",
        total.passed, unexpected, total.expected
    );
    Ok(unexpected == 0)
}

fn render_summary(
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
