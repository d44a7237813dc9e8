package main

// What the interop scenario does not exercise but the contract's comments
// promise for the calls this server serves: required fields, namespace
// scoping, page tokens bound to their filters, five-field cron
// expressions, and a kagzi.v1.ErrorDetail in every failure.

import (
	"context"
	"net"
	"testing"
	"time"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/durationpb"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
)

// dial serves a fresh store on a free loopback port for the test's length.
func dial(t *testing.T) *grpc.ClientConn {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(newStore(0))
	go srv.Serve(lis)
	t.Cleanup(srv.Stop)
	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return c
}

// wantError checks that err has code and carries exactly one ErrorDetail
// of the matching ErrorCode, and returns that detail.
func wantError(t *testing.T, what string, err error, code codes.Code) *kagziv1.ErrorDetail {
	t.Helper()
	st := status.Convert(err)
	if st.Code() != code {
		t.Fatalf("%s: want %v, got %v", what, code, err)
	}
	// Exactly one ErrorDetail; other details (a google.rpc.BadRequest for a
	// broken rule) may follow it.
	var found []*kagziv1.ErrorDetail
	for _, detail := range st.Details() {
		if d, ok := detail.(*kagziv1.ErrorDetail); ok {
			found = append(found, d)
		}
	}
	if len(found) != 1 || grpcCodes[found[0].Code] != code {
		t.Fatalf("%s: want one ErrorDetail of %v, got %v", what, code, st.Details())
	}
	return found[0]
}

// A request that breaks one rule of its schema is refused before the
// handler with a google.rpc.BadRequest naming the field and the rule.
func TestBrokenRuleAnswersBadRequest(t *testing.T) {
	conn := dial(t)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	worker := kagziv1.NewWorkerServiceClient(conn)
	c := ctx(t)
	for _, tc := range []struct {
		field, rule string
		call        func() error
	}{
		{"task_queue", "string.pattern", func() error {
			_, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{NamespaceId: "a", TaskQueue: "bad queue", WorkflowType: "t"})
			return err
		}},
		{`labels["-x"]`, "string.pattern", func() error {
			_, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t", Labels: map[string]string{"-x": "v"}})
			return err
		}},
		{"retry_policy", "retry_policy.maximum_interval_not_below_initial", func() error {
			_, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t",
				RetryPolicy: &kagziv1.RetryPolicy{InitialIntervalMs: 1000, MaximumIntervalMs: 10}})
			return err
		}},
		{"duration", "duration.gt", func() error {
			_, err := worker.Sleep(c, &kagziv1.SleepRequest{NamespaceId: "a", RunId: "r", StepName: "nap", Duration: durationpb.New(0)})
			return err
		}},
	} {
		err := tc.call()
		wantError(t, tc.field, err, codes.InvalidArgument)
		var bad []*errdetails.BadRequest
		for _, detail := range status.Convert(err).Details() {
			if b, ok := detail.(*errdetails.BadRequest); ok {
				bad = append(bad, b)
			}
		}
		if len(bad) != 1 || len(bad[0].FieldViolations) != 1 ||
			bad[0].FieldViolations[0].Field != tc.field || bad[0].FieldViolations[0].Reason != tc.rule {
			t.Fatalf("%s %s: want one BadRequest field violation (%s, %s), got %v", tc.field, tc.rule, tc.field, tc.rule, bad)
		}
	}
}

func TestRequiredFieldsAreNamed(t *testing.T) {
	conn := dial(t)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	worker := kagziv1.NewWorkerServiceClient(conn)
	schedules := kagziv1.NewWorkflowScheduleServiceClient(conn)
	c := ctx(t)
	for _, tc := range []struct {
		field string
		call  func() error
	}{
		{"namespace_id", func() error {
			_, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{TaskQueue: "q", WorkflowType: "t"})
			return err
		}},
		{"external_id", func() error {
			_, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t", ExternalId: proto.String("")})
			return err
		}},
		{"run_id", func() error {
			_, err := workflows.GetWorkflow(c, &kagziv1.GetWorkflowRequest{NamespaceId: "a"})
			return err
		}},
		{"page.page_size", func() error {
			_, err := workflows.ListWorkflows(c, &kagziv1.ListWorkflowsRequest{NamespaceId: "a", Page: &kagziv1.PageRequest{PageSize: -1}})
			return err
		}},
		{"workflow_types", func() error {
			_, err := worker.Register(c, &kagziv1.RegisterRequest{NamespaceId: "a", TaskQueue: "q"})
			return err
		}},
		{"kind", func() error {
			_, err := worker.BeginStep(c, &kagziv1.BeginStepRequest{NamespaceId: "a", RunId: "r", StepName: "s"})
			return err
		}},
		{"step_id", func() error {
			_, err := worker.CompleteStep(c, &kagziv1.CompleteStepRequest{NamespaceId: "a", RunId: "r"})
			return err
		}},
		{"cron_expr", func() error {
			_, err := schedules.CreateWorkflowSchedule(c, &kagziv1.CreateWorkflowScheduleRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t"})
			return err
		}},
		{"cron_expr", func() error { // a descriptor, not five fields
			_, err := schedules.CreateWorkflowSchedule(c, &kagziv1.CreateWorkflowScheduleRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t", CronExpr: "@daily"})
			return err
		}},
		{"cron_expr", func() error {
			_, err := schedules.CreateWorkflowSchedule(c, &kagziv1.CreateWorkflowScheduleRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t", CronExpr: "61 * * * *"})
			return err
		}},
	} {
		d := wantError(t, tc.field, tc.call(), codes.InvalidArgument)
		if d.Metadata["field"] != tc.field || !d.NonRetryable {
			t.Errorf("%s: want a non-retryable detail naming the field, got %v", tc.field, d)
		}
	}
}

func TestNamespacesDoNotMeet(t *testing.T) {
	conn := dial(t)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	worker := kagziv1.NewWorkerServiceClient(conn)
	c := ctx(t)
	start := &kagziv1.StartWorkflowRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t", ExternalId: proto.String("k")}
	var runs []string
	for range 3 {
		r, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t"})
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, r.RunId)
	}
	first, err := workflows.StartWorkflow(c, start)
	if err != nil {
		t.Fatal(err)
	}
	// The same idempotency key in another namespace is another run.
	start.NamespaceId = "b"
	other, err := workflows.StartWorkflow(c, start)
	if err != nil || other.AlreadyExists || other.RunId == first.RunId {
		t.Fatalf("StartWorkflow in b with a's external_id: want a new run, got %v, %v", other, err)
	}

	_, err = workflows.GetWorkflow(c, &kagziv1.GetWorkflowRequest{NamespaceId: "b", RunId: first.RunId})
	if d := wantError(t, "GetWorkflow of a's run in b", err, codes.NotFound); d.Subject != "workflow" || d.SubjectId != first.RunId {
		t.Errorf("GetWorkflow of a's run in b: detail %v does not name the run", d)
	}
	_, err = worker.BeginStep(c, &kagziv1.BeginStepRequest{NamespaceId: "b", RunId: runs[0], StepName: "s", Kind: kagziv1.StepKind_STEP_KIND_FUNCTION})
	wantError(t, "BeginStep on a's run in b", err, codes.NotFound)
	_, err = worker.CompleteWorkflow(c, &kagziv1.CompleteWorkflowRequest{NamespaceId: "b", RunId: runs[0]})
	wantError(t, "CompleteWorkflow of a's run in b", err, codes.NotFound)

	page, err := workflows.ListWorkflows(c, &kagziv1.ListWorkflowsRequest{NamespaceId: "b"})
	if err != nil || len(page.Workflows) != 1 || page.Workflows[0].RunId != other.RunId {
		t.Fatalf("ListWorkflows of b: want only b's run, got %v, %v", page, err)
	}
	page, err = workflows.ListWorkflows(c, &kagziv1.ListWorkflowsRequest{NamespaceId: "a", Page: &kagziv1.PageRequest{PageSize: 1}})
	if err != nil || !page.GetPageInfo().GetHasMore() || page.Workflows[0].RunId != first.RunId {
		t.Fatalf("ListWorkflows of a: want the newest run first and more pages, got %v, %v", page, err)
	}
	token := page.GetPageInfo().GetNextPageToken()
	_, err = workflows.ListWorkflows(c, &kagziv1.ListWorkflowsRequest{NamespaceId: "b", Page: &kagziv1.PageRequest{PageToken: token}})
	if d := wantError(t, "a's page token in b", err, codes.InvalidArgument); d.Metadata["field"] != "page.page_token" {
		t.Errorf("a's page token in b: detail %v does not name page.page_token", d)
	}
	_, err = workflows.ListWorkflows(c, &kagziv1.ListWorkflowsRequest{NamespaceId: "a", TaskQueue: proto.String("q"), Page: &kagziv1.PageRequest{PageToken: token}})
	wantError(t, "a's page token with another filter", err, codes.InvalidArgument)

	reg, err := worker.Register(c, &kagziv1.RegisterRequest{NamespaceId: "a", TaskQueue: "q", WorkflowTypes: []string{"t"}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = worker.PollTask(c, &kagziv1.PollTaskRequest{NamespaceId: "b", WorkerId: reg.WorkerId, TaskQueue: "q"})
	wantError(t, "PollTask in b by a's worker", err, codes.FailedPrecondition)
	poll, err := worker.PollTask(c, &kagziv1.PollTaskRequest{NamespaceId: "a", WorkerId: reg.WorkerId, TaskQueue: "q"})
	if err != nil || poll.GetTask().GetRunId() != runs[0] {
		t.Fatalf("PollTask in a: want a's oldest run %s, got %v, %v", runs[0], poll, err)
	}
}

func TestCompletedStepIsMemoized(t *testing.T) {
	conn := dial(t)
	workflows := kagziv1.NewWorkflowServiceClient(conn)
	worker := kagziv1.NewWorkerServiceClient(conn)
	c := ctx(t)
	r, err := workflows.StartWorkflow(c, &kagziv1.StartWorkflowRequest{NamespaceId: "a", TaskQueue: "q", WorkflowType: "t"})
	if err != nil {
		t.Fatal(err)
	}
	begin := &kagziv1.BeginStepRequest{NamespaceId: "a", RunId: r.RunId, StepName: "s", Kind: kagziv1.StepKind_STEP_KIND_FUNCTION}
	step, err := worker.BeginStep(c, begin)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := worker.CompleteStep(c, &kagziv1.CompleteStepRequest{NamespaceId: "a", RunId: r.RunId, StepId: step.StepId}); err != nil {
		t.Fatal(err)
	}
	again, err := worker.BeginStep(c, begin)
	if err != nil || again.StepId != step.StepId || again.CachedOutput == nil {
		t.Fatalf("BeginStep of a completed step: want its cached (empty) output, got %v, %v", again, err)
	}
	_, err = worker.CompleteStep(c, &kagziv1.CompleteStepRequest{NamespaceId: "a", RunId: r.RunId, StepId: step.StepId})
	wantError(t, "CompleteStep of a completed step", err, codes.FailedPrecondition)
	_, err = worker.CompleteWorkflow(c, &kagziv1.CompleteWorkflowRequest{NamespaceId: "a", RunId: r.RunId})
	wantError(t, "CompleteWorkflow of a PENDING run", err, codes.FailedPrecondition)
}

func TestFaultsParse(t *testing.T) {
	a, err := parseArgs([]string{"127.0.0.1:0", "--addr-file", "f", "--fault", "unavailable:2", "--fault", "no-error-detail"})
	if err != nil || a.addr != "127.0.0.1:0" || a.addrFile != "f" || a.unavailable != 2 || !a.noErrorDetail {
		t.Fatalf("parseArgs: got %+v, %v", a, err)
	}
	for _, bad := range [][]string{{"--fault", "unavailable:x"}, {"--fault"}, {"--port", "1"}, {"a", "b"}} {
		if _, err := parseArgs(bad); err == nil {
			t.Errorf("parseArgs(%q): want an error", bad)
		}
	}
}
