package main

// TerminateWorkflow and GetWorkflowByExternalId as workflow.proto says,
// beyond the scenario's PENDING run: a run a worker holds, a finished run,
// and the failures.

import (
	"testing"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/proto"
)

func TestTerminatedRunIsFinal(t *testing.T) {
	conn := dial(t)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	worker := kagziv1.NewWorkerServiceClient(conn)
	c := ctx(t)
	run, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t"})
	if err != nil {
		t.Fatal(err)
	}
	reg, err := worker.Register(c, &kagziv1.RegisterRequest{NamespaceId: "a", TaskQueue: "q", WorkflowTypes: []string{"t"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := worker.PollTask(c, &kagziv1.PollTaskRequest{NamespaceId: "a", WorkerId: reg.WorkerId, TaskQueue: "q"}); err != nil {
		t.Fatal(err)
	}
	step, err := worker.BeginStep(c, &kagziv1.BeginStepRequest{NamespaceId: "a", RunId: run.RunId, StepName: "s", Kind: kagziv1.StepKind_STEP_KIND_FUNCTION})
	if err != nil {
		t.Fatal(err)
	}

	_, err = workflows.TerminateWorkflow(c, &kagziv1.TerminateWorkflowRequest{NamespaceId: "b", RunId: run.RunId})
	wantError(t, "TerminateWorkflow of a's run in b", err, codes.NotFound)
	ended, err := workflows.TerminateWorkflow(c, &kagziv1.TerminateWorkflowRequest{NamespaceId: "a", RunId: run.RunId})
	if w := ended.GetWorkflow(); err != nil || !ended.GetTerminated() || w.GetStatus() != kagziv1.WorkflowStatus_WORKFLOW_STATUS_TERMINATED ||
		w.GetFinishedAt() == nil || w.GetWorkerId() != "" {
		t.Fatalf("TerminateWorkflow of a RUNNING run: want it TERMINATED at once, got %v, %v", ended, err)
	}

	// The worker holding it gets no say.
	_, err = worker.BeginStep(c, &kagziv1.BeginStepRequest{NamespaceId: "a", RunId: run.RunId, StepName: "s2", Kind: kagziv1.StepKind_STEP_KIND_FUNCTION})
	if d := wantError(t, "BeginStep of a terminated run", err, codes.FailedPrecondition); d.Subject != "workflow" || d.SubjectId != run.RunId {
		t.Errorf("BeginStep of a terminated run: detail %v does not name the run", d)
	}
	_, err = worker.CompleteStep(c, &kagziv1.CompleteStepRequest{NamespaceId: "a", RunId: run.RunId, StepId: step.StepId})
	if d := wantError(t, "CompleteStep of a terminated run", err, codes.FailedPrecondition); d.Subject != "workflow" {
		t.Errorf("CompleteStep of a terminated run: detail %v does not name the run", d)
	}
	done, err := worker.CompleteWorkflow(c, &kagziv1.CompleteWorkflowRequest{NamespaceId: "a", RunId: run.RunId, Output: &kagziv1.Payload{Data: []byte("x")}})
	if err != nil || done.Status != kagziv1.WorkflowStatus_WORKFLOW_STATUS_TERMINATED {
		t.Fatalf("CompleteWorkflow of a terminated run: want status TERMINATED, got %v, %v", done, err)
	}
	got, err := workflows.GetWorkflow(c, &kagziv1.GetWorkflowRequest{NamespaceId: "a", RunId: run.RunId})
	if err != nil || got.GetWorkflow().GetStatus() != kagziv1.WorkflowStatus_WORKFLOW_STATUS_TERMINATED || got.GetWorkflow().GetOutput() != nil {
		t.Fatalf("GetWorkflow after CompleteWorkflow of a terminated run: want it unchanged, got %v, %v", got, err)
	}
}

func TestTerminateLeavesFinishedRuns(t *testing.T) {
	conn := dial(t)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	worker := kagziv1.NewWorkerServiceClient(conn)
	c := ctx(t)
	run, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t"})
	if err != nil {
		t.Fatal(err)
	}
	reg, err := worker.Register(c, &kagziv1.RegisterRequest{NamespaceId: "a", TaskQueue: "q", WorkflowTypes: []string{"t"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := worker.PollTask(c, &kagziv1.PollTaskRequest{NamespaceId: "a", WorkerId: reg.WorkerId, TaskQueue: "q"}); err != nil {
		t.Fatal(err)
	}
	if _, err := worker.CompleteWorkflow(c, &kagziv1.CompleteWorkflowRequest{NamespaceId: "a", RunId: run.RunId}); err != nil {
		t.Fatal(err)
	}
	ended, err := workflows.TerminateWorkflow(c, &kagziv1.TerminateWorkflowRequest{NamespaceId: "a", RunId: run.RunId})
	if err != nil || ended.Terminated || ended.GetWorkflow().GetStatus() != kagziv1.WorkflowStatus_WORKFLOW_STATUS_COMPLETED {
		t.Fatalf("TerminateWorkflow of a COMPLETED run: want it unchanged and terminated false, got %v, %v", ended, err)
	}
	_, err = workflows.TerminateWorkflow(c, &kagziv1.TerminateWorkflowRequest{NamespaceId: "a"})
	wantError(t, "TerminateWorkflow without run_id", err, codes.InvalidArgument)
}

func TestGetWorkflowByExternalIdFailures(t *testing.T) {
	conn := dial(t)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	c := ctx(t)
	if _, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t", ExternalId: proto.String("k")}); err != nil {
		t.Fatal(err)
	}
	_, err := workflows.GetWorkflowByExternalId(c, &kagziv1.GetWorkflowByExternalIdRequest{NamespaceId: "a"})
	if d := wantError(t, "GetWorkflowByExternalId without a key", err, codes.InvalidArgument); d.Metadata["field"] != "external_id" {
		t.Errorf("GetWorkflowByExternalId without a key: detail %v does not name external_id", d)
	}
	_, err = workflows.GetWorkflowByExternalId(c, &kagziv1.GetWorkflowByExternalIdRequest{NamespaceId: "b", ExternalId: "k"})
	if d := wantError(t, "GetWorkflowByExternalId of a's key in b", err, codes.NotFound); d.Subject != "workflow" {
		t.Errorf("GetWorkflowByExternalId of an unknown key: detail %v does not name a workflow", d)
	}
}
