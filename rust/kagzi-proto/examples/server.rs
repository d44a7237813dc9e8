//! A kagzi.v1 server: all four services from an in-memory store, plus gRPC
//! reflection built from `kagzi_proto::FILE_DESCRIPTOR_SET`.
//!
//! ```text
//! cargo run -p kagzi-proto --example server -- 127.0.0.1:50051
//! ```
//!
//! The address comes from the first argument, else `KAGZI_ADDR`, else
//! 127.0.0.1:50051; port 0 picks a free port. When `KAGZI_ADDR_FILE` is set,
//! the server writes its URL there once it listens (scripts wait for it).
//! `KAGZI_TRANSIENT_FAULTS=N` makes the first N BeginStep calls and the
//! first N CompleteStep calls fail with UNAVAILABLE (to show workers retrying). Stops on Ctrl-C
//! or SIGTERM.

#[path = "support/memory.rs"]
mod memory;

use kagzi_proto::FILE_DESCRIPTOR_SET;
use tonic::transport::Server;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let addr = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("KAGZI_ADDR").ok())
        .unwrap_or_else(|| "127.0.0.1:50051".to_string());
    let addr: std::net::SocketAddr = addr
        .parse()
        .map_err(|e| format!("invalid address {addr:?}: {e}"))?;
    let faults: u32 = match std::env::var("KAGZI_TRANSIENT_FAULTS") {
        Ok(v) => v
            .parse()
            .map_err(|e| format!("KAGZI_TRANSIENT_FAULTS={v:?}: {e}"))?,
        Err(_) => 0,
    };
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let url = format!("http://{}", listener.local_addr()?);

    let reflection = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(FILE_DESCRIPTOR_SET)
        .build_v1()?;

    if let Ok(path) = std::env::var("KAGZI_ADDR_FILE") {
        // Write then rename, so a reader never sees a half-written file.
        let tmp = format!("{path}.tmp");
        std::fs::write(&tmp, &url)?;
        std::fs::rename(&tmp, &path)?;
    }
    println!("server: listening on {url}");

    Server::builder()
        .add_routes(memory::Memory::with_transient_faults(faults).services())
        .add_service(reflection)
        .serve_with_incoming_shutdown(
            tokio_stream::wrappers::TcpListenerStream::new(listener),
            shutdown(),
        )
        .await?;
    println!("server: stopped");
    Ok(())
}

async fn shutdown() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("server: cannot watch SIGTERM ({e}); Ctrl-C only");
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}
