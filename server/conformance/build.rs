//! Embeds every released schema image (`releases/vX.Y.Z.binpb` at the
//! repository root) into the suite, so the drift check compares a server
//! with the released contracts without reading files at run time. A new
//! release is picked up by the next build: the directory is watched.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    // The nearest ancestor holding `releases/`: the crate may sit at any
    // depth below the repository root.
    let Some(releases) = manifest
        .ancestors()
        .map(|d| d.join("releases"))
        .find(|d| d.is_dir())
    else {
        panic!("no releases/ directory above {}", manifest.display());
    };
    println!("cargo:rerun-if-changed={}", releases.display());

    let mut images: Vec<(Vec<u64>, String, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(&releases).expect("read releases/") {
        let path = entry.expect("read releases/").path();
        let Some(version) = release_version(&path) else {
            continue;
        };
        let key = version
            .split('.')
            .map(|p| {
                p.parse::<u64>()
                    .unwrap_or_else(|_| panic!("bad version in {}", path.display()))
            })
            .collect();
        images.push((key, version, path));
    }
    images.sort();
    assert!(
        !images.is_empty(),
        "no vX.Y.Z.binpb in {}",
        releases.display()
    );

    let mut out = String::from(
        "/// Every released schema image, oldest first: (version, buf image bytes).\n\
         pub const RELEASES: &[(&str, &[u8])] = &[\n",
    );
    for (_, version, path) in &images {
        writeln!(
            out,
            "    ({version:?}, include_bytes!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("releases.rs");
    std::fs::write(dest, out).expect("write releases.rs");
}

/// `X.Y.Z` of a file named `vX.Y.Z.binpb`.
fn release_version(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let version = name.strip_prefix('v')?.strip_suffix(".binpb")?;
    let parts: Vec<&str> = version.split('.').collect();
    (parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())))
    .then(|| version.to_string())
}
