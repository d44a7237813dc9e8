//! conformance-cases: generates the checked-in cases from their readable
//! sources, deterministically.
//!
//!   conformance-cases --sources conformance/cases-src --images releases --proto proto --out DIR
//!
//! Sources, per `<version>/<full.message.Type>/` directory (each file starts
//! with `#` lines that say what it covers or why it is bad; those lines become
//! the README of the generated directory):
//!   <name>.txtpb              a valid case in protobuf text format, parsed
//!                             against releases/<version>.binpb, or, for
//!                             the one version folder newer than every
//!                             release, against the working tree's schemas
//!                             (--proto); written as <name>.binpb and <name>.json
//!   <name>~<variant>.json.in  another JSON spelling of <name>'s value
//!   <name>~<variant>.binpb.hex  another binary encoding of <name>'s value (hex)
//!   <name>.bad.json.in        JSON every reader must reject
//!   <name>.bad.binpb.hex      binary (hex digits, whitespace ignored) every
//!                             reader must reject
//! A `#! reference-accepts: <why>` line marks a bad input that prost-reflect
//! (the reference reader used here) wrongly accepts; every other bad input
//! must be rejected by it, and every variant must read as its case's value,
//! so that a wrong source is caught here and not in some testee.
//!
//! Generation fails unless every message type a version adds has, in that
//! version's directory, at least one valid case, one `.bad.binpb.hex` and one
//! `.bad.json.in`.
//!
//! Modules: `source` (the source files, their `#` lines and the file
//! helpers), `generate` (one message type's directory of cases), `readme`
//! (the README of a generated directory), `coverage` (the gate on added
//! types), `run` (every version, against its image or the working tree).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

mod coverage;
mod generate;
mod readme;
mod run;
mod source;

/// Generates the checked-in conformance cases from their readable sources.
#[derive(Parser)]
#[command(name = "conformance-cases")]
struct Args {
    /// The case sources (conformance/cases-src).
    #[arg(long, value_name = "DIR")]
    sources: PathBuf,
    /// The release images, `<version>.binpb` (releases).
    #[arg(long, value_name = "DIR")]
    images: PathBuf,
    /// The working tree's schemas, for the unreleased version (proto).
    #[arg(long, value_name = "DIR")]
    proto: PathBuf,
    /// Where the generated cases go.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

fn main() -> ExitCode {
    // clap exits with status 2 on bad usage.
    let Args {
        sources,
        images,
        proto,
        out,
    } = Args::parse();
    match run::run(&sources, &images, &proto, &out) {
        Ok(n) => {
            println!(
                "conformance-cases: wrote the cases of {n} message types into {}",
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("conformance-cases: {e}");
            ExitCode::FAILURE
        }
    }
}
