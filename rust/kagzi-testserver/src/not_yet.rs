//! TEMPORARY BRIDGE, to be replaced: the RPCs added in kagzi.v1.2.0 that
//! this server does not implement yet. tonic's server traits require every
//! method, so until each one is implemented it answers UNIMPLEMENTED with
//! this message, which names the RPC. Nothing here is a behaviour of the
//! contract; the server conformance suite must not pass against it.

use tonic::Status;

/// The answer of an RPC added in v1.2.0 that is not implemented yet.
pub fn v1_2_rpc(rpc: &str) -> Status {
    Status::unimplemented(format!(
        "{rpc} (added in kagzi.v1 1.2.0) is not implemented by the reference server yet"
    ))
}
