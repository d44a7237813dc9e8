package main

// Every request is held to the rules its schema carries (the kagzi.v1
// buf.validate annotations: required fields, names, lengths, ranges, CEL
// rules) by buf.build/go/protovalidate, in one unary interceptor, before a
// handler sees it. A broken rule is INVALID_ARGUMENT with the contract's
// ErrorDetail and the standard google.rpc.BadRequest, one field violation
// per broken rule (the field path, the message, the rule id as reason).
// What the rules cannot say (a cron expression that never fires, a token of
// other filters) stays in the handlers.

import (
	"context"
	"errors"
	"strings"

	"buf.build/go/protovalidate"
	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
)

// checkRules is the interceptor: it validates the request, then calls the
// handler.
func checkRules(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	msg, ok := req.(proto.Message)
	if !ok {
		return nil, status.Errorf(codes.Internal, "request %T is not a protobuf message", req)
	}
	err := protovalidate.Validate(msg)
	var invalid *protovalidate.ValidationError
	switch {
	case err == nil:
		return handler(ctx, req)
	case errors.As(err, &invalid):
		return nil, ruleViolations(invalid.Violations)
	default:
		// The rules themselves failed: a fault of the server, not the request.
		return nil, status.Errorf(codes.Internal, "validating %s: %v", msg.ProtoReflect().Descriptor().FullName(), err)
	}
}

// ruleViolations is INVALID_ARGUMENT for broken rules: the ErrorDetail's
// message lists each as "field: why [rule id]", metadata["field"] names the
// first field, and a google.rpc.BadRequest follows the ErrorDetail.
func ruleViolations(violations []*protovalidate.Violation) error {
	detail := &kagziv1.ErrorDetail{
		Code:         kagziv1.ErrorCode_ERROR_CODE_INVALID_ARGUMENT,
		NonRetryable: true,
	}
	bad := &errdetails.BadRequest{}
	var text []string
	for i, v := range violations {
		field := protovalidate.FieldPathString(v.Proto.GetField())
		if i == 0 {
			detail.Metadata = map[string]string{"field": field}
		}
		shown := field
		if shown == "" {
			shown = "(request)"
		}
		text = append(text, shown+": "+v.Proto.GetMessage()+" ["+v.Proto.GetRuleId()+"]")
		bad.FieldViolations = append(bad.FieldViolations, &errdetails.BadRequest_FieldViolation{
			Field:       field,
			Description: v.Proto.GetMessage(),
			Reason:      v.Proto.GetRuleId(),
		})
	}
	detail.Message = strings.Join(text, "; ")
	if omitErrorDetail {
		return status.Error(codes.InvalidArgument, detail.Message)
	}
	st, err := status.New(codes.InvalidArgument, detail.Message).WithDetails(detail, bad)
	if err != nil {
		return status.Errorf(codes.Internal, "packing the details: %v", err)
	}
	return st.Err()
}
