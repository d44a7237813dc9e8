//! Every version folder of the sources, each against its release image or,
//! for the one folder newer than every release, the working tree's schemas;
//! the coverage gate after each version.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use kagzi_conformance::schemas::{VersionSchema, compile_proto_tree, load_image, schemas_of};

use crate::coverage::{coverage_gaps, kagzi_messages};
use crate::generate::generate_type;
use crate::source::list;

/// Generates the cases of every version of `sources` into `out` (which must
/// be empty or absent); returns how many message types it wrote.
pub fn run(sources: &Path, images: &Path, proto: &Path, out: &Path) -> Result<usize, String> {
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

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

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
        let type_dir = copy.join("v1.3.0/kagzi.v1.PageInfo");
        fs::create_dir_all(&type_dir).unwrap();
        fs::write(type_dir.join("cursor.txtpb"), NEW_FIELD_CASE).unwrap();
        let out = dir.join("out");
        let result = run(&copy, &images, &proto, &out);
        let json = fs::read_to_string(out.join("v1.3.0/kagzi.v1.PageInfo/cursor.json"));
        let binary = fs::read(out.join("v1.3.0/kagzi.v1.PageInfo/cursor.binpb"));
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
