//! The scenarios, each named `area/what` and derived from the comments of
//! proto/kagzi/v1/*.proto.

pub mod idempotency;
pub mod isolation;
pub mod lifecycle;
pub mod load;
pub mod paging;
pub mod schedules;
pub mod validation;
