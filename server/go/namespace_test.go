package main

// NamespaceService as namespace.proto says, beyond the scenario's walk:
// implicit namespaces, reads that create nothing, the failures of each
// call, and what a disabled namespace does to its runs and schedules.

import (
	"testing"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/proto"
)

func TestNamespaceLifecycleFailures(t *testing.T) {
	conn := dial(t)
	namespaces := kagziv1.NewNamespaceServiceClient(conn)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	c := ctx(t)

	_, err := namespaces.CreateNamespace(c, &kagziv1.CreateNamespaceRequest{})
	if d := wantError(t, "CreateNamespace without an id", err, codes.InvalidArgument); d.Metadata["field"] != "namespace_id" {
		t.Errorf("CreateNamespace without an id: detail %v does not name namespace_id", d)
	}
	// A read creates nothing: the namespace is still unknown afterwards.
	_, err = workflows.GetWorkflow(c, &kagziv1.GetWorkflowRequest{NamespaceId: "read-only", RunId: "r"})
	wantError(t, "GetWorkflow in an unknown namespace", err, codes.NotFound)
	_, err = namespaces.GetNamespace(c, &kagziv1.GetNamespaceRequest{NamespaceId: "read-only"})
	if d := wantError(t, "GetNamespace after a read only", err, codes.NotFound); d.Subject != "namespace" || d.SubjectId != "read-only" {
		t.Errorf("GetNamespace of an unknown namespace: detail %v does not name it", d)
	}
	_, err = namespaces.DisableNamespace(c, &kagziv1.DisableNamespaceRequest{NamespaceId: "read-only"})
	wantError(t, "DisableNamespace of an unknown namespace", err, codes.NotFound)
	_, err = namespaces.EnableNamespace(c, &kagziv1.EnableNamespaceRequest{NamespaceId: "read-only"})
	wantError(t, "EnableNamespace of an unknown namespace", err, codes.NotFound)

	// StartWorkflow creates its namespace implicitly: enabled, no display
	// name, and CreateNamespace of it is then a conflict.
	if _, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{NamespaceId: "implicit", TaskQueue: "q", WorkflowType: "t"}); err != nil {
		t.Fatal(err)
	}
	got, err := namespaces.GetNamespace(c, &kagziv1.GetNamespaceRequest{NamespaceId: "implicit"})
	if n := got.GetNamespace(); err != nil || !n.GetEnabled() || n.GetDisplayName() != "" || n.GetCreatedAt() == nil {
		t.Fatalf("GetNamespace of an implicit namespace: want it enabled without a display name, got %v, %v", got, err)
	}
	_, err = namespaces.CreateNamespace(c, &kagziv1.CreateNamespaceRequest{NamespaceId: "implicit"})
	if d := wantError(t, "CreateNamespace of an implicit namespace", err, codes.AlreadyExists); d.Code != kagziv1.ErrorCode_ERROR_CODE_CONFLICT {
		t.Errorf("CreateNamespace of an existing namespace: want ERROR_CODE_CONFLICT, got %v", d)
	}

	// Disabling twice, and enabling twice, succeed and change nothing more.
	for range 2 {
		off, err := namespaces.DisableNamespace(c, &kagziv1.DisableNamespaceRequest{NamespaceId: "implicit"})
		if err != nil || off.GetNamespace().GetEnabled() {
			t.Fatalf("DisableNamespace: want it disabled, got %v, %v", off, err)
		}
	}
	for range 2 {
		on, err := namespaces.EnableNamespace(c, &kagziv1.EnableNamespaceRequest{NamespaceId: "implicit"})
		if err != nil || !on.GetNamespace().GetEnabled() {
			t.Fatalf("EnableNamespace: want it enabled, got %v, %v", on, err)
		}
	}
}

func TestDisabledNamespaceHoldsItsRuns(t *testing.T) {
	conn := dial(t)
	namespaces := kagziv1.NewNamespaceServiceClient(conn)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	schedules := kagziv1.NewWorkflowScheduleServiceClient(conn)
	worker := kagziv1.NewWorkerServiceClient(conn)
	c := ctx(t)
	start := &kagziv1.StartWorkflowRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t", ExternalId: proto.String("k")}
	run, err := workflows.StartWorkflow(c, start)
	if err != nil {
		t.Fatal(err)
	}
	sched, err := schedules.CreateWorkflowSchedule(c, &kagziv1.CreateWorkflowScheduleRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t", CronExpr: "0 9 * * *"})
	if err != nil {
		t.Fatal(err)
	}
	reg, err := worker.Register(c, &kagziv1.RegisterRequest{NamespaceId: "a", TaskQueue: "q", WorkflowTypes: []string{"t"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := namespaces.DisableNamespace(c, &kagziv1.DisableNamespaceRequest{NamespaceId: "a"}); err != nil {
		t.Fatal(err)
	}

	// Refused even with the key of an existing run; triggering too.
	_, err = workflows.StartWorkflow(c, start)
	if d := wantError(t, "StartWorkflow with a known key in a disabled namespace", err, codes.FailedPrecondition); d.Code != kagziv1.ErrorCode_ERROR_CODE_NAMESPACE_DISABLED || d.Subject != "namespace" || d.SubjectId != "a" {
		t.Errorf("StartWorkflow in a disabled namespace: want NAMESPACE_DISABLED of namespace a, got %v", d)
	}
	_, err = schedules.TriggerWorkflowSchedule(c, &kagziv1.TriggerWorkflowScheduleRequest{NamespaceId: "a", ScheduleId: sched.GetSchedule().GetScheduleId()})
	if d := wantError(t, "TriggerWorkflowSchedule in a disabled namespace", err, codes.FailedPrecondition); d.Code != kagziv1.ErrorCode_ERROR_CODE_NAMESPACE_DISABLED {
		t.Errorf("TriggerWorkflowSchedule in a disabled namespace: want NAMESPACE_DISABLED, got %v", d)
	}

	// The PENDING run is held as PAUSED, and no worker gets it.
	got, err := workflows.GetWorkflow(c, &kagziv1.GetWorkflowRequest{NamespaceId: "a", RunId: run.RunId})
	if err != nil || got.GetWorkflow().GetStatus() != kagziv1.WorkflowStatus_WORKFLOW_STATUS_PAUSED {
		t.Fatalf("GetWorkflow in a disabled namespace: want the run PAUSED, got %v, %v", got, err)
	}
	poll, err := worker.PollTask(c, &kagziv1.PollTaskRequest{NamespaceId: "a", WorkerId: reg.WorkerId, TaskQueue: "q"})
	if err != nil || poll.GetTask() != nil {
		t.Fatalf("PollTask in a disabled namespace: want no task, got %v, %v", poll, err)
	}

	// Enabled again: PENDING, and the next poll gets it.
	if _, err := namespaces.EnableNamespace(c, &kagziv1.EnableNamespaceRequest{NamespaceId: "a"}); err != nil {
		t.Fatal(err)
	}
	poll, err = worker.PollTask(c, &kagziv1.PollTaskRequest{NamespaceId: "a", WorkerId: reg.WorkerId, TaskQueue: "q"})
	if err != nil || poll.GetTask().GetRunId() != run.RunId {
		t.Fatalf("PollTask after EnableNamespace: want run %s, got %v, %v", run.RunId, poll, err)
	}
}
