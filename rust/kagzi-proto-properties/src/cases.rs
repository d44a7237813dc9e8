//! The conformance cases as fuzz inputs: `<cases>/<version>/<full name>/<case>.binpb`
//! or `.json` becomes the selector byte of the type followed by the file.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Which fuzz target a case feeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `.binpb` files, for the `binary` target.
    Binary,
    /// `.json` files, for the `json` target.
    Json,
}

/// One case as a fuzz input.
pub struct Input {
    /// The case file.
    pub path: PathBuf,
    /// The target it feeds.
    pub form: Form,
    /// Selector byte + file content.
    pub bytes: Vec<u8>,
}

fn sorted_entries(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut entries = fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<io::Result<Vec<_>>>()?;
    entries.sort();
    Ok(entries)
}

/// Every case of a kagzi.v1 type under `cases` (all versions), in path
/// order. A `kagzi.v1.*` folder the registry does not know is an error: the
/// cases and the crate must agree on the type list.
pub fn read(cases: &Path) -> io::Result<Vec<Input>> {
    let mut inputs = Vec::new();
    for version in sorted_entries(cases)?.into_iter().filter(|p| p.is_dir()) {
        for type_dir in sorted_entries(&version)?.into_iter().filter(|p| p.is_dir()) {
            let name = type_dir.file_name().unwrap_or_default().to_string_lossy();
            // The fuzz targets decode kagzi.v1's own messages; the suite also
            // has cases of other packages' types (google.rpc.Status, the
            // envelope kagzi.v1 errors travel in), which are not theirs.
            if !name.starts_with("kagzi.v1.") {
                continue;
            }
            let selector = crate::selector(&name).ok_or_else(|| {
                io::Error::other(format!("{}: no such message type", type_dir.display()))
            })?;
            for path in sorted_entries(&type_dir)? {
                let form = match path.extension().and_then(|e| e.to_str()) {
                    Some("binpb") => Form::Binary,
                    Some("json") => Form::Json,
                    _ => continue,
                };
                let mut bytes = vec![selector];
                bytes.extend(fs::read(&path)?);
                inputs.push(Input { path, form, bytes });
            }
        }
    }
    Ok(inputs)
}
