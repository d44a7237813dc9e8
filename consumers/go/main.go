// Command consume is a consumer of the Go module github.com/kagzi/kagzi-proto/go,
// built in a fresh module outside the repository that requires it at the
// release version. Subcommands, so that later scenarios (a live server) can
// join:
//
//	consume decode CASE_DIR MESSAGE_TYPE NAME
//
// decodes CASE_DIR/NAME.binpb and CASE_DIR/NAME.json as MESSAGE_TYPE, checks
// that both give the same message and that re-encoding each (binary and
// JSON) decodes back to it.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	_ "github.com/kagzi/kagzi-proto/go/kagzi/v1" // registers every kagzi.v1 type
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
)

func decode(dir, typeName, name string) error {
	mt, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(typeName))
	if err != nil {
		return fmt.Errorf("%s: %w", typeName, err)
	}
	wire, err := os.ReadFile(filepath.Join(dir, name+".binpb"))
	if err != nil {
		return err
	}
	text, err := os.ReadFile(filepath.Join(dir, name+".json"))
	if err != nil {
		return err
	}
	fromBinary := mt.New().Interface()
	if err := proto.Unmarshal(wire, fromBinary); err != nil {
		return fmt.Errorf("binary: %w", err)
	}
	fromJSON := mt.New().Interface()
	if err := protojson.Unmarshal(text, fromJSON); err != nil {
		return fmt.Errorf("JSON: %w", err)
	}
	if !proto.Equal(fromBinary, fromJSON) {
		return fmt.Errorf("%s %s: binary and JSON decode to different messages", typeName, name)
	}
	again, err := proto.MarshalOptions{Deterministic: true}.Marshal(fromBinary)
	if err != nil {
		return err
	}
	if !sameMessage(mt, again, fromBinary) {
		return fmt.Errorf("%s %s: binary re-encoding changed the message", typeName, name)
	}
	againJSON, err := protojson.Marshal(fromJSON)
	if err != nil {
		return err
	}
	back := mt.New().Interface()
	if err := protojson.Unmarshal(againJSON, back); err != nil || !proto.Equal(back, fromJSON) {
		return fmt.Errorf("%s %s: JSON re-encoding changed the message (%v)", typeName, name, err)
	}
	fmt.Printf("%s %s: binary and JSON decode equal and re-encode equal\n", typeName, name)
	return nil
}

// sameMessage decodes wire as mt and compares it with want.
func sameMessage(mt protoreflect.MessageType, wire []byte, want proto.Message) bool {
	got := mt.New().Interface()
	return proto.Unmarshal(wire, got) == nil && proto.Equal(got, want)
}

func main() {
	if len(os.Args) == 5 && os.Args[1] == "decode" {
		if err := decode(os.Args[2], os.Args[3], os.Args[4]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	fmt.Fprintln(os.Stderr, "usage: consume decode CASE_DIR MESSAGE_TYPE NAME")
	os.Exit(2)
}
