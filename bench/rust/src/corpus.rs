//! Writing and reading the corpus directory (see the crate docs).

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

/// Calls `$body` with `$M` bound to the Rust type of the full message name
/// `$name`, for the message types the corpus holds; evaluates `$other`
/// for any other name. The harnesses and the generator share this list.
#[macro_export]
macro_rules! with_message_type {
    ($name:expr, $M:ident => $body:expr, _ => $other:expr) => {{
        use kagzi_proto::kagzi::v1;
        match $name {
            "kagzi.v1.Workflow" => {
                type $M = v1::Workflow;
                $body
            }
            "kagzi.v1.ListWorkflowsResponse" => {
                type $M = v1::ListWorkflowsResponse;
                $body
            }
            "kagzi.v1.Worker" => {
                type $M = v1::Worker;
                $body
            }
            "kagzi.v1.ListWorkersResponse" => {
                type $M = v1::ListWorkersResponse;
                $body
            }
            "kagzi.v1.Payload" => {
                type $M = v1::Payload;
                $body
            }
            "kagzi.v1.ErrorDetail" => {
                type $M = v1::ErrorDetail;
                $body
            }
            _ => $other,
        }
    }};
}

/// One message of the corpus.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Row name in the results (`Workflow/v1.1.0/labels`, `ListWorkflowsResponse/50`).
    pub name: String,
    /// Full protobuf name of the message type.
    pub type_name: String,
    /// The binary encoding.
    pub binary: Vec<u8>,
    /// The canonical proto3 JSON of the same message.
    pub json: String,
}

fn file_stem(name: &str) -> String {
    name.replace('/', ".")
}

/// Writes the entries and `manifest.json` into `dir` (created; files of an
/// earlier corpus with other names are left alone, the manifest is the list).
pub fn write(dir: &Path, entries: &[Entry]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut manifest = Vec::new();
    for e in entries {
        let stem = file_stem(&e.name);
        let (bin, js) = (format!("{stem}.binpb"), format!("{stem}.json"));
        fs::write(dir.join(&bin), &e.binary)?;
        fs::write(dir.join(&js), &e.json)?;
        manifest.push(json!({"name": e.name, "type": e.type_name, "binary": bin, "json": js}));
    }
    let text = serde_json::to_string_pretty(&Value::Array(manifest))? + "\n";
    fs::write(dir.join("manifest.json"), text)
}

fn invalid(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg)
}

/// Reads the corpus that [`write`] wrote into `dir`.
pub fn read(dir: &Path) -> io::Result<Vec<Entry>> {
    let path = dir.join("manifest.json");
    let text = fs::read_to_string(&path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    let manifest: Value =
        serde_json::from_str(&text).map_err(|e| invalid(format!("{}: {e}", path.display())))?;
    let items = manifest
        .as_array()
        .ok_or_else(|| invalid(format!("{}: not a JSON array", path.display())))?;
    items
        .iter()
        .map(|item| {
            let field = |k: &str| {
                item.get(k).and_then(Value::as_str).ok_or_else(|| {
                    invalid(format!("{}: entry without string {k:?}", path.display()))
                })
            };
            Ok(Entry {
                name: field("name")?.to_owned(),
                type_name: field("type")?.to_owned(),
                binary: fs::read(dir.join(field("binary")?))?,
                json: fs::read_to_string(dir.join(field("json")?))?,
            })
        })
        .collect()
}

/// Every valid binary conformance case (`<cases>/<version>/<type>/<case>.binpb`,
/// without `.bad.` cases and `~` variants) of the corpus's message types,
/// sorted by path, each message once (a case repeated in a later version is
/// dropped). The JSON is the crate's canonical JSON of the decoded message,
/// so both files of an entry hold the same message.
pub fn conformance_entries(cases: &Path) -> io::Result<Vec<Entry>> {
    let mut files = Vec::new();
    for version in sorted_dirs(cases)? {
        for type_dir in sorted_dirs(&version)? {
            for f in sorted_entries(&type_dir)? {
                let file = f
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
                    .to_owned();
                if file.ends_with(".binpb") && !file.contains(".bad.") && !file.contains('~') {
                    files.push((version.clone(), type_dir.clone(), f));
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (version, type_dir, f) in files {
        let base = |p: &Path| {
            p.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned()
        };
        let type_name = base(&type_dir);
        let binary = fs::read(&f)?;
        let Some(json) = crate::with_message_type!(type_name.as_str(), M => Some(canonical_json::<M>(&binary, &f)?), _ => None)
        else {
            continue;
        };
        if !seen.insert((type_name.clone(), binary.clone())) {
            continue;
        }
        let short = type_name.strip_prefix("kagzi.v1.").unwrap_or(&type_name);
        let case = base(&f).trim_end_matches(".binpb").to_owned();
        out.push(Entry {
            name: format!("{short}/{}/{case}", base(&version)),
            type_name,
            binary,
            json,
        });
    }
    Ok(out)
}

fn canonical_json<M>(binary: &[u8], path: &Path) -> io::Result<String>
where
    M: prost::Message + Default + serde::Serialize,
{
    let m = M::decode(binary).map_err(|e| invalid(format!("{}: {e}", path.display())))?;
    serde_json::to_string(&m).map_err(|e| invalid(format!("{}: {e}", path.display())))
}

fn sorted_entries(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut v = fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<io::Result<Vec<_>>>()?;
    v.sort();
    Ok(v)
}

fn sorted_dirs(dir: &Path) -> io::Result<Vec<PathBuf>> {
    Ok(sorted_entries(dir)?
        .into_iter()
        .filter(|p| p.is_dir())
        .collect())
}
