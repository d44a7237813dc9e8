package main

// Every failing call of this server is answered here, as docs/guides/errors.md
// says a kagzi.v1 server must: a gRPC status whose code follows the
// ErrorDetail's code, carrying that one kagzi.v1.ErrorDetail in its details
// (grpc-go puts them in a google.rpc.Status in grpc-status-details-bin).

import (
	"fmt"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// grpcCodes is the ErrorCode table of docs/guides/errors.md.
var grpcCodes = map[kagziv1.ErrorCode]codes.Code{
	kagziv1.ErrorCode_ERROR_CODE_UNSPECIFIED:         codes.Unknown,
	kagziv1.ErrorCode_ERROR_CODE_NOT_FOUND:           codes.NotFound,
	kagziv1.ErrorCode_ERROR_CODE_INVALID_ARGUMENT:    codes.InvalidArgument,
	kagziv1.ErrorCode_ERROR_CODE_PRECONDITION_FAILED: codes.FailedPrecondition,
	kagziv1.ErrorCode_ERROR_CODE_CONFLICT:            codes.AlreadyExists,
	kagziv1.ErrorCode_ERROR_CODE_UNAUTHORIZED:        codes.PermissionDenied,
	kagziv1.ErrorCode_ERROR_CODE_UNAVAILABLE:         codes.Unavailable,
	kagziv1.ErrorCode_ERROR_CODE_INTERNAL:            codes.Internal,
	kagziv1.ErrorCode_ERROR_CODE_TIMEOUT:             codes.DeadlineExceeded,
	kagziv1.ErrorCode_ERROR_CODE_RESOURCE_EXHAUSTED:  codes.ResourceExhausted,
	kagziv1.ErrorCode_ERROR_CODE_NAMESPACE_DISABLED:  codes.FailedPrecondition,
}

// omitErrorDetail is the `--fault no-error-detail` switch: every failure
// then goes out as a bare status. Set once, before the server starts.
var omitErrorDetail bool

// fail is the status error of detail.
func fail(detail *kagziv1.ErrorDetail) error {
	code, ok := grpcCodes[detail.Code]
	if !ok {
		code = codes.Unknown
	}
	if omitErrorDetail {
		return status.Error(code, detail.Message)
	}
	st, err := status.New(code, detail.Message).WithDetails(detail)
	if err != nil {
		// Only a message that cannot be marshalled gets here; answer
		// INTERNAL rather than a status that lost its detail silently.
		return status.Errorf(codes.Internal, "packing ErrorDetail: %v", err)
	}
	return st.Err()
}

// invalid is INVALID_ARGUMENT for field: the message starts with the field's
// name and metadata["field"] names it for programs.
func invalid(field, why string) error {
	return fail(&kagziv1.ErrorDetail{
		Code:         kagziv1.ErrorCode_ERROR_CODE_INVALID_ARGUMENT,
		Message:      field + ": " + why,
		NonRetryable: true,
		Metadata:     map[string]string{"field": field},
	})
}

// required rejects an empty required string field.
func required(value, field string) error {
	if value == "" {
		return invalid(field, "is required")
	}
	return nil
}

// notFound is NOT_FOUND for the subject (workflow, step, worker) id.
func notFound(subject, id, message string) error {
	return fail(&kagziv1.ErrorDetail{
		Code: kagziv1.ErrorCode_ERROR_CODE_NOT_FOUND, Message: message, Subject: subject, SubjectId: id,
	})
}

// preconditionFailed: the resource is not in the state the call needs.
func preconditionFailed(format string, a ...any) error {
	return fail(&kagziv1.ErrorDetail{
		Code: kagziv1.ErrorCode_ERROR_CODE_PRECONDITION_FAILED, Message: fmt.Sprintf(format, a...), NonRetryable: true,
	})
}

// unavailable: transient; the caller may retry.
func unavailable(message string) error {
	return fail(&kagziv1.ErrorDetail{Code: kagziv1.ErrorCode_ERROR_CODE_UNAVAILABLE, Message: message})
}
