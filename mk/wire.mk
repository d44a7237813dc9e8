# The reference server on the wire, seen by a client nobody here wrote:
# grpcurl (pinned in tools/go.mod) lists services over reflection, checks
# grpc.health.v1, and reads a kagzi.v1.ErrorDetail from a failing call.
# See docs/guides/reference-server.md.

WIRE_GRPCURL := $(GO_TOOLS_BIN)/grpcurl
WIRE_GRPCURL_SCRIPT := scripts/wire_grpcurl.sh

TEST_TARGETS += wire-grpcurl

.PHONY: wire-grpcurl

wire-grpcurl: server-conformance-build $(GO_TOOLS) ## Call the reference server with grpcurl: reflection list, health check, an ErrorDetail in a failing call.
	$(WIRE_GRPCURL_SCRIPT) $(SERVER_TESTSERVER) $(WIRE_GRPCURL)
