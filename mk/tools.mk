# Pinned tools, installed into the work tree.
#   buf, protoc-gen-es, TypeScript   npm, from package.json + package-lock.json -> node_modules/
#   protoc-gen-go(-grpc), -doc       Go module proxy, from tools/go.mod + go.sum -> .tools/bin/

NODE_STAMP := node_modules/.package-lock.json
# Absolute and exported: the scripts that make runs (scripts/, in scratch
# copies too) find buf through $BUF, from any working directory.
BUF := $(CURDIR)/node_modules/.bin/buf
export BUF
GO_TOOLS_BIN := $(CURDIR)/.tools/bin
GO_TOOLS := $(GO_TOOLS_BIN)/protoc-gen-go $(GO_TOOLS_BIN)/protoc-gen-go-grpc $(GO_TOOLS_BIN)/protoc-gen-doc

.PHONY: tools node-tools go-tools

tools: node-tools go-tools ## Install every pinned tool into the work tree.

node-tools: $(NODE_STAMP) ## Install buf and the TypeScript toolchain (npm ci from package-lock.json).

# npm ci installs exactly what package-lock.json pins.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(BUF): $(NODE_STAMP)

go-tools: $(GO_TOOLS) ## Install the Go protoc plugins pinned in tools/go.mod into .tools/bin.

$(GO_TOOLS_BIN)/protoc-gen-go: GO_PKG := google.golang.org/protobuf/cmd/protoc-gen-go
$(GO_TOOLS_BIN)/protoc-gen-go-grpc: GO_PKG := google.golang.org/grpc/cmd/protoc-gen-go-grpc
$(GO_TOOLS_BIN)/protoc-gen-doc: GO_PKG := github.com/pseudomuto/protoc-gen-doc/cmd/protoc-gen-doc

# `go install` inside tools/ builds the version pinned by tools/go.mod + go.sum.
$(GO_TOOLS): tools/go.mod tools/go.sum
	cd tools && GOBIN=$(GO_TOOLS_BIN) go install $(GO_PKG)
	@touch $@
