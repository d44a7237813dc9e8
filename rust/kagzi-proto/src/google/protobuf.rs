//! The protobuf well-known types kagzi.v1 uses, with exact proto3 JSON.
//!
//! `google.protobuf.Timestamp` and `google.protobuf.Duration` are defined
//! here rather than taken from `prost-types`, because their JSON forms need
//! serde impls this crate controls (RFC 3339 with `Z`; durations written
//! with 0, 3, 6 or 9 fractional digits, `"1.500s"`, and read with any
//! number up to 9, so `"1.5s"` is accepted on input).
//! `google.protobuf.Empty` is prost's `()`, as usual for tonic services.
//!
//! They meet the rest of the ecosystem through `From`/`TryFrom` with
//! `prost_types::{Timestamp, Duration}` (what tonic-types, prost-reflect and
//! most prost-based crates use), and the text they write is prost-types' own
//! `Display` of the same value (for Timestamps, our own formatter that the
//! tests hold to that `Display` across the range, because it is faster),
//! which for every valid value is exactly the canonical proto3 JSON form.
//! Reading stays ours: prost-types' parsers also accept spellings the other
//! kagzi.v1 SDKs reject (lower-case `t`/`z`, more than nine fractional
//! digits), and the JSON reader must reject them.

use std::fmt;

mod rfc3339;

/// A point in time independent of any time zone: seconds and nanoseconds
/// since 1970-01-01T00:00:00Z (`google.protobuf.Timestamp`).
///
/// JSON form: RFC 3339 in UTC with a `Z`, e.g. `"2024-05-01T12:00:00.5Z"`;
/// valid for the years 0001 to 9999.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::prost::Message)]
pub struct Timestamp {
    /// Seconds since the Unix epoch (negative before 1970).
    #[prost(int64, tag = "1")]
    pub seconds: i64,
    /// Non-negative fraction of a second, 0..=999_999_999.
    #[prost(int32, tag = "2")]
    pub nanos: i32,
}

/// A signed span of time in seconds and nanoseconds
/// (`google.protobuf.Duration`).
///
/// JSON form: decimal seconds with an `s` suffix, written with 0, 3, 6 or 9
/// fractional digits (`"1.500s"`, `"-0.000000001s"`); on input any number
/// of fractional digits up to 9 is accepted (`"1.5s"`). Valid within
/// +-315,576,000,000 seconds.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::prost::Message)]
pub struct Duration {
    /// Whole seconds, -315_576_000_000..=315_576_000_000.
    #[prost(int64, tag = "1")]
    pub seconds: i64,
    /// Fraction of a second with the same sign as `seconds`,
    /// -999_999_999..=999_999_999.
    #[prost(int32, tag = "2")]
    pub nanos: i32,
}

/// Seconds of 0001-01-01T00:00:00Z, the earliest valid Timestamp.
pub const TIMESTAMP_MIN_SECONDS: i64 = -62_135_596_800;
/// Seconds of 9999-12-31T23:59:59Z, the latest valid Timestamp second.
pub const TIMESTAMP_MAX_SECONDS: i64 = 253_402_300_799;
/// The largest magnitude of a Duration's seconds (10,000 years).
pub const DURATION_MAX_SECONDS: i64 = 315_576_000_000;

/// Why a Timestamp or Duration has no valid value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeError(String);

impl fmt::Display for RangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RangeError {}

impl Timestamp {
    /// Checks the proto3 validity rules (year 0001..9999, nanos in range).
    pub fn validate(&self) -> Result<(), RangeError> {
        if !(0..=999_999_999).contains(&self.nanos) {
            return Err(RangeError(format!(
                "Timestamp nanos {} out of 0..=999999999",
                self.nanos
            )));
        }
        if !(TIMESTAMP_MIN_SECONDS..=TIMESTAMP_MAX_SECONDS).contains(&self.seconds) {
            return Err(RangeError(format!(
                "Timestamp seconds {} outside the years 0001..9999",
                self.seconds
            )));
        }
        Ok(())
    }

    /// Formats as RFC 3339 in UTC (`Z`) with 0, 3, 6 or 9 fractional digits.
    pub fn to_rfc3339(&self) -> Result<String, RangeError> {
        let mut buf = [0; rfc3339::MAX_LEN];
        Ok(self.write_rfc3339(&mut buf)?.to_string())
    }

    /// Writes the canonical text into `buf` and returns it, once the value
    /// is known to be valid (the JSON writer's path: no String).
    fn write_rfc3339<'b>(
        &self,
        buf: &'b mut [u8; rfc3339::MAX_LEN],
    ) -> Result<&'b str, RangeError> {
        self.validate()?;
        let len = rfc3339::write(self.seconds, self.nanos as u32, buf);
        // Only ASCII digits and separators were written.
        Ok(std::str::from_utf8(&buf[..len]).expect("ASCII"))
    }

    /// Parses RFC 3339 (`Z` or a `+hh:mm`/`-hh:mm` offset, up to 9
    /// fractional digits, upper-case `T` and `Z`), normalizing to UTC.
    pub fn parse_rfc3339(s: &str) -> Result<Timestamp, RangeError> {
        let (seconds, nanos) = rfc3339::parse(s.as_bytes())
            .ok_or_else(|| RangeError(format!("invalid RFC 3339 timestamp {s:?}")))?;
        let ts = Timestamp {
            seconds,
            nanos: nanos as i32,
        };
        ts.validate()
            .map_err(|e| RangeError(format!("{e} (from {s:?})")))?;
        Ok(ts)
    }
}

impl Duration {
    /// Checks the proto3 validity rules (range, nanos in range and sign).
    pub fn validate(&self) -> Result<(), RangeError> {
        if self.seconds.unsigned_abs() > DURATION_MAX_SECONDS as u64 {
            return Err(RangeError(format!(
                "Duration seconds {} beyond +-{DURATION_MAX_SECONDS}",
                self.seconds
            )));
        }
        if self.nanos.unsigned_abs() > 999_999_999 {
            return Err(RangeError(format!(
                "Duration nanos {} out of range",
                self.nanos
            )));
        }
        if (self.seconds > 0 && self.nanos < 0) || (self.seconds < 0 && self.nanos > 0) {
            return Err(RangeError(
                "Duration seconds and nanos have different signs".into(),
            ));
        }
        Ok(())
    }

    /// Formats as proto3 JSON with 0, 3, 6 or 9 fractional digits, e.g. `"1.500s"`.
    pub fn to_json_string(&self) -> Result<String, RangeError> {
        Ok(self.canonical()?.to_string())
    }

    /// The value as prost-types' Duration (its `Display` is the canonical
    /// text), once the value is known to be valid.
    fn canonical(&self) -> Result<prost_types::Duration, RangeError> {
        self.validate()?;
        Ok((*self).into())
    }

    /// Parses the proto3 JSON form (`"-1.000000001s"`, `"1.5s"`: up to 9 fractional digits).
    pub fn parse_json_string(s: &str) -> Result<Duration, RangeError> {
        let bad = || RangeError(format!("invalid Duration {s:?}: expected e.g. \"1.5s\""));
        let body = s.strip_suffix('s').ok_or_else(bad)?;
        let (negative, body) = match body.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, body),
        };
        let (whole, frac) = match body.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (body, None),
        };
        if whole.is_empty() || !whole.bytes().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        let seconds: i64 = whole.parse().map_err(|_| bad())?;
        let nanos = match frac {
            None => 0,
            Some(f) if !f.is_empty() && f.len() <= 9 && f.bytes().all(|c| c.is_ascii_digit()) => {
                f.parse::<i32>().map_err(|_| bad())? * 10i32.pow(9 - f.len() as u32)
            }
            Some(_) => return Err(bad()),
        };
        let d = if negative {
            Duration {
                seconds: -seconds,
                nanos: -nanos,
            }
        } else {
            Duration { seconds, nanos }
        };
        d.validate()
            .map_err(|e| RangeError(format!("{e} (from {s:?})")))?;
        Ok(d)
    }
}

// Conversions with the standard library's time types are fallible both
// ways: SystemTime and std::time::Duration reach far beyond the proto ranges
// (years 0001..9999, +-10,000 years), and std::time::Duration is unsigned.
// Every step uses checked arithmetic, so an out-of-range value is an error,
// never a panic or a silently clamped (invalid) message.

impl TryFrom<std::time::SystemTime> for Timestamp {
    type Error = RangeError;
    /// Fails for times outside 0001-01-01T00:00:00Z..=9999-12-31T23:59:59.999999999Z.
    fn try_from(t: std::time::SystemTime) -> Result<Self, RangeError> {
        let out_of_range = || {
            RangeError(format!(
                "SystemTime {t:?} is outside the Timestamp range (years 0001..9999)"
            ))
        };
        let ts = match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => Timestamp {
                seconds: i64::try_from(d.as_secs()).map_err(|_| out_of_range())?,
                nanos: d.subsec_nanos() as i32,
            },
            Err(e) => {
                // Before the epoch: negate, then borrow a second so that
                // nanos stays non-negative as proto3 requires.
                let d = e.duration();
                let secs = i64::try_from(d.as_secs()).map_err(|_| out_of_range())?;
                let nanos = d.subsec_nanos() as i32;
                if nanos == 0 {
                    Timestamp {
                        seconds: secs.checked_neg().ok_or_else(out_of_range)?,
                        nanos: 0,
                    }
                } else {
                    Timestamp {
                        seconds: secs
                            .checked_neg()
                            .and_then(|s| s.checked_sub(1))
                            .ok_or_else(out_of_range)?,
                        nanos: 1_000_000_000 - nanos,
                    }
                }
            }
        };
        ts.validate().map_err(|_| out_of_range())?;
        Ok(ts)
    }
}

impl TryFrom<Timestamp> for std::time::SystemTime {
    type Error = RangeError;
    /// Fails for an invalid Timestamp (see [`Timestamp::validate`]) or one
    /// the platform's `SystemTime` cannot represent.
    fn try_from(ts: Timestamp) -> Result<Self, RangeError> {
        ts.validate()?;
        let unrepresentable = || {
            RangeError(format!(
                "Timestamp {}s {}ns is not representable as a SystemTime on this platform",
                ts.seconds, ts.nanos
            ))
        };
        let epoch = std::time::UNIX_EPOCH;
        let whole = std::time::Duration::from_secs(ts.seconds.unsigned_abs());
        let frac = std::time::Duration::from_nanos(ts.nanos as u64);
        let at = if ts.seconds >= 0 {
            epoch.checked_add(whole)
        } else {
            epoch.checked_sub(whole)
        };
        at.and_then(|t| t.checked_add(frac))
            .ok_or_else(unrepresentable)
    }
}

impl TryFrom<std::time::Duration> for Duration {
    type Error = RangeError;
    /// Fails beyond +315,576,000,000 seconds (10,000 years).
    fn try_from(d: std::time::Duration) -> Result<Self, RangeError> {
        let out = Duration {
            seconds: i64::try_from(d.as_secs())
                .ok()
                .filter(|s| *s <= DURATION_MAX_SECONDS)
                .ok_or_else(|| {
                    RangeError(format!(
                        "std::time::Duration {d:?} exceeds the Duration maximum of {DURATION_MAX_SECONDS} s"
                    ))
                })?,
            nanos: d.subsec_nanos() as i32,
        };
        out.validate()?;
        Ok(out)
    }
}

impl TryFrom<Duration> for std::time::Duration {
    type Error = RangeError;
    /// Fails for negative or invalid durations.
    fn try_from(d: Duration) -> Result<Self, RangeError> {
        d.validate()?;
        if d.seconds < 0 || d.nanos < 0 {
            return Err(RangeError(format!(
                "negative Duration ({}s {}ns) has no std::time::Duration",
                d.seconds, d.nanos
            )));
        }
        Ok(std::time::Duration::new(d.seconds as u64, d.nanos as u32))
    }
}

// Conversions with prost-types. Ours to theirs cannot fail (same fields).
// Theirs to ours normalizes first (a value such as 1 s and -1 ns is the
// same instant as 0 s and 999,999,999 ns, and prost-types' own arithmetic
// may produce it), then applies the proto3 ranges: an out-of-range value is
// an error, never clamped.

impl From<Timestamp> for prost_types::Timestamp {
    fn from(ts: Timestamp) -> Self {
        prost_types::Timestamp {
            seconds: ts.seconds,
            nanos: ts.nanos,
        }
    }
}

impl TryFrom<prost_types::Timestamp> for Timestamp {
    type Error = RangeError;
    /// Fails outside the years 0001..9999.
    fn try_from(mut ts: prost_types::Timestamp) -> Result<Self, RangeError> {
        ts.normalize();
        let out = Timestamp {
            seconds: ts.seconds,
            nanos: ts.nanos,
        };
        out.validate()?;
        Ok(out)
    }
}

impl From<Duration> for prost_types::Duration {
    fn from(d: Duration) -> Self {
        prost_types::Duration {
            seconds: d.seconds,
            nanos: d.nanos,
        }
    }
}

impl TryFrom<prost_types::Duration> for Duration {
    type Error = RangeError;
    /// Fails beyond +-315,576,000,000 seconds (10,000 years).
    fn try_from(mut d: prost_types::Duration) -> Result<Self, RangeError> {
        d.normalize();
        let out = Duration {
            seconds: d.seconds,
            nanos: d.nanos,
        };
        out.validate()?;
        Ok(out)
    }
}

#[cfg(test)]
mod conversion_tests {
    use super::*;
    use std::time::{Duration as StdDuration, SystemTime, UNIX_EPOCH};

    #[test]
    fn prost_types_timestamps_round_trip_and_out_of_range_is_an_error() {
        for (seconds, nanos) in [
            (0, 0),
            (-1, 999_999_999),
            (TIMESTAMP_MIN_SECONDS, 0),
            (TIMESTAMP_MAX_SECONDS, 999_999_999),
        ] {
            let ours = Timestamp { seconds, nanos };
            let theirs = prost_types::Timestamp::from(ours);
            assert_eq!((theirs.seconds, theirs.nanos), (seconds, nanos));
            assert_eq!(Timestamp::try_from(theirs).unwrap(), ours);
        }
        // The same instant written unnormalized arrives normalized.
        let unnormalized = prost_types::Timestamp {
            seconds: 1,
            nanos: -1,
        };
        assert_eq!(
            Timestamp::try_from(unnormalized).unwrap(),
            Timestamp {
                seconds: 0,
                nanos: 999_999_999
            }
        );
        for seconds in [
            TIMESTAMP_MIN_SECONDS - 1,
            TIMESTAMP_MAX_SECONDS + 1,
            i64::MAX,
        ] {
            let err =
                Timestamp::try_from(prost_types::Timestamp { seconds, nanos: 0 }).unwrap_err();
            assert!(err.to_string().contains("0001..9999"), "{err}");
        }
    }

    #[test]
    fn prost_types_durations_round_trip_and_out_of_range_is_an_error() {
        for (seconds, nanos) in [
            (0, 0),
            (-1, -5),
            (DURATION_MAX_SECONDS, 999_999_999),
            (-DURATION_MAX_SECONDS, -999_999_999),
        ] {
            let ours = Duration { seconds, nanos };
            let theirs = prost_types::Duration::from(ours);
            assert_eq!((theirs.seconds, theirs.nanos), (seconds, nanos));
            assert_eq!(Duration::try_from(theirs).unwrap(), ours);
        }
        let mixed_signs = prost_types::Duration {
            seconds: 1,
            nanos: -500_000_000,
        };
        assert_eq!(
            Duration::try_from(mixed_signs).unwrap(),
            Duration {
                seconds: 0,
                nanos: 500_000_000
            }
        );
        let too_long = prost_types::Duration {
            seconds: DURATION_MAX_SECONDS + 1,
            nanos: 0,
        };
        assert!(Duration::try_from(too_long).is_err());
    }

    /// Our Timestamp text is prost-types' Display text of the same value:
    /// checked across the whole range (every fraction width, leap days,
    /// century years, before 1970).
    #[test]
    fn timestamp_text_is_prost_types_display_across_the_range() {
        let mut seconds = TIMESTAMP_MIN_SECONDS;
        let mut checked = 0;
        while seconds <= TIMESTAMP_MAX_SECONDS {
            for nanos in [0, 1, 1_000, 1_000_000, 999_999_999, 120_000_000, 123_456] {
                let ours = Timestamp { seconds, nanos };
                let theirs = prost_types::Timestamp::from(ours).to_string();
                assert_eq!(ours.to_rfc3339().unwrap(), theirs, "{seconds} {nanos}");
                checked += 1;
            }
            // A prime step of about 116 days visits every month, day and
            // time of day over the range.
            seconds += 10_000_019;
        }
        for (y, m, d) in [
            (1, 1, 1),
            (1600, 2, 29),
            (1900, 2, 28),
            (1900, 3, 1),
            (2000, 2, 29),
            (9999, 12, 31),
        ] {
            for s in [0, 1, 86_399] {
                let ours = Timestamp {
                    seconds: TIMESTAMP_MIN_SECONDS
                        + i64::from(rfc3339::days_from_civil(y, m, d)) * 86_400
                        + s,
                    nanos: 0,
                };
                assert_eq!(
                    ours.to_rfc3339().unwrap(),
                    prost_types::Timestamp::from(ours).to_string()
                );
            }
        }
        assert!(checked > 100_000, "{checked}");
    }

    /// The canonical text is prost-types' Display: pin it, so a
    /// prost-types release that changes it fails here, not in a user's JSON.
    #[test]
    fn canonical_text_is_prost_types_display() {
        let ts = |seconds, nanos| Timestamp { seconds, nanos }.to_rfc3339().unwrap();
        assert_eq!(ts(0, 0), "1970-01-01T00:00:00Z");
        assert_eq!(ts(0, 500_000_000), "1970-01-01T00:00:00.500Z");
        assert_eq!(ts(-1, 1_000), "1969-12-31T23:59:59.000001Z");
        assert_eq!(
            ts(TIMESTAMP_MIN_SECONDS, 1),
            "0001-01-01T00:00:00.000000001Z"
        );
        assert_eq!(ts(TIMESTAMP_MAX_SECONDS, 0), "9999-12-31T23:59:59Z");
        assert!(
            Timestamp {
                seconds: TIMESTAMP_MAX_SECONDS + 1,
                nanos: 0
            }
            .to_rfc3339()
            .is_err()
        );
        let d = |seconds, nanos| Duration { seconds, nanos }.to_json_string().unwrap();
        assert_eq!(d(0, 0), "0s");
        assert_eq!(d(1, 500_000_000), "1.500s");
        assert_eq!(d(0, -1), "-0.000000001s");
        assert_eq!(d(-3, -20_000), "-3.000020s");
        assert!(
            Duration {
                seconds: 1,
                nanos: -1
            }
            .to_json_string()
            .is_err()
        );
    }

    #[test]
    fn system_time_round_trips_inside_the_range() {
        for (seconds, nanos) in [
            (0, 0),
            (1, 500_000_000),
            (-1, 999_999_999),
            (-1, 0),
            (TIMESTAMP_MIN_SECONDS, 0),
            (TIMESTAMP_MAX_SECONDS, 999_999_999),
        ] {
            let ts = Timestamp { seconds, nanos };
            let t = SystemTime::try_from(ts).unwrap();
            assert_eq!(Timestamp::try_from(t).unwrap(), ts, "{seconds} {nanos}");
        }
        // Half a second before the epoch is -1 s + 0.5 s (nanos non-negative).
        let t = UNIX_EPOCH - StdDuration::from_millis(500);
        assert_eq!(
            Timestamp::try_from(t).unwrap(),
            Timestamp {
                seconds: -1,
                nanos: 500_000_000
            }
        );
    }

    #[test]
    fn system_time_outside_the_range_is_an_error_not_a_panic() {
        // Far before the epoch: a plain negated cast would overflow
        // ("attempt to negate with overflow") or give a year before 0001.
        let far_past = UNIX_EPOCH.checked_sub(StdDuration::new(i64::MAX as u64, 0));
        let far_past_plus = UNIX_EPOCH.checked_sub(StdDuration::new(i64::MAX as u64 + 1, 0));
        let year_zero = UNIX_EPOCH - StdDuration::from_secs((-TIMESTAMP_MIN_SECONDS + 1) as u64);
        let year_10000 = UNIX_EPOCH + StdDuration::from_secs(TIMESTAMP_MAX_SECONDS as u64 + 1);
        for t in [far_past, far_past_plus, Some(year_zero), Some(year_10000)]
            .into_iter()
            .flatten()
        {
            let err = Timestamp::try_from(t).unwrap_err();
            assert!(
                err.to_string().contains("outside the Timestamp range"),
                "{err}"
            );
        }
        let invalid = Timestamp {
            seconds: TIMESTAMP_MAX_SECONDS + 1,
            nanos: 0,
        };
        assert!(SystemTime::try_from(invalid).is_err());
        let bad_nanos = Timestamp {
            seconds: 0,
            nanos: -1,
        };
        assert!(SystemTime::try_from(bad_nanos).is_err());
    }

    #[test]
    fn std_duration_conversions_check_the_range() {
        let d = StdDuration::new(DURATION_MAX_SECONDS as u64, 999_999_999);
        let p = Duration::try_from(d).unwrap();
        assert_eq!(
            p,
            Duration {
                seconds: DURATION_MAX_SECONDS,
                nanos: 999_999_999
            }
        );
        assert_eq!(StdDuration::try_from(p).unwrap(), d);
        // Beyond the proto range, a saturating conversion would give an
        // invalid Duration: these must be errors.
        for d in [
            StdDuration::new(DURATION_MAX_SECONDS as u64 + 1, 0),
            StdDuration::MAX,
        ] {
            let err = Duration::try_from(d).unwrap_err();
            assert!(
                err.to_string().contains("exceeds the Duration maximum"),
                "{err}"
            );
        }
        let negative = Duration {
            seconds: -1,
            nanos: -5,
        };
        assert!(
            StdDuration::try_from(negative)
                .unwrap_err()
                .to_string()
                .contains("negative")
        );
        let out_of_range = Duration {
            seconds: DURATION_MAX_SECONDS + 1,
            nanos: 0,
        };
        assert!(StdDuration::try_from(out_of_range).is_err());
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{Duration, Timestamp};
    use serde::de::{self, Deserializer, Visitor};
    use serde::ser::{Error as _, Serializer};
    use std::fmt;

    impl serde::Serialize for Timestamp {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            // Formatted on the stack and written in one piece: no String.
            let mut buf = [0; super::rfc3339::MAX_LEN];
            s.serialize_str(self.write_rfc3339(&mut buf).map_err(S::Error::custom)?)
        }
    }

    impl serde::Serialize for Duration {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(&self.canonical().map_err(S::Error::custom)?)
        }
    }

    struct StrVisitor<T>(fn(&str) -> Result<T, super::RangeError>, &'static str);

    impl<T> Visitor<'_> for StrVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.1)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            (self.0)(v).map_err(E::custom)
        }
    }

    impl<'de> serde::Deserialize<'de> for Timestamp {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(StrVisitor(
                Timestamp::parse_rfc3339,
                "an RFC 3339 timestamp string",
            ))
        }
    }

    impl<'de> serde::Deserialize<'de> for Duration {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(StrVisitor(
                Duration::parse_json_string,
                "a duration string like \"1.5s\"",
            ))
        }
    }
}
