//! Nothing to compile: this package exists only so that Cargo.toml can pin
//! `protobuf-src` and Cargo.lock can lock it (see Cargo.toml).
