//! Every failing call of this server is answered here: each helper builds a
//! `kagzi.v1.ErrorDetail` and hands it to `kagzi_proto::status::to_status`,
//! so the gRPC code always follows the contract's ErrorCode table and the
//! detail always travels in `grpc-status-details-bin`. No module builds a
//! bare `tonic::Status`.

use std::collections::BTreeMap;

use kagzi_proto::kagzi::v1::{ErrorCode, ErrorDetail};
use kagzi_proto::status::{to_status, to_status_with};
use prost::Message as _;
use tonic::Status;
use tonic_types::pb::{BadRequest, bad_request::FieldViolation};

fn fail(code: ErrorCode, message: String, subject: &str, subject_id: &str) -> ErrorDetail {
    ErrorDetail {
        code: code as i32,
        message,
        subject: subject.into(),
        subject_id: subject_id.into(),
        ..Default::default()
    }
}

/// INVALID_ARGUMENT for `field`; the message starts with the field's name
/// and `metadata["field"]` names it for programs.
pub fn invalid(field: &str, why: &str) -> Status {
    let mut detail = fail(
        ErrorCode::InvalidArgument,
        format!("{field}: {why}"),
        "",
        "",
    );
    detail.non_retryable = true;
    detail.metadata = BTreeMap::from([("field".to_string(), field.to_string())]);
    to_status(&detail)
}

/// INVALID_ARGUMENT for a request that breaks rules of its schema (the
/// `buf.validate` annotations): the ErrorDetail's message lists each broken
/// rule as `field: why [rule id]`, `metadata["field"]` names the first
/// field, and a `google.rpc.BadRequest` detail carries one field violation
/// per broken rule (field path, description, and the rule id as reason).
pub fn rule_violations(violations: &[kagzi_proto::validate::Violation]) -> Status {
    let text = |v: &kagzi_proto::validate::Violation| {
        let field = v.field_path();
        let field = if field.is_empty() {
            "(request)".to_string()
        } else {
            field
        };
        format!("{field}: {} [{}]", v.message(), v.rule_id())
    };
    let mut detail = fail(
        ErrorCode::InvalidArgument,
        violations.iter().map(text).collect::<Vec<_>>().join("; "),
        "",
        "",
    );
    detail.non_retryable = true;
    if let Some(first) = violations.first() {
        detail.metadata = BTreeMap::from([("field".to_string(), first.field_path())]);
    }
    let bad_request = BadRequest {
        field_violations: violations
            .iter()
            .map(|v| FieldViolation {
                field: v.field_path(),
                description: v.message().to_string(),
                reason: v.rule_id().to_string(),
                localized_message: None,
            })
            .collect(),
    };
    to_status_with(
        &detail,
        vec![prost_types::Any {
            type_url: format!("type.googleapis.com/{}", BAD_REQUEST),
            value: bad_request.encode_to_vec(),
        }],
    )
}

/// The full name of google.rpc.BadRequest.
pub const BAD_REQUEST: &str = "google.rpc.BadRequest";

/// NOT_FOUND for the `subject` (workflow, step, worker, schedule, service)
/// identified by `subject_id`.
pub fn not_found(subject: &str, subject_id: &str, message: String) -> Status {
    to_status(&fail(ErrorCode::NotFound, message, subject, subject_id))
}

/// PRECONDITION_FAILED: the resource is not in the state the call needs.
pub fn precondition_failed(message: String) -> Status {
    let mut detail = fail(ErrorCode::PreconditionFailed, message, "", "");
    detail.non_retryable = true;
    to_status(&detail)
}

/// PRECONDITION_FAILED about one resource (`subject`, `subject_id`), for
/// example a run that is TERMINATED.
pub fn precondition_failed_on(subject: &str, subject_id: &str, message: String) -> Status {
    let mut detail = fail(ErrorCode::PreconditionFailed, message, subject, subject_id);
    detail.non_retryable = true;
    to_status(&detail)
}

/// NAMESPACE_DISABLED (status FAILED_PRECONDITION): the namespace takes no
/// new run (namespace.proto, DisableNamespace).
pub fn namespace_disabled(namespace_id: &str) -> Status {
    let mut detail = fail(
        ErrorCode::NamespaceDisabled,
        format!("namespace_id: namespace {namespace_id} is disabled and takes no new run"),
        "namespace",
        namespace_id,
    );
    detail.non_retryable = true;
    to_status(&detail)
}

/// CONFLICT (status ALREADY_EXISTS): the resource exists already.
pub fn conflict(subject: &str, subject_id: &str, message: String) -> Status {
    let mut detail = fail(ErrorCode::Conflict, message, subject, subject_id);
    detail.non_retryable = true;
    to_status(&detail)
}

/// UNAVAILABLE: transient; the caller may retry.
pub fn unavailable(message: String) -> Status {
    to_status(&fail(ErrorCode::Unavailable, message, "", ""))
}

/// INTERNAL: a fault of this server, not of the request.
pub fn internal(message: &str) -> Status {
    to_status(&fail(ErrorCode::Internal, message.into(), "", ""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kagzi_proto::status::from_status;

    #[test]
    fn invalid_names_the_field() {
        let status = invalid("run_id", "is required");
        assert_eq!(status.code(), tonic::Code::InvalidArgument);
        let detail = from_status(&status).unwrap().unwrap();
        assert_eq!(detail.code, ErrorCode::InvalidArgument as i32);
        assert_eq!(detail.message, "run_id: is required");
        assert_eq!(detail.metadata["field"], "run_id");
    }

    #[test]
    fn each_helper_carries_its_code() {
        for (status, code) in [
            (not_found("workflow", "r", "m".into()), ErrorCode::NotFound),
            (
                precondition_failed("m".into()),
                ErrorCode::PreconditionFailed,
            ),
            (unavailable("m".into()), ErrorCode::Unavailable),
            (namespace_disabled("ns"), ErrorCode::NamespaceDisabled),
            (conflict("namespace", "ns", "m".into()), ErrorCode::Conflict),
            (
                precondition_failed_on("workflow", "r", "m".into()),
                ErrorCode::PreconditionFailed,
            ),
            (internal("m"), ErrorCode::Internal),
        ] {
            let detail = from_status(&status).unwrap().unwrap();
            assert_eq!(detail.code, code as i32);
            assert_eq!(status.code(), kagzi_proto::status::grpc_code(code));
        }
    }
}
