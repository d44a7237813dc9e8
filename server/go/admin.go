package main

// AdminService: GetQueueDepth, the unfinished runs of a namespace per task
// queue and workflow type, by status (admin.proto). The other admin calls
// are not served: the scenario does not call them, and they answer
// UNIMPLEMENTED.

import (
	"context"
	"slices"
	"strings"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
)

type adminService struct {
	kagziv1.UnimplementedAdminServiceServer
	st *store
}

func (a *adminService) GetQueueDepth(_ context.Context, req *kagziv1.GetQueueDepthRequest) (*kagziv1.GetQueueDepthResponse, error) {
	if err := required(req.NamespaceId, "namespace_id"); err != nil {
		return nil, err
	}
	byQueue := map[[2]string]*kagziv1.QueueDepth{}
	a.st.mu.Lock()
	for _, r := range a.st.runs {
		wf := r.workflow
		if wf.NamespaceId != req.NamespaceId || isFinished(wf.Status) ||
			(req.TaskQueue != nil && *req.TaskQueue != wf.TaskQueue) ||
			(req.WorkflowType != nil && *req.WorkflowType != wf.WorkflowType) {
			continue
		}
		key := [2]string{wf.TaskQueue, wf.WorkflowType}
		d, ok := byQueue[key]
		if !ok {
			d = &kagziv1.QueueDepth{TaskQueue: wf.TaskQueue, WorkflowType: wf.WorkflowType}
			byQueue[key] = d
		}
		switch wf.Status {
		case kagziv1.WorkflowStatus_WORKFLOW_STATUS_PENDING:
			d.Pending++
		case kagziv1.WorkflowStatus_WORKFLOW_STATUS_RUNNING:
			d.Running++
		case kagziv1.WorkflowStatus_WORKFLOW_STATUS_SLEEPING:
			d.Sleeping++
		case kagziv1.WorkflowStatus_WORKFLOW_STATUS_SCHEDULED:
			d.Scheduled++
		case kagziv1.WorkflowStatus_WORKFLOW_STATUS_PAUSED:
			d.Paused++
		}
	}
	a.st.mu.Unlock()
	depths := make([]*kagziv1.QueueDepth, 0, len(byQueue))
	for _, d := range byQueue {
		depths = append(depths, d)
	}
	// Ordered by task queue, then workflow type, byte-wise.
	slices.SortFunc(depths, func(x, y *kagziv1.QueueDepth) int {
		if c := strings.Compare(x.TaskQueue, y.TaskQueue); c != 0 {
			return c
		}
		return strings.Compare(x.WorkflowType, y.WorkflowType)
	})
	return &kagziv1.GetQueueDepthResponse{Depths: depths}, nil
}
