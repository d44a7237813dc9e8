# The reference server on the wire, seen by clients nobody here wrote:
# grpcurl 1.9 (pinned in tools/go.mod, asks reflection v1) and grpcurl 1.8.7
# (pinned in its own module, tools/grpcurl-v1alpha/go.mod, speaks only
# reflection v1alpha) list services over reflection; grpcurl checks
# grpc.health.v1 and reads a kagzi.v1.ErrorDetail from a failing call. Then
# the same run against servers with a test fault each must fail the steps
# that fault breaks. See docs/guides/reference-server.md.

WIRE_GRPCURL := $(GO_TOOLS_BIN)/grpcurl
WIRE_GRPCURL_V1ALPHA := $(GO_TOOLS_BIN)/grpcurl-v1alpha
WIRE_GRPCURL_SCRIPT := scripts/wire/grpcurl.sh
WIRE_GRPCURL_BROKEN_SCRIPT := scripts/wire/grpcurl_broken.sh

TEST_TARGETS += wire-grpcurl

.PHONY: wire-grpcurl

# Both releases install a binary named grpcurl, so the older one is built
# under its own name rather than by `go install tool`.
$(WIRE_GRPCURL_V1ALPHA): tools/grpcurl-v1alpha/go.mod tools/grpcurl-v1alpha/go.sum
	cd tools/grpcurl-v1alpha && $(GO) build -mod=readonly -o $@ github.com/fullstorydev/grpcurl/cmd/grpcurl

go-tools: $(WIRE_GRPCURL_V1ALPHA)

wire-grpcurl: $(REFERENCE_SERVER) $(GO_TOOLS) $(WIRE_GRPCURL_V1ALPHA) ## grpcurl vs the reference server: list via reflection v1 and v1alpha, health, an ErrorDetail; fails on a broken server.
	scripts/server/with-reference-server.sh $(REFERENCE_SERVER) -- \
	  $(WIRE_GRPCURL_SCRIPT) $(WIRE_GRPCURL) $(WIRE_GRPCURL_V1ALPHA)
	$(WIRE_GRPCURL_BROKEN_SCRIPT) $(REFERENCE_SERVER) $(WIRE_GRPCURL) $(WIRE_GRPCURL_V1ALPHA)
