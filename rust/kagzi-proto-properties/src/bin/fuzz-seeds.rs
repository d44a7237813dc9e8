//! Writes the fuzz seed corpora from the conformance cases:
//! `fuzz-seeds <cases dir> <out dir>` fills `<out>/binary/` and `<out>/json/`
//! (emptied first, so the result depends only on the cases).

use std::path::PathBuf;
use std::{env, fs, process};

use kagzi_proto_properties::cases::{self, Form};

fn main() {
    let args: Vec<PathBuf> = env::args_os().skip(1).map(PathBuf::from).collect();
    let [cases_dir, out] = args.as_slice() else {
        eprintln!("usage: fuzz-seeds <cases dir> <out dir>");
        process::exit(2);
    };
    if let Err(e) = run(cases_dir, out) {
        eprintln!("fuzz-seeds: {e}");
        process::exit(1);
    }
}

fn run(cases_dir: &std::path::Path, out: &std::path::Path) -> std::io::Result<()> {
    let inputs = cases::read(cases_dir)?;
    for sub in ["binary", "json"] {
        let dir = out.join(sub);
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        fs::create_dir_all(&dir)?;
    }
    for input in &inputs {
        // <version>-<type>-<case file>: unique and readable.
        let rel = input.path.strip_prefix(cases_dir).unwrap_or(&input.path);
        let name = rel.to_string_lossy().replace('/', "-");
        let sub = match input.form {
            Form::Binary => "binary",
            Form::Json => "json",
        };
        fs::write(out.join(sub).join(name), &input.bytes)?;
    }
    println!(
        "fuzz-seeds: {} inputs from {}",
        inputs.len(),
        cases_dir.display()
    );
    Ok(())
}
