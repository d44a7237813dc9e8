# Interop: Python (grpcio) and Go (grpc-go) clients, each installed from its
# package in a fresh project outside the repository, and the Rust (tonic)
# example `interop` of the kagzi-proto crate, run one scripted
# scenario against the Rust reference server (rust/kagzi-testserver) over
# loopback, then against the same server with a fault, where they must fail.
# scripts/interop.sh starts each server on a free port and stops it on every
# exit path, and prints the table client x server.

INTEROP_SCRIPT := scripts/interop.sh
INTEROP_RUST_CLIENT := $(SERVER_BIN_DIR)/examples/interop

.PHONY: interop

TEST_TARGETS += interop

interop: $(PY_PACKAGE_STAMP) ## Run every client's live-server scenario against the reference server; print the client x server table.
	$(CARGO) build --locked -p kagzi-testserver
	$(CARGO) build --locked -p kagzi-proto --example interop
	$(INTEROP_SCRIPT) $(SERVER_TESTSERVER) $(DIST)/kagzi_proto-$$($(PYTHON) scripts/versions.py release $(VERSIONS_DIR))-py3-none-any.whl \
	  $(GO_MODULE_DIR) $$($(PYTHON) scripts/versions.py release $(VERSIONS_DIR)) $(PYTHON) $(GO) $(INTEROP_RUST_CLIENT)
