//go:build norules

package main

import (
	conformancev1 "github.com/kagzi/kagzi-proto/gen/go/kagzi/conformance/v1"
	"google.golang.org/protobuf/proto"
)

// violations without protovalidate: the runtime-range tests build the
// testee with the tag norules, so that the codec cases run on the Go
// module's own lowest requirements (protovalidate's module would raise
// grpc in the build list). A rule case reaching it is a runtime error.
func violations(proto.Message) *conformancev1.TestResponse {
	return runtimeError("built with the tag norules: no protovalidate")
}
