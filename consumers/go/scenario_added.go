// The steps of the interop scenario for the RPCs added in v1.2.0, one step
// per service, after the steps of scenario.go.
package main

import (
	"context"
	"fmt"
	"slices"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/proto"
)

// addedSteps runs them in namespace ns, where firstRunID was started with
// external_id `order-1`, the runs of started are PENDING but completedID,
// and scheduleID names a schedule that has started no run yet.
func addedSteps(ctx context.Context, conn *grpc.ClientConn, ns, firstRunID string, started map[string]bool, completedID, scheduleID string) error {
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	schedules := kagziv1.NewWorkflowScheduleServiceClient(conn)
	admin := kagziv1.NewAdminServiceClient(conn)
	namespaces := kagziv1.NewNamespaceServiceClient(conn)

	byKey, err := workflows.GetWorkflowByExternalId(ctx, &kagziv1.GetWorkflowByExternalIdRequest{NamespaceId: ns, ExternalId: "order-1"})
	if err != nil {
		return fmt.Errorf("GetWorkflowByExternalId: %w", err)
	}
	if w := byKey.GetWorkflow(); w.GetRunId() != firstRunID || w.GetExternalId() != "order-1" || w.GetNamespaceId() != ns {
		return fmt.Errorf("GetWorkflowByExternalId: want run %s, got %v", firstRunID, w)
	}
	ids := make([]string, 0, len(started))
	for id := range started {
		if id != completedID {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	victim := ids[0]
	ended, err := workflows.TerminateWorkflow(ctx, &kagziv1.TerminateWorkflowRequest{NamespaceId: ns, RunId: victim, Reason: "interop"})
	if err != nil {
		return fmt.Errorf("TerminateWorkflow: %w", err)
	}
	if w := ended.GetWorkflow(); !ended.Terminated || w.GetRunId() != victim ||
		w.GetStatus() != kagziv1.WorkflowStatus_WORKFLOW_STATUS_TERMINATED || w.GetFinishedAt() == nil {
		return fmt.Errorf("TerminateWorkflow of a PENDING run: want it TERMINATED with finished_at, got %v", ended)
	}
	again, err := workflows.TerminateWorkflow(ctx, &kagziv1.TerminateWorkflowRequest{NamespaceId: ns, RunId: victim})
	if err != nil {
		return fmt.Errorf("TerminateWorkflow again: %w", err)
	}
	if again.Terminated || again.GetWorkflow().GetStatus() != kagziv1.WorkflowStatus_WORKFLOW_STATUS_TERMINATED {
		return fmt.Errorf("TerminateWorkflow again: want terminated false and the run still TERMINATED, got %v", again)
	}
	fmt.Println("GetWorkflowByExternalId: the first run; TerminateWorkflow: TERMINATED, final (again: terminated false)")

	trigger, err := schedules.TriggerWorkflowSchedule(ctx, &kagziv1.TriggerWorkflowScheduleRequest{NamespaceId: ns, ScheduleId: scheduleID})
	if err != nil {
		return fmt.Errorf("TriggerWorkflowSchedule: %w", err)
	}
	fired := trigger.RunId
	if fired == "" || started[fired] {
		return fmt.Errorf("TriggerWorkflowSchedule: want a new run, got %q", fired)
	}
	listed, err := schedules.ListScheduleRuns(ctx, &kagziv1.ListScheduleRunsRequest{NamespaceId: ns, ScheduleId: scheduleID})
	if err != nil {
		return fmt.Errorf("ListScheduleRuns: %w", err)
	}
	if r := listed.Runs; len(r) != 1 || r[0].RunId != fired || r[0].ScheduleId != scheduleID || r[0].WorkflowType != workflowType ||
		r[0].Status != kagziv1.WorkflowStatus_WORKFLOW_STATUS_PENDING || listed.GetPageInfo().GetHasMore() {
		return fmt.Errorf("ListScheduleRuns after one trigger: want exactly run %s, PENDING, with the schedule_id, got %v", fired, listed)
	}
	fmt.Println("TriggerWorkflowSchedule: exactly one run, listed by ListScheduleRuns with its schedule_id")

	// Unfinished now: the three runs left PENDING of the five, and the
	// triggered one; the completed and the terminated run are not counted.
	depth, err := admin.GetQueueDepth(ctx, &kagziv1.GetQueueDepthRequest{NamespaceId: ns})
	if err != nil {
		return fmt.Errorf("GetQueueDepth: %w", err)
	}
	want := &kagziv1.QueueDepth{TaskQueue: taskQueue, WorkflowType: workflowType, Pending: runs - 1}
	if len(depth.Depths) != 1 || !proto.Equal(depth.Depths[0], want) {
		return fmt.Errorf("GetQueueDepth: want [%v], got %v", want, depth.Depths)
	}
	fmt.Printf("GetQueueDepth: %d PENDING on %s/%s, nothing else\n", runs-1, taskQueue, workflowType)

	return namespaceSteps(ctx, namespaces, workflows, ns+"-managed")
}

// namespaceSteps creates namespace managed, reads it, disables it (where
// StartWorkflow is refused) and enables it again (where it is accepted).
func namespaceSteps(ctx context.Context, namespaces kagziv1.NamespaceServiceClient, workflows kagziv1.WorkflowServiceClient, managed string) error {
	created, err := namespaces.CreateNamespace(ctx, &kagziv1.CreateNamespaceRequest{NamespaceId: managed, DisplayName: "Interop"})
	if err != nil {
		return fmt.Errorf("CreateNamespace: %w", err)
	}
	c := created.GetNamespace()
	if c.GetNamespaceId() != managed || c.GetDisplayName() != "Interop" || !c.GetEnabled() || c.GetCreatedAt() == nil {
		return fmt.Errorf("CreateNamespace: want %s enabled with its display name, got %v", managed, c)
	}
	got, err := namespaces.GetNamespace(ctx, &kagziv1.GetNamespaceRequest{NamespaceId: managed})
	if err != nil {
		return fmt.Errorf("GetNamespace: %w", err)
	}
	if !proto.Equal(got.GetNamespace(), c) {
		return fmt.Errorf("GetNamespace: want %v, got %v", c, got.GetNamespace())
	}
	disabled, err := namespaces.DisableNamespace(ctx, &kagziv1.DisableNamespaceRequest{NamespaceId: managed, Reason: "interop"})
	if err != nil {
		return fmt.Errorf("DisableNamespace: %w", err)
	}
	if d := disabled.GetNamespace(); d.GetNamespaceId() != managed || d.GetEnabled() {
		return fmt.Errorf("DisableNamespace: want %s disabled, got %v", managed, d)
	}
	refused := &kagziv1.StartWorkflowRequest{NamespaceId: managed, TaskQueue: taskQueue, WorkflowType: workflowType}
	_, err = workflows.StartWorkflow(ctx, refused)
	if err := expectFailure(err, "StartWorkflow in a disabled namespace", codes.FailedPrecondition,
		kagziv1.ErrorCode_ERROR_CODE_NAMESPACE_DISABLED, "namespace", managed); err != nil {
		return err
	}
	enabled, err := namespaces.EnableNamespace(ctx, &kagziv1.EnableNamespaceRequest{NamespaceId: managed})
	if err != nil {
		return fmt.Errorf("EnableNamespace: %w", err)
	}
	if e := enabled.GetNamespace(); e.GetNamespaceId() != managed || !e.GetEnabled() {
		return fmt.Errorf("EnableNamespace: want %s enabled, got %v", managed, e)
	}
	accepted, err := workflows.StartWorkflow(ctx, refused)
	if err != nil {
		return fmt.Errorf("StartWorkflow after EnableNamespace: %w", err)
	}
	if accepted.RunId == "" || accepted.AlreadyExists {
		return fmt.Errorf("StartWorkflow after EnableNamespace: want a new run, got %v", accepted)
	}
	fmt.Println("CreateNamespace, GetNamespace, DisableNamespace: StartWorkflow refused with NAMESPACE_DISABLED; EnableNamespace: accepted again")
	return nil
}
