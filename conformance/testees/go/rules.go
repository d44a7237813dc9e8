//go:build !norules

package main

import (
	"errors"

	"buf.build/go/protovalidate"
	conformancev1 "github.com/kagzi/kagzi-proto/gen/go/kagzi/conformance/v1"
	"google.golang.org/protobuf/proto"
)

// violations validates msg under the rules of its schema (the buf.validate
// annotations) with buf.build/go/protovalidate and lists what it reports.
func violations(msg proto.Message) *conformancev1.TestResponse {
	found := &conformancev1.Violations{}
	err := protovalidate.Validate(msg)
	var invalid *protovalidate.ValidationError
	switch {
	case err == nil:
	case errors.As(err, &invalid):
		for _, v := range invalid.Violations {
			found.Violations = append(found.Violations, &conformancev1.Violation{
				// The protocol's path text is protovalidate's own (testee.proto).
				FieldPath: protovalidate.FieldPathString(v.Proto.GetField()),
				RuleId:    v.Proto.GetRuleId(),
			})
		}
	default:
		return runtimeError("protovalidate: %v", err)
	}
	return &conformancev1.TestResponse{Result: &conformancev1.TestResponse_Violations{Violations: found}}
}
