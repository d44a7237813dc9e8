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

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use kagzi_conformance::compat;
use kagzi_conformance::hex::{self, show};
use kagzi_conformance::schemas::{VersionSchema, compile_proto_tree, load_image, schemas_of};
use kagzi_conformance::values::read_json;
use kagzi_conformance::{canonical_binary, canonical_json};
use prost_reflect::{DescriptorPool, DynamicMessage};

struct Source {
    reason: Vec<String>,
    reference_accepts: Option<String>,
    body: String,
}

/// Splits the leading `#` lines (the reason) from the body.
fn parse_source(text: &str, path: &Path) -> Result<Source, String> {
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

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn list(dir: &Path) -> Result<Vec<(String, PathBuf)>, String> {
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

fn cell(lines: &[String]) -> String {
    lines
        .iter()
        .filter(|l| !l.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// How many cases of each kind a type directory holds: the coverage gate
/// needs a valid case and a bad input of each encoding for every new type.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Coverage {
    valid: usize,
    bad_binary: usize,
    bad_json: usize,
}

fn generate_type(
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
    let mut values: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut readme_valid = Vec::new();
    let mut readme_variants = Vec::new();
    let mut readme_binary_variants = Vec::new();
    let mut readme_bad = Vec::new();
    let mut coverage = Coverage::default();

    // Valid cases first: variants refer to them.
    for (name, path) in &files {
        let Some(case) = name.strip_suffix(".txtpb") else {
            continue;
        };
        let text = read_text(path)?;
        let source = parse_source(&text, path)?;
        let msg = DynamicMessage::parse_text_format(desc.clone(), &text)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let binary = canonical_binary::encode(&msg);
        let json_text = canonical_json::to_canonical_json(&msg)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        // Self-check: the same round trips the backward check applies to
        // every released case (decode, re-encode, print and read the JSON).
        compat::backward(pool, message_type, &binary, &json_text).map_err(|e| {
            format!(
                "{}: generated case fails its own check: {e}",
                path.display()
            )
        })?;
        write(&out.join(format!("{case}.binpb")), &binary)?;
        write(&out.join(format!("{case}.json")), json_text.as_bytes())?;
        readme_valid.push(format!("| `{case}` | {} |", cell(&source.reason)));
        values.insert(case.to_string(), binary);
        coverage.valid += 1;
    }
    for (name, path) in &files {
        if name.ends_with(".txtpb") {
            continue;
        }
        let source = parse_source(&read_text(path)?, path)?;
        if let Some(file) = name.strip_suffix(".bad.json.in") {
            let file = format!("{file}.bad.json");
            let accepted = read_json(desc.clone(), &source.body).is_ok();
            check_reference(accepted, &source, path)?;
            write(&out.join(&file), source.body.as_bytes())?;
            readme_bad.push(format!("| `{file}` | {} |", cell(&source.reason)));
            coverage.bad_json += 1;
        } else if let Some(stem) = name
            .strip_suffix(".binpb.hex")
            .filter(|s| s.contains('~') && !s.ends_with(".bad"))
        {
            let (base, _variant) = stem.split_once('~').expect("checked above");
            let expected = values
                .get(base)
                .ok_or_else(|| format!("{}: no valid case {base}.txtpb", path.display()))?;
            let bytes = hex::parse(&source.body).map_err(|e| format!("{}: {e}", path.display()))?;
            let msg = DynamicMessage::decode(desc.clone(), bytes.as_slice()).map_err(|e| {
                format!(
                    "{}: the reference reader rejects this encoding: {e}",
                    path.display()
                )
            })?;
            if &canonical_binary::encode(&msg) != expected {
                return Err(format!(
                    "{}: reads as {} instead of the value of {base} ({})",
                    path.display(),
                    show(&canonical_binary::encode(&msg)),
                    show(expected)
                ));
            }
            let file = format!("{stem}.binpb");
            write(&out.join(&file), &bytes)?;
            readme_binary_variants.push(format!(
                "| `{file}` (`{}`) | {} |",
                show(&bytes),
                cell(&source.reason)
            ));
        } else if let Some(file) = name.strip_suffix(".bad.binpb.hex") {
            let file = format!("{file}.bad.binpb");
            let bytes = hex::parse(&source.body).map_err(|e| format!("{}: {e}", path.display()))?;
            let accepted = DynamicMessage::decode(desc.clone(), bytes.as_slice()).is_ok();
            check_reference(accepted, &source, path)?;
            write(&out.join(&file), &bytes)?;
            readme_bad.push(format!(
                "| `{file}` (`{}`) | {} |",
                show(&bytes),
                cell(&source.reason)
            ));
            coverage.bad_binary += 1;
        } else if let Some(stem) = name.strip_suffix(".json.in") {
            let (base, _variant) = stem.split_once('~').ok_or_else(|| {
                format!(
                    "{}: a variant is named <case>~<variant>.json.in",
                    path.display()
                )
            })?;
            let expected = values
                .get(base)
                .ok_or_else(|| format!("{}: no valid case {base}.txtpb", path.display()))?;
            let msg = read_json(desc.clone(), &source.body).map_err(|e| {
                format!(
                    "{}: the reference reader rejects this spelling: {e}",
                    path.display()
                )
            })?;
            if &canonical_binary::encode(&msg) != expected {
                return Err(format!(
                    "{}: reads as {} instead of the value of {base} ({})",
                    path.display(),
                    show(&canonical_binary::encode(&msg)),
                    show(expected)
                ));
            }
            let file = format!("{stem}.json");
            write(&out.join(&file), source.body.as_bytes())?;
            readme_variants.push(format!("| `{file}` | {} |", cell(&source.reason)));
        } else {
            return Err(format!("{}: unknown kind of source file", path.display()));
        }
    }
    if values.is_empty() {
        return Err(format!("{}: no valid case (<name>.txtpb)", src.display()));
    }

    let mut readme = format!(
        "# {message_type} cases of {version}\n\n\
         Generated by `make conformance-cases` from `conformance/cases-src/{version}/{message_type}/`; \
         edit the sources, not these files.\n\n\
         ## Valid cases (`<case>.binpb` and `<case>.json` hold the same value)\n\n\
         | case | what it holds |\n| --- | --- |\n"
    );
    for line in &readme_valid {
        readme.push_str(line);
        readme.push('\n');
    }
    if !readme_variants.is_empty() {
        readme.push_str(
            "\n## Other JSON spellings every reader must accept as the value of `<case>.binpb`\n\n\
             | file | what differs from the canonical JSON |\n| --- | --- |\n",
        );
        for line in &readme_variants {
            readme.push_str(line);
            readme.push('\n');
        }
    }
    if !readme_binary_variants.is_empty() {
        readme.push_str(
            "\n## Other binary encodings every reader must accept as the value of `<case>.binpb`\n\n\
             | file | what differs from the canonical encoding |\n| --- | --- |\n",
        );
        for line in &readme_binary_variants {
            readme.push_str(line);
            readme.push('\n');
        }
    }
    if !readme_bad.is_empty() {
        readme.push_str(
            "\n## Inputs every reader must reject\n\n| file | why it is invalid |\n| --- | --- |\n",
        );
        for line in &readme_bad {
            readme.push_str(line);
            readme.push('\n');
        }
    }
    write(&out.join("README.md"), readme.as_bytes())?;
    Ok(coverage)
}

fn check_reference(accepted: bool, source: &Source, path: &Path) -> Result<(), String> {
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

/// The kagzi.v1 message types of a schema image, sorted.
fn kagzi_messages(pool: &DescriptorPool) -> BTreeSet<String> {
    pool.all_messages()
        .filter(|m| m.package_name() == "kagzi.v1" && !m.is_map_entry())
        .map(|m| m.full_name().to_string())
        .collect()
}

/// One line per added type that lacks a valid case, a bad binary input or a
/// bad JSON input, saying which; empty when every added type is covered.
fn coverage_gaps(added: &[&String], covered: &BTreeMap<String, Coverage>) -> Vec<String> {
    let mut gaps = Vec::new();
    for message_type in added {
        let coverage = covered.get(*message_type).copied().unwrap_or_default();
        let missing: Vec<&str> = [
            (coverage.valid, "a valid case (.txtpb)"),
            (coverage.bad_binary, "a bad binary input (.bad.binpb.hex)"),
            (coverage.bad_json, "a bad JSON input (.bad.json.in)"),
        ]
        .into_iter()
        .filter(|(n, _)| *n == 0)
        .map(|(_, what)| what)
        .collect();
        if !missing.is_empty() {
            gaps.push(format!("{message_type} lacks {}", missing.join(", ")));
        }
    }
    gaps
}

fn run(sources: &Path, images: &Path, proto: &Path, out: &Path) -> Result<usize, String> {
    if out.exists()
        && fs::read_dir(out)
            .map_err(|e| e.to_string())?
            .next()
            .is_some()
    {
        return Err(format!(
            "{} exists and is not empty; generate into a fresh directory",
            out.display()
        ));
    }
    let versions: Vec<String> = list(sources)?
        .into_iter()
        .filter(|(_, p)| p.is_dir())
        .map(|(n, _)| n)
        .collect();
    let mut previous: BTreeSet<String> = BTreeSet::new();
    let mut count = 0;
    for (version, schema) in schemas_of(images, &versions)? {
        let version = &version;
        // The next version's cases are judged against the working tree's
        // schemas until `make release` writes its image.
        let pool = match schema {
            VersionSchema::Released(image) => load_image(&image)?,
            VersionSchema::Unreleased => compile_proto_tree(proto)?,
        };
        let mut covered = BTreeMap::new();
        for (message_type, dir) in list(&sources.join(version))? {
            if !dir.is_dir() {
                return Err(format!("unexpected file {}", dir.display()));
            }
            let coverage = generate_type(
                &pool,
                version,
                &message_type,
                &dir,
                &out.join(version).join(&message_type),
            )?;
            covered.insert(message_type, coverage);
            count += 1;
        }
        // Coverage gate: every message type a version adds has, in that
        // version, a valid case and inputs to reject in both encodings, so
        // that no type's readers go untested on bad input.
        let all = kagzi_messages(&pool);
        let added: Vec<&String> = all.iter().filter(|m| !previous.contains(*m)).collect();
        let gaps = coverage_gaps(&added, &covered);
        if !gaps.is_empty() {
            return Err(format!(
                "{version} lacks cases for message types it added (each needs a <name>.txtpb, a \
                 <name>.bad.binpb.hex and a <name>.bad.json.in under cases-src/{version}/<Type>/):\n  {}",
                gaps.join("\n  ")
            ));
        }
        previous = all;
    }
    Ok(count)
}

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
    match run(&sources, &images, &proto, &out) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The checked-in sources and release images (the crate lives in conformance/runner).
    fn real() -> (PathBuf, PathBuf) {
        let conformance = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        (
            conformance.join("cases-src"),
            conformance.join("../releases"),
        )
    }

    fn working_tree() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../proto")
    }

    /// A fresh scratch directory of its own for each test (tests run in parallel).
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "kagzi-conformance-cases-{name}-{}",
            std::process::id()
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn copy_tree(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for (name, path) in list(from).unwrap() {
            if path.is_dir() {
                copy_tree(&path, &to.join(&name));
            } else {
                fs::copy(&path, to.join(&name)).unwrap();
            }
        }
    }

    /// Generates from a copy of the real sources after removing the files
    /// of `version/message_type` whose names end with `suffix`.
    fn run_without(
        name: &str,
        version: &str,
        message_type: &str,
        suffix: &str,
    ) -> Result<usize, String> {
        let (sources, images) = real();
        let dir = scratch(name);
        let copy = dir.join("src");
        copy_tree(&sources, &copy);
        let type_dir = copy.join(version).join(message_type);
        let mut removed = 0;
        for (file, path) in list(&type_dir).unwrap() {
            if file.ends_with(suffix) {
                fs::remove_file(path).unwrap();
                removed += 1;
            }
        }
        assert!(
            removed > 0,
            "{version}/{message_type} has no *{suffix} to remove"
        );
        let result = run(&copy, &images, &working_tree(), &dir.join("out"));
        fs::remove_dir_all(&dir).unwrap();
        result
    }

    #[test]
    fn coverage_gaps_name_each_missing_kind() {
        let complete = Coverage {
            valid: 2,
            bad_binary: 1,
            bad_json: 3,
        };
        let no_bad_json = Coverage {
            bad_json: 0,
            ..complete
        };
        let only_valid = Coverage {
            valid: 1,
            ..Coverage::default()
        };
        let covered: BTreeMap<String, Coverage> = [
            ("kagzi.v1.A".to_string(), complete),
            ("kagzi.v1.B".to_string(), no_bad_json),
            ("kagzi.v1.C".to_string(), only_valid),
        ]
        .into_iter()
        .collect();
        let names = ["kagzi.v1.A", "kagzi.v1.B", "kagzi.v1.C", "kagzi.v1.D"].map(String::from);
        let added: Vec<&String> = names.iter().collect();
        assert_eq!(
            coverage_gaps(&added, &covered),
            vec![
                "kagzi.v1.B lacks a bad JSON input (.bad.json.in)".to_string(),
                "kagzi.v1.C lacks a bad binary input (.bad.binpb.hex), a bad JSON input (.bad.json.in)"
                    .to_string(),
                "kagzi.v1.D lacks a valid case (.txtpb), a bad binary input (.bad.binpb.hex), a bad \
                 JSON input (.bad.json.in)"
                    .to_string(),
            ]
        );
        // Only added types are checked: an old type needs nothing new.
        assert!(coverage_gaps(&added[..1], &covered).is_empty());
    }

    #[test]
    fn checked_in_sources_cover_every_added_type() {
        let (sources, images) = real();
        let dir = scratch("real");
        let result = run(&sources, &images, &working_tree(), &dir.join("out"));
        fs::remove_dir_all(&dir).unwrap();
        let expected = list(&sources)
            .unwrap()
            .iter()
            .map(|(_, version)| list(version).unwrap().len())
            .sum::<usize>();
        assert_eq!(result, Ok(expected));
    }

    #[test]
    fn an_added_type_without_a_bad_json_input_fails() {
        let err = run_without(
            "no-bad-json",
            "v1.1.0",
            "kagzi.v1.WaitWorkflowRequest",
            ".bad.json.in",
        )
        .unwrap_err();
        assert!(err.starts_with("v1.1.0 lacks cases"), "{err}");
        assert!(
            err.contains("kagzi.v1.WaitWorkflowRequest lacks a bad JSON input (.bad.json.in)\n")
                || err.ends_with(
                    "kagzi.v1.WaitWorkflowRequest lacks a bad JSON input (.bad.json.in)"
                ),
            "{err}"
        );
    }

    #[test]
    fn an_added_type_without_a_bad_binary_input_fails() {
        let err = run_without(
            "no-bad-binary",
            "v1.0.0",
            "kagzi.v1.PageInfo",
            ".bad.binpb.hex",
        )
        .unwrap_err();
        assert!(err.starts_with("v1.0.0 lacks cases"), "{err}");
        assert!(
            err.contains("kagzi.v1.PageInfo lacks a bad binary input (.bad.binpb.hex)"),
            "{err}"
        );
    }

    #[test]
    fn an_added_type_without_a_valid_case_fails() {
        // A type directory that holds only bad inputs is refused as it is read.
        let err = run_without(
            "no-valid",
            "v1.1.0",
            "kagzi.v1.WaitWorkflowResponse",
            ".txtpb",
        )
        .unwrap_err();
        assert!(err.contains("no valid case"), "{err}");
    }

    #[test]
    fn a_type_added_earlier_needs_no_bad_inputs_in_a_later_version() {
        let (sources, _) = real();
        let dir = sources.join("v1.1.0").join("kagzi.v1.ErrorDetail");
        assert!(list(&dir).unwrap().iter().any(|(f, _)| f.contains(".bad.")));
        let result = run_without(
            "old-type",
            "v1.1.0",
            "kagzi.v1.ErrorDetail",
            ".bad.binpb.hex",
        );
        assert!(result.is_ok(), "{result:?}");
    }

    /// A copy of the working tree's schemas where PageInfo has a field no
    /// release has, as the next version would add it.
    fn proto_with_a_new_field(dir: &Path) -> PathBuf {
        let proto = dir.join("proto");
        copy_tree(&working_tree(), &proto);
        let common = proto.join("kagzi/v1/common.proto");
        let text = fs::read_to_string(&common).unwrap();
        let patched = text.replacen(
            "  int64 total_count = 3;\n",
            "  int64 total_count = 3;\n  // Added by the next version.\n  string cursor = 4;\n",
            1,
        );
        assert_ne!(text, patched, "PageInfo.total_count not found");
        fs::write(&common, patched).unwrap();
        proto
    }

    const NEW_FIELD_CASE: &str = "# a field only the next version has\ncursor: \"c\"\n";

    #[test]
    fn an_unreleased_version_folder_is_judged_against_the_working_tree() {
        let (sources, images) = real();
        let dir = scratch("unreleased");
        let copy = dir.join("src");
        copy_tree(&sources, &copy);
        let proto = proto_with_a_new_field(&dir);
        let type_dir = copy.join("v1.2.0/kagzi.v1.PageInfo");
        fs::create_dir_all(&type_dir).unwrap();
        fs::write(type_dir.join("cursor.txtpb"), NEW_FIELD_CASE).unwrap();
        let out = dir.join("out");
        let result = run(&copy, &images, &proto, &out);
        let json = fs::read_to_string(out.join("v1.2.0/kagzi.v1.PageInfo/cursor.json"));
        let binary = fs::read(out.join("v1.2.0/kagzi.v1.PageInfo/cursor.binpb"));
        fs::remove_dir_all(&dir).unwrap();
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(json.unwrap(), "{\n  \"cursor\": \"c\"\n}\n");
        assert_eq!(binary.unwrap(), [0x22, 0x01, b'c']);
    }

    #[test]
    fn a_released_folder_is_judged_against_its_image_not_the_working_tree() {
        let (sources, images) = real();
        let dir = scratch("released-image");
        let copy = dir.join("src");
        copy_tree(&sources, &copy);
        let proto = proto_with_a_new_field(&dir);
        let type_dir = copy.join("v1.1.0/kagzi.v1.PageInfo");
        fs::create_dir_all(&type_dir).unwrap();
        fs::write(type_dir.join("cursor.txtpb"), NEW_FIELD_CASE).unwrap();
        let result = run(&copy, &images, &proto, &dir.join("out"));
        fs::remove_dir_all(&dir).unwrap();
        let err = result.unwrap_err();
        assert!(
            err.contains("v1.1.0/kagzi.v1.PageInfo/cursor.txtpb"),
            "{err}"
        );
        assert!(err.contains("cursor"), "{err}");
    }

    #[test]
    fn a_folder_without_an_image_older_than_a_release_is_refused() {
        let (sources, images) = real();
        let dir = scratch("old-unreleased");
        let copy = dir.join("src");
        copy_tree(&sources, &copy);
        copy_tree(
            &copy.join("v1.1.0/kagzi.v1.ErrorDetail"),
            &copy.join("v1.0.5/kagzi.v1.ErrorDetail"),
        );
        let result = run(&copy, &images, &working_tree(), &dir.join("out"));
        fs::remove_dir_all(&dir).unwrap();
        let err = result.unwrap_err();
        assert!(err.contains("v1.0.5 has no release image"), "{err}");
    }
}
