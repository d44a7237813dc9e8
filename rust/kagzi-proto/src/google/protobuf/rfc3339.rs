//! The text of a Timestamp: RFC 3339 in UTC, written and read by hand.
//!
//! The JSON writer and reader run these for every Timestamp, so they avoid
//! `core::fmt` and `str::parse` (which cost a quarter of a Workflow list's
//! JSON encode), signed division, and any allocation: the caller's range
//! check comes first, after which every quantity is a small non-negative
//! number, and each two-digit field is one read of a table.

use super::{TIMESTAMP_MAX_SECONDS, TIMESTAMP_MIN_SECONDS};

/// The longest canonical text, `9999-12-31T23:59:59.999999999Z`.
pub(super) const MAX_LEN: usize = 30;

/// Days from 0000-03-01 (the start of the calendar's 400-year cycles when
/// the year begins in March, leap day last) to 0001-01-01.
const MARCH_0000_TO_0001: u32 = 306;

/// "00", "01", ..., "99".
const PAIRS: [[u8; 2]; 100] = {
    let mut table = [[0; 2]; 100];
    let mut i = 0;
    while i < 100 {
        table[i] = [b'0' + (i / 10) as u8, b'0' + (i % 10) as u8];
        i += 1;
    }
    table
};

fn put2(buf: &mut [u8; MAX_LEN], at: usize, value: u32) {
    buf[at..at + 2].copy_from_slice(&PAIRS[value as usize]);
}

fn put3(buf: &mut [u8; MAX_LEN], at: usize, value: u32) {
    buf[at] = b'0' + (value / 100) as u8;
    put2(buf, at + 1, value % 100);
}

/// Writes the canonical text of a Timestamp the caller has validated
/// (seconds in the years 0001..9999, nanos 0..=999_999_999): 0, 3, 6 or 9
/// fractional digits, as few as show the value. Returns the length.
pub(super) fn write(seconds: i64, nanos: u32, buf: &mut [u8; MAX_LEN]) -> usize {
    // Out of range, the year would overflow the table's index (a panic):
    // the callers' `validate` rules that out.
    debug_assert!((TIMESTAMP_MIN_SECONDS..=TIMESTAMP_MAX_SECONDS).contains(&seconds));
    debug_assert!(nanos < 1_000_000_000);
    let since_0001 = (seconds - TIMESTAMP_MIN_SECONDS) as u64;
    let (days, in_day) = ((since_0001 / 86_400) as u32, (since_0001 % 86_400) as u32);
    let (year, month, day) = civil_from_days(days);
    put2(buf, 0, year / 100);
    put2(buf, 2, year % 100);
    buf[4] = b'-';
    put2(buf, 5, month);
    buf[7] = b'-';
    put2(buf, 8, day);
    buf[10] = b'T';
    put2(buf, 11, in_day / 3600);
    buf[13] = b':';
    put2(buf, 14, in_day / 60 % 60);
    buf[16] = b':';
    put2(buf, 17, in_day % 60);
    let mut len = 19;
    if nanos != 0 {
        buf[19] = b'.';
        let (groups, mut value) = if nanos.is_multiple_of(1_000_000) {
            (1, nanos / 1_000_000)
        } else if nanos.is_multiple_of(1_000) {
            (2, nanos / 1_000)
        } else {
            (3, nanos)
        };
        for g in (0..groups).rev() {
            put3(buf, 20 + 3 * g, value % 1000);
            value /= 1000;
        }
        len = 20 + 3 * groups;
    }
    buf[len] = b'Z';
    len + 1
}

/// Howard Hinnant's civil-from-days algorithm on days since 0001-01-01:
/// (year, month, day).
fn civil_from_days(days: u32) -> (u32, u32, u32) {
    let z = days + MARCH_0000_TO_0001;
    let (era, doe) = (z / 146_097, z % 146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + u32::from(month <= 2), month, day)
}

/// The inverse: days since 0001-01-01 of a valid date (year >= 1).
pub(super) fn days_from_civil(year: u32, month: u32, day: u32) -> u32 {
    // Years begin in March here, so January and February count with the
    // year before; 0001-01-01 is then day 306 of the cycle from 0000-03-01.
    let y = if month <= 2 { year - 1 } else { year };
    let (era, yoe) = (y / 400, y % 400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - MARCH_0000_TO_0001
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The decimal value of `b`, `None` unless every byte is a digit.
fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |v, &c| {
        let d = c.wrapping_sub(b'0');
        (d <= 9).then(|| v * 10 + u32::from(d))
    })
}

/// Reads `YYYY-MM-DDThh:mm:ss[.f{1,9}](Z|+hh:mm|-hh:mm)` (upper-case `T`
/// and `Z` only: RFC 3339 allows lower case, but the other kagzi.v1 SDKs
/// reject it) as (seconds since the epoch, nanos), normalized to UTC.
/// `None` for any other text or an impossible date or time; the range of
/// the result is the caller's to check, since an offset can move a valid
/// local time out of it.
pub(super) fn parse(b: &[u8]) -> Option<(i64, u32)> {
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (year, month, day) = (digits(&b[0..4])?, digits(&b[5..7])?, digits(&b[8..10])?);
    let (hour, minute, second) = (
        digits(&b[11..13])?,
        digits(&b[14..16])?,
        digits(&b[17..19])?,
    );
    if year < 1
        || !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let mut rest = &b[19..];
    let mut nanos = 0;
    if let [b'.', tail @ ..] = rest {
        let n = tail.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 || n > 9 {
            return None;
        }
        nanos = digits(&tail[..n])? * 10u32.pow(9 - n as u32);
        rest = &tail[n..];
    }
    let offset = match rest {
        [b'Z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (oh, om) = (digits(&[*h1, *h2])?, digits(&[*m1, *m2])?);
            if oh > 23 || om > 59 {
                return None;
            }
            let o = i64::from(oh * 3600 + om * 60);
            if *sign == b'+' { o } else { -o }
        }
        _ => return None,
    };
    let local = i64::from(days_from_civil(year, month, day)) * 86_400
        + i64::from(hour * 3600 + minute * 60 + second);
    Some((TIMESTAMP_MIN_SECONDS + local - offset, nanos))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every day of the range: the two calendar functions are inverses, and
    /// consecutive days are consecutive dates.
    #[test]
    fn calendar_functions_are_inverse_on_every_day() {
        let last = ((TIMESTAMP_MAX_SECONDS - TIMESTAMP_MIN_SECONDS) / 86_400) as u32;
        let mut previous = (1, 1, 0);
        for days in 0..=last {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
            let next_day = (y, m, previous.2 + 1) == (previous.0, previous.1, d);
            let next_month =
                d == 1 && ((y, m) == (previous.0, previous.1 + 1) || (y, m) == (previous.0 + 1, 1));
            assert!(
                next_day || next_month || days == 0,
                "{previous:?} then {y}-{m}-{d}"
            );
            assert!(d <= days_in_month(y, m));
            previous = (y, m, d);
        }
        assert_eq!(previous, (9999, 12, 31));
    }

    /// What `write` writes, `parse` reads back, at every fraction width.
    #[test]
    fn parse_reads_what_write_writes() {
        let mut seconds = TIMESTAMP_MIN_SECONDS;
        let mut buf = [0; MAX_LEN];
        while seconds <= TIMESTAMP_MAX_SECONDS {
            for nanos in [0, 1, 1_000, 1_000_000, 999_999_999, 120_000_000, 123_456] {
                let len = write(seconds, nanos, &mut buf);
                assert_eq!(parse(&buf[..len]), Some((seconds, nanos)));
            }
            seconds += 10_000_019;
        }
    }

    #[test]
    fn parse_rejects_what_is_not_a_timestamp() {
        for text in [
            "",
            "1970-01-01T00:00:00",
            "1970-01-01t00:00:00Z",
            "1970-01-01T00:00:00z",
            "1970-01-01 00:00:00Z",
            "0000-01-01T00:00:00Z",
            "1970-13-01T00:00:00Z",
            "1970-00-01T00:00:00Z",
            "1970-02-29T00:00:00Z",
            "1900-02-29T00:00:00Z",
            "1970-01-32T00:00:00Z",
            "1970-01-01T24:00:00Z",
            "1970-01-01T00:60:00Z",
            "1970-01-01T00:00:60Z",
            "1970-01-01T00:00:00.Z",
            "1970-01-01T00:00:00.1234567890Z",
            "1970-01-01T00:00:00+24:00",
            "1970-01-01T00:00:00+01:60",
            "1970-01-01T00:00:00+0100",
            "1970-01-01T00:00:00Z ",
            "197a-01-01T00:00:00Z",
            "+970-01-01T00:00:00Z",
            "1970-01-01T00:00:00é",
        ] {
            assert_eq!(parse(text.as_bytes()), None, "{text:?}");
        }
        assert_eq!(
            parse(b"2000-02-29T00:00:00Z").map(|t| t.0),
            Some(951_782_400)
        );
        assert_eq!(parse(b"1970-01-01T01:00:00+01:00"), Some((0, 0)));
        assert_eq!(
            parse(b"1969-12-31T23:00:00.5-01:00"),
            Some((0, 500_000_000))
        );
    }
}
