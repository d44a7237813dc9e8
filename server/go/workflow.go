package main

// WorkflowService: StartWorkflow (idempotent with external_id, refused in a
// disabled namespace), GetWorkflow, GetWorkflowByExternalId and
// ListWorkflows (newest first, cursor pages) of one namespace.
// TerminateWorkflow is in terminate.go.

import (
	"context"
	"maps"
	"math"
	"slices"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/protobuf/proto"
)

type workflowService struct {
	kagziv1.UnimplementedWorkflowServiceServer
	st *store
}

func (w *workflowService) StartWorkflow(_ context.Context, req *kagziv1.StartWorkflowRequest) (*kagziv1.StartWorkflowResponse, error) {
	for _, f := range [][2]string{{req.NamespaceId, "namespace_id"}, {req.TaskQueue, "task_queue"}, {req.WorkflowType, "workflow_type"}} {
		if err := required(f[0], f[1]); err != nil {
			return nil, err
		}
	}
	if req.ExternalId != nil && *req.ExternalId == "" {
		return nil, invalid("external_id", "must not be empty when set (leave it unset for no idempotency key)")
	}
	if err := checkRetryPolicy(req.RetryPolicy, "retry_policy"); err != nil {
		return nil, err
	}
	st := w.st
	st.mu.Lock()
	defer st.mu.Unlock()
	// A disabled namespace refuses even a key it already has
	// (namespace.proto, DisableNamespace).
	if err := st.takesNewRuns(req.NamespaceId); err != nil {
		return nil, err
	}
	key := [2]string{req.NamespaceId, req.GetExternalId()}
	if req.ExternalId != nil {
		if id, ok := st.byExternalID[key]; ok {
			return &kagziv1.StartWorkflowResponse{RunId: id, AlreadyExists: true}, nil
		}
	}
	r := st.addRun(&kagziv1.Workflow{
		ExternalId: req.GetExternalId(), NamespaceId: req.NamespaceId,
		TaskQueue: req.TaskQueue, WorkflowType: req.WorkflowType, Input: req.Input,
		DeadlineAt: req.DeadlineAt, Version: req.Version,
		ParentStepId: req.ParentStepId, Labels: req.Labels,
	})
	id := r.workflow.RunId
	if req.ExternalId != nil {
		st.byExternalID[key] = id
	}
	return &kagziv1.StartWorkflowResponse{RunId: id}, nil
}

func (w *workflowService) GetWorkflow(_ context.Context, req *kagziv1.GetWorkflowRequest) (*kagziv1.GetWorkflowResponse, error) {
	if err := required(req.NamespaceId, "namespace_id"); err != nil {
		return nil, err
	}
	if err := required(req.RunId, "run_id"); err != nil {
		return nil, err
	}
	w.st.mu.Lock()
	defer w.st.mu.Unlock()
	r, err := w.st.run(req.NamespaceId, req.RunId)
	if err != nil {
		return nil, err
	}
	return &kagziv1.GetWorkflowResponse{Workflow: proto.CloneOf(r.workflow)}, nil
}

func (w *workflowService) GetWorkflowByExternalId(_ context.Context, req *kagziv1.GetWorkflowByExternalIdRequest) (*kagziv1.GetWorkflowByExternalIdResponse, error) {
	if err := required(req.NamespaceId, "namespace_id"); err != nil {
		return nil, err
	}
	if err := required(req.ExternalId, "external_id"); err != nil {
		return nil, err
	}
	w.st.mu.Lock()
	defer w.st.mu.Unlock()
	id, ok := w.st.byExternalID[[2]string{req.NamespaceId, req.ExternalId}]
	if !ok {
		return nil, notFound("workflow", req.ExternalId, "external_id: no run with key "+req.ExternalId+" in this namespace")
	}
	return &kagziv1.GetWorkflowByExternalIdResponse{Workflow: proto.CloneOf(w.st.runByID[id].workflow)}, nil
}

func (w *workflowService) ListWorkflows(_ context.Context, req *kagziv1.ListWorkflowsRequest) (*kagziv1.ListWorkflowsResponse, error) {
	if err := required(req.NamespaceId, "namespace_id"); err != nil {
		return nil, err
	}
	if req.StatusFilter != nil {
		if _, ok := kagziv1.WorkflowStatus_name[int32(*req.StatusFilter)]; !ok {
			return nil, invalid("status_filter", "unknown value")
		}
	}
	// The token is bound to every filter, namespace included: common.proto
	// says a token is only valid with the same filters.
	status := "any"
	if req.StatusFilter != nil {
		status = req.StatusFilter.String()
	}
	parts := []string{"workflows", req.NamespaceId, status, optional(req.WorkflowType), optional(req.TaskQueue)}
	for _, k := range slices.Sorted(maps.Keys(req.LabelSelector)) {
		parts = append(parts, k, req.LabelSelector[k])
	}
	filters := fingerprint(parts...)
	w.st.mu.Lock()
	var matching []seqItem[*kagziv1.Workflow]
	for _, r := range w.st.runs {
		wf := r.workflow
		if wf.NamespaceId == req.NamespaceId &&
			(req.StatusFilter == nil || *req.StatusFilter == wf.Status) &&
			(req.WorkflowType == nil || *req.WorkflowType == wf.WorkflowType) &&
			(req.TaskQueue == nil || *req.TaskQueue == wf.TaskQueue) &&
			hasLabels(wf.Labels, req.LabelSelector) {
			matching = append(matching, seqItem[*kagziv1.Workflow]{r.seq, proto.CloneOf(wf)})
		}
	}
	w.st.mu.Unlock()
	items, info, err := newestFirstPage(matching, filters, req.Page)
	if err != nil {
		return nil, err
	}
	return &kagziv1.ListWorkflowsResponse{Workflows: items, PageInfo: info}, nil
}

func hasLabels(labels, selector map[string]string) bool {
	for k, v := range selector {
		if got, ok := labels[k]; !ok || got != v {
			return false
		}
	}
	return true
}

// checkRetryPolicy holds a policy to common.proto's rules: no negative
// counts or intervals, a backoff coefficient of 0 (default) or at least 1.
func checkRetryPolicy(p *kagziv1.RetryPolicy, field string) error {
	if p == nil {
		return nil
	}
	switch {
	case p.MaximumAttempts < 0:
		return invalid(field+".maximum_attempts", "must not be negative")
	case p.InitialIntervalMs < 0:
		return invalid(field+".initial_interval_ms", "must not be negative")
	case p.MaximumIntervalMs < 0:
		return invalid(field+".maximum_interval_ms", "must not be negative")
	case p.BackoffCoefficient != 0 && !(p.BackoffCoefficient >= 1) || math.IsInf(p.BackoffCoefficient, 0):
		return invalid(field+".backoff_coefficient", "must be 0 (the default) or at least 1.0")
	}
	return nil
}
