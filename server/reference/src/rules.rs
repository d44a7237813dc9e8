//! Every request is held to the rules its schema carries (the kagzi.v1
//! `buf.validate` annotations: required fields, names, lengths, ranges, CEL
//! rules) with kagzi-proto's `validate` feature (prost-protovalidate), before
//! the handler sees it. A broken rule is INVALID_ARGUMENT with an ErrorDetail
//! and a google.rpc.BadRequest (`errors::rule_violations`). What the rules
//! cannot say (a cron expression that never fires, a page token of other
//! filters, a state transition) stays in the handlers.

use kagzi_proto::validate;
use tonic::{Request, Status};

use crate::errors;
use crate::faults::Faults;

/// The request's message, once it breaks no rule of its schema (any
/// message with the test-only fault `drop:rules`).
pub fn checked<M: prost::Message + prost::Name>(
    faults: &Faults,
    request: Request<M>,
) -> Result<M, Status> {
    let message = request.into_inner();
    if faults.dropped("rules") {
        return Ok(message);
    }
    match validate::validate(&message) {
        Ok(()) => Ok(message),
        Err(validate::Error::Validation(e)) => Err(errors::rule_violations(e.violations())),
        // The rules themselves failed (a CEL rule that does not compile): a
        // fault of the server's schemas, not of the request.
        Err(e) => Err(errors::internal(&format!(
            "validating {}: {e}",
            M::full_name()
        ))),
    }
}
