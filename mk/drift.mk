# The server suite's drift check shown on three servers: the reference
# server, one whose reflection describes another wire, one behind a proxy
# that drops an area's connection (scripts/server_drift.sh; the servers
# besides the reference one are the suite's example `faulty-server`).
# See docs/guides/server-conformance.md.

CARGO ?= cargo
DRIFT_BIN_DIR := $(or $(CARGO_TARGET_DIR),target)/debug
DRIFT_SCRIPT := scripts/server_drift.sh

TEST_TARGETS += server-drift

.PHONY: server-drift

server-drift: ## Show the server suite's drift table and verdict on the reference, another-wire and connection-dropping servers.
	$(CARGO) build --locked -p kagzi-testserver -p kagzi-server-conformance --bin kagzi-testserver --bin kagzi-server-conformance --example faulty-server
	$(DRIFT_SCRIPT) $(DRIFT_BIN_DIR)/kagzi-testserver $(DRIFT_BIN_DIR)/examples/faulty-server $(DRIFT_BIN_DIR)/kagzi-server-conformance
