// The README is the crate documentation, and its `rust` blocks are doctests.
// Some of them use `json`, `registry` and the tonic clients, so it is only
// included when those features are on (the default, and docs.rs builds with
// all features); a build without them gets the short text below instead, so
// `cargo test --no-default-features` runs no doctest it cannot compile.
#![cfg_attr(all(feature = "serde", feature = "client"), doc = include_str!("../README.md"))]
#![cfg_attr(
    not(all(feature = "serde", feature = "client")),
    doc = "Rust bindings of the Kagzi workflow engine's `kagzi.v1` gRPC API: prost messages, \
           tonic clients and servers, proto3 JSON. The full guide (the crate's README) is \
           rendered when the features `serde` and `client` are enabled."
)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// The `google.protobuf` well-known types used by kagzi.v1.
pub mod google {
    pub mod protobuf;
}

/// The `kagzi` protobuf packages.
pub mod kagzi {
    /// The kagzi.v1 API: messages, enums, and (with features `client` /
    /// `server`) the tonic clients and servers of its five services.
    #[allow(clippy::all, clippy::pedantic)]
    pub mod v1 {
        include!("gen/kagzi.v1.rs");
        #[cfg(feature = "serde")]
        include!("gen/kagzi.v1.serde.rs");
    }
}

#[cfg(feature = "serde")]
pub mod json;

#[cfg(feature = "serde")]
pub mod registry;

#[cfg(feature = "status")]
pub mod status;

#[cfg(feature = "validate")]
pub mod validate;

/// The encoded `google.protobuf.FileDescriptorSet` of kagzi.v1 and every file
/// it imports (the well-known types and protovalidate's
/// `buf/validate/validate.proto`, whose options carry the rules), with the
/// source info (the schema comments) of the kagzi.v1 files, for gRPC
/// reflection (`tonic_reflection`), dynamic messages (`prost-reflect`) and
/// validation (feature `validate`).
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!("gen/descriptor.bin");

/// The kagzi.v1 release these types were generated from, `MAJOR.MINOR.PATCH`
/// (the crate's version, which `make release` keeps equal to the release):
/// what a server reports as `GetServerInfoResponse.api_version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
