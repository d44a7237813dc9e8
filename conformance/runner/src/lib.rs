//! The kagzi.v1 conformance suite: the reference encoders that produce the
//! checked-in cases, the case layout, the runner<->testee protocol and its
//! framing. The binaries in `src/bin/` put these together.

pub mod canon;
pub mod compat;
pub mod framing;
pub mod json;
pub mod jsoncmp;
pub mod layout;

/// Messages of the runner<->testee protocol (package kagzi.conformance.v1),
/// generated at build time from conformance/protocol/.
pub mod protocol {
    include!(concat!(env!("OUT_DIR"), "/kagzi.conformance.v1.rs"));
}

use prost_reflect::DescriptorPool;
use std::path::Path;

/// Loads a buf image (a FileDescriptorSet with buf's extra fields, which the
/// decoder skips) as a descriptor pool.
pub fn load_image(path: &Path) -> Result<DescriptorPool, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read image {}: {e}", path.display()))?;
    DescriptorPool::decode(bytes.as_slice())
        .map_err(|e| format!("{} is not a valid schema image: {e}", path.display()))
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
