//! The layout of the checked-in cases:
//!
//! ```text
//! <cases>/<version>/<full.message.Type>/
//!     <name>.binpb + <name>.json      a valid case: one value, canonical binary and JSON
//!     <name>~<variant>.json           another JSON spelling of the value of <name>
//!     <name>~<variant>.binpb          another binary encoding of the value of <name>
//!     <name>.bad.binpb, <name>.bad.json   inputs every reader must reject
//!     README.md                       what each case covers, why each bad case is bad
//! ```

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::schemas::version_key;

/// The cases of one message type in one version.
#[derive(Debug, Clone)]
pub struct TypeCases {
    pub version: String,
    pub message_type: String,
    pub valid: Vec<ValidCase>,
    pub variants: Vec<Variant>,
    pub bad: Vec<BadCase>,
}

#[derive(Debug, Clone)]
pub struct ValidCase {
    pub name: String,
    pub binary: Vec<u8>,
    pub json: String,
}

#[derive(Debug, Clone)]
pub struct Variant {
    /// The valid case whose value this spelling holds.
    pub base: String,
    pub variant: String,
    pub format: Format,
    pub input: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Binary,
    Json,
}

#[derive(Debug, Clone)]
pub struct BadCase {
    pub name: String,
    pub format: Format,
    pub input: Vec<u8>,
}

impl TypeCases {
    /// `<version>/<Type>`, the prefix of every test name of these cases.
    pub fn prefix(&self) -> String {
        format!("{}/{}", self.version, self.message_type)
    }
}

/// Reads every case under `root`, versions in version order, types and cases
/// sorted by name. Unexpected files are errors, so that a misnamed case is not
/// silently left out.
pub fn load_cases(root: &Path) -> Result<Vec<TypeCases>, String> {
    let mut versions = list_dirs(root)?;
    versions.sort_by_key(|v| version_key(v));
    let mut out = Vec::new();
    for version in versions {
        let vdir = root.join(&version);
        for message_type in list_dirs(&vdir)? {
            out.push(load_type(
                &vdir.join(&message_type),
                &version,
                &message_type,
            )?);
        }
    }
    Ok(out)
}

fn list_dirs(dir: &Path) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() {
            names.push(name);
        } else if name != "README.md" {
            return Err(format!("unexpected file {}", entry.path().display()));
        }
    }
    names.sort();
    Ok(names)
}

fn load_type(dir: &Path, version: &str, message_type: &str) -> Result<TypeCases, String> {
    let mut files: Vec<String> = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        files.push(entry.file_name().to_string_lossy().into_owned());
    }
    files.sort();
    let read = |name: &str| {
        fs::read(dir.join(name))
            .map_err(|e| format!("cannot read {}: {e}", dir.join(name).display()))
    };
    let read_text = |name: &str| -> Result<String, String> {
        String::from_utf8(read(name)?)
            .map_err(|_| format!("{} is not UTF-8", dir.join(name).display()))
    };
    let mut binaries: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut jsons: BTreeMap<String, String> = BTreeMap::new();
    let mut variants = Vec::new();
    let mut bad = Vec::new();
    for file in &files {
        if file == "README.md" {
            continue;
        }
        if let Some(name) = file.strip_suffix(".bad.binpb") {
            bad.push(BadCase {
                name: name.to_string(),
                format: Format::Binary,
                input: read(file)?,
            });
        } else if let Some(name) = file.strip_suffix(".bad.json") {
            bad.push(BadCase {
                name: name.to_string(),
                format: Format::Json,
                input: read(file)?,
            });
        } else if let Some(stem) = file.strip_suffix(".json") {
            match stem.split_once('~') {
                Some((base, variant)) => variants.push(Variant {
                    base: base.to_string(),
                    variant: variant.to_string(),
                    format: Format::Json,
                    input: read_text(file)?.into_bytes(),
                }),
                None => {
                    jsons.insert(stem.to_string(), read_text(file)?);
                }
            }
        } else if let Some(stem) = file.strip_suffix(".binpb") {
            match stem.split_once('~') {
                Some((base, variant)) => variants.push(Variant {
                    base: base.to_string(),
                    variant: variant.to_string(),
                    format: Format::Binary,
                    input: read(file)?,
                }),
                None => {
                    binaries.insert(stem.to_string(), read(file)?);
                }
            }
        } else {
            return Err(format!("unexpected file {}", dir.join(file).display()));
        }
    }
    let mut valid = Vec::new();
    for (name, binary) in binaries {
        let json = jsons
            .remove(&name)
            .ok_or_else(|| format!("{}/{name}.binpb has no {name}.json", dir.display()))?;
        valid.push(ValidCase { name, binary, json });
    }
    if let Some(name) = jsons.keys().next() {
        return Err(format!("{}/{name}.json has no {name}.binpb", dir.display()));
    }
    for v in &variants {
        if !valid.iter().any(|c| c.name == v.base) {
            return Err(format!(
                "{}/{}~{} names no valid case {}",
                dir.display(),
                v.base,
                v.variant,
                v.base
            ));
        }
    }
    Ok(TypeCases {
        version: version.to_string(),
        message_type: message_type.to_string(),
        valid,
        variants,
        bad,
    })
}
