# Installable packages of the generated code, written into dist/:
#   Python  wheel and sdist of kagzi-proto (python/pyproject.toml, setuptools)
# The Go module is committed source (go/, see mk/generate.mk); the Rust crate
# is packaged by cargo.

DIST := dist
PY_PACKAGE_SRC := python
PY_PACKAGE_BUILD := build/python-package
PY_PACKAGE_STAMP := $(DIST)/.python.stamp

.PHONY: packages python-package test-python-package test-go-package

TEST_TARGETS += test-python-package test-go-package

packages: python-package ## Build every installable package into dist/.

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
	touch $(PY_PACKAGE_BUILD)/kagzi/v1/py.typed
	cd $(PY_PACKAGE_BUILD) && SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct) $(CURDIR)/$(VENV)/bin/python -c 'import sys, setuptools.build_meta as b; \
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
	  version=$$(python3 scripts/versions.py release $(VERSIONS_DIR)) && \
	  mkdir -p "$$tmp/kagzi-proto-go" "$$tmp/consumer" && \
	  cp -r $(GO_MODULE_DIR)/go.mod $(GO_MODULE_DIR)/go.sum $(GO_MODULE_DIR)/kagzi "$$tmp/kagzi-proto-go/" && \
	  cp consumers/go/main.go $(GO_MODULE_DIR)/go.sum "$$tmp/consumer/" && cd "$$tmp/consumer" && \
	  printf 'module example.com/consumer\n\ngo 1.24.0\n\nrequire github.com/kagzi/kagzi-proto/go v%s\n\nreplace github.com/kagzi/kagzi-proto/go => ../kagzi-proto-go\n' "$$version" > go.mod && \
	  $(GO) mod tidy && $(GO) run -mod=readonly . decode $(addprefix $(CURDIR)/,$(word 1,$(GO_CONSUMER_CASE))) \
	    $(wordlist 2,3,$(GO_CONSUMER_CASE))
