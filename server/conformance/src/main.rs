//! `kagzi-server-conformance --addr HOST:PORT [--only NAME|AREA/] [--list]`
//!
//! Runs every scenario against the kagzi.v1 server at HOST:PORT (or a full
//! `http://` URL), prints one line per scenario (`PASS name` or
//! `FAIL name: why`) and a closing `N passed, N failed`. `--only` runs one
//! scenario (its exact name) or one area (`isolation/`); `--list` prints
//! the names. Exits 1 when a
//! scenario failed, 2 on a usage or connection error.

use std::process::ExitCode;

use clap::Parser;

/// Runs the kagzi.v1 server conformance scenarios against a server.
#[derive(Parser)]
#[command(name = "kagzi-server-conformance")]
struct Args {
    /// The server: HOST:PORT or a full `http://` URL.
    #[arg(long, value_name = "HOST:PORT", required_unless_present = "list")]
    addr: Option<String>,
    /// Run one scenario (its exact name) or one area (`isolation/`).
    #[arg(long, value_name = "NAME|AREA/")]
    only: Option<String>,
    /// Print the scenario names and exit.
    #[arg(long)]
    list: bool,
}

#[tokio::main]
async fn main() -> ExitCode {
    // clap exits with status 2 on bad usage.
    let Args { addr, only, list } = Args::parse();
    if list {
        for s in kagzi_server_conformance::all() {
            println!("{}", s.name);
        }
        return ExitCode::SUCCESS;
    }
    let Some(addr) = addr else {
        // clap already requires --addr without --list.
        eprintln!("kagzi-server-conformance: --addr is required");
        return ExitCode::from(2);
    };
    let url = if addr.contains("://") {
        addr
    } else {
        format!("http://{addr}")
    };
    let verdicts = match kagzi_server_conformance::run(&url, only.as_deref()).await {
        Ok(v) => v,
        Err(e) => {
            eprintln!("kagzi-server-conformance: {e}");
            return ExitCode::from(2);
        }
    };
    if verdicts.is_empty() {
        eprintln!("kagzi-server-conformance: no scenario matches --only {only:?}");
        return ExitCode::from(2);
    }
    let mut failed = 0;
    for (name, v) in &verdicts {
        match v {
            Ok(()) => println!("PASS {name}"),
            Err(why) => {
                failed += 1;
                println!("FAIL {name}: {why}");
            }
        }
    }
    println!("{} passed, {failed} failed", verdicts.len() - failed);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
