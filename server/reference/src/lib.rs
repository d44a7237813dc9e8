//! The reference kagzi.v1 server: every service over an in-memory store.
//!
//! It is what the examples, the integration tests and the cross-language
//! tests talk to, and the server the server conformance suite
//! (`kagzi-server-conformance`) is proven against. Not a production engine:
//! no persistence, no timers (schedules are stored, not fired), one lock.
//!
//! - [`state`]: the store and its tables;
//! - [`workflow`], [`worker`], [`admin`], [`schedule`]: one module per service;
//! - [`check`], [`paging`], [`retry`]: validation, list pages, retry decisions;
//! - [`errors`]: every failing answer, as a status carrying a kagzi.v1.ErrorDetail;
//! - [`services`]: the gRPC wiring;
//! - [`faults`]: deliberate breakage, for tests of the conformance suite only.

pub mod admin;
pub mod check;
pub mod errors;
pub mod faults;
pub mod paging;
pub mod retry;
pub mod schedule;
pub mod services;
pub mod state;
pub mod worker;
pub mod workflow;

pub use faults::Faults;
pub use services::{routes, serve};
pub use state::Store;
