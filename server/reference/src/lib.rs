//! The reference kagzi.v1 server: every service over an in-memory store.
//!
//! It is what the examples, the integration tests and the cross-language
//! tests talk to, and the server the server conformance suite
//! (`kagzi-server-conformance`) is proven against. Not a production engine:
//! no persistence, one lock; time acts lazily (see [`clock`]).
//!
//! - [`state`]: the store and its tables;
//! - [`workflow`], [`worker`], [`admin`], [`schedule`], [`namespace`]: one
//!   module per service, with the RPCs of v1.2.0 beside them in
//!   [`workflow_control`], [`operations`], [`schedule_control`];
//! - [`clock`], [`cron`]: what time does (fires schedules, starts scheduled
//!   runs, pauses runs of disabled namespaces) and cron expressions;
//! - [`check`], [`paging`], [`retry`]: validation, list pages, retry decisions;
//! - [`errors`]: every failing answer, as a status carrying a kagzi.v1.ErrorDetail;
//! - [`services`]: the gRPC wiring;
//! - [`rules`]: the schemas' protovalidate rules, checked on every request
//!   (the test-only fault `drop:rules` turns them off);
//! - [`cors`]: the browser origins allowed to call it (`--cors-origin`);
//! - [`faults`]: deliberate breakage, for tests of the conformance suite only.

pub mod admin;
pub mod check;
pub mod clock;
pub mod cors;
pub mod cron;
pub mod errors;
pub mod faults;
pub mod namespace;
pub mod operations;
pub mod paging;
pub mod retry;
pub mod rules;
pub mod schedule;
pub mod schedule_control;
pub mod services;
pub mod state;
pub mod worker;
pub mod workflow;
pub mod workflow_control;

pub use cors::AllowedOrigins;
pub use faults::Faults;
pub use services::{routes, serve, serve_with_cors};
pub use state::Store;
