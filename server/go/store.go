package main

// The server's whole state, behind one mutex: every call reads and changes
// it in one critical section, so two StartWorkflow calls with the same
// external_id get one run between them. Answers are clones, so that grpc-go
// marshals them outside the lock while later calls change the state.

import (
	"sync"

	"github.com/google/uuid"
	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// run is a workflow run with its sequence number, which orders ListWorkflows
// and its page cursors.
type run struct {
	seq      uint64
	workflow *kagziv1.Workflow
}

type store struct {
	mu      sync.Mutex
	lastSeq uint64
	runs    []*run // oldest first
	runByID map[string]*run
	// (namespace, external_id) -> run_id: the idempotency index.
	byExternalID map[[2]string]string
	steps        map[string]*kagziv1.Step
	workers      map[string]*kagziv1.Worker
	schedules    map[string]*kagziv1.WorkflowSchedule
	namespaces   map[string]*kagziv1.Namespace
	// changed is closed (and replaced) after every change that can hand a
	// waiting PollTask a run.
	changed chan struct{}
	// How many more BeginStep and CompleteStep calls (each) fail with
	// UNAVAILABLE: the --fault unavailable:N switch.
	beginStepFaults, completeStepFaults int
}

func newStore(unavailable int) *store {
	return &store{
		runByID:            map[string]*run{},
		byExternalID:       map[[2]string]string{},
		steps:              map[string]*kagziv1.Step{},
		workers:            map[string]*kagziv1.Worker{},
		schedules:          map[string]*kagziv1.WorkflowSchedule{},
		namespaces:         map[string]*kagziv1.Namespace{},
		changed:            make(chan struct{}),
		beginStepFaults:    unavailable,
		completeStepFaults: unavailable,
	}
}

// nextID is the next sequence number and a fresh UUID; call with mu held.
func (s *store) nextID() (uint64, string) {
	s.lastSeq++
	return s.lastSeq, uuid.NewString()
}

// notify wakes every waiting PollTask; call with mu held.
func (s *store) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// addRun stores wf as a new PENDING run (StartWorkflow and
// TriggerWorkflowSchedule), in its namespace, created implicitly if need
// be, and wakes the waiting polls. Call with mu held, after takesNewRuns.
func (s *store) addRun(wf *kagziv1.Workflow) *run {
	s.touchNamespace(wf.NamespaceId)
	seq, id := s.nextID()
	wf.RunId = id
	wf.Status = kagziv1.WorkflowStatus_WORKFLOW_STATUS_PENDING
	wf.CreatedAt = now()
	r := &run{seq: seq, workflow: wf}
	s.runs = append(s.runs, r)
	s.runByID[id] = r
	s.notify()
	return r
}

// run is the run id of namespace ns: NOT_FOUND when it does not exist or
// belongs to another namespace. Call with mu held.
func (s *store) run(ns, id string) (*run, error) {
	r, ok := s.runByID[id]
	if !ok || r.workflow.NamespaceId != ns {
		return nil, notFound("workflow", id, "run_id: workflow "+id+" not found in this namespace")
	}
	return r, nil
}

// takeFault uses up one injected UNAVAILABLE of counter, if any is left.
func (s *store) takeFault(counter *int, rpc string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if *counter == 0 {
		return nil
	}
	*counter--
	return unavailable(rpc + ": injected transient fault, try again")
}

func isFinished(st kagziv1.WorkflowStatus) bool {
	return st == kagziv1.WorkflowStatus_WORKFLOW_STATUS_COMPLETED ||
		st == kagziv1.WorkflowStatus_WORKFLOW_STATUS_FAILED ||
		st == kagziv1.WorkflowStatus_WORKFLOW_STATUS_CANCELLED ||
		st == kagziv1.WorkflowStatus_WORKFLOW_STATUS_TERMINATED
}

var now = timestamppb.Now
