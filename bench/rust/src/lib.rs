//! The benchmark corpus: which messages every language's harness measures,
//! and how the corpus is written to disk and read back.
//!
//! The corpus directory holds one `NAME.binpb` and one `NAME.json` per
//! entry and a `manifest.json` that lists the entries in a fixed order
//! (`{"name", "type", "binary", "json"}`), so every harness measures the same
//! bytes under the same names.

pub mod corpus;
pub mod messages;
