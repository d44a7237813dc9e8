//! Cron expressions as workflow_schedule.proto defines them: five fields
//! (minute first, firing at second 0) or six (a leading second), told apart
//! by the number of fields, evaluated in UTC. Parsing and matching are the
//! `croner` crate's; the field count is checked here first, because croner
//! with optional seconds would also take seven fields (a year), which the
//! contract does not.

use chrono::{DateTime, Utc};
use croner::Cron;
use croner::parser::{CronParser, Seconds};
use kagzi_proto::google::protobuf::Timestamp;
use tonic::Status;

use crate::check::invalid;
use crate::errors;

/// `expr` parsed, or INVALID_ARGUMENT naming `cron_expr`.
pub fn parse(expr: &str) -> Result<Cron, Status> {
    let fields = expr.split_whitespace().count();
    if fields != 5 && fields != 6 {
        return Err(invalid(
            "cron_expr",
            &format!(
                "has {fields} fields; must have five (minute hour day-of-month month day-of-week) or six (a leading second)"
            ),
        ));
    }
    CronParser::builder()
        .seconds(Seconds::Optional)
        .build()
        .parse(expr)
        .map_err(|e| invalid("cron_expr", &e.to_string()))
}

/// The first time strictly after `after` that `cron` matches.
pub fn next_after(cron: &Cron, after: Timestamp) -> Result<Timestamp, Status> {
    let from: DateTime<Utc> = DateTime::from_timestamp(after.seconds, after.nanos.max(0) as u32)
        .ok_or_else(|| errors::internal("clock out of range"))?;
    let next = cron
        .find_next_occurrence(&from, false)
        .map_err(|e| invalid("cron_expr", &format!("has no next fire time: {e}")))?;
    Ok(Timestamp {
        seconds: next.timestamp(),
        nanos: 0,
    })
}

/// The first time after `after` that `expr` matches, in UTC.
pub fn next_fire(expr: &str, after: Timestamp) -> Result<Timestamp, Status> {
    next_after(&parse(expr)?, after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> Timestamp {
        Timestamp { seconds, nanos: 0 }
    }

    #[test]
    fn five_and_six_fields_by_count() {
        // 1970-01-01 00:00:00 UTC.
        assert_eq!(next_fire("0 9 * * *", at(0)).unwrap(), at(9 * 3600));
        assert_eq!(next_fire("30 0 9 * * *", at(0)).unwrap(), at(9 * 3600 + 30));
        assert_eq!(next_fire("* * * * * *", at(10)).unwrap(), at(11));
        // Sunday is 0 and 7; 1970-01-04 was a Sunday.
        assert_eq!(next_fire("0 0 * * 7", at(0)).unwrap(), at(3 * 86400));
        for bad in ["* * * *", "0 0 0 * * * 2030", "not a cron at all x", ""] {
            let e = next_fire(bad, at(0)).unwrap_err();
            assert!(e.message().starts_with("cron_expr"), "{bad}: {e:?}");
        }
    }
}
