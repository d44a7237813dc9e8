//! `kagzi-testserver [ADDR] [--addr-file PATH] [--cors-origin ORIGIN]... [--fault SPEC]...`
//!
//! Serves every kagzi.v1 service from memory on ADDR (default
//! 127.0.0.1:50051; port 0 picks a free port). Once it listens it prints
//! `kagzi-testserver: listening on http://HOST:PORT` and, with
//! `--addr-file`, writes that URL to PATH (written whole, then renamed, so
//! a script waiting for the file never reads half of it). Stops on Ctrl-C
//! or SIGTERM.
//!
//! `--cors-origin ORIGIN` (repeatable, e.g. `http://127.0.0.1:8080`) lets
//! browser pages of that origin call the server with gRPC-Web: CORS
//! preflights are answered and the grpc-status trailers exposed
//! (`src/cors.rs`). Without it the server sends no CORS headers.
//!
//! `--fault` is for tests only; it breaks the server on purpose:
//! - `ignore-namespace:RPC`: RPC finds resources of any namespace (to prove
//!   the server conformance suite catches it);
//! - `unavailable:N`: the first N BeginStep and the first N CompleteStep
//!   calls fail with UNAVAILABLE (to prove workers retry);
//! - `drop:error-details`, `drop:health`, `drop:reflection-v1alpha`: leave
//!   out the ErrorDetail of failing calls, the health service, or
//!   reflection v1alpha (to prove the wire tests and the guides catch it);
//! - `break:WHAT`: break one promise of kagzi.v1.2.0 (a paused schedule
//!   that fires, a terminated run that takes reports, ...; the list is
//!   `faults::BREAKABLE`), to prove the server conformance suite catches it.

use kagzi_testserver::{AllowedOrigins, Faults, Store, serve_with_cors};

const USAGE: &str =
    "usage: kagzi-testserver [ADDR] [--addr-file PATH] [--cors-origin ORIGIN]... [--fault SPEC]...";

struct Args {
    addr: String,
    addr_file: Option<String>,
    cors: AllowedOrigins,
    faults: Faults,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut parsed = Args {
        addr: "127.0.0.1:50051".into(),
        addr_file: None,
        cors: AllowedOrigins::default(),
        faults: Faults::default(),
    };
    let mut addr_seen = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--addr-file" => {
                parsed.addr_file = Some(args.next().ok_or("--addr-file needs a PATH")?);
            }
            "--cors-origin" => parsed
                .cors
                .add(&args.next().ok_or("--cors-origin needs an ORIGIN")?)?,
            "--fault" => parsed
                .faults
                .add(&args.next().ok_or("--fault needs a SPEC")?)?,
            "-h" | "--help" => return Err(USAGE.into()),
            a if a.starts_with('-') => return Err(format!("unknown option {a}\n{USAGE}")),
            a if !addr_seen => {
                parsed.addr = a.to_string();
                addr_seen = true;
            }
            a => return Err(format!("unexpected argument {a}\n{USAGE}")),
        }
    }
    Ok(parsed)
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kagzi-testserver: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let args = parse_args()?;
    let addr: std::net::SocketAddr = args
        .addr
        .parse()
        .map_err(|e| format!("invalid address {:?}: {e}", args.addr))?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let url = format!("http://{}", listener.local_addr()?);
    if let Some(path) = &args.addr_file {
        let tmp = format!("{path}.tmp");
        std::fs::write(&tmp, &url).map_err(|e| format!("--addr-file {tmp}: {e}"))?;
        std::fs::rename(&tmp, path).map_err(|e| format!("--addr-file {path}: {e}"))?;
    }
    println!("kagzi-testserver: listening on {url}");
    serve_with_cors(listener, Store::new(args.faults), &args.cors, shutdown()).await?;
    println!("kagzi-testserver: stopped");
    Ok(())
}

async fn shutdown() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(e) => {
                eprintln!("kagzi-testserver: cannot watch SIGTERM ({e}); Ctrl-C only");
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}
