//! The schemas the suite judges against: the release images (immutable buf
//! images, one per shipped version) and the working tree's `.proto` files,
//! which an unreleased version folder of cases is generated and checked with
//! until its release image exists. Every pool also holds `google.rpc.Status`
//! (from tonic-types), the message a kagzi.v1 error travels in, with an
//! ErrorDetail packed in its `google.protobuf.Any` details.

use std::fs;
use std::path::{Path, PathBuf};

use prost::Message;
use prost_reflect::DescriptorPool;

/// Loads a buf image (a FileDescriptorSet with buf's extra fields, which the
/// decoder skips) as a descriptor pool.
pub fn load_image(path: &Path) -> Result<DescriptorPool, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read image {}: {e}", path.display()))?;
    let mut pool = DescriptorPool::decode(bytes.as_slice())
        .map_err(|e| format!("{} is not a valid schema image: {e}", path.display()))?;
    add_error_model(&mut pool)?;
    Ok(pool)
}

/// Adds `google.rpc.Status` to a pool of kagzi.v1 schemas: the descriptor set
/// tonic-types ships (google/rpc/status.proto and error_details.proto), with
/// the well-known types they import taken from prost-reflect's own pool when
/// the schemas do not already hold them. Files the pool has are kept.
pub fn add_error_model(pool: &mut DescriptorPool) -> Result<(), String> {
    let set = prost_types::FileDescriptorSet::decode(tonic_types::pb::FILE_DESCRIPTOR_SET)
        .map_err(|e| format!("tonic-types' descriptor set does not decode: {e}"))?;
    for file in set.file {
        add_file(pool, file)?;
    }
    Ok(())
}

fn add_file(
    pool: &mut DescriptorPool,
    file: prost_types::FileDescriptorProto,
) -> Result<(), String> {
    let name = file.name().to_string();
    if pool.get_file_by_name(&name).is_some() {
        return Ok(());
    }
    for dep in &file.dependency {
        if pool.get_file_by_name(dep).is_none() {
            let known = DescriptorPool::global()
                .get_file_by_name(dep)
                .ok_or_else(|| {
                    format!("{name} (from tonic-types) imports {dep}, which no pool holds")
                })?;
            add_file(pool, known.file_descriptor_proto().clone())?;
        }
    }
    pool.add_file_descriptor_proto(file)
        .map_err(|e| format!("cannot add {name} (from tonic-types) to the schemas: {e}"))
}

/// Compiles every `.proto` file under `root` (the working tree's `proto/`)
/// with protox, the same pure-Rust compiler the Rust crate's generator uses,
/// so that no buf or protoc run is needed to read the working schema.
pub fn compile_proto_tree(root: &Path) -> Result<DescriptorPool, String> {
    let mut files = Vec::new();
    collect_protos(root, root, &mut files)?;
    if files.is_empty() {
        return Err(format!("no .proto files under {}", root.display()));
    }
    files.sort();
    let fds = protox::Compiler::new([root])
        .map_err(|e| format!("cannot read {}: {e}", root.display()))?
        .include_imports(true)
        .open_files(&files)
        .map_err(|e| format!("the schemas under {} do not compile: {e}", root.display()))?
        .file_descriptor_set();
    let mut pool = DescriptorPool::from_file_descriptor_set(fds).map_err(|e| {
        format!(
            "the schemas under {} are not a valid pool: {e}",
            root.display()
        )
    })?;
    add_error_model(&mut pool)?;
    Ok(pool)
}

fn collect_protos(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    for entry in fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))? {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .path();
        if path.is_dir() {
            collect_protos(root, &path, out)?;
        } else if path.extension().is_some_and(|x| x == "proto") {
            out.push(path.strip_prefix(root).expect("under root").to_path_buf());
        }
    }
    Ok(())
}

/// Orders version names such as `v1.10.0` after `v1.9.0` (numeric parts compared
/// as numbers); names that are not versions sort after all versions.
pub fn version_key(name: &str) -> (u8, Vec<u64>, String) {
    let parts: Option<Vec<u64>> = name
        .strip_prefix('v')
        .map(|rest| {
            rest.split('.')
                .map(|p| p.parse::<u64>().ok())
                .collect::<Option<Vec<_>>>()
        })
        .unwrap_or(None);
    match parts {
        Some(p) => (0, p, String::new()),
        None => (1, Vec::new(), name.to_string()),
    }
}

/// The released versions whose images are in `releases` (`<version>.binpb`),
/// oldest first.
pub fn released_versions(releases: &Path) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    for entry in
        fs::read_dir(releases).map_err(|e| format!("cannot read {}: {e}", releases.display()))?
    {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", releases.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(version) = name.strip_suffix(".binpb") {
            names.push(version.to_string());
        }
    }
    names.sort_by_key(|n| version_key(n));
    Ok(names)
}

/// Where the schema of one version folder of cases comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VersionSchema {
    /// A shipped version: its release image.
    Released(PathBuf),
    /// The next version, not shipped yet: the working tree's schemas.
    Unreleased,
}

/// Decides, for the version folders `versions` (any order), which schema each
/// is judged against. A folder with a release image uses it. At most one folder
/// may lack an image, and it must be newer than every release: it holds the
/// cases of the next version, which the working tree's schemas define until
/// `make release` writes its image. Anything else is a mistake (a typo in a
/// folder name, a deleted image) and is refused.
pub fn schemas_of(
    releases: &Path,
    versions: &[String],
) -> Result<Vec<(String, VersionSchema)>, String> {
    let released = released_versions(releases)?;
    let newest = released.last();
    let mut sorted = versions.to_vec();
    sorted.sort_by_key(|v| version_key(v));
    let mut unreleased: Option<&String> = None;
    let mut out = Vec::new();
    for version in &sorted {
        if released.contains(version) {
            out.push((
                version.clone(),
                VersionSchema::Released(releases.join(format!("{version}.binpb"))),
            ));
            continue;
        }
        let key = version_key(version);
        if key.0 != 0 {
            return Err(format!(
                "case folder {version:?} is not a version name (vMAJOR.MINOR.PATCH)"
            ));
        }
        if let Some(newest) = newest
            && key <= version_key(newest)
        {
            return Err(format!(
                "case folder {version} has no release image in {} and is not newer than the \
                 newest release {newest}",
                releases.display()
            ));
        }
        if let Some(first) = unreleased {
            return Err(format!(
                "case folders {first} and {version} both lack a release image; only the next \
                 version may be unreleased"
            ));
        }
        unreleased = Some(version);
        out.push((version.clone(), VersionSchema::Unreleased));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch releases directory holding empty `<version>.binpb` files.
    fn releases(name: &str, versions: &[&str]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "kagzi-conformance-schemas-{name}-{}",
            std::process::id()
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for v in versions {
            fs::write(dir.join(format!("{v}.binpb")), b"").unwrap();
        }
        dir
    }

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn versions_sort_numerically() {
        let mut v = names(&["v1.10.0", "v1.9.0", "next", "v1.9.1"]);
        v.sort_by_key(|n| version_key(n));
        assert_eq!(v, names(&["v1.9.0", "v1.9.1", "v1.10.0", "next"]));
    }

    #[test]
    fn released_folders_use_their_image_and_the_next_one_the_working_tree() {
        let dir = releases("next", &["v1.0.0", "v1.1.0"]);
        let got = schemas_of(&dir, &names(&["v1.2.0", "v1.0.0", "v1.1.0"])).unwrap();
        assert_eq!(
            got,
            vec![
                (
                    "v1.0.0".to_string(),
                    VersionSchema::Released(dir.join("v1.0.0.binpb"))
                ),
                (
                    "v1.1.0".to_string(),
                    VersionSchema::Released(dir.join("v1.1.0.binpb"))
                ),
                ("v1.2.0".to_string(), VersionSchema::Unreleased),
            ]
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_unreleased_folder_must_be_the_single_newest_version() {
        let dir = releases("bad", &["v1.0.0", "v1.1.0"]);
        let older = schemas_of(&dir, &names(&["v1.0.0", "v1.0.5"])).unwrap_err();
        assert!(
            older.contains("not newer than the newest release v1.1.0"),
            "{older}"
        );
        let two = schemas_of(&dir, &names(&["v1.2.0", "v1.3.0"])).unwrap_err();
        assert!(two.contains("v1.2.0 and v1.3.0 both lack"), "{two}");
        let typo = schemas_of(&dir, &names(&["v1.2.O"])).unwrap_err();
        assert!(typo.contains("not a version name"), "{typo}");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_working_tree_compiles_and_holds_every_released_type() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let working = compile_proto_tree(&root.join("proto")).unwrap();
        let releases = root.join("releases");
        let newest = released_versions(&releases).unwrap().pop().unwrap();
        let image = load_image(&releases.join(format!("{newest}.binpb"))).unwrap();
        // The contract's own types: the imports (descriptor.proto through
        // validate.proto) are whatever version the compiler bundles.
        for m in image.all_messages().filter(|m| m.package_name().starts_with("kagzi.")) {
            assert!(
                working.get_message_by_name(m.full_name()).is_some(),
                "{} is missing from the working tree",
                m.full_name()
            );
        }
    }

    #[test]
    fn every_pool_holds_google_rpc_status_with_any_details() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        for pool in [
            compile_proto_tree(&root.join("proto")).unwrap(),
            load_image(&root.join("releases/v1.0.0.binpb")).unwrap(),
        ] {
            let status = pool.get_message_by_name("google.rpc.Status").unwrap();
            let details = status.get_field_by_name("details").unwrap();
            assert!(details.is_list());
            let any = details.kind();
            assert_eq!(any.as_message().unwrap().full_name(), "google.protobuf.Any");
            assert!(pool.get_message_by_name("kagzi.v1.ErrorDetail").is_some());
        }
    }

    #[test]
    fn a_tree_without_protos_is_an_error() {
        let dir = releases("empty-tree", &[]);
        let err = compile_proto_tree(&dir).unwrap_err();
        assert!(err.starts_with("no .proto files"), "{err}");
        fs::remove_dir_all(dir).unwrap();
    }
}
