//! conformance-reference-testee: a testee built on dynamic messages
//! (prost-reflect) over the working tree's schemas, with the suite's own
//! canonical encoders. It checks that the cases are consistent through the
//! same protocol the language testees speak, and it is the well-behaved (and,
//! on demand, misbehaving) testee of the runner's own tests.
//!
//!   conformance-reference-testee [--image releases/<version>.binpb]
//!
//! KAGZI_TESTEE_FAULT=<mode>:<text> makes it misbehave on every request whose
//! test name contains <text>: `crash` exits with status 3, `hang` never
//! answers, `garbage` writes bytes that are not a frame, `junk` writes a frame
//! that is not a TestResponse. The runner must report each as a failure of
//! that test and go on with a restarted testee.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use kagzi_conformance::protocol::{
    TestRequest, TestResponse, WireFormat, test_request, test_response,
};
use kagzi_conformance::schemas::{compile_proto_tree, load_image};
use kagzi_conformance::values::read_json;
use kagzi_conformance::{canonical_binary, canonical_json};
use kagzi_conformance_framing::{read_frame, write_frame};
use prost::Message;
use prost_reflect::{DescriptorPool, DynamicMessage};

fn answer(pool: &DescriptorPool, req: TestRequest) -> test_response::Result {
    use test_response::Result as R;
    let Some(desc) = pool.get_message_by_name(&req.message_type) else {
        return R::RuntimeError(format!("unknown message type {:?}", req.message_type));
    };
    let output = WireFormat::try_from(req.output_format).unwrap_or(WireFormat::Unspecified);
    if output == WireFormat::Unspecified {
        return R::RuntimeError("output_format is not set".into());
    }
    let msg = match req.input {
        Some(test_request::Input::BinaryInput(b)) => {
            match DynamicMessage::decode(desc, b.as_slice()) {
                Ok(m) => m,
                Err(e) => return R::ParseError(e.to_string()),
            }
        }
        Some(test_request::Input::JsonInput(j)) => match read_json(desc, &j) {
            Ok(m) => m,
            Err(e) => return R::ParseError(e),
        },
        None => return R::RuntimeError("no input".into()),
    };
    match output {
        WireFormat::Binary => R::BinaryOutput(canonical_binary::encode(&msg)),
        // The suite's own encoders know no protovalidate rules.
        WireFormat::Violations => R::Skipped("the reference testee does not validate".into()),
        _ => match canonical_json::to_canonical_json(&msg) {
            Ok(j) => R::JsonOutput(j),
            Err(e) => R::SerializeError(e),
        },
    }
}

/// A testee built on dynamic messages and the suite's canonical encoders.
#[derive(Parser)]
#[command(name = "conformance-reference-testee")]
struct Args {
    /// Answer with the schemas of this release image instead of the working
    /// tree's.
    #[arg(long, value_name = "PATH")]
    image: Option<PathBuf>,
}

fn main() -> ExitCode {
    // clap exits with status 2 on bad usage.
    let args = Args::parse();
    // By default the schemas the language testees are generated from: the
    // working tree's, which also define an unreleased version's cases.
    let pool = match &args.image {
        None => compile_proto_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../proto")),
        Some(path) => load_image(path),
    };
    let pool = match pool {
        Ok(p) => p,
        Err(e) => {
            eprintln!("reference testee: {e}");
            return ExitCode::from(2);
        }
    };
    let fault = match std::env::var("KAGZI_TESTEE_FAULT") {
        Err(_) => None,
        Ok(f) => match f.split_once(':') {
            Some((mode, text)) if ["crash", "hang", "garbage", "junk"].contains(&mode) => {
                Some((mode.to_string(), text.to_string()))
            }
            _ => {
                eprintln!(
                    "reference testee: KAGZI_TESTEE_FAULT={f:?}: want crash|hang|garbage|junk:<text>"
                );
                return ExitCode::from(2);
            }
        },
    };
    let mut stdin = std::io::stdin().lock();
    let mut stdout = std::io::stdout().lock();
    loop {
        let frame = match read_frame(&mut stdin) {
            Ok(Some(f)) => f,
            Ok(None) => return ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("reference testee: bad request stream: {e}");
                return ExitCode::from(1);
            }
        };
        let result = match TestRequest::decode(frame.as_slice()) {
            Ok(req) => {
                if let Some((mode, text)) = &fault
                    && req.test_name.contains(text.as_str())
                {
                    eprintln!(
                        "reference testee: injected fault {mode} on {}",
                        req.test_name
                    );
                    match mode.as_str() {
                        "crash" => std::process::exit(3),
                        // Answer nothing until killed.
                        "hang" => std::thread::sleep(std::time::Duration::from_secs(3600)),
                        "garbage" => {
                            let _ = stdout.write_all(b"this is not a frame\n");
                            let _ = stdout.flush();
                            continue;
                        }
                        _ => {
                            let _ = write_frame(&mut stdout, &[0xff, 0xff, 0xff]);
                            continue;
                        }
                    }
                }
                answer(&pool, req)
            }
            Err(e) => {
                test_response::Result::RuntimeError(format!("request is not a TestRequest: {e}"))
            }
        };
        let resp = TestResponse {
            result: Some(result),
        };
        if let Err(e) = write_frame(&mut stdout, &resp.encode_to_vec()) {
            eprintln!("reference testee: cannot write the response: {e}");
            return ExitCode::from(1);
        }
    }
}
