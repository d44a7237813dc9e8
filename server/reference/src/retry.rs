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

#[cfg(test)]
mod tests {
    use super::*;

    fn err(subject: &str, non_retryable: bool) -> ErrorDetail {
        ErrorDetail {
            subject: subject.into(),
            non_retryable,
            ..Default::default()
        }
    }

    #[test]
    fn delay_grows_by_the_coefficient_up_to_the_bound() {
        let p = RetryPolicy {
            maximum_attempts: 10,
            initial_interval_ms: 100,
            backoff_coefficient: 3.0,
            maximum_interval_ms: 500,
            non_retryable_errors: vec![],
        };
        let t0 = Timestamp::default();
        let at = |n| next_attempt(Some(&p), &STEP_DEFAULTS, n, &err("", false), t0);
        assert_eq!(at(1), Some(add_ms(t0, 100)));
        assert_eq!(at(2), Some(add_ms(t0, 300)));
        assert_eq!(at(3), Some(add_ms(t0, 500)));
        assert_eq!(at(10), None);
    }

    #[test]
    fn non_retryable_errors_end_at_once() {
        let p = RetryPolicy {
            maximum_attempts: 5,
            non_retryable_errors: vec!["Fatal".into()],
            ..Default::default()
        };
        let t0 = Timestamp::default();
        assert!(next_attempt(Some(&p), &STEP_DEFAULTS, 1, &err("Fatal", false), t0).is_none());
        assert!(next_attempt(Some(&p), &STEP_DEFAULTS, 1, &err("Other", true), t0).is_none());
        assert!(next_attempt(Some(&p), &STEP_DEFAULTS, 1, &err("Other", false), t0).is_some());
        // Whole runs are not retried by default.
        assert!(next_attempt(None, &WORKFLOW_DEFAULTS, 1, &err("", false), t0).is_none());
    }
}
