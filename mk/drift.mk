# The server suite's drift check shown on three servers: the reference
# server, one whose reflection describes another wire, one behind a proxy
# that drops an area's connection (scripts/server/drift.sh; the servers
# besides the reference one are the suite's example `faulty-server`).
# See docs/guides/server-conformance.md.

DRIFT_SCRIPT := scripts/server/drift.sh

TEST_TARGETS += server-drift

.PHONY: server-drift

server-drift: ## Show the server suite's drift table and verdict on the reference, another-wire and connection-dropping servers.
	$(CARGO) build --locked -p kagzi-testserver -p kagzi-server-conformance --bin kagzi-testserver --bin kagzi-server-conformance --example faulty-server
	CARGO=$(CARGO) $(DRIFT_SCRIPT)
