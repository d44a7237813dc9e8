// Command downstream uses the kagzi.v1 code that its own buf.gen.yaml
// generated from a tag of the kagzi-proto repository (make test-buf-git):
// it builds a request, round-trips it through the wire format and names the
// gRPC service whose client it constructs, so the messages and the stubs
// must both compile and work.
package main

import (
	"fmt"
	"os"

	kagziv1 "example.com/downstream/gen/kagzi/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/proto"
)

func main() {
	req := &kagziv1.StartWorkflowRequest{NamespaceId: "downstream", WorkflowType: "order"}
	wire, err := proto.Marshal(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, "downstream:", err)
		os.Exit(1)
	}
	back := &kagziv1.StartWorkflowRequest{}
	if err := proto.Unmarshal(wire, back); err != nil || !proto.Equal(back, req) {
		fmt.Fprintln(os.Stderr, "downstream: StartWorkflowRequest did not round-trip:", err)
		os.Exit(1)
	}
	// A client needs no server until its first call.
	conn, err := grpc.NewClient("127.0.0.1:1", grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		fmt.Fprintln(os.Stderr, "downstream:", err)
		os.Exit(1)
	}
	defer conn.Close()
	_ = kagziv1.NewWorkflowServiceClient(conn)
	fmt.Printf("downstream: %s round-trips; client of %s built\n",
		req.ProtoReflect().Descriptor().FullName(), kagziv1.WorkflowService_ServiceDesc.ServiceName)
}
