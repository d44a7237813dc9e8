//! How a kagzi.v1 error travels on an RPC: a gRPC status whose details
//! (`grpc-status-details-bin`) are a `google.rpc.Status` holding one
//! [`ErrorDetail`] packed as `google.protobuf.Any`
//! (`type.googleapis.com/kagzi.v1.ErrorDetail`), with the gRPC code that
//! [`grpc_code`] gives for its [`ErrorCode`]. `google.rpc.Status` is
//! tonic-types' own type, not a copy of googleapis' file. With the feature
//! `serde` as well, [`status_to_json`] and [`status_from_json`] give that
//! `google.rpc.Status` its proto3 JSON (each detail as `"@type"` plus the
//! packed kagzi.v1 message's members).
//!
//! ```
//! use kagzi_proto::kagzi::v1::{ErrorCode, ErrorDetail};
//! use kagzi_proto::status::{from_status, to_status};
//!
//! let detail = ErrorDetail {
//!     code: ErrorCode::NotFound as i32,
//!     message: "workflow run r-1 not found".into(),
//!     subject: "workflow".into(),
//!     subject_id: "r-1".into(),
//!     ..Default::default()
//! };
//! let status = to_status(&detail);
//! assert_eq!(status.code(), tonic::Code::NotFound);
//! assert_eq!(from_status(&status).unwrap(), Some(detail));
//! ```

use crate::kagzi::v1::{ErrorCode, ErrorDetail};
use prost::{Message, Name};

// Proto3 JSON of google.rpc.Status, its Any details resolved through the
// registry; needs the JSON code of the packed types (feature `serde`).
#[cfg(feature = "serde")]
mod json;
#[cfg(feature = "serde")]
pub use json::{StatusJsonError, status_from_json, status_to_json};

/// The gRPC status code that goes with an [`ErrorCode`] (the table of
/// docs/guides/errors.md). An unknown value is treated like UNSPECIFIED.
pub fn grpc_code(code: ErrorCode) -> tonic::Code {
    match code {
        ErrorCode::Unspecified => tonic::Code::Unknown,
        ErrorCode::NotFound => tonic::Code::NotFound,
        ErrorCode::InvalidArgument => tonic::Code::InvalidArgument,
        ErrorCode::PreconditionFailed => tonic::Code::FailedPrecondition,
        ErrorCode::Conflict => tonic::Code::AlreadyExists,
        ErrorCode::Unauthorized => tonic::Code::PermissionDenied,
        ErrorCode::Unavailable => tonic::Code::Unavailable,
        ErrorCode::Internal => tonic::Code::Internal,
        ErrorCode::Timeout => tonic::Code::DeadlineExceeded,
        ErrorCode::ResourceExhausted => tonic::Code::ResourceExhausted,
        ErrorCode::NamespaceDisabled => tonic::Code::FailedPrecondition,
    }
}

/// The status a server answers a failing call with: the code from
/// [`grpc_code`], the detail's message, and the detail itself in the details.
pub fn to_status(detail: &ErrorDetail) -> tonic::Status {
    to_status_with(detail, Vec::new())
}

/// [`to_status`] with more details after the ErrorDetail, each packed as an
/// `Any`: the standard `google.rpc` details a generic gRPC client reads (a
/// `google.rpc.BadRequest` listing the broken field rules, say). Readers of
/// the contract still find exactly one ErrorDetail ([`from_status`]).
pub fn to_status_with(detail: &ErrorDetail, more: Vec<prost_types::Any>) -> tonic::Status {
    let code = grpc_code(ErrorCode::try_from(detail.code).unwrap_or(ErrorCode::Unspecified));
    let mut details = vec![prost_types::Any {
        type_url: ErrorDetail::type_url(),
        value: detail.encode_to_vec(),
    }];
    details.extend(more);
    let rpc_status = tonic_types::Status {
        code: code as i32,
        message: detail.message.clone(),
        details,
    };
    tonic::Status::with_details(
        code,
        detail.message.clone(),
        rpc_status.encode_to_vec().into(),
    )
}

/// Why the details of a status could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusDetailError {
    /// The details bytes are not a `google.rpc.Status`.
    Details(prost::DecodeError),
    /// An `Any` names kagzi.v1.ErrorDetail but its value does not decode as one.
    ErrorDetail(prost::DecodeError),
    /// The contract allows one ErrorDetail per status; this many were found.
    Several(usize),
}

impl std::fmt::Display for StatusDetailError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Details(e) => write!(f, "status details are not a google.rpc.Status: {e}"),
            Self::ErrorDetail(e) => write!(
                f,
                "status detail {} does not decode: {e}",
                ErrorDetail::full_name()
            ),
            Self::Several(n) => write!(
                f,
                "status carries {n} {} details, the contract allows one",
                ErrorDetail::full_name()
            ),
        }
    }
}

impl std::error::Error for StatusDetailError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Details(e) | Self::ErrorDetail(e) => Some(e),
            Self::Several(_) => None,
        }
    }
}

/// The [`ErrorDetail`] a status carries. `Ok(None)` when it has no details
/// or only details of other types (a status from a proxy or another
/// service); an error when the details are malformed or hold more than one
/// ErrorDetail, never a silently empty answer.
pub fn from_status(status: &tonic::Status) -> Result<Option<ErrorDetail>, StatusDetailError> {
    if status.details().is_empty() {
        return Ok(None);
    }
    let rpc_status =
        tonic_types::Status::decode(status.details()).map_err(StatusDetailError::Details)?;
    let url = ErrorDetail::type_url();
    let mut found: Vec<&prost_types::Any> = rpc_status
        .details
        .iter()
        .filter(|any| any.type_url == url)
        .collect();
    match found.len() {
        0 => Ok(None),
        1 => ErrorDetail::decode(found.remove(0).value.as_slice())
            .map(Some)
            .map_err(StatusDetailError::ErrorDetail),
        n => Err(StatusDetailError::Several(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn detail() -> ErrorDetail {
        ErrorDetail {
            code: ErrorCode::PreconditionFailed as i32,
            message: "step s-1 already failed".into(),
            non_retryable: true,
            retry_after_ms: 250,
            subject: "step".into(),
            subject_id: "s-1".into(),
            metadata: BTreeMap::from([("field".to_string(), "step_id".to_string())]),
        }
    }

    fn with_rpc_status(details: Vec<prost_types::Any>) -> tonic::Status {
        let rpc = tonic_types::Status {
            code: 9,
            message: "m".into(),
            details,
        };
        tonic::Status::with_details(
            tonic::Code::FailedPrecondition,
            "m",
            rpc.encode_to_vec().into(),
        )
    }

    #[test]
    fn round_trip() {
        let status = to_status(&detail());
        assert_eq!(status.code(), tonic::Code::FailedPrecondition);
        assert_eq!(status.message(), "step s-1 already failed");
        assert_eq!(from_status(&status), Ok(Some(detail())));
        let rpc = tonic_types::Status::decode(status.details()).unwrap();
        assert_eq!(rpc.code, tonic::Code::FailedPrecondition as i32);
        assert_eq!(
            rpc.details[0].type_url,
            "type.googleapis.com/kagzi.v1.ErrorDetail"
        );
    }

    #[test]
    fn every_code_has_its_own_grpc_code() {
        // The general codes (0 to 9) each have their own gRPC code, so a
        // status without a detail reads back as one of them.
        let codes: Vec<_> = (0..=9).map(|v| ErrorCode::try_from(v).unwrap()).collect();
        let mut grpc: Vec<i32> = codes.iter().map(|&c| grpc_code(c) as i32).collect();
        grpc.sort_unstable();
        grpc.dedup();
        assert_eq!(grpc.len(), codes.len());
        // A later code refines a general one and shares its gRPC code.
        assert_eq!(
            grpc_code(ErrorCode::NamespaceDisabled),
            grpc_code(ErrorCode::PreconditionFailed)
        );
        assert!(
            ErrorCode::try_from(11).is_err(),
            "a new ErrorCode needs a row in grpc_code"
        );
    }

    #[test]
    fn status_without_details() {
        assert_eq!(from_status(&tonic::Status::not_found("gone")), Ok(None));
    }

    #[test]
    fn detail_of_another_type() {
        let other = prost_types::Any {
            type_url: "type.googleapis.com/google.rpc.RetryInfo".into(),
            value: vec![],
        };
        assert_eq!(from_status(&with_rpc_status(vec![other])), Ok(None));
    }

    #[test]
    fn malformed_details_bytes() {
        let status =
            tonic::Status::with_details(tonic::Code::Internal, "x", vec![0xff, 0xff].into());
        let err = from_status(&status).unwrap_err();
        assert!(matches!(err, StatusDetailError::Details(_)));
        assert!(err.to_string().contains("not a google.rpc.Status"), "{err}");
    }

    #[test]
    fn malformed_error_detail_value() {
        let bad = prost_types::Any {
            type_url: ErrorDetail::type_url(),
            value: vec![0x0a],
        };
        let err = from_status(&with_rpc_status(vec![bad])).unwrap_err();
        assert!(matches!(err, StatusDetailError::ErrorDetail(_)));
        assert!(err.to_string().contains("kagzi.v1.ErrorDetail"), "{err}");
    }

    #[test]
    fn two_error_details_are_refused() {
        let any = prost_types::Any::from_msg(&detail()).unwrap();
        let err = from_status(&with_rpc_status(vec![any.clone(), any])).unwrap_err();
        assert_eq!(err, StatusDetailError::Several(2));
    }
}
