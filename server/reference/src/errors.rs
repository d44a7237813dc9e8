//! Every failing call of this server is answered here: each helper builds a
//! `kagzi.v1.ErrorDetail` and hands it to `kagzi_proto::status::to_status`,
//! so the gRPC code always follows the contract's ErrorCode table and the
//! detail always travels in `grpc-status-details-bin`. No module builds a
//! bare `tonic::Status`.

use std::collections::BTreeMap;

use kagzi_proto::kagzi::v1::{ErrorCode, ErrorDetail};
use kagzi_proto::status::to_status;
use tonic::Status;

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
            (internal("m"), ErrorCode::Internal),
        ] {
            let detail = from_status(&status).unwrap().unwrap();
            assert_eq!(detail.code, code as i32);
            assert_eq!(status.code(), kagzi_proto::status::grpc_code(code));
        }
    }
}
