package main

// NamespaceService: CreateNamespace, GetNamespace, EnableNamespace and
// DisableNamespace (namespace.proto). A namespace also comes into existence
// implicitly, enabled, when StartWorkflow, Register or CreateWorkflowSchedule
// first stores something in it (store.touchNamespace); reading calls never
// create one. ListNamespaces and UpdateNamespace are not served: the
// scenario does not call them, and they answer UNIMPLEMENTED.

import (
	"context"

	kagziv1 "github.com/kagzi/kagzi-proto/go/kagzi/v1"
	"google.golang.org/protobuf/proto"
)

type namespaceService struct {
	kagziv1.UnimplementedNamespaceServiceServer
	st *store
}

// touchNamespace is namespace ns, created implicitly (enabled, no display
// name) when the server does not have it yet. Call with mu held.
func (s *store) touchNamespace(ns string) *kagziv1.Namespace {
	n, ok := s.namespaces[ns]
	if !ok {
		t := now()
		n = &kagziv1.Namespace{NamespaceId: ns, Enabled: true, CreatedAt: t, UpdatedAt: t}
		s.namespaces[ns] = n
	}
	return n
}

// takesNewRuns refuses new runs in a disabled namespace: FAILED_PRECONDITION
// with ERROR_CODE_NAMESPACE_DISABLED, subject `namespace`
// (common.proto). A namespace the server does not have is enabled: it is
// created implicitly by the call that stores the run. Call with mu held.
func (s *store) takesNewRuns(ns string) error {
	if n, ok := s.namespaces[ns]; ok && !n.Enabled {
		return fail(&kagziv1.ErrorDetail{
			Code: kagziv1.ErrorCode_ERROR_CODE_NAMESPACE_DISABLED, Message: "namespace " + ns + " is disabled",
			Subject: "namespace", SubjectId: ns, NonRetryable: true,
		})
	}
	return nil
}

// namespace is namespace ns: NOT_FOUND when the server has no such
// namespace, created or implicit. Call with mu held.
func (s *store) namespace(ns string) (*kagziv1.Namespace, error) {
	n, ok := s.namespaces[ns]
	if !ok {
		return nil, notFound("namespace", ns, "namespace_id: namespace "+ns+" not found")
	}
	return n, nil
}

func (n *namespaceService) CreateNamespace(_ context.Context, req *kagziv1.CreateNamespaceRequest) (*kagziv1.CreateNamespaceResponse, error) {
	if err := required(req.NamespaceId, "namespace_id"); err != nil {
		return nil, err
	}
	st := n.st
	st.mu.Lock()
	defer st.mu.Unlock()
	if _, ok := st.namespaces[req.NamespaceId]; ok {
		return nil, fail(&kagziv1.ErrorDetail{
			Code: kagziv1.ErrorCode_ERROR_CODE_CONFLICT, Message: "namespace " + req.NamespaceId + " already exists",
			Subject: "namespace", SubjectId: req.NamespaceId, NonRetryable: true,
		})
	}
	created := st.touchNamespace(req.NamespaceId)
	created.DisplayName, created.Description = req.DisplayName, req.Description
	return &kagziv1.CreateNamespaceResponse{Namespace: proto.CloneOf(created)}, nil
}

func (n *namespaceService) GetNamespace(_ context.Context, req *kagziv1.GetNamespaceRequest) (*kagziv1.GetNamespaceResponse, error) {
	if err := required(req.NamespaceId, "namespace_id"); err != nil {
		return nil, err
	}
	n.st.mu.Lock()
	defer n.st.mu.Unlock()
	got, err := n.st.namespace(req.NamespaceId)
	if err != nil {
		return nil, err
	}
	return &kagziv1.GetNamespaceResponse{Namespace: proto.CloneOf(got)}, nil
}

func (n *namespaceService) EnableNamespace(_ context.Context, req *kagziv1.EnableNamespaceRequest) (*kagziv1.EnableNamespaceResponse, error) {
	got, err := n.setEnabled(req.NamespaceId, true)
	if err != nil {
		return nil, err
	}
	return &kagziv1.EnableNamespaceResponse{Namespace: got}, nil
}

func (n *namespaceService) DisableNamespace(_ context.Context, req *kagziv1.DisableNamespaceRequest) (*kagziv1.DisableNamespaceResponse, error) {
	got, err := n.setEnabled(req.NamespaceId, false)
	if err != nil {
		return nil, err
	}
	return &kagziv1.DisableNamespaceResponse{Namespace: got}, nil
}

// setEnabled enables or disables namespace ns. Disabling holds its PENDING
// runs as PAUSED, so that PollTask hands none out; enabling makes them
// PENDING again and wakes the waiting polls. Setting the value it already
// has changes nothing. (Schedules never fire in this server, so there is
// no catching up to do.)
func (n *namespaceService) setEnabled(ns string, enabled bool) (*kagziv1.Namespace, error) {
	if err := required(ns, "namespace_id"); err != nil {
		return nil, err
	}
	st := n.st
	st.mu.Lock()
	defer st.mu.Unlock()
	got, err := st.namespace(ns)
	if err != nil {
		return nil, err
	}
	if got.Enabled == enabled {
		return proto.CloneOf(got), nil
	}
	got.Enabled, got.UpdatedAt = enabled, now()
	from, to := kagziv1.WorkflowStatus_WORKFLOW_STATUS_PENDING, kagziv1.WorkflowStatus_WORKFLOW_STATUS_PAUSED
	if enabled {
		from, to = to, from
	}
	for _, r := range st.runs {
		if r.workflow.NamespaceId == ns && r.workflow.Status == from {
			r.workflow.Status = to
		}
	}
	if enabled {
		st.notify()
	}
	return proto.CloneOf(got), nil
}
