//! The scenarios, each named `area/what` and derived from the comments of
//! proto/kagzi/v1/*.proto.
pub mod admin;
pub mod idempotency;
pub mod idempotency_v1_2;
pub mod isolation;
pub mod isolation_v1_2;
pub mod lifecycle;
pub mod lifecycle_v1_2;
pub mod load;
pub mod namespaces;
pub mod paging;
pub mod paging_v1_2;
pub mod rules;
pub mod schedules;
pub mod schedules_v1_2;
pub mod validation;
pub mod validation_v1_2;
