//! A testee process: started with `sh -c 'exec <command>'`, spoken to over
//! framed stdin/stdout, restarted after a crash, hang or garbage, and driven
//! over the whole plan. The driver only collects what the testee answered
//! (or why it could not answer); `verdict` judges the answers.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use prost::Message;

use crate::plan::Test;
use crate::protocol::{TestRequest, TestResponse};
use kagzi_conformance_framing::{read_frame, write_frame};

pub const STDERR_TAIL_LINES: usize = 20;

/// After this many transport failures in a row (crash, hang, garbage) the
/// testee is given up on and its remaining tests fail without running, so that
/// a broken testee costs seconds, not a timeout per test.
pub const MAX_CONSECUTIVE_TRANSPORT_FAILURES: usize = 10;

/// A running testee process and the threads that drain its stdout and stderr.
pub struct Process {
    pub child: Child,
    pub stdin: ChildStdin,
    pub frames: Receiver<Result<Vec<u8>, String>>,
    pub stderr_tail: Arc<Mutex<VecDeque<String>>>,
}

pub struct Testee {
    pub name: String,
    pub command: String,
    pub timeout: Duration,
    pub process: Option<Process>,
    pub restarts: usize,
}

/// What a testee answered to one request.
pub enum Answer {
    Response(TestResponse),
    /// It could not answer: a crash, a hang, garbage on stdout.
    Failed(String),
    /// The request was not sent: the testee had failed too often in a row.
    NotRun(String),
}

/// What a testee answered over a whole run, in the order of the plan.
pub struct Answers {
    /// The answer to the large-message request, when one was sent.
    pub large: Option<Answer>,
    /// One answer per test of the plan.
    pub tests: Vec<Answer>,
    /// What was wrong with the testee's exit at the end of its input.
    pub exit_problem: Option<String>,
}

impl Testee {
    pub fn new(name: &str, command: &str, timeout: Duration) -> Testee {
        Testee {
            name: name.to_string(),
            command: command.to_string(),
            timeout,
            process: None,
            restarts: 0,
        }
    }

    pub fn start(&mut self) -> Result<&mut Process, String> {
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
    pub fn stop(&mut self, grace: bool) -> String {
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

    pub fn call(&mut self, request: &TestRequest) -> Result<TestResponse, String> {
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
    pub fn finish(&mut self) -> Option<String> {
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

/// Sends the large-message request (when there is one), then every test's
/// request in order, and collects the answers. After
/// MAX_CONSECUTIVE_TRANSPORT_FAILURES failed calls in a row the remaining
/// requests are not sent.
pub fn drive(testee: &mut Testee, tests: &[Test], large: Option<&Test>) -> Answers {
    let large = large.map(|test| match testee.call(&test.request) {
        Ok(resp) => Answer::Response(resp),
        Err(e) => Answer::Failed(e),
    });
    let mut answers = Vec::with_capacity(tests.len());
    let mut consecutive = 0;
    for test in tests {
        if consecutive >= MAX_CONSECUTIVE_TRANSPORT_FAILURES {
            let why = format!("not run: the testee failed {consecutive} times in a row");
            answers.push(Answer::NotRun(why));
            continue;
        }
        answers.push(match testee.call(&test.request) {
            Ok(resp) => {
                consecutive = 0;
                Answer::Response(resp)
            }
            Err(e) => {
                consecutive += 1;
                Answer::Failed(e)
            }
        });
    }
    Answers {
        large,
        tests: answers,
        exit_problem: testee.finish(),
    }
}
