# Generated code for Go, Python and TypeScript (buf.gen.yaml), held to the
# compilers, the type checkers, the guides' examples and the conformance
# suite. Output: gen/ (ignored). Stamp files keep repeated runs cheap.

GO_TESTEE_DIR := conformance/testees/go
GO_TESTEE := build/testees/testee-go
GUIDES_DIR := docs/guides
MYPY_CONFIG := conformance/testees/python/mypy.ini
GUIDE_BUILD := build/guides
GEN_PLUGINS := $(GO_TOOLS_BIN)/protoc-gen-go $(GO_TOOLS_BIN)/protoc-gen-go-grpc tools/protoc_gen_grpcio.py
# google.rpc.Status for the TypeScript testee (see the $(GEN_STAMP) rule).
GOOGLEAPIS_TEMPLATE := conformance/testees/ts/buf.gen.googleapis.yaml
GOOGLEAPIS_STAGE := build/googleapis
GEN_INPUTS := buf.gen.yaml buf.yaml conformance/buf.yaml conformance/buf.gen.yaml $(wildcard proto/kagzi/v1/*.proto) \
  $(wildcard conformance/protocol/kagzi/conformance/v1/*.proto)

# The conformance testees of this part (see mk/conformance.mk); the command
# lines with spaces are set here, read by mk/conformance.mk by name.
CONFORMANCE_TESTEES += go=$(CURDIR)/$(GO_TESTEE) python ts
CONFORMANCE_TESTEE_CMD_python := env PYTHONPATH=$(CURDIR)/gen/python $(CURDIR)/$(VENV_PYTHON) \
  $(CURDIR)/conformance/testees/python/testee.py
CONFORMANCE_TESTEE_CMD_ts := node $(CURDIR)/build/conformance-ts/conformance/testees/ts/testee.js
GEN_TESTEES := $(GO_TESTEE) $(TS_TESTEE_STAMP) $(VENV_STAMP) $(GEN_STAMP)
CONFORMANCE_TESTEE_DEPS += $(GEN_TESTEES)

ALL_TARGETS += generate
TEST_TARGETS += test-generated test-go-module-fresh

.PHONY: generate venv testees test-generated test-generated-go test-generated-python \
  test-generated-ts test-guides test-go-module-fresh

generate: $(GEN_STAMP) ## buf generate: Go, Python and TypeScript code into gen/ (template: buf.gen.yaml).

venv: $(VENV_STAMP) ## Create .venv with the Python packages pinned in tools/requirements.txt.

# --no-deps: every package, transitive ones too, is pinned in the file, so
# pip installs exactly that list and resolves nothing on its own.
$(VENV_STAMP): tools/requirements.txt
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -r tools/requirements.txt
	@touch $@

# The kagzi.v1 module's Go code goes to the committed Go module go/ (module
# github.com/kagzi/kagzi-proto/go, package kagzi/v1); its Python and
# TypeScript code to gen/<lang>/kagzi/v1. The conformance module (the
# testees' protocol) goes to gen/<lang>/kagzi/conformance/v1 with its own
# template; gen/go gets a go.mod so that the Go testee can point at it with a
# replace directive (that code is not published).
$(GEN_STAMP): $(GEN_INPUTS) $(GEN_PLUGINS) $(BUF) $(NODE_STAMP) $(VENV_STAMP) $(GOOGLEAPIS_TEMPLATE)
	rm -rf gen/go gen/python gen/ts gen/ts-googleapis $(GO_MODULE_DIR)/kagzi
	$(BUF) generate
	$(BUF) generate conformance --template conformance/buf.gen.yaml
	@# google.rpc.Status for the TS testee, from the status.proto of the pinned
	@# googleapis-common-protos wheel, staged alone in a scratch module so that
	@# buf compiles that one file (and the well-known type it imports).
	rm -rf $(GOOGLEAPIS_STAGE) && mkdir -p $(GOOGLEAPIS_STAGE)/google/rpc
	cp "$$($(VENV_PYTHON) -c 'import google.rpc.status_pb2 as m, os; print(os.path.join(os.path.dirname(m.__file__), "status.proto"))')" \
	  $(GOOGLEAPIS_STAGE)/google/rpc/status.proto
	printf 'version: v2\n' > $(GOOGLEAPIS_STAGE)/buf.yaml
	$(BUF) generate $(GOOGLEAPIS_STAGE) --template $(GOOGLEAPIS_TEMPLATE)
	printf 'module github.com/kagzi/kagzi-proto/gen/go\n\ngo 1.24\n' > gen/go/go.mod
	@touch $@

# The committed Go module must be exactly what `buf generate` writes: generate
# into a scratch directory (-o prefixes every output path) and compare.
test-go-module-fresh: $(GEN_PLUGINS) $(BUF) $(NODE_STAMP) $(VENV_STAMP) ## Fail when the committed Go module (go/kagzi) differs from what buf generate writes.
	$(call check_fresh,test-go-module-fresh,$(GO_MODULE_DIR)/kagzi,$(BUF) generate -o "$$tmp","$$tmp/$(GO_MODULE_DIR)/kagzi",run 'make generate' and commit)

testees: $(GEN_TESTEES) ## Build the Go, Python and TypeScript conformance testees.

$(GO_TESTEE): $(GEN_STAMP) $(wildcard $(GO_TESTEE_DIR)/*.go) $(GO_MODULE_DIR)/go.mod $(GO_MODULE_DIR)/go.sum $(GO_TESTEE_DIR)/go.mod $(GO_TESTEE_DIR)/go.sum
	cd $(GO_TESTEE_DIR) && $(GO) build -mod=readonly -o $(CURDIR)/$@ .

$(TS_TESTEE_STAMP): $(GEN_STAMP) $(NODE_STAMP) conformance/testees/ts/testee.ts conformance/testees/ts/tsconfig.json
	rm -rf build/conformance-ts
	$(TSC) -p conformance/testees/ts/tsconfig.json
	@touch $@

test-generated: test-generated-go test-generated-python test-generated-ts test-guides ## Compile and type-check the generated code of every language, run the guides' examples.

# The checks below leave a stamp each: they run again only when the
# generated code or what checks it changed.
CHECK_STAMPS := build/test-generated

test-generated-go: $(CHECK_STAMPS)/go.stamp ## go vet the generated Go packages and the Go testee.

$(CHECK_STAMPS)/go.stamp: $(GEN_STAMP) $(wildcard $(GO_TESTEE_DIR)/*.go) $(GO_TESTEE_DIR)/go.mod $(GO_TESTEE_DIR)/go.sum
	cd $(GO_TESTEE_DIR) && $(GO) vet -mod=readonly github.com/kagzi/kagzi-proto/gen/go/... \
	  github.com/kagzi/kagzi-proto/go/... ./...
	@mkdir -p $(@D) && touch $@

# Every generated module must import, and mypy checks the message stubs
# (.pyi), the gRPC modules, the testee and the protoc wrapper (strict, with
# the exceptions for generated code that MYPY_CONFIG gives reasons for).
PY_GEN_MODULES = $(sort $(patsubst gen/python/%.py,%,$(shell find gen/python -name '*.py' 2>/dev/null)))
test-generated-python: $(CHECK_STAMPS)/python.stamp ## Import every generated Python module; mypy the stubs, the gRPC modules and the testee.

$(CHECK_STAMPS)/python.stamp: $(GEN_STAMP) $(VENV_STAMP) $(MYPY_CONFIG) conformance/testees/python/testee.py \
  tools/protoc_gen_grpcio.py
	PYTHONPATH=gen/python $(VENV_PYTHON) -c 'import importlib, sys; \
	  names = [m.replace("/", ".") for m in sys.argv[1:]]; \
	  [importlib.import_module(n) for n in names]; print(f"imported {len(names)} generated modules")' \
	  $(PY_GEN_MODULES)
	MYPYPATH=gen/python $(VENV)/bin/mypy --config-file $(MYPY_CONFIG) \
	  $(sort $(shell find gen/python -name '*.pyi' -o -name '*_grpc.py' 2>/dev/null)) \
	  conformance/testees/python/testee.py tools/protoc_gen_grpcio.py
	@mkdir -p $(@D) && touch $@

# Building the TS testee is the strict tsc compile of the generated code
# and the testee (conformance/testees/ts/tsconfig.json), so it is the check.
test-generated-ts: $(TS_TESTEE_STAMP) ## Strict tsc compile of the generated TypeScript and the TS testee.

# Each guide's blocks run outside the work tree, in a scratch copy of the
# repository next to the reader's project (docs/guides/my-service/LANG/):
# its sh blocks build the package and install it into the project, its
# program is type-checked and run against the reference server, intact and
# with a fault it must catch (scripts/generate/check_guide.py). A stamp per guide
# skips guides that did not change.
GUIDE_LANGS := go python ts
GUIDE_STAMPS := $(foreach l,$(GUIDE_LANGS),$(GUIDE_BUILD)/$(l).stamp)
GUIDE_PROJECTS := $(GUIDES_DIR)/my-service
GUIDE_DEPS := $(GEN_STAMP) $(VENV_STAMP) $(NODE_STAMP) $(REFERENCE_SERVER) scripts/generate/check_guide.py \
  scripts/server/with-reference-server.sh scripts/server/lib.sh mk/generate.mk mk/packages.mk \
  $(wildcard python/* typescript/*)

test-guides: $(GUIDE_STAMPS) ## Run every code block of docs/guides/consuming-{go,python,typescript}.md, against the reference server.

$(GUIDE_BUILD)/go.stamp: $(GUIDES_DIR)/consuming-go.md $(wildcard $(GUIDE_PROJECTS)/go/*) $(GUIDE_DEPS)
$(GUIDE_BUILD)/python.stamp: $(GUIDES_DIR)/consuming-python.md $(wildcard $(GUIDE_PROJECTS)/python/*) $(GUIDE_DEPS)
$(GUIDE_BUILD)/ts.stamp: $(GUIDES_DIR)/consuming-typescript.md $(wildcard $(GUIDE_PROJECTS)/ts/*) $(GUIDE_DEPS)
$(GUIDE_STAMPS):
	$(VENV_PYTHON) scripts/generate/check_guide.py $< $(basename $(notdir $@)) $(REFERENCE_SERVER)
	@mkdir -p $(@D) && touch $@
