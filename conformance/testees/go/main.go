// Command testee-go is the Go testee of the kagzi.v1 conformance suite: it
// decodes and re-encodes kagzi.v1 messages with the published Go module
// (go/, github.com/kagzi/kagzi-proto/go), speaking the protocol of
// conformance/protocol/kagzi/conformance/v1/testee.proto on stdin/stdout.
package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	conformancev1 "github.com/kagzi/kagzi-proto/gen/go/kagzi/conformance/v1"
	_ "github.com/kagzi/kagzi-proto/go/kagzi/v1" // registers every kagzi.v1 type in protoregistry.GlobalTypes
	// google.rpc.Status, the message kagzi.v1 errors travel in, from genproto
	// (where Go has it); protojson resolves the "@type" of its Any details
	// (kagzi.v1.ErrorDetail) in the same registry.
	_ "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
)

// The package's reader policy: unknown JSON fields and enum value names are
// ignored, unknown binary fields are dropped (so they are not written back).
var (
	jsonReader   = protojson.UnmarshalOptions{DiscardUnknown: true}
	binaryReader = proto.UnmarshalOptions{DiscardUnknown: true}
	// Canonical proto3 JSON: lowerCamelCase names (UseProtoNames false),
	// defaults omitted (EmitUnpopulated false), enums by name (UseEnumNumbers
	// false; numbers without a name are written as numbers by protojson).
	jsonWriter = protojson.MarshalOptions{}
	// Deterministic: map entries sorted by key.
	binaryWriter = proto.MarshalOptions{Deterministic: true}
)

// maxFrame is the protocol's limit on one message (testee.proto): 1 GiB,
// far above any valid request, so that a corrupt length prefix is reported
// as such instead of waiting for gigabytes that never come.
const maxFrame = 1 << 30

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	for {
		frame, err := readFrame(in)
		if errors.Is(err, io.EOF) {
			return // end of input at a frame boundary: done
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "testee-go: %v\n", err)
			os.Exit(1)
		}
		resp, err := proto.Marshal(handle(frame))
		if err == nil {
			err = writeFrame(out, resp)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "testee-go: cannot write a response: %v\n", err)
			os.Exit(1)
		}
	}
}

func readFrame(r io.Reader) ([]byte, error) {
	var prefix [4]byte
	if _, err := io.ReadFull(r, prefix[:]); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, errors.New("input ended inside a length prefix")
		}
		return nil, err
	}
	n := binary.LittleEndian.Uint32(prefix[:])
	if n > maxFrame {
		return nil, fmt.Errorf("request of %d bytes exceeds the limit of %d", n, maxFrame)
	}
	frame := make([]byte, n)
	if _, err := io.ReadFull(r, frame); err != nil {
		return nil, fmt.Errorf("input ended inside a request of %d bytes: %w", n, err)
	}
	return frame, nil
}

func writeFrame(w *bufio.Writer, frame []byte) error {
	var prefix [4]byte
	binary.LittleEndian.PutUint32(prefix[:], uint32(len(frame)))
	if _, err := w.Write(prefix[:]); err != nil {
		return err
	}
	if _, err := w.Write(frame); err != nil {
		return err
	}
	return w.Flush()
}

func handle(frame []byte) *conformancev1.TestResponse {
	var req conformancev1.TestRequest
	if err := proto.Unmarshal(frame, &req); err != nil {
		return runtimeError("cannot decode the TestRequest: %v", err)
	}
	mt, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(req.GetMessageType()))
	if err != nil {
		return runtimeError("unknown message type %q: %v", req.GetMessageType(), err)
	}
	msg := mt.New().Interface()
	switch input := req.GetInput().(type) {
	case *conformancev1.TestRequest_BinaryInput:
		err = binaryReader.Unmarshal(input.BinaryInput, msg)
	case *conformancev1.TestRequest_JsonInput:
		err = jsonReader.Unmarshal([]byte(input.JsonInput), msg)
	default:
		return runtimeError("the request has no input")
	}
	if err != nil {
		return &conformancev1.TestResponse{Result: &conformancev1.TestResponse_ParseError{ParseError: err.Error()}}
	}
	switch req.GetOutputFormat() {
	case conformancev1.WireFormat_WIRE_FORMAT_BINARY:
		b, err := binaryWriter.Marshal(msg)
		if err != nil {
			return &conformancev1.TestResponse{Result: &conformancev1.TestResponse_SerializeError{SerializeError: err.Error()}}
		}
		return &conformancev1.TestResponse{Result: &conformancev1.TestResponse_BinaryOutput{BinaryOutput: b}}
	case conformancev1.WireFormat_WIRE_FORMAT_JSON:
		j, err := jsonWriter.Marshal(msg)
		if err != nil {
			return &conformancev1.TestResponse{Result: &conformancev1.TestResponse_SerializeError{SerializeError: err.Error()}}
		}
		return &conformancev1.TestResponse{Result: &conformancev1.TestResponse_JsonOutput{JsonOutput: string(j)}}
	case conformancev1.WireFormat_WIRE_FORMAT_VIOLATIONS:
		return violations(msg)
	default:
		return runtimeError("unsupported output format %v", req.GetOutputFormat())
	}
}

func runtimeError(format string, args ...any) *conformancev1.TestResponse {
	return &conformancev1.TestResponse{Result: &conformancev1.TestResponse_RuntimeError{RuntimeError: fmt.Sprintf(format, args...)}}
}
