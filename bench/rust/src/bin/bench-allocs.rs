//! Counts heap allocations per decode and encode of each large corpus
//! message (`bench-allocs CORPUS_DIR`), through a counting global
//! allocator: where the time of prost's decode and of the JSON encode goes
//! is mostly one allocation per string, bytes field, map entry and
//! temporary. Prints a Markdown table.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};

use kagzi_bench::corpus::{self, Entry};
use prost::Message;

struct Counting;

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

// SAFETY: forwards every call to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(l.size() as u64, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(n as u64, Ordering::Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations (count, bytes) of one call of f; the result is dropped after counting.
fn count<T>(f: impl FnOnce() -> T) -> (u64, u64) {
    let (a, b) = (
        ALLOCS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed),
    );
    let r = f();
    let out = (
        ALLOCS.load(Ordering::Relaxed) - a,
        BYTES.load(Ordering::Relaxed) - b,
    );
    drop(r);
    out
}

fn row<M>(e: &Entry)
where
    M: Message + Default + serde::Serialize + serde::de::DeserializeOwned,
{
    let m = M::decode(e.binary.as_slice()).expect("corpus binary decodes");
    // The input as tonic hands it to prost (see the Rust harness).
    let frame = prost::bytes::Bytes::from(e.binary.clone());
    let cells = [
        count(|| M::decode(e.binary.as_slice()).unwrap()),
        count(|| M::decode(frame.clone()).unwrap()),
        count(|| m.encode_to_vec()),
        count(|| serde_json::from_str::<M>(&e.json).unwrap()),
        count(|| serde_json::to_string(&m).unwrap()),
        count(|| serde_json::from_str::<serde_json::Value>(&e.json).unwrap()),
    ];
    let cells: Vec<String> = cells.iter().map(|(n, b)| format!("{n} ({b} B)")).collect();
    println!("| {} | {} |", e.name, cells.join(" | "));
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: bench-allocs CORPUS_DIR");
        return ExitCode::from(2);
    };
    let entries = match corpus::read(Path::new(&dir)) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("bench-allocs: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "| message | decode binary | decode binary from Bytes | encode binary | decode JSON | encode JSON | JSON into Value |"
    );
    println!("|---|---|---|---|---|---|---|");
    for e in entries.iter().filter(|e| !e.name.contains("/v1.")) {
        let known = kagzi_bench::with_message_type!(e.type_name.as_str(), M => { row::<M>(e); true }, _ => false);
        if !known {
            eprintln!("bench-allocs: {}: no Rust type for {}", e.name, e.type_name);
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
