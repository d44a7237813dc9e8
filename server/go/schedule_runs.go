package main

// WorkflowScheduleService: TriggerWorkflowSchedule (one run now, as a fire
// would start it, yet not a fire) and ListScheduleRuns (the runs a schedule
// started, newest first, cursor pages).

import (
	"context"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/protobuf/proto"
)

// schedule is the schedule id of namespace ns: NOT_FOUND when it does not
// exist or belongs to another namespace. Call with mu held.
func (s *store) schedule(ns, id string) (*kagziv1.WorkflowSchedule, error) {
	sched, ok := s.schedules[id]
	if !ok || sched.NamespaceId != ns {
		return nil, notFound("schedule", id, "schedule_id: schedule "+id+" not found in this namespace")
	}
	return sched, nil
}

func (s *scheduleService) TriggerWorkflowSchedule(_ context.Context, req *kagziv1.TriggerWorkflowScheduleRequest) (*kagziv1.TriggerWorkflowScheduleResponse, error) {
	if err := required(req.NamespaceId, "namespace_id"); err != nil {
		return nil, err
	}
	if err := required(req.ScheduleId, "schedule_id"); err != nil {
		return nil, err
	}
	st := s.st
	st.mu.Lock()
	defer st.mu.Unlock()
	sched, err := st.schedule(req.NamespaceId, req.ScheduleId)
	if err != nil {
		return nil, err
	}
	if err := st.takesNewRuns(req.NamespaceId); err != nil {
		return nil, err
	}
	// Enabled or paused alike; next_fire_at and last_fired_at stay as they
	// are, since a trigger is not a fire.
	r := st.addRun(&kagziv1.Workflow{
		NamespaceId: sched.NamespaceId, TaskQueue: sched.TaskQueue, WorkflowType: sched.WorkflowType,
		Input: proto.CloneOf(sched.Input), Version: sched.Version, ScheduleId: sched.ScheduleId,
	})
	sched.TotalRuns++
	return &kagziv1.TriggerWorkflowScheduleResponse{RunId: r.workflow.RunId}, nil
}

func (s *scheduleService) ListScheduleRuns(_ context.Context, req *kagziv1.ListScheduleRunsRequest) (*kagziv1.ListScheduleRunsResponse, error) {
	if err := required(req.NamespaceId, "namespace_id"); err != nil {
		return nil, err
	}
	if err := required(req.ScheduleId, "schedule_id"); err != nil {
		return nil, err
	}
	status := "any"
	if req.StatusFilter != nil {
		if _, ok := kagziv1.WorkflowStatus_name[int32(*req.StatusFilter)]; !ok {
			return nil, invalid("status_filter", "unknown value")
		}
		status = req.StatusFilter.String()
	}
	filters := fingerprint("schedule-runs", req.NamespaceId, req.ScheduleId, status)
	st := s.st
	st.mu.Lock()
	if _, err := st.schedule(req.NamespaceId, req.ScheduleId); err != nil {
		st.mu.Unlock()
		return nil, err
	}
	var matching []seqItem[*kagziv1.Workflow]
	for _, r := range st.runs {
		wf := r.workflow
		if wf.NamespaceId == req.NamespaceId && wf.ScheduleId == req.ScheduleId &&
			(req.StatusFilter == nil || *req.StatusFilter == wf.Status) {
			matching = append(matching, seqItem[*kagziv1.Workflow]{r.seq, proto.CloneOf(wf)})
		}
	}
	st.mu.Unlock()
	runs, info, err := newestFirstPage(matching, filters, req.Page)
	if err != nil {
		return nil, err
	}
	return &kagziv1.ListScheduleRunsResponse{Runs: runs, PageInfo: info}, nil
}
