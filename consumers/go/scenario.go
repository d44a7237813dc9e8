// The interop scenario of `consume scenario ADDR`, over grpc-go. Each step
// checks the server's answer against what the .proto comments promise. The
// namespace carries a random suffix so that several clients can share one
// server.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
)

const (
	taskQueue    = "interop"
	workflowType = "interop-order"
	runs         = 5 // started in total; listed pageSize per page
	pageSize     = 2
)

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func runScenario(addr string) error {
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return err
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ns := "interop-go-" + randomHex(4)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	schedules := kagziv1.NewWorkflowScheduleServiceClient(conn)
	worker := kagziv1.NewWorkerServiceClient(conn)

	start := &kagziv1.StartWorkflowRequest{
		NamespaceId: ns, TaskQueue: taskQueue, WorkflowType: workflowType,
		ExternalId: proto.String("order-1"),
		Input:      &kagziv1.Payload{Data: []byte(`{"order":1}`), Metadata: map[string]string{"content-type": "application/json"}},
	}
	first, err := workflows.StartWorkflow(ctx, start)
	if err != nil {
		return fmt.Errorf("StartWorkflow: %w", err)
	}
	if first.RunId == "" || first.AlreadyExists {
		return fmt.Errorf("StartWorkflow: want a new run, got %v", first)
	}
	second, err := workflows.StartWorkflow(ctx, start)
	if err != nil {
		return fmt.Errorf("StartWorkflow again: %w", err)
	}
	if !second.AlreadyExists || second.RunId != first.RunId {
		return fmt.Errorf("StartWorkflow again with the same external_id: want already_exists and run %s, got %v", first.RunId, second)
	}
	fmt.Printf("StartWorkflow twice with external_id: same run %s, already_exists the second time\n", first.RunId)

	got, err := workflows.GetWorkflow(ctx, &kagziv1.GetWorkflowRequest{NamespaceId: ns, RunId: first.RunId})
	if err != nil {
		return fmt.Errorf("GetWorkflow: %w", err)
	}
	w := got.GetWorkflow()
	if w.GetRunId() != first.RunId || w.GetExternalId() != "order-1" || w.GetNamespaceId() != ns ||
		w.GetWorkflowType() != workflowType || w.GetStatus() != kagziv1.WorkflowStatus_WORKFLOW_STATUS_PENDING ||
		!proto.Equal(w.GetInput(), start.Input) {
		return fmt.Errorf("GetWorkflow: unexpected run %v", w)
	}
	fmt.Println("GetWorkflow: PENDING run with its external_id and input")

	started := map[string]bool{first.RunId: true}
	for i := 1; i < runs; i++ {
		r, err := workflows.StartWorkflow(ctx, &kagziv1.StartWorkflowRequest{NamespaceId: ns, TaskQueue: taskQueue, WorkflowType: workflowType})
		if err != nil {
			return fmt.Errorf("StartWorkflow: %w", err)
		}
		started[r.RunId] = true
	}
	if len(started) != runs {
		return fmt.Errorf("StartWorkflow without external_id: want %d distinct runs, got %d", runs, len(started))
	}
	listed := map[string]bool{}
	token, pages := "", 0
	for {
		page, err := workflows.ListWorkflows(ctx, &kagziv1.ListWorkflowsRequest{
			NamespaceId: ns, Page: &kagziv1.PageRequest{PageSize: pageSize, PageToken: token}})
		if err != nil {
			return fmt.Errorf("ListWorkflows: %w", err)
		}
		pages++
		if len(page.Workflows) > pageSize {
			return fmt.Errorf("ListWorkflows: page of %d > %d", len(page.Workflows), pageSize)
		}
		for _, lw := range page.Workflows {
			if listed[lw.RunId] {
				return fmt.Errorf("ListWorkflows: run %s on two pages", lw.RunId)
			}
			listed[lw.RunId] = true
		}
		token = page.GetPageInfo().GetNextPageToken()
		if page.GetPageInfo().GetHasMore() != (token != "") {
			return fmt.Errorf("ListWorkflows: has_more %v with next_page_token %q", page.GetPageInfo().GetHasMore(), token)
		}
		if token == "" {
			break
		}
		if pages > runs {
			return fmt.Errorf("ListWorkflows: more pages than runs")
		}
	}
	if len(listed) != len(started) {
		return fmt.Errorf("ListWorkflows: listed %d runs, started %d", len(listed), len(started))
	}
	for id := range started {
		if !listed[id] {
			return fmt.Errorf("ListWorkflows: run %s never listed", id)
		}
	}
	fmt.Printf("ListWorkflows: %d runs in %d pages of %d, no duplicates\n", len(listed), pages, pageSize)

	created, err := schedules.CreateWorkflowSchedule(ctx, &kagziv1.CreateWorkflowScheduleRequest{
		NamespaceId: ns, TaskQueue: taskQueue, WorkflowType: workflowType, CronExpr: "0 9 * * *"})
	if err != nil {
		return fmt.Errorf("CreateWorkflowSchedule: %w", err)
	}
	s := created.GetSchedule()
	if s.GetScheduleId() == "" || !s.GetEnabled() || s.GetNextFireAt() == nil || s.GetCronExpr() != "0 9 * * *" {
		return fmt.Errorf("CreateWorkflowSchedule: unexpected schedule %v", s)
	}
	fmt.Printf("CreateWorkflowSchedule: enabled, next fire at %s\n", s.GetNextFireAt().AsTime().Format(time.RFC3339))

	reg, err := worker.Register(ctx, &kagziv1.RegisterRequest{
		NamespaceId: ns, TaskQueue: taskQueue, WorkflowTypes: []string{workflowType}, Hostname: "interop", Pid: 1})
	if err != nil {
		return fmt.Errorf("Register: %w", err)
	}
	if reg.WorkerId == "" {
		return fmt.Errorf("Register: no worker_id in %v", reg)
	}
	poll, err := worker.PollTask(ctx, &kagziv1.PollTaskRequest{NamespaceId: ns, WorkerId: reg.WorkerId, TaskQueue: taskQueue})
	if err != nil {
		return fmt.Errorf("PollTask: %w", err)
	}
	task := poll.GetTask()
	if task == nil || !started[task.RunId] || task.WorkflowType != workflowType || task.Attempt != 1 {
		return fmt.Errorf("PollTask: want attempt 1 of a started run, got %v", poll)
	}
	runID := task.RunId
	step, err := worker.BeginStep(ctx, &kagziv1.BeginStepRequest{
		NamespaceId: ns, RunId: runID, StepName: "charge", Kind: kagziv1.StepKind_STEP_KIND_FUNCTION})
	if err != nil {
		return fmt.Errorf("BeginStep: %w", err)
	}
	if step.StepId == "" || step.CachedOutput != nil || step.AttemptNumber != 1 {
		return fmt.Errorf("BeginStep: want a first attempt without cached output, got %v", step)
	}
	output := &kagziv1.Payload{Data: []byte(`"charged"`)}
	done, err := worker.CompleteStep(ctx, &kagziv1.CompleteStepRequest{NamespaceId: ns, RunId: runID, StepId: step.StepId, Output: output})
	if err != nil {
		return fmt.Errorf("CompleteStep: %w", err)
	}
	if d := done.GetStep(); d.GetStepId() != step.StepId || d.GetStatus() != kagziv1.StepStatus_STEP_STATUS_COMPLETED || !proto.Equal(d.GetOutput(), output) {
		return fmt.Errorf("CompleteStep: want the step COMPLETED with its output, got %v", d)
	}
	finished, err := worker.CompleteWorkflow(ctx, &kagziv1.CompleteWorkflowRequest{NamespaceId: ns, RunId: runID, Output: output})
	if err != nil {
		return fmt.Errorf("CompleteWorkflow: %w", err)
	}
	if finished.Status != kagziv1.WorkflowStatus_WORKFLOW_STATUS_COMPLETED {
		return fmt.Errorf("CompleteWorkflow: got %v", finished)
	}
	after, err := workflows.GetWorkflow(ctx, &kagziv1.GetWorkflowRequest{NamespaceId: ns, RunId: runID})
	if err != nil {
		return fmt.Errorf("GetWorkflow after CompleteWorkflow: %w", err)
	}
	if a := after.GetWorkflow(); a.GetStatus() != kagziv1.WorkflowStatus_WORKFLOW_STATUS_COMPLETED || !proto.Equal(a.GetOutput(), output) {
		return fmt.Errorf("GetWorkflow after CompleteWorkflow: got %v", a)
	}
	fmt.Println("Register, PollTask, BeginStep, CompleteStep, CompleteWorkflow: run COMPLETED with its output")

	// The failure: NOT_FOUND, with the kagzi.v1.ErrorDetail that
	// docs/guides/errors.md says travels in the status, naming the run.
	unknown := "00000000-0000-4000-8000-" + randomHex(6)
	_, err = workflows.GetWorkflow(ctx, &kagziv1.GetWorkflowRequest{NamespaceId: ns, RunId: unknown})
	if err := expectFailure(err, "GetWorkflow of an unknown run", codes.NotFound, kagziv1.ErrorCode_ERROR_CODE_NOT_FOUND, "workflow", unknown); err != nil {
		return err
	}
	fmt.Println("GetWorkflow of an unknown run: NOT_FOUND with its ErrorDetail")

	return addedSteps(ctx, conn, ns, first.RunId, started, runID, s.GetScheduleId())
}

// expectFailure checks that err has the status code and carries the one
// kagzi.v1.ErrorDetail that docs/guides/errors.md says travels in the
// status, of errorCode and naming subjectID.
func expectFailure(err error, what string, code codes.Code, errorCode kagziv1.ErrorCode, subject, subjectID string) error {
	if err == nil {
		return fmt.Errorf("%s: want %v, got an answer", what, code)
	}
	if status.Code(err) != code {
		return fmt.Errorf("%s: want %v, got %v", what, code, err)
	}
	details := status.Convert(err).Details()
	if len(details) != 1 {
		return fmt.Errorf("%s: want one ErrorDetail in the status, got %v", what, details)
	}
	if d, ok := details[0].(*kagziv1.ErrorDetail); !ok || d.Code != errorCode || d.Subject != subject || d.SubjectId != subjectID {
		return fmt.Errorf("%s: want an ErrorDetail %v of %s %s, got %v", what, errorCode, subject, subjectID, details[0])
	}
	return nil
}
