//! One message type's directory of cases: each source file of
//! `cases-src/<version>/<Type>/` checked against the reference reader and
//! written as the file the testees read, and the directory's README.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use kagzi_conformance::hex::{self, show};
use kagzi_conformance::values::read_json;
use kagzi_conformance::{canonical_binary, canonical_json, compat};
use prost_reflect::{DescriptorPool, DynamicMessage, MessageDescriptor};

use crate::coverage::Coverage;
use crate::readme::{Readme, cell};
use crate::source::{Source, check_reference, list, parse_source, read_text, write};

/// Generates the cases of `message_type` from the sources in `src` into
/// `out`; returns how many cases of each kind it holds.
pub fn generate_type(
    pool: &DescriptorPool,
    version: &str,
    message_type: &str,
    src: &Path,
    out: &Path,
) -> Result<Coverage, String> {
    let desc = pool.get_message_by_name(message_type).ok_or_else(|| {
        format!(
            "{}: {message_type} is not a message of {version}",
            src.display()
        )
    })?;
    fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let files = list(src)?;
    let mut cases = TypeCases {
        pool,
        message_type,
        desc,
        out,
        values: BTreeMap::new(),
        readme: Readme::default(),
        coverage: Coverage::default(),
    };
    // Valid cases first: variants refer to them.
    for (name, path) in &files {
        if let Some(case) = name.strip_suffix(".txtpb") {
            cases.valid(case, path)?;
        }
    }
    for (name, path) in &files {
        if name.ends_with(".txtpb") {
            continue;
        }
        let source = parse_source(&read_text(path)?, path)?;
        if let Some(file) = name.strip_suffix(".bad.json.in") {
            cases.bad_json(file, &source, path)?;
        } else if let Some(stem) = name
            .strip_suffix(".binpb.hex")
            .filter(|s| s.contains('~') && !s.ends_with(".bad"))
        {
            cases.binary_variant(stem, &source, path)?;
        } else if let Some(file) = name.strip_suffix(".bad.binpb.hex") {
            cases.bad_binary(file, &source, path)?;
        } else if let Some(stem) = name.strip_suffix(".json.in") {
            cases.json_variant(stem, &source, path)?;
        } else {
            return Err(format!("{}: unknown kind of source file", path.display()));
        }
    }
    if cases.values.is_empty() {
        return Err(format!("{}: no valid case (<name>.txtpb)", src.display()));
    }
    write(
        &out.join("README.md"),
        cases.readme.render(version, message_type).as_bytes(),
    )?;
    Ok(cases.coverage)
}

/// What the generation of one type directory has written so far.
struct TypeCases<'a> {
    pool: &'a DescriptorPool,
    message_type: &'a str,
    desc: MessageDescriptor,
    out: &'a Path,
    /// The canonical binary of each valid case, by name: what its variants
    /// must read as.
    values: BTreeMap<String, Vec<u8>>,
    readme: Readme,
    coverage: Coverage,
}

impl TypeCases<'_> {
    /// `<case>.txtpb`: written as `<case>.binpb` and `<case>.json`.
    fn valid(&mut self, case: &str, path: &Path) -> Result<(), String> {
        let text = read_text(path)?;
        let source = parse_source(&text, path)?;
        let msg = DynamicMessage::parse_text_format(self.desc.clone(), &text)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let binary = canonical_binary::encode(&msg);
        let json_text = canonical_json::to_canonical_json(&msg)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        // Self-check: the same round trips the backward check applies to
        // every released case (decode, re-encode, print and read the JSON).
        compat::backward(self.pool, self.message_type, &binary, &json_text).map_err(|e| {
            format!(
                "{}: generated case fails its own check: {e}",
                path.display()
            )
        })?;
        write(&self.out.join(format!("{case}.binpb")), &binary)?;
        write(&self.out.join(format!("{case}.json")), json_text.as_bytes())?;
        self.readme
            .valid
            .push(format!("| `{case}` | {} |", cell(&source.reason)));
        self.values.insert(case.to_string(), binary);
        self.coverage.valid += 1;
        Ok(())
    }

    /// `<name>.bad.json.in`: JSON every reader must reject.
    fn bad_json(&mut self, name: &str, source: &Source, path: &Path) -> Result<(), String> {
        let file = format!("{name}.bad.json");
        let accepted = read_json(self.desc.clone(), &source.body).is_ok();
        check_reference(accepted, source, path)?;
        write(&self.out.join(&file), source.body.as_bytes())?;
        self.readme
            .bad
            .push(format!("| `{file}` | {} |", cell(&source.reason)));
        self.coverage.bad_json += 1;
        Ok(())
    }

    /// `<name>.bad.binpb.hex`: binary every reader must reject.
    fn bad_binary(&mut self, name: &str, source: &Source, path: &Path) -> Result<(), String> {
        let file = format!("{name}.bad.binpb");
        let bytes = hex::parse(&source.body).map_err(|e| format!("{}: {e}", path.display()))?;
        let accepted = DynamicMessage::decode(self.desc.clone(), bytes.as_slice()).is_ok();
        check_reference(accepted, source, path)?;
        write(&self.out.join(&file), &bytes)?;
        self.readme.bad.push(format!(
            "| `{file}` (`{}`) | {} |",
            show(&bytes),
            cell(&source.reason)
        ));
        self.coverage.bad_binary += 1;
        Ok(())
    }

    /// `<case>~<variant>.binpb.hex`: another binary encoding of `<case>`'s value.
    fn binary_variant(&mut self, stem: &str, source: &Source, path: &Path) -> Result<(), String> {
        let (base, _variant) = stem.split_once('~').expect("the caller checked for `~`");
        let expected = self.value_of(base, path)?;
        let bytes = hex::parse(&source.body).map_err(|e| format!("{}: {e}", path.display()))?;
        let msg = DynamicMessage::decode(self.desc.clone(), bytes.as_slice()).map_err(|e| {
            format!(
                "{}: the reference reader rejects this encoding: {e}",
                path.display()
            )
        })?;
        check_value(&msg, &expected, base, path)?;
        let file = format!("{stem}.binpb");
        write(&self.out.join(&file), &bytes)?;
        self.readme.binary_variants.push(format!(
            "| `{file}` (`{}`) | {} |",
            show(&bytes),
            cell(&source.reason)
        ));
        Ok(())
    }

    /// `<case>~<variant>.json.in`: another JSON spelling of `<case>`'s value.
    fn json_variant(&mut self, stem: &str, source: &Source, path: &Path) -> Result<(), String> {
        let (base, _variant) = stem.split_once('~').ok_or_else(|| {
            format!(
                "{}: a variant is named <case>~<variant>.json.in",
                path.display()
            )
        })?;
        let expected = self.value_of(base, path)?;
        let msg = read_json(self.desc.clone(), &source.body).map_err(|e| {
            format!(
                "{}: the reference reader rejects this spelling: {e}",
                path.display()
            )
        })?;
        check_value(&msg, &expected, base, path)?;
        let file = format!("{stem}.json");
        write(&self.out.join(&file), source.body.as_bytes())?;
        self.readme
            .json_variants
            .push(format!("| `{file}` | {} |", cell(&source.reason)));
        Ok(())
    }

    /// The canonical binary of the valid case `base`, which a variant names.
    fn value_of(&self, base: &str, path: &Path) -> Result<Vec<u8>, String> {
        self.values
            .get(base)
            .cloned()
            .ok_or_else(|| format!("{}: no valid case {base}.txtpb", path.display()))
    }
}

/// A variant must read as exactly its case's value.
fn check_value(
    msg: &DynamicMessage,
    expected: &[u8],
    base: &str,
    path: &Path,
) -> Result<(), String> {
    let got = canonical_binary::encode(msg);
    if got != expected {
        return Err(format!(
            "{}: reads as {} instead of the value of {base} ({})",
            path.display(),
            show(&got),
            show(expected)
        ));
    }
    Ok(())
}
