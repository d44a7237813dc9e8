//! `kagzi-server-conformance --addr HOST:PORT [--only SELECTOR]... [--report FILE] [--list]`
//!
//! First reads the server's schema through gRPC reflection and prints the
//! drift table and verdict (which kagzi.v1 release the server speaks, if
//! any); then runs the scenarios against the kagzi.v1 server at HOST:PORT
//! (or a full `http://` URL), one connection per area, prints one line per
//! scenario (`PASS name` or `FAIL name: why`) and a closing
//! `N passed, N failed`. `--only` keeps scenarios by exact name or by area
//! (`isolation` or `isolation/`), repeated or as a comma list; `--report`
//! also writes the whole result as JSON; `--list` prints the names.
//! Exits 1 when a scenario failed or the server speaks another wire, 2 on a
//! usage or connection error.

use std::process::ExitCode;

use clap::Parser;

/// Checks a kagzi.v1 server: which release its schema speaks, then the
/// conformance scenarios.
#[derive(Parser)]
#[command(name = "kagzi-server-conformance")]
struct Args {
    /// The server: HOST:PORT or a full `http://` URL.
    #[arg(long, value_name = "HOST:PORT", required_unless_present = "list")]
    addr: Option<String>,
    /// Run only these scenarios: an exact name, or an area (`isolation` or
    /// `isolation/`). Repeatable, or a comma list.
    #[arg(long, value_name = "NAME|AREA", value_delimiter = ',')]
    only: Vec<String>,
    /// Also write the result (drift table, verdict, every scenario) as JSON.
    #[arg(long, value_name = "FILE")]
    report: Option<std::path::PathBuf>,
    /// Print the scenario names and exit.
    #[arg(long)]
    list: bool,
}

#[tokio::main]
async fn main() -> ExitCode {
    // clap exits with status 2 on bad usage.
    let Args {
        addr,
        only,
        report,
        list,
    } = Args::parse();
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
    let result = match kagzi_server_conformance::check(&url, &only).await {
        Ok(r) => r,
        Err(e) => {
            eprintln!("kagzi-server-conformance: {e}");
            return ExitCode::from(2);
        }
    };
    print!(
        "{}",
        kagzi_server_conformance::report::drift_text(&result.drift)
    );
    let mut failed = 0;
    for (name, v) in &result.scenarios {
        match v {
            Ok(()) => println!("PASS {name}"),
            Err(why) => {
                failed += 1;
                println!("FAIL {name}: {why}");
            }
        }
    }
    println!(
        "{} passed, {failed} failed; the server {}",
        result.scenarios.len() - failed,
        result.drift.verdict
    );
    if let Some(path) = report {
        let json = kagzi_server_conformance::report::json(&url, &result);
        let text = serde_json::to_string_pretty(&json).expect("a JSON value serializes") + "\n";
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("kagzi-server-conformance: --report {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    if result.failed() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
