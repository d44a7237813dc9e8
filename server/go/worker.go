package main

// WorkerService: Register, PollTask (long poll), BeginStep (memoized by step
// name), CompleteStep and CompleteWorkflow. Heartbeats, step and workflow
// failures, sleeps and retries are not served: the scenario does not call
// them, and they answer UNIMPLEMENTED.

import (
	"context"
	"time"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/durationpb"
)

// pollWait is how long PollTask waits for a run before answering without a
// task (the worker then polls again).
const pollWait = 2 * time.Second

type workerService struct {
	kagziv1.UnimplementedWorkerServiceServer
	st *store
}

func (w *workerService) Register(_ context.Context, req *kagziv1.RegisterRequest) (*kagziv1.RegisterResponse, error) {
	if err := required(req.NamespaceId, "namespace_id"); err != nil {
		return nil, err
	}
	if err := required(req.TaskQueue, "task_queue"); err != nil {
		return nil, err
	}
	if len(req.WorkflowTypes) == 0 {
		return nil, invalid("workflow_types", "must not be empty")
	}
	for _, t := range req.WorkflowTypes {
		if t == "" {
			return nil, invalid("workflow_types", "must not hold an empty name")
		}
	}
	if req.MaxConcurrent < 0 {
		return nil, invalid("max_concurrent", "must not be negative")
	}
	st := w.st
	st.mu.Lock()
	defer st.mu.Unlock()
	st.touchNamespace(req.NamespaceId)
	_, id := st.nextID()
	st.workers[id] = &kagziv1.Worker{
		WorkerId: id, NamespaceId: req.NamespaceId, TaskQueue: req.TaskQueue,
		Status: kagziv1.WorkerStatus_WORKER_STATUS_ONLINE, Hostname: req.Hostname, Pid: req.Pid,
		Version: req.Version, WorkflowTypes: req.WorkflowTypes, MaxConcurrent: req.MaxConcurrent,
		RegisteredAt: now(), Labels: req.Labels,
	}
	return &kagziv1.RegisterResponse{WorkerId: id, HeartbeatInterval: durationpb.New(time.Second)}, nil
}

func (w *workerService) PollTask(ctx context.Context, req *kagziv1.PollTaskRequest) (*kagziv1.PollTaskResponse, error) {
	for _, f := range [][2]string{{req.NamespaceId, "namespace_id"}, {req.WorkerId, "worker_id"}, {req.TaskQueue, "task_queue"}} {
		if err := required(f[0], f[1]); err != nil {
			return nil, err
		}
	}
	deadline := time.NewTimer(pollWait)
	defer deadline.Stop()
	for {
		task, changed, err := w.takeTask(req)
		if err != nil || task != nil {
			return &kagziv1.PollTaskResponse{Task: task}, err
		}
		select {
		case <-changed:
		case <-deadline.C:
			return &kagziv1.PollTaskResponse{}, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// takeTask hands the oldest PENDING run of the poll's namespace, queue and
// types to the worker; without one, it returns the channel that is closed at
// the next change.
func (w *workerService) takeTask(req *kagziv1.PollTaskRequest) (*kagziv1.WorkflowTask, <-chan struct{}, error) {
	st := w.st
	st.mu.Lock()
	defer st.mu.Unlock()
	worker, ok := st.workers[req.WorkerId]
	if !ok || worker.NamespaceId != req.NamespaceId {
		return nil, nil, preconditionFailed("worker_id: worker %s is not registered in this namespace", req.WorkerId)
	}
	types := req.WorkflowTypes
	if len(types) == 0 {
		types = worker.WorkflowTypes
	}
	for _, r := range st.runs {
		wf := r.workflow
		if wf.NamespaceId != req.NamespaceId || wf.TaskQueue != req.TaskQueue ||
			wf.Status != kagziv1.WorkflowStatus_WORKFLOW_STATUS_PENDING || !contains(types, wf.WorkflowType) {
			continue
		}
		wf.Attempts++
		wf.Status = kagziv1.WorkflowStatus_WORKFLOW_STATUS_RUNNING
		wf.WorkerId = req.WorkerId
		if wf.StartedAt == nil {
			wf.StartedAt = now()
		}
		return &kagziv1.WorkflowTask{
			RunId: wf.RunId, WorkflowType: wf.WorkflowType, Version: wf.Version,
			Input: proto.CloneOf(wf.Input), Attempt: wf.Attempts, DeadlineAt: proto.CloneOf(wf.DeadlineAt),
		}, nil, nil
	}
	return nil, st.changed, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (w *workerService) BeginStep(_ context.Context, req *kagziv1.BeginStepRequest) (*kagziv1.BeginStepResponse, error) {
	st := w.st
	if err := st.takeFault(&st.beginStepFaults, "BeginStep"); err != nil {
		return nil, err
	}
	for _, f := range [][2]string{{req.NamespaceId, "namespace_id"}, {req.RunId, "run_id"}, {req.StepName, "step_name"}} {
		if err := required(f[0], f[1]); err != nil {
			return nil, err
		}
	}
	if _, known := kagziv1.StepKind_name[int32(req.Kind)]; !known {
		return nil, invalid("kind", "unknown value")
	}
	if req.Kind == kagziv1.StepKind_STEP_KIND_UNSPECIFIED {
		return nil, invalid("kind", "is required (STEP_KIND_UNSPECIFIED)")
	}
	if err := checkRetryPolicy(req.RetryPolicy, "retry_policy"); err != nil {
		return nil, err
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	r, err := st.run(req.NamespaceId, req.RunId)
	if err != nil {
		return nil, err
	}
	if err := runGoesOn(r.workflow); err != nil {
		return nil, err
	}
	// Memoization: the step of this name in this run, if it was begun.
	for _, s := range st.steps {
		if s.RunId != req.RunId || s.Name != req.StepName {
			continue
		}
		switch s.Status {
		case kagziv1.StepStatus_STEP_STATUS_COMPLETED:
			cached := proto.CloneOf(s.Output)
			if cached == nil {
				cached = &kagziv1.Payload{} // set iff completed, even without output
			}
			return &kagziv1.BeginStepResponse{StepId: s.StepId, CachedOutput: cached, AttemptNumber: s.AttemptNumber}, nil
		case kagziv1.StepStatus_STEP_STATUS_FAILED:
			return nil, preconditionFailed("step_name: step %s failed for good", req.StepName)
		}
		// RUNNING: a replay of an attempt whose worker went away restarts it.
		s.StartedAt = now()
		return &kagziv1.BeginStepResponse{StepId: s.StepId, AttemptNumber: s.AttemptNumber}, nil
	}
	_, id := st.nextID()
	t := now()
	st.steps[id] = &kagziv1.Step{
		StepId: id, RunId: req.RunId, NamespaceId: req.NamespaceId, Name: req.StepName, Kind: req.Kind,
		Status: kagziv1.StepStatus_STEP_STATUS_RUNNING, AttemptNumber: 1, Input: req.Input,
		CreatedAt: t, StartedAt: t,
	}
	return &kagziv1.BeginStepResponse{StepId: id, AttemptNumber: 1}, nil
}

func (w *workerService) CompleteStep(_ context.Context, req *kagziv1.CompleteStepRequest) (*kagziv1.CompleteStepResponse, error) {
	st := w.st
	if err := st.takeFault(&st.completeStepFaults, "CompleteStep"); err != nil {
		return nil, err
	}
	for _, f := range [][2]string{{req.NamespaceId, "namespace_id"}, {req.RunId, "run_id"}, {req.StepId, "step_id"}} {
		if err := required(f[0], f[1]); err != nil {
			return nil, err
		}
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	s, ok := st.steps[req.StepId]
	if !ok || s.NamespaceId != req.NamespaceId || s.RunId != req.RunId {
		return nil, notFound("step", req.StepId, "step_id: step "+req.StepId+" not found in run "+req.RunId+" of this namespace")
	}
	if err := runGoesOn(st.runByID[s.RunId].workflow); err != nil {
		return nil, err
	}
	if s.Status != kagziv1.StepStatus_STEP_STATUS_RUNNING {
		return nil, preconditionFailed("step %s is %s, not RUNNING", s.StepId, s.Status)
	}
	s.Status = kagziv1.StepStatus_STEP_STATUS_COMPLETED
	s.Output = req.Output
	s.Error = nil
	s.FinishedAt = now()
	return &kagziv1.CompleteStepResponse{Step: proto.CloneOf(s)}, nil
}

func (w *workerService) CompleteWorkflow(_ context.Context, req *kagziv1.CompleteWorkflowRequest) (*kagziv1.CompleteWorkflowResponse, error) {
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
	switch wf.Status {
	case kagziv1.WorkflowStatus_WORKFLOW_STATUS_CANCELLED, kagziv1.WorkflowStatus_WORKFLOW_STATUS_TERMINATED:
		// Cancelled or terminated before the worker finished: nothing
		// changes, and the answer says so.
	case kagziv1.WorkflowStatus_WORKFLOW_STATUS_RUNNING:
		wf.Status = kagziv1.WorkflowStatus_WORKFLOW_STATUS_COMPLETED
		wf.Output = req.Output
		wf.FinishedAt = now()
		wf.WorkerId = ""
	default:
		return nil, preconditionFailed("run %s is %s, not RUNNING", req.RunId, wf.Status)
	}
	return &kagziv1.CompleteWorkflowResponse{Status: wf.Status}, nil
}
