//! Request validation. Every rejection is INVALID_ARGUMENT with a message
//! that starts with the offending field's name, so a client can tell which
//! field to fix.

use kagzi_proto::google::protobuf::Duration;
use kagzi_proto::kagzi::v1::{ErrorDetail, RetryPolicy};
use tonic::Status;

pub use crate::errors::invalid;

pub fn required(value: &str, field: &str) -> Result<(), Status> {
    if value.is_empty() {
        Err(invalid(field, "is required"))
    } else {
        Ok(())
    }
}

pub fn not_negative(value: i64, field: &str) -> Result<(), Status> {
    if value < 0 {
        Err(invalid(field, "must not be negative"))
    } else {
        Ok(())
    }
}

pub fn error_required(error: &Option<ErrorDetail>, field: &str) -> Result<(), Status> {
    if error.is_none() {
        Err(invalid(field, "is required"))
    } else {
        Ok(())
    }
}

/// The RetryPolicy rules of common.proto: no negative counts or intervals,
/// a backoff coefficient of 0 (default) or at least 1.0.
pub fn retry_policy(policy: &Option<RetryPolicy>, field: &str) -> Result<(), Status> {
    let Some(p) = policy else { return Ok(()) };
    not_negative(
        p.maximum_attempts.into(),
        &format!("{field}.maximum_attempts"),
    )?;
    not_negative(
        p.initial_interval_ms,
        &format!("{field}.initial_interval_ms"),
    )?;
    not_negative(
        p.maximum_interval_ms,
        &format!("{field}.maximum_interval_ms"),
    )?;
    let c = p.backoff_coefficient;
    if !c.is_finite() || (c != 0.0 && c < 1.0) {
        return Err(invalid(
            &format!("{field}.backoff_coefficient"),
            "must be 0 (the default) or at least 1.0",
        ));
    }
    Ok(())
}

/// A duration that must be set and positive.
pub fn positive_duration(d: &Option<Duration>, field: &str) -> Result<std::time::Duration, Status> {
    let d = d.ok_or_else(|| invalid(field, "is required"))?;
    let std = std::time::Duration::try_from(d).map_err(|_| invalid(field, "must be positive"))?;
    if std.is_zero() {
        return Err(invalid(field, "must be positive"));
    }
    Ok(std)
}

/// An optional duration: absent or zero means `default`; the result is capped.
pub fn optional_duration(
    d: &Option<Duration>,
    field: &str,
    default: std::time::Duration,
    cap: std::time::Duration,
) -> Result<std::time::Duration, Status> {
    match d {
        None => Ok(default),
        Some(d) => {
            let std = std::time::Duration::try_from(*d)
                .map_err(|_| invalid(field, "must not be negative"))?;
            Ok(if std.is_zero() { default } else { std.min(cap) })
        }
    }
}

/// An enum value that must be one the schema defines.
pub fn known_enum<E: TryFrom<i32>>(value: i32, field: &str) -> Result<E, Status> {
    E::try_from(value).map_err(|_| invalid(field, &format!("unknown value {value}")))
}
