//! Retry decisions from a RetryPolicy, as common.proto defines them.

use kagzi_proto::google::protobuf::Timestamp;
use kagzi_proto::kagzi::v1::{ErrorDetail, RetryPolicy};

use crate::state::add_ms;

/// The server's defaults for what a policy leaves at 0 (or absent).
pub struct Defaults {
    pub maximum_attempts: i32,
    pub initial_interval_ms: i64,
    pub backoff_coefficient: f64,
}

/// Steps are retried by default; whole runs are not (a run's steps are
/// memoized, so retrying the run is the caller's explicit choice).
pub const STEP_DEFAULTS: Defaults = Defaults {
    maximum_attempts: 3,
    initial_interval_ms: 1000,
    backoff_coefficient: 2.0,
};
pub const WORKFLOW_DEFAULTS: Defaults = Defaults {
    maximum_attempts: 1,
    initial_interval_ms: 1000,
    backoff_coefficient: 2.0,
};

/// When attempt `failed_attempt` (1-based) failed with `error` at `now`:
/// the time of the next attempt, or `None` when there is none.
pub fn next_attempt(
    policy: Option<&RetryPolicy>,
    defaults: &Defaults,
    failed_attempt: i32,
    error: &ErrorDetail,
    now: Timestamp,
) -> Option<Timestamp> {
    let p = policy.cloned().unwrap_or_default();
    let max = if p.maximum_attempts == 0 {
        defaults.maximum_attempts
    } else {
        p.maximum_attempts
    };
    if error.non_retryable
        || failed_attempt >= max
        || (!error.subject.is_empty() && p.non_retryable_errors.contains(&error.subject))
    {
        return None;
    }
    let initial = if p.initial_interval_ms == 0 {
        defaults.initial_interval_ms
    } else {
        p.initial_interval_ms
    };
    let coefficient = if p.backoff_coefficient == 0.0 {
        defaults.backoff_coefficient
    } else {
        p.backoff_coefficient
    };
    let mut delay = initial as f64 * coefficient.powi(failed_attempt.saturating_sub(1));
    if p.maximum_interval_ms > 0 {
        delay = delay.min(p.maximum_interval_ms as f64);
    }
    // `as` saturates for floats: a huge delay becomes i64::MAX, not a wrap.
    Some(add_ms(now, delay as i64))
}
