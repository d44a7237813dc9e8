# Pinned tools, installed into the work tree.
#   buf, protoc-gen-es, TypeScript   npm, from package.json + package-lock.json -> node_modules/
#   protoc-gen-go(-grpc), -doc       Go module proxy, from the `tool` block of tools/go.mod -> .tools/bin/

NODE_STAMP := node_modules/.package-lock.json
# Absolute and exported: the scripts that make runs (scripts/, in scratch
# copies too) find buf through $BUF, from any working directory.
BUF := $(CURDIR)/node_modules/.bin/buf
export BUF
GO_TOOLS_BIN := $(CURDIR)/.tools/bin
GO_TOOLS := $(GO_TOOLS_BIN)/protoc-gen-go $(GO_TOOLS_BIN)/protoc-gen-go-grpc $(GO_TOOLS_BIN)/protoc-gen-doc $(GO_TOOLS_BIN)/grpcurl

.PHONY: tools node-tools go-tools

tools: node-tools go-tools ## Install every pinned tool into the work tree.

node-tools: $(NODE_STAMP) ## Install buf and the TypeScript toolchain (npm ci from package-lock.json).

# npm ci installs exactly what package-lock.json pins.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(BUF): $(NODE_STAMP)

go-tools: $(GO_TOOLS) ## Install the Go protoc plugins and grpcurl pinned in tools/go.mod into .tools/bin.

# The `tool` block of tools/go.mod names the plugins; `go install tool`
# builds all of them at the versions tools/go.mod + go.sum pin, in one call.
$(GO_TOOLS) &: tools/go.mod tools/go.sum
	cd tools && GOBIN=$(GO_TOOLS_BIN) go install -mod=readonly tool
	@touch $(GO_TOOLS)
