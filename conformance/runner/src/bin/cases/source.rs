//! The source files of the cases: their leading `#` lines (what a case
//! covers or why an input is bad, and the `#! reference-accepts:` mark), and
//! the file helpers that turn I/O errors into messages naming the file.

use std::fs;
use std::path::{Path, PathBuf};

pub struct Source {
    /// The `#` lines: what the case covers, or why the input is bad.
    pub reason: Vec<String>,
    /// Why the reference reader accepts this bad input, when it is marked so.
    pub reference_accepts: Option<String>,
    /// The text after the `#` lines.
    pub body: String,
}

/// Splits the leading `#` lines (the reason) from the body.
pub fn parse_source(text: &str, path: &Path) -> Result<Source, String> {
    let mut reason = Vec::new();
    let mut reference_accepts = None;
    let mut body_start = 0;
    for line in text.split_inclusive('\n') {
        if !line.starts_with('#') {
            break;
        }
        body_start += line.len();
        let content = line.trim_end();
        if let Some(why) = content.strip_prefix("#! reference-accepts:") {
            reference_accepts = Some(why.trim().to_string());
        } else {
            reason.push(content.trim_start_matches('#').trim().to_string());
        }
    }
    let rest = &text[body_start..];
    if reason.iter().all(|l| l.is_empty()) {
        return Err(format!(
            "{}: must start with `#` lines saying what it covers",
            path.display()
        ));
    }
    Ok(Source {
        reason,
        reference_accepts,
        body: rest.to_string(),
    })
}

/// A bad input must be rejected by the reference reader, unless its source
/// says why the reference accepts it (and then the reference must accept it).
pub fn check_reference(accepted: bool, source: &Source, path: &Path) -> Result<(), String> {
    match (accepted, &source.reference_accepts) {
        (true, None) => Err(format!(
            "{}: the reference reader accepts this input; fix it, or mark a known leniency of the \
             reference with `#! reference-accepts: <why>`",
            path.display()
        )),
        (false, Some(_)) => Err(format!(
            "{}: marked `#! reference-accepts` but the reference reader rejects it; drop the mark",
            path.display()
        )),
        _ => Ok(()),
    }
}

pub fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The entries of `dir`, sorted by name: (name, path).
pub fn list(dir: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        out.push((
            entry.file_name().to_string_lossy().into_owned(),
            entry.path(),
        ));
    }
    out.sort();
    Ok(out)
}
