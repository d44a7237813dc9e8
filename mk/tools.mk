# Pinned tools, installed into the work tree.
#   buf, protoc-gen-es, TypeScript   npm, from package.json + package-lock.json -> node_modules/
#   protoc-gen-go(-grpc), -doc       Go module proxy, from the `tool` block of tools/go.mod -> .tools/bin/
#   cargo-semver-checks              crates.io, cargo install --locked at the version below -> the
#                                    cache outside the work tree (built once per machine and version)

# Where each lands (BUF, GO_TOOLS, SEMVER_CHECKS, ...): mk/common.mk.

.PHONY: tools node-tools go-tools semver-checks-tool

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

# cargo-semver-checks (the crate's API check, mk/packages.mk) compiles about
# 400 crates: cached by version in ~/.cache/kagzi-proto/ (CACHE_ROOT), not in the work
# tree, so a fresh clone or another work tree reuses it. --locked builds it
# with the Cargo.lock it was released with. Installed into a scratch root
# that is renamed into place, so an interrupted build leaves no tool behind.
# Each version reads certain rustdoc JSON formats: 0.51.0 reads 57 (Rust
# 1.93 to 1.95), 60 and 61.
# Its release profile asks for fat LTO in one codegen unit, which is most of
# its build on 2 cores: built without LTO in 16 units (still opt-level 3),
# it installs in about 6.5 minutes instead of 11 to 14, and the check it runs
# takes the same time (most of that is rustdoc). cargo's profile settings
# from the environment take precedence over the package's own.
SEMVER_CHECKS_BUILD := CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16

semver-checks-tool: $(SEMVER_CHECKS) ## Install cargo-semver-checks (pinned) into ~/.cache/kagzi-proto/ once.

$(SEMVER_CHECKS):
	@mkdir -p $(CACHE_ROOT)
	@tmp=$$(mktemp -d $(CACHE_ROOT)/cargo-semver-checks.XXXXXX) && trap 'rm -rf "$$tmp"' EXIT && \
	  echo "semver-checks-tool: cargo install cargo-semver-checks $(SEMVER_CHECKS_VERSION) (about 400 crates, once)" && \
	  $(SEMVER_CHECKS_BUILD) $(CARGO) install --quiet --locked --version $(SEMVER_CHECKS_VERSION) --root "$$tmp" cargo-semver-checks && \
	  rm -rf $(SEMVER_CHECKS_ROOT) && mv -T "$$tmp" $(SEMVER_CHECKS_ROOT)
