package main

// GetQueueDepth as admin.proto says, beyond the scenario's one queue:
// ordering, filters, finished runs left out, PAUSED runs counted, and
// namespace scoping.

import (
	"testing"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/proto"
)

func TestQueueDepthCountsUnfinishedRuns(t *testing.T) {
	conn := dial(t)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	admin := kagziv1.NewAdminServiceClient(conn)
	namespaces := kagziv1.NewNamespaceServiceClient(conn)
	c := ctx(t)
	start := func(ns, queue, typ string) string {
		r, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{NamespaceId: ns, TaskQueue: queue, WorkflowType: typ})
		if err != nil {
			t.Fatal(err)
		}
		return r.RunId
	}
	start("a", "q2", "t")
	start("a", "q1", "u")
	start("a", "q1", "t")
	ended := start("a", "q1", "t")
	start("b", "q1", "t")
	if _, err := workflows.TerminateWorkflow(c, &kagziv1.TerminateWorkflowRequest{NamespaceId: "a", RunId: ended}); err != nil {
		t.Fatal(err)
	}

	depth := func(req *kagziv1.GetQueueDepthRequest) []*kagziv1.QueueDepth {
		t.Helper()
		got, err := admin.GetQueueDepth(c, req)
		if err != nil {
			t.Fatal(err)
		}
		return got.Depths
	}
	want := []*kagziv1.QueueDepth{
		{TaskQueue: "q1", WorkflowType: "t", Pending: 1},
		{TaskQueue: "q1", WorkflowType: "u", Pending: 1},
		{TaskQueue: "q2", WorkflowType: "t", Pending: 1},
	}
	if got := depth(&kagziv1.GetQueueDepthRequest{NamespaceId: "a"}); !equalDepths(got, want) {
		t.Fatalf("GetQueueDepth of a: want %v (ordered, the terminated run left out, b's not counted), got %v", want, got)
	}
	if got := depth(&kagziv1.GetQueueDepthRequest{NamespaceId: "a", TaskQueue: proto.String("q1"), WorkflowType: proto.String("u")}); !equalDepths(got, want[1:2]) {
		t.Fatalf("GetQueueDepth of a, q1, u: want %v, got %v", want[1:2], got)
	}
	if got := depth(&kagziv1.GetQueueDepthRequest{NamespaceId: "nobody"}); len(got) != 0 {
		t.Fatalf("GetQueueDepth of an empty namespace: want nothing, got %v", got)
	}

	if _, err := namespaces.DisableNamespace(c, &kagziv1.DisableNamespaceRequest{NamespaceId: "b"}); err != nil {
		t.Fatal(err)
	}
	paused := []*kagziv1.QueueDepth{{TaskQueue: "q1", WorkflowType: "t", Paused: 1}}
	if got := depth(&kagziv1.GetQueueDepthRequest{NamespaceId: "b"}); !equalDepths(got, paused) {
		t.Fatalf("GetQueueDepth of a disabled namespace: want %v, got %v", paused, got)
	}
	_, err := admin.GetQueueDepth(c, &kagziv1.GetQueueDepthRequest{})
	wantError(t, "GetQueueDepth without namespace_id", err, codes.InvalidArgument)
}

func equalDepths(a, b []*kagziv1.QueueDepth) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !proto.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}
