//! Every `rust` block of the consumer guide, compiled and run by
//! `cargo test --doc -p kagzi-proto-guide` (part of `make rust-test`), so
//! the guide cannot drift from the crate's API.
#![doc = include_str!("../../../docs/guides/consuming-rust.md")]
