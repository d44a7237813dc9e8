//! The scenarios, each named `area/what` and derived from the comments of
//! proto/kagzi/v1/*.proto.

pub mod idempotency;
pub mod idempotency_more;
pub mod isolation;
pub mod isolation_more;
pub mod lifecycle;
pub mod lifecycle_more;
pub mod load;
pub mod namespaces;
pub mod operations;
pub mod paging;
pub mod paging_more;
pub mod rules;
pub mod schedule_lifecycle;
pub mod schedules;
pub mod validation;
pub mod validation_more;
