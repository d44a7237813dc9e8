//! The kagzi.v1 conformance suite: the reference encoders that produce the
//! checked-in cases, the case layout, the runner<->testee protocol (framed
//! by the kagzi-conformance-framing crate, which the Rust testees share).
//! The binaries in `src/bin/` put these together.

pub mod agreement;
pub mod canonical_binary;
pub mod canonical_json;
pub mod compat;
pub mod hex;
pub mod json_compare;
pub mod layout;
pub mod plan;
pub mod report;
pub mod rules;
pub mod schemas;
pub mod testee;
pub mod values;
pub mod verdict;

/// Messages of the runner<->testee protocol (package kagzi.conformance.v1),
/// generated at build time from conformance/protocol/.
pub mod protocol {
    include!(concat!(env!("OUT_DIR"), "/kagzi.conformance.v1.rs"));
}
