#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// The `google.protobuf` well-known types used by kagzi.v1.
pub mod google {
    pub mod protobuf;
}

/// The `kagzi` protobuf packages.
pub mod kagzi {
    /// The kagzi.v1 API: messages, enums, and (with features `client` /
    /// `server`) the tonic clients and servers of its four services.
    #[allow(clippy::all, clippy::pedantic)]
    pub mod v1 {
        include!("gen/kagzi.v1.rs");
        #[cfg(feature = "serde")]
        include!("gen/kagzi.v1.serde.rs");
    }
}

#[cfg(feature = "serde")]
pub mod json;

// prost as the generated code sees it (canonical map entries); not public API.
mod wire;

// The consumer guide's code blocks are compiled as doctests of this module.
#[cfg(all(doctest, feature = "client", feature = "server", feature = "serde"))]
#[doc = include_str!("../../../docs/guides/consuming-rust.md")]
mod consuming_rust_guide {}

#[cfg(feature = "serde")]
pub mod registry;

/// The encoded `google.protobuf.FileDescriptorSet` of kagzi.v1 and every file
/// it imports, with source info (the schema comments), for gRPC reflection
/// (`tonic_reflection`) and dynamic messages (`prost-reflect`).
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!("gen/descriptor.bin");
