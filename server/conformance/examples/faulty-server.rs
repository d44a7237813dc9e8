//! `faulty-server MODE --addr-file FILE`: the suite's test servers as a
//! program, so that `make server-drift` can show what the suite prints
//! about them (the tests in tests/drift.rs assert the same in-process).
//! Serves on a free loopback port, writes `HOST:PORT` to FILE, and runs
//! until it is killed. MODE:
//!
//! - `another-wire`: the reference services, with a reflection service
//!   (v1alpha only) that describes shifted field numbers and a renamed
//!   JSON name;
//! - `drop-connection:N`: the reference server behind a proxy that kills
//!   the N-th connection (1-based) when the first call on it is answered.
//!
//! Never start it outside a test.

#[path = "../tests/common/mod.rs"]
mod common;

use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, file) = match args.as_slice() {
        [mode, flag, file] if flag == "--addr-file" => (mode.as_str(), file),
        _ => {
            eprintln!("usage: faulty-server another-wire|drop-connection:N --addr-file FILE");
            return ExitCode::from(2);
        }
    };
    // Each handle keeps its server running; dropping it would stop it.
    let (url, _server, _proxy) = if mode == "another-wire" {
        let server =
            common::with_reflection(common::Reflection::V1Alpha(common::another_wire())).await;
        (server.url.clone(), server, None)
    } else if let Some(n) = mode.strip_prefix("drop-connection:") {
        let Ok(n) = n.parse::<usize>() else {
            eprintln!("faulty-server: {mode}: N must be a number");
            return ExitCode::from(2);
        };
        let server = common::reference().await;
        let proxy = common::DroppingProxy::start(server.addr, n).await;
        (proxy.url.clone(), server, Some(proxy))
    } else {
        eprintln!("faulty-server: unknown mode {mode}");
        return ExitCode::from(2);
    };
    let addr = url.trim_start_matches("http://");
    if let Err(e) = std::fs::write(file, addr) {
        eprintln!("faulty-server: --addr-file {file}: {e}");
        return ExitCode::from(2);
    }
    std::future::pending::<()>().await;
    ExitCode::SUCCESS
}
