# Installable packages of the generated code, written into dist/:
#   Python  wheel and sdist of kagzi-proto (python/pyproject.toml, setuptools)
#   npm     tarball of @kagzi/proto (typescript/package.json, tsc, npm pack)
#   Rust    kagzi-proto-X.Y.Z.crate (cargo package)
# The Go module is committed source (go/, see mk/generate.mk).

PY_PACKAGE_SRC := python
PY_PACKAGE_BUILD := build/python-package

TS_PACKAGE_SRC := typescript
TS_PACKAGE_BUILD := build/ts-package

CRATE_PACKAGE_DIR := $(TARGET_DIR)/package

.PHONY: packages python-package npm-package crate-package test-python-package test-go-package test-npm-package \
        test-crate-package test-buf-git semver-check

TEST_TARGETS += test-python-package test-go-package test-npm-package test-crate-package test-buf-git \
                semver-check

packages: python-package npm-package crate-package ## Build every installable package into dist/.

python-package: $(PY_PACKAGE_STAMP) ## Build the kagzi-proto Python wheel and sdist into dist/.

# The generated modules are copied next to the pyproject in a scratch
# directory; py.typed marks the package as typed (PEP 561). The PEP 517 hooks
# of the pinned setuptools in .venv build both archives, so the build
# resolves nothing from the network.
$(PY_PACKAGE_STAMP): $(GEN_STAMP) $(VENV_STAMP) $(wildcard $(PY_PACKAGE_SRC)/*)
	rm -rf $(PY_PACKAGE_BUILD) $(DIST)/kagzi_proto-*
	mkdir -p $(PY_PACKAGE_BUILD)/kagzi $(DIST)
	cp $(PY_PACKAGE_SRC)/pyproject.toml $(PY_PACKAGE_SRC)/README.md $(PY_PACKAGE_BUILD)/
	cp -r gen/python/kagzi/v1 $(PY_PACKAGE_BUILD)/kagzi/v1
	@# The rule types the kagzi.v1 modules import (see buf.gen.yaml).
	mkdir -p $(PY_PACKAGE_BUILD)/buf && cp -r gen/python/buf/validate $(PY_PACKAGE_BUILD)/buf/validate
	touch $(PY_PACKAGE_BUILD)/kagzi/v1/py.typed
	cd $(PY_PACKAGE_BUILD) && SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct) $(CURDIR)/$(VENV_PYTHON) -c 'import sys, setuptools.build_meta as b; \
	  print(b.build_wheel(sys.argv[1])); print(b.build_sdist(sys.argv[1]))' $(CURDIR)/$(DIST)
	@touch $@

# Installed as a user would: a new virtual environment in a temporary
# directory outside the work tree, pip install of the wheel from dist/ (its
# dependencies resolved from the ranges it declares), then the consumer
# program decodes a conformance case. The program prints where kagzi.v1 was
# imported from, and the run happens outside the repository, so the work
# tree's gen/ cannot stand in for the package.
PY_CONSUMER_CASE := $(CONFORMANCE_CASES)/v1.1.0/kagzi.v1.Workflow kagzi.v1.Workflow labels
test-python-package: $(PY_PACKAGE_STAMP) ## Install the wheel from dist/ into a fresh venv outside the repo; decode a conformance case.
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(PYTHON) -m venv "$$tmp/venv" && \
	  "$$tmp/venv/bin/pip" install --quiet --disable-pip-version-check $(CURDIR)/$(DIST)/kagzi_proto-*.whl && \
	  cp consumers/python/consume.py "$$tmp/" && cd "$$tmp" && \
	  "$$tmp/venv/bin/python" consume.py decode $(addprefix $(CURDIR)/,$(word 1,$(PY_CONSUMER_CASE))) \
	    $(wordlist 2,3,$(PY_CONSUMER_CASE))

# The Go module as a user gets it: a fresh module in a temporary directory
# outside the work tree requires github.com/kagzi/kagzi-proto/go at the
# release version, with a replace to a copy of the committed module (what
# `go get` would download from the go/vX.Y.Z tag), and runs the consumer.
GO_CONSUMER_CASE := $(CONFORMANCE_CASES)/v1.1.0/kagzi.v1.Workflow kagzi.v1.Workflow labels
test-go-package: ## Build a fresh Go module outside the repo that requires the Go module; decode a conformance case.
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  version=$(RELEASE_VERSION) && \
	  mkdir -p "$$tmp/kagzi-proto-go" "$$tmp/consumer" && \
	  cp -r $(GO_MODULE_DIR)/go.mod $(GO_MODULE_DIR)/go.sum $(GO_MODULE_DIR)/kagzi "$$tmp/kagzi-proto-go/" && \
	  cp consumers/go/*.go $(GO_MODULE_DIR)/go.sum "$$tmp/consumer/" && cd "$$tmp/consumer" && \
	  printf 'module example.com/consumer\n\ngo 1.24.0\n\nrequire github.com/kagzi/kagzi-proto/go v%s\n\nreplace github.com/kagzi/kagzi-proto/go => ../kagzi-proto-go\n' "$$version" > go.mod && \
	  $(GO) mod tidy && $(GO) run -mod=readonly . decode $(addprefix $(CURDIR)/,$(word 1,$(GO_CONSUMER_CASE))) \
	    $(wordlist 2,3,$(GO_CONSUMER_CASE))

npm-package: $(TS_PACKAGE_STAMP) ## Build the @kagzi/proto npm tarball (ES modules + .d.ts) into dist/.

# gen/ts/kagzi/v1 (not the conformance suite's own protocol) is copied to src/ of a scratch directory with the package's files,
# and src/index.ts re-exports every generated file (listed from gen/ts,
# sorted, so a new .proto joins the index without an edit here). tsc from
# node_modules/ compiles it (it resolves @bufbuild/protobuf from the
# repository's pinned node_modules/), then npm pack writes the tarball.
$(TS_PACKAGE_STAMP): $(GEN_STAMP) $(NODE_STAMP) $(wildcard $(TS_PACKAGE_SRC)/*)
	rm -rf $(TS_PACKAGE_BUILD) $(DIST)/kagzi-proto-*.tgz
	mkdir -p $(TS_PACKAGE_BUILD)/src/kagzi $(DIST)
	cp $(TS_PACKAGE_SRC)/package.json $(TS_PACKAGE_SRC)/tsconfig.json $(TS_PACKAGE_SRC)/README.md $(TS_PACKAGE_BUILD)/
	cp -r gen/ts/kagzi/v1 $(TS_PACKAGE_BUILD)/src/kagzi/v1
	{ echo '// Re-exports every generated file of kagzi.v1 (written by make npm-package).'; \
	  for f in $$(cd $(TS_PACKAGE_BUILD)/src && find kagzi -name '*_pb.ts' | LC_ALL=C sort); do \
	    echo "export * from \"./$${f%.ts}.js\";"; done; } > $(TS_PACKAGE_BUILD)/src/index.ts
	$(TSC) -p $(TS_PACKAGE_BUILD)/tsconfig.json
	cd $(TS_PACKAGE_BUILD) && npm pack --silent --pack-destination $(CURDIR)/$(DIST)
	@touch $@

# Installed as a user would: a new npm project in a temporary directory
# outside the work tree, npm install of the tarball from dist/ (its
# @bufbuild/protobuf from the range it declares), then the consumer decodes a
# conformance case. The declarations are checked to be in the tarball.
TS_CONSUMER_CASE := $(CONFORMANCE_CASES)/v1.1.0/kagzi.v1.Workflow kagzi.v1.Workflow labels
test-npm-package: $(TS_PACKAGE_STAMP) ## Install the npm tarball from dist/ into a fresh project outside the repo; decode a conformance case.
	@tgz=$$(ls $(CURDIR)/$(DIST)/kagzi-proto-*.tgz) && \
	  tar -tzf "$$tgz" | grep -x 'package/dist/index.d.ts' >/dev/null || { echo "test-npm-package: no dist/index.d.ts in $$tgz" >&2; exit 1; }; \
	  tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  printf '{ "name": "consumer", "private": true, "type": "module" }\n' > "$$tmp/package.json" && \
	  cp consumers/ts/consume.mjs "$$tmp/" && cd "$$tmp" && \
	  npm install --silent --no-audit --no-fund "$$tgz" && \
	  node consume.mjs decode $(addprefix $(CURDIR)/,$(word 1,$(TS_CONSUMER_CASE))) $(wordlist 2,3,$(TS_CONSUMER_CASE))

# cargo package writes the .crate that `cargo publish` would upload (the
# crate's files as listed by Cargo.toml, with a normalized manifest).
# --no-verify skips the rebuild of the crate from the archive: the same
# sources are compiled and tested by make test (mk/rust.mk), and that rebuild
# is minutes on a shared machine.
crate-package: ## Write the kagzi-proto .crate (cargo package) into dist/.
	$(CARGO) package --locked --no-verify -p kagzi-proto
	mkdir -p $(DIST)
	rm -f $(DIST)/kagzi-proto-*.crate
	cp $(CRATE_PACKAGE_DIR)/kagzi-proto-$(RELEASE_VERSION).crate $(DIST)/

# Installed as a user would: a fresh Cargo project outside the work tree
# (consumers/rust) requires kagzi-proto by version, served by the .crate of
# dist/ unpacked (scripts/packages/build_crate_consumer.sh says how and why;
# its build is cached under ~/.cache/kagzi-proto/crate-consumer/, keyed by
# Cargo.lock, so a warm run compiles the consumer only). Its program decodes
# a conformance case, binary and JSON, and calls the reference server on a
# free loopback port; `make interop` runs its `scenario` subcommand. Built
# each time the .crate is packaged: cargo knows what is up to date.
CRATE_CONSUMER_CASE := $(CONFORMANCE_CASES)/v1.1.0/kagzi.v1.Workflow labels
.PHONY: crate-consumer
crate-consumer: crate-package ## Build consumers/rust on the .crate of dist/ (build/crate-consumer/kagzi-proto-consumer).
	CARGO=$(CARGO) scripts/packages/build_crate_consumer.sh $(DIST)/kagzi-proto-$(RELEASE_VERSION).crate \
	  $(RELEASE_VERSION) $(CRATE_CONSUMER)

test-crate-package: crate-consumer $(REFERENCE_SERVER) ## Build a fresh Cargo project outside the repo on the .crate from dist/; decode a case, call the reference server.
	scripts/packages/test_crate_package.sh $(CRATE_CONSUMER) $(REFERENCE_SERVER) \
	  $(RELEASE_VERSION) $(CRATE_CONSUMER_CASE)

# The schemas for teams that run their own `buf generate` (no Buf Schema
# Registry): buf's git input '<repo URL>#tag=vX.Y.Z,subdir=proto', tried on a
# tagged bare clone of HEAD by a downstream project outside the tree
# (consumers/buf-git) with its own local plugins, the pinned protoc-gen-go and
# protoc-gen-go-grpc; the generated Go code must build and run.
test-buf-git: $(BUF) $(GO_TOOLS) ## Generate Go code from a tagged clone of this repo via buf's git input (#tag=,subdir=proto) in a project outside the repo; build it.
	GO=$(GO) scripts/packages/test_buf_git.sh $(BUF) $(GO_TOOLS_BIN) $(RELEASE_VERSION)

# The crate's public API must not break within 1.x: cargo-semver-checks
# (pinned, mk/tools.mk) compares the work tree's kagzi-proto with the crate
# of the newest release, as a minor release (scripts/packages/semver_check.sh says
# which commit that is). `make release` runs the same check first. Then the
# check is shown to fail: the packaged crate against a copy of it with one
# public function hidden (scripts/packages/semver_selftest.sh). Warm: about 35 s.
semver-check: $(SEMVER_CHECKS) crate-package ## Fail when the kagzi-proto crate's public API breaks against the newest release (cargo-semver-checks); prove it fails on a break.
	CARGO_SEMVER_CHECKS=$(SEMVER_CHECKS) PYTHON=$(PYTHON) scripts/packages/semver_check.sh minor
	CARGO_SEMVER_CHECKS=$(SEMVER_CHECKS) scripts/packages/semver_selftest.sh \
	  $(DIST)/kagzi-proto-$(RELEASE_VERSION).crate
