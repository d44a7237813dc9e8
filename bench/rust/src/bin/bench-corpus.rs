//! Writes the benchmark corpus: `bench-corpus CASES_DIR OUT_DIR`.
//! The valid conformance cases of the corpus's types, then the large
//! messages of `kagzi_bench::messages`; deterministic output.

use std::path::Path;
use std::process::ExitCode;

use kagzi_bench::corpus::{self, Entry};
use kagzi_bench::messages;
use prost::Message;

fn entry<M: Message + serde::Serialize>(name: &str, type_name: &str, m: &M) -> Entry {
    Entry {
        name: name.into(),
        type_name: type_name.into(),
        binary: m.encode_to_vec(),
        json: serde_json::to_string(m).expect("the corpus's messages have a JSON form"),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let [_, cases, out] = args.as_slice() else {
        eprintln!("usage: bench-corpus CASES_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    let mut entries = match corpus::conformance_entries(Path::new(cases)) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("bench-corpus: reading cases: {e}");
            return ExitCode::FAILURE;
        }
    };
    if entries.is_empty() {
        eprintln!("bench-corpus: no usable case under {cases}");
        return ExitCode::FAILURE;
    }
    entries.push(entry(
        "Workflow/full",
        "kagzi.v1.Workflow",
        &messages::workflow(1),
    ));
    entries.push(entry(
        "ListWorkflowsResponse/50",
        "kagzi.v1.ListWorkflowsResponse",
        &messages::list_workflows_response(),
    ));
    entries.push(entry(
        "Worker/labels",
        "kagzi.v1.Worker",
        &messages::worker(),
    ));
    entries.push(entry(
        "Payload/1MiB",
        "kagzi.v1.Payload",
        &messages::payload_1mib(),
    ));
    if let Err(e) = corpus::write(Path::new(out), &entries) {
        eprintln!("bench-corpus: writing {out}: {e}");
        return ExitCode::FAILURE;
    }
    println!("bench-corpus: {} messages in {out}", entries.len());
    ExitCode::SUCCESS
}
