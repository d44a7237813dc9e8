# The kagzi.v1 schemas under buf: lint, format, build, and the
# breaking-change gate against the released images in releases/ (cutting a
# release: mk/release.mk). Configuration: buf.yaml.

# Output format of buf's findings: text for people, json for the gate test.
BUF_ERROR_FORMAT ?= text

.PHONY: lint format format-check build breaking test-breaking-gate

ALL_TARGETS += lint format-check breaking build
TEST_TARGETS += lint format-check breaking test-breaking-gate

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


test-breaking-gate: $(BUF) ## Prove the gate: breaking edits of a scratch copy fail, additive edits pass.
	$(PYTHON) scripts/buf/test_breaking_gate.py
