# The kagzi.v1 schemas under buf: lint, format, build, breaking-change gate,
# releases. Configuration: buf.yaml. Released images: releases/.

VERSIONS_DIR := releases
# Output format of buf's findings: text for people, json for the gate test.
BUF_ERROR_FORMAT ?= text
# The newest release image, by semantic version (v1.10.0 sorts after v1.9.0).
RELEASES := $(shell ls $(VERSIONS_DIR)/v*.binpb 2>/dev/null | sort -V)
LATEST_RELEASE := $(lastword $(RELEASES))

.PHONY: lint format format-check build breaking release test-breaking-gate test-versions test-release

ALL_TARGETS += lint format-check breaking build
TEST_TARGETS += lint format-check breaking test-breaking-gate test-versions test-release

lint: $(BUF) ## buf lint: STANDARD + COMMENTS rules on proto/.
	$(BUF) lint

format: $(BUF) ## Rewrite the .proto files in buf's canonical format.
	$(BUF) format --write

format-check: $(BUF) ## Fail when a .proto file is not in buf's canonical format.
	$(BUF) format --diff --exit-code

build: $(BUF) build/kagzi.v1.binpb ## Compile the schemas into a buf image (build/kagzi.v1.binpb).

build/kagzi.v1.binpb: $(BUF) buf.yaml $(wildcard proto/kagzi/v1/*.proto)
	@mkdir -p build
	$(BUF) build --exclude-source-info -o $@

breaking: $(BUF) ## Fail on any breaking change (buf FILE rules) against the newest released image.
	@test -n "$(LATEST_RELEASE)" || { echo "no release image in $(VERSIONS_DIR)"; exit 1; }
	@echo "breaking-change gate against $(LATEST_RELEASE)"
	$(BUF) breaking --against $(LATEST_RELEASE) --error-format=$(BUF_ERROR_FORMAT)
	@# The release history itself: each image must be compatible with the one
	@# before it, so no release can have slipped past the gate.
	@prev=; for image in $(RELEASES); do \
	  if [ -n "$$prev" ]; then \
	    echo "breaking-change gate: $$image against $$prev"; \
	    $(BUF) breaking "$$image" --against "$$prev" --error-format=$(BUF_ERROR_FORMAT); \
	  fi; prev="$$image"; \
	done

release: $(BUF) $(SEMVER_CHECKS) ## Cut a release: make release VERSION=v1.2.0 (semver check of the crate, writes releases/VERSION.binpb, sets every package version, commits, tags vX.Y.Z and go/vX.Y.Z).
	BUF=$(BUF) CARGO=$(CARGO) PYTHON=$(PYTHON) CARGO_SEMVER_CHECKS=$(SEMVER_CHECKS) scripts/release/release.sh "$(VERSION)"

test-breaking-gate: $(BUF) ## Prove the gate: breaking edits of a scratch copy fail, additive edits pass.
	python3 scripts/buf/test_breaking_gate.py

# One version for all: every package's version file must carry the newest
# release's version (scripts/release/versions.py lists them), and the check itself is
# shown to fail on a disagreeing copy.
test-versions: ## Fail when a package's version differs from the newest kagzi.v1 release.
	python3 scripts/release/versions.py check . $(VERSIONS_DIR)
	python3 scripts/release/versions.py selftest

test-release: $(BUF) ## Prove make release on a scratch clone: sets, commits and tags every version; refuses on a disagreement.
	BUF=$(BUF) CARGO=$(CARGO) PYTHON=$(PYTHON) scripts/release/test_release.sh $(BUF)
