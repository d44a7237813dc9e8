//! Validation cost in Rust: kagzi-proto's `validate` feature
//! (prost-protovalidate) validating the realistic requests of the rule
//! cases (the valid case of each message type in conformance/rules/), ns
//! per call of `kagzi_proto::validate::validate` on the typed message (which
//! encodes it and reads it back as a prost-reflect dynamic message first).
//!
//! Each message: one warm-up call (the validator compiles the type's rules
//! once), then batches of about 200 ms, the median of 5 (as the Go, Python
//! and TypeScript harnesses do).
//!
//! Environment: BENCH_RULES (the rule cases), BENCH_OUT (JSON lines
//! {"lang", "message", "ns"}), BENCH_SMOKE (one call each, nothing timed).

use std::time::Instant;

use kagzi_proto::kagzi::v1::*;
use kagzi_proto::validate::validate;
use serde_json::Value;

fn ns_per_call(f: &dyn Fn(), smoke: bool) -> f64 {
    f();
    if smoke {
        let start = Instant::now();
        f();
        return start.elapsed().as_nanos() as f64;
    }
    let mut n: u64 = 1;
    let elapsed = loop {
        let start = Instant::now();
        for _ in 0..n {
            f();
        }
        let e = start.elapsed().as_nanos() as f64;
        if e >= 50e6 {
            break e;
        }
        n *= 2;
    };
    let n = ((n as f64 * 200e6 / elapsed) as u64).max(1);
    let mut samples: Vec<f64> = (0..5)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..n {
                f();
            }
            start.elapsed().as_nanos() as f64 / n as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[2]
}

/// The time of one validation of `json` read as `M`.
fn measure<M>(name: &str, json: &Value, smoke: bool) -> f64
where
    M: prost::Message + prost::Name + for<'de> serde::Deserialize<'de>,
{
    let message: M = serde_json::from_value(json.clone())
        .unwrap_or_else(|e| panic!("{name}: the rule case's input does not read: {e}"));
    if let Err(e) = validate(&message) {
        panic!("{name}: the realistic message breaks its rules: {e}");
    }
    ns_per_call(
        &|| {
            validate(&message).expect("valid");
        },
        smoke,
    )
}

fn main() {
    let rules = std::env::var("BENCH_RULES").expect("BENCH_RULES is not set");
    let out = std::env::var("BENCH_OUT").expect("BENCH_OUT is not set");
    let smoke = std::env::var_os("BENCH_SMOKE").is_some();
    let mut paths: Vec<_> = std::fs::read_dir(&rules)
        .expect("BENCH_RULES is a directory")
        .map(|e| e.expect("readable").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let mut lines = Vec::new();
    for path in paths {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for case in file["cases"].as_array().unwrap() {
            if case["name"] != "valid" {
                continue;
            }
            let input = &case["input"];
            let ns = match name.as_str() {
                "kagzi.v1.StartWorkflowRequest" => {
                    measure::<StartWorkflowRequest>(&name, input, smoke)
                }
                "kagzi.v1.RegisterRequest" => measure::<RegisterRequest>(&name, input, smoke),
                "kagzi.v1.ListWorkflowsRequest" => {
                    measure::<ListWorkflowsRequest>(&name, input, smoke)
                }
                "kagzi.v1.SleepRequest" => measure::<SleepRequest>(&name, input, smoke),
                "kagzi.v1.BeginStepRequest" => measure::<BeginStepRequest>(&name, input, smoke),
                "kagzi.v1.CreateNamespaceRequest" => {
                    measure::<CreateNamespaceRequest>(&name, input, smoke)
                }
                "kagzi.v1.CreateWorkflowScheduleRequest" => {
                    measure::<CreateWorkflowScheduleRequest>(&name, input, smoke)
                }
                other => panic!("{other}: no typed measurement; add it here"),
            };
            lines.push(serde_json::json!({"lang": "rust", "message": name, "ns": ns}).to_string());
        }
    }
    assert!(!lines.is_empty(), "no valid rule cases under {rules}");
    std::fs::write(&out, lines.join("\n") + "\n").expect("BENCH_OUT is writable");
}
