# The server conformance suite (server/conformance, binary
# kagzi-server-conformance) against the reference test server
# (server/reference). Both crates are unpublished workspace members.
# See docs/guides/server-conformance.md.

SERVER_SUITE := $(RUST_BIN)/kagzi-server-conformance
SERVER_CONFORMANCE_SCRIPT := scripts/server/conformance.sh

TEST_TARGETS += server-conformance

.PHONY: server-conformance server-conformance-build

server-conformance-build: $(REFERENCE_SERVER) ## Build the reference test server and the server conformance suite.
	$(CARGO) build --locked -p kagzi-server-conformance

# The suite's own tests (each test-only fault fails its scenario), then the
# binaries: the intact server passes, a broken one fails.
server-conformance: server-conformance-build ## Run the server conformance suite against the reference server (and prove it fails a broken one).
	$(CARGO) fmt -p kagzi-server-conformance --check
	$(CARGO) clippy --locked -p kagzi-server-conformance --all-targets -- -D warnings
	$(CARGO) test --locked -p kagzi-server-conformance
	$(SERVER_CONFORMANCE_SCRIPT) $(REFERENCE_SERVER) $(SERVER_SUITE)
