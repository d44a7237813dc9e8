//! The Rust harness: decode and encode every corpus message in binary and
//! JSON with the kagzi-proto crate (binary decode also from `Bytes`, as
//! tonic decodes), next to the limits on the same bytes
//! (a memcpy of the binary, serde_json parsing the JSON into a `Value` and
//! printing it back). Criterion measures; the medians then go to
//! `BENCH_OUT` as JSON lines (`message`, `op`, `ns`, `bytes`).
//!
//! Environment: `BENCH_CORPUS` (corpus directory), `BENCH_OUT` (results
//! file), `CRITERION_HOME` (criterion's own output, read back for the
//! medians), `BENCH_SMOKE=1` (minimal sample counts: proves it runs),
//! `BENCH_ONLY` (optional, comma-separated: only the messages whose name
//! contains one of the parts, for measuring one change quickly; `make bench`
//! never sets it).

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, SamplingMode};
use kagzi_bench::corpus::{self, Entry};
use prost::Message;
use serde_json::Value;

fn env_path(key: &str) -> PathBuf {
    PathBuf::from(std::env::var_os(key).unwrap_or_else(|| panic!("{key} is not set")))
}

fn ops<M>(c: &mut Criterion, id: &str, e: &Entry, smoke: bool)
where
    M: Message + Default + serde::Serialize + serde::de::DeserializeOwned,
{
    let m = M::decode(e.binary.as_slice()).expect("corpus binary decodes");
    let value: Value = serde_json::from_str(&e.json).expect("corpus JSON parses");
    let mut g = c.benchmark_group(id);
    if smoke {
        // One call per sample (10 calls), not criterion's linear ramp of
        // 1 + 2 + ... + 10: a 1 MiB message in a dev build takes ~0.1 s a call.
        g.sampling_mode(SamplingMode::Flat);
    }
    g.bench_function("decode_binary", |b| {
        b.iter(|| M::decode(std::hint::black_box(e.binary.as_slice())).unwrap())
    });
    // What tonic hands prost: the frame as `Bytes`. A `bytes` field is then
    // copied once; from `&[u8]` prost copies it twice (tokio-rs/prost#571).
    let frame = prost::bytes::Bytes::from(e.binary.clone());
    g.bench_function("decode_binary_bytes", |b| {
        b.iter(|| M::decode(std::hint::black_box(frame.clone())).unwrap())
    });
    g.bench_function("encode_binary", |b| {
        b.iter(|| std::hint::black_box(&m).encode_to_vec())
    });
    g.bench_function("decode_json", |b| {
        b.iter(|| serde_json::from_str::<M>(std::hint::black_box(&e.json)).unwrap())
    });
    g.bench_function("encode_json", |b| {
        b.iter(|| serde_json::to_string(std::hint::black_box(&m)).unwrap())
    });
    g.bench_function("limit_memcpy", |b| {
        b.iter(|| std::hint::black_box(e.binary.as_slice()).to_vec())
    });
    g.bench_function("limit_value_parse", |b| {
        b.iter(|| serde_json::from_str::<Value>(std::hint::black_box(&e.json)).unwrap())
    });
    g.bench_function("limit_value_print", |b| {
        b.iter(|| serde_json::to_string(std::hint::black_box(&value)).unwrap())
    });
    g.finish();
}

const OPS: [&str; 8] = [
    "decode_binary",
    "decode_binary_bytes",
    "encode_binary",
    "decode_json",
    "encode_json",
    "limit_memcpy",
    "limit_value_parse",
    "limit_value_print",
];

fn median_ns(home: &std::path::Path, id: &str, op: &str) -> f64 {
    let path = home.join(id).join(op).join("new").join("estimates.json");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let v: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    v["median"]["point_estimate"]
        .as_f64()
        .unwrap_or_else(|| panic!("{}: no median", path.display()))
}

fn main() {
    let mut entries = corpus::read(&env_path("BENCH_CORPUS")).expect("corpus readable");
    if let Ok(only) = std::env::var("BENCH_ONLY") {
        entries.retain(|e| only.split(',').any(|part| e.name.contains(part)));
    }
    let out = env_path("BENCH_OUT");
    let home = env_path("CRITERION_HOME");
    let smoke = std::env::var("BENCH_SMOKE").is_ok_and(|v| v == "1");
    let mut c = if smoke {
        // Also few bootstrap resamples (criterion warns at 1000 and below):
        // with the default 100,000 the analysis of ~300 benchmarks took
        // most of a debug-profile smoke run (about 2 s each).
        Criterion::default()
            .sample_size(10)
            .nresamples(1_001)
            .warm_up_time(Duration::from_millis(1))
            .measurement_time(Duration::from_millis(5))
    } else {
        // Short runs: the corpus has ~40 messages x 7 operations, and make
        // bench repeats the whole harness (the median of the repetitions
        // is what counts, not one long run).
        Criterion::default()
            .warm_up_time(Duration::from_millis(100))
            .measurement_time(Duration::from_millis(300))
    }
    .without_plots()
    // Criterion's own arguments after ours: a name filter and
    // `--profile-time N` (run without analysis, for a profiler) work as
    // with any criterion bench.
    .configure_from_args();
    let ids: Vec<String> = (0..entries.len()).map(|i| format!("m{i:03}")).collect();
    for (id, e) in ids.iter().zip(&entries) {
        kagzi_bench::with_message_type!(e.type_name.as_str(), M => ops::<M>(&mut c, id, e, smoke),
            _ => panic!("{}: no Rust type for {}", e.name, e.type_name));
    }
    c.final_summary();
    let mut f = fs::File::create(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    for (id, e) in ids.iter().zip(&entries) {
        for op in OPS {
            let bytes = if op.contains("binary") || op == "limit_memcpy" {
                e.binary.len()
            } else {
                e.json.len()
            };
            let line = serde_json::json!({"lang": "rust", "message": e.name, "op": op, "ns": median_ns(&home, id, op), "bytes": bytes});
            writeln!(f, "{line}").expect("results writable");
        }
    }
}
