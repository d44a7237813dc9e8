package main

// WorkflowService.TerminateWorkflow: a run ends at once, TERMINATED, final.
// Unlike CancelWorkflow the worker gets no say: from then on the step calls
// for the run fail with FAILED_PRECONDITION (subject `workflow`, see
// runGoesOn) and CompleteWorkflow changes nothing and answers TERMINATED
// (worker.go).

import (
	"context"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/protobuf/proto"
)

func (w *workflowService) TerminateWorkflow(_ context.Context, req *kagziv1.TerminateWorkflowRequest) (*kagziv1.TerminateWorkflowResponse, error) {
	if err := required(req.NamespaceId, "namespace_id"); err != nil {
		return nil, err
	}
	if err := required(req.RunId, "run_id"); err != nil {
		return nil, err
	}
	st := w.st
	st.mu.Lock()
	defer st.mu.Unlock()
	r, err := st.run(req.NamespaceId, req.RunId)
	if err != nil {
		return nil, err
	}
	wf := r.workflow
	if isFinished(wf.Status) {
		// Already final: returned unchanged, `terminated` false.
		return &kagziv1.TerminateWorkflowResponse{Workflow: proto.CloneOf(wf)}, nil
	}
	wf.Status = kagziv1.WorkflowStatus_WORKFLOW_STATUS_TERMINATED
	wf.FinishedAt = now()
	wf.WakeUpAt = nil
	wf.WorkerId = "" // no worker holds a finished run
	return &kagziv1.TerminateWorkflowResponse{Workflow: proto.CloneOf(wf), Terminated: true}, nil
}

// runGoesOn refuses a step call (BeginStep, CompleteStep) for a run that is
// finished: FAILED_PRECONDITION naming the run. Call with mu held.
func runGoesOn(wf *kagziv1.Workflow) error {
	if !isFinished(wf.Status) {
		return nil
	}
	return fail(&kagziv1.ErrorDetail{
		Code:    kagziv1.ErrorCode_ERROR_CODE_PRECONDITION_FAILED,
		Message: "run_id: run " + wf.RunId + " is already " + wf.Status.String(),
		Subject: "workflow", SubjectId: wf.RunId, NonRetryable: true,
	})
}
