package main

// TriggerWorkflowSchedule and ListScheduleRuns as workflow_schedule.proto
// says, beyond the scenario's one trigger: each call a new run, a paused
// schedule triggered alike, newest-first pages bound to their schedule, the
// status filter, and namespace scoping.

import (
	"testing"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/proto"
)

func TestScheduleRunsArePagedNewestFirst(t *testing.T) {
	conn := dial(t)
	schedules := kagziv1.NewWorkflowScheduleServiceClient(conn)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	c := ctx(t)
	create := &kagziv1.CreateWorkflowScheduleRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t", CronExpr: "0 9 * * *",
		Enabled: proto.Bool(false), Input: &kagziv1.Payload{Data: []byte("in")}, Version: "v2"}
	sched, err := schedules.CreateWorkflowSchedule(c, create)
	if err != nil {
		t.Fatal(err)
	}
	id := sched.GetSchedule().GetScheduleId()
	other, err := schedules.CreateWorkflowSchedule(c, &kagziv1.CreateWorkflowScheduleRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t", CronExpr: "0 9 * * *"})
	if err != nil {
		t.Fatal(err)
	}
	// A disabled (paused) schedule is triggered all the same, a new run
	// each call, as a fire would start it.
	var fired []string
	for range 3 {
		r, err := schedules.TriggerWorkflowSchedule(c, &kagziv1.TriggerWorkflowScheduleRequest{NamespaceId: "a", ScheduleId: id})
		if err != nil {
			t.Fatal(err)
		}
		fired = append(fired, r.RunId)
	}
	if _, err := schedules.TriggerWorkflowSchedule(c, &kagziv1.TriggerWorkflowScheduleRequest{NamespaceId: "a", ScheduleId: other.GetSchedule().GetScheduleId()}); err != nil {
		t.Fatal(err)
	}
	got, err := workflows.GetWorkflow(c, &kagziv1.GetWorkflowRequest{NamespaceId: "a", RunId: fired[0]})
	if w := got.GetWorkflow(); err != nil || w.GetScheduleId() != id || w.GetTaskQueue() != "q" || w.GetWorkflowType() != "t" ||
		w.GetVersion() != "v2" || !proto.Equal(w.GetInput(), create.Input) || w.GetStatus() != kagziv1.WorkflowStatus_WORKFLOW_STATUS_PENDING {
		t.Fatalf("GetWorkflow of a triggered run: want the schedule's queue, type, input and version, got %v, %v", got, err)
	}

	var listed []string
	token := ""
	for {
		page, err := schedules.ListScheduleRuns(c, &kagziv1.ListScheduleRunsRequest{NamespaceId: "a", ScheduleId: id,
			Page: &kagziv1.PageRequest{PageSize: 2, PageToken: token}})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range page.Runs {
			listed = append(listed, r.RunId)
		}
		token = page.GetPageInfo().GetNextPageToken()
		if token == "" {
			break
		}
		// The token is bound to its schedule.
		_, err = schedules.ListScheduleRuns(c, &kagziv1.ListScheduleRunsRequest{NamespaceId: "a", ScheduleId: other.GetSchedule().GetScheduleId(),
			Page: &kagziv1.PageRequest{PageToken: token}})
		wantError(t, "a page token of another schedule", err, codes.InvalidArgument)
	}
	if want := []string{fired[2], fired[1], fired[0]}; !equalStrings(listed, want) {
		t.Fatalf("ListScheduleRuns: want %v (newest first), got %v", want, listed)
	}

	filtered, err := schedules.ListScheduleRuns(c, &kagziv1.ListScheduleRunsRequest{NamespaceId: "a", ScheduleId: id,
		StatusFilter: kagziv1.WorkflowStatus_WORKFLOW_STATUS_COMPLETED.Enum()})
	if err != nil || len(filtered.Runs) != 0 {
		t.Fatalf("ListScheduleRuns of COMPLETED runs: want none, got %v, %v", filtered, err)
	}
}

func TestScheduleRunsFailures(t *testing.T) {
	conn := dial(t)
	schedules := kagziv1.NewWorkflowScheduleServiceClient(conn)
	c := ctx(t)
	sched, err := schedules.CreateWorkflowSchedule(c, &kagziv1.CreateWorkflowScheduleRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t", CronExpr: "0 9 * * *"})
	if err != nil {
		t.Fatal(err)
	}
	id := sched.GetSchedule().GetScheduleId()
	_, err = schedules.TriggerWorkflowSchedule(c, &kagziv1.TriggerWorkflowScheduleRequest{NamespaceId: "b", ScheduleId: id})
	if d := wantError(t, "TriggerWorkflowSchedule of a's schedule in b", err, codes.NotFound); d.Subject != "schedule" || d.SubjectId != id {
		t.Errorf("TriggerWorkflowSchedule of an unknown schedule: detail %v does not name it", d)
	}
	_, err = schedules.ListScheduleRuns(c, &kagziv1.ListScheduleRunsRequest{NamespaceId: "b", ScheduleId: id})
	wantError(t, "ListScheduleRuns of a's schedule in b", err, codes.NotFound)
	_, err = schedules.TriggerWorkflowSchedule(c, &kagziv1.TriggerWorkflowScheduleRequest{NamespaceId: "a"})
	wantError(t, "TriggerWorkflowSchedule without schedule_id", err, codes.InvalidArgument)
	_, err = schedules.ListScheduleRuns(c, &kagziv1.ListScheduleRunsRequest{NamespaceId: "a", ScheduleId: id, StatusFilter: kagziv1.WorkflowStatus(99).Enum()})
	wantError(t, "ListScheduleRuns with an unknown status", err, codes.InvalidArgument)
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
