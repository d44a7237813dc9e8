# Interop: the clients Python (grpcio), Go (grpc-go) and TypeScript
# (@connectrpc/connect-node) and Rust (tonic), each installed from its
# package in a fresh project outside the repository (the Rust one is the
# crate consumer of mk/packages.mk), run one scripted scenario over loopback against two
# servers: the Rust reference server (server/reference) and a Go server
# built from the committed Go module (server/go); then against the
# same servers with a fault, where they must fail. scripts/interop/run.sh starts
# each server on a free port and stops it on every exit path, and prints the
# table client x server; once it is green, the interop guide must show that
# very table (scripts/interop/doc_check.py).

INTEROP_SCRIPT := scripts/interop/run.sh
INTEROP_GO_SERVER_DIR := server/go
INTEROP_GO_SERVER := build/interop/kagzi-go-server
INTEROP_OUTPUT := build/interop/output.log
INTEROP_GUIDE := docs/guides/interop.md

.PHONY: interop test-go-server

TEST_TARGETS += interop test-go-server

interop: python-package npm-package crate-consumer $(INTEROP_GO_SERVER) $(REFERENCE_SERVER) ## Run every client's live-server scenario against the Rust and the Go server; print the client x server table.
	mkdir -p $(dir $(INTEROP_OUTPUT))
	version=$(RELEASE_VERSION) && \
	  $(INTEROP_SCRIPT) $(REFERENCE_SERVER) $(INTEROP_GO_SERVER) $(DIST)/kagzi_proto-$$version-py3-none-any.whl \
	  $(DIST)/kagzi-proto-$$version.tgz $(GO_MODULE_DIR) $$version $(VENV_PYTHON) $(GO) $(CRATE_CONSUMER) \
	  | tee $(INTEROP_OUTPUT)
	$(PYTHON) scripts/interop/doc_check.py $(INTEROP_OUTPUT) $(INTEROP_GUIDE)

# The Go server's module requires the committed Go module through a replace
# (server/go/go.mod); -mod=readonly: go.sum already holds every
# dependency, so the build resolves nothing new.
$(INTEROP_GO_SERVER): $(wildcard $(INTEROP_GO_SERVER_DIR)/*.go) $(INTEROP_GO_SERVER_DIR)/go.mod \
    $(INTEROP_GO_SERVER_DIR)/go.sum $(GO_MODULE_DIR)/go.mod $(wildcard $(GO_MODULE_DIR)/kagzi/v1/*.go)
	cd $(INTEROP_GO_SERVER_DIR) && $(GO) build -mod=readonly -o $(CURDIR)/$@ .

# What the scenario does not reach: required fields, namespace scoping,
# page tokens bound to their filters, memoized steps, an ErrorDetail in
# every failure (server/go/server_test.go); of the v1.2.0 calls,
# implicit and disabled namespaces, a terminated run a worker holds,
# schedule runs paged newest first, queue depth filters
# (server/go/*_test.go).
test-go-server: ## Test the Go interop server's contract behaviour (go test in server/go).
	cd $(INTEROP_GO_SERVER_DIR) && $(GO) vet . && $(GO) test -mod=readonly -count=1 .
