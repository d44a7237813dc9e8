package main

// WorkflowScheduleService: CreateWorkflowSchedule with its first fire time,
// computed by robfig/cron from the standard five-field expression in UTC
// (workflow_schedule.proto). Schedules never fire here: the scenario cannot
// wait for a wall-clock minute. TriggerWorkflowSchedule and ListScheduleRuns
// are in schedule_runs.go.

import (
	"context"
	"strings"
	"time"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"github.com/robfig/cron/v3"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// defaultMaxCatchup is the catch-up limit when the request gives none.
const defaultMaxCatchup = 1

type scheduleService struct {
	kagziv1.UnimplementedWorkflowScheduleServiceServer
	st *store
}

// nextFire is the first time after t that expr matches, in UTC.
func nextFire(expr string, t time.Time) (*timestamppb.Timestamp, error) {
	// Five fields exactly: robfig's ParseStandard also takes descriptors
	// such as @daily and a CRON_TZ= prefix, which the contract does not.
	if len(strings.Fields(expr)) != 5 {
		return nil, invalid("cron_expr", "must have five fields (minute hour day-of-month month day-of-week)")
	}
	spec, err := cron.ParseStandard(expr)
	if err != nil {
		return nil, invalid("cron_expr", err.Error())
	}
	next := spec.Next(t.UTC()) // a spec without CRON_TZ evaluates in t's zone
	if next.IsZero() {
		return nil, invalid("cron_expr", "has no next fire time")
	}
	return timestamppb.New(next), nil
}

func (s *scheduleService) CreateWorkflowSchedule(_ context.Context, req *kagziv1.CreateWorkflowScheduleRequest) (*kagziv1.CreateWorkflowScheduleResponse, error) {
	for _, f := range [][2]string{{req.NamespaceId, "namespace_id"}, {req.TaskQueue, "task_queue"},
		{req.WorkflowType, "workflow_type"}, {req.CronExpr, "cron_expr"}} {
		if err := required(f[0], f[1]); err != nil {
			return nil, err
		}
	}
	if req.MaxCatchup != nil && *req.MaxCatchup < 0 {
		return nil, invalid("max_catchup", "must not be negative")
	}
	t := now()
	next, err := nextFire(req.CronExpr, t.AsTime())
	if err != nil {
		return nil, err
	}
	enabled := req.Enabled == nil || *req.Enabled
	if !enabled {
		next = nil // absent while disabled
	}
	maxCatchup := int32(defaultMaxCatchup)
	if req.MaxCatchup != nil {
		maxCatchup = *req.MaxCatchup
	}
	s.st.mu.Lock()
	defer s.st.mu.Unlock()
	s.st.touchNamespace(req.NamespaceId)
	_, id := s.st.nextID()
	sched := &kagziv1.WorkflowSchedule{
		ScheduleId: id, NamespaceId: req.NamespaceId, TaskQueue: req.TaskQueue, WorkflowType: req.WorkflowType,
		CronExpr: req.CronExpr, Input: req.Input, Enabled: enabled, MaxCatchup: maxCatchup, NextFireAt: next,
		Version: req.Version, CreatedAt: t, UpdatedAt: t,
	}
	s.st.schedules[id] = sched
	return &kagziv1.CreateWorkflowScheduleResponse{Schedule: proto.CloneOf(sched)}, nil
}
