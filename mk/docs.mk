# Documentation (docs/): the API reference generated from the proto comments
# by protoc-gen-doc, the guides and their checked examples, and the link check
# of every Markdown file of the repository. See docs/README.md.
# The checks are Python scripts (stdlib only) under scripts/docs/*.py.

DOC_PLUGIN := $(GO_TOOLS_BIN)/protoc-gen-doc
DOCS_REFERENCE := docs/reference

.PHONY: docs docs-check test-docs docs-reference-check docs-coverage docs-examples-check docs-linkcheck docs-layout

ALL_TARGETS += docs-check
TEST_TARGETS += test-docs

docs: $(BUF) $(DOC_PLUGIN) ## Regenerate the API reference (docs/reference/) and refresh the guides' examples.
	rm -rf $(DOCS_REFERENCE)
	$(BUF) generate --template docs/buf.gen.docs.yaml
	$(PYTHON) scripts/docs/examples.py --write
	@echo "docs: regenerated $(DOCS_REFERENCE)/ and refreshed the examples"

docs-check: docs-reference-check docs-coverage docs-examples-check docs-linkcheck docs-layout ## Reference up to date and complete, examples match their files, links resolve, layout table matches the tree.

docs-reference-check: $(BUF) $(DOC_PLUGIN) ## Fail when docs/reference/ differs from what the schemas produce (run `make docs`).
	$(PYTHON) scripts/docs/reference.py fresh

docs-coverage: $(BUF) ## Fail unless every element of the schemas is in the API reference, with its comment and JSON name.
	$(PYTHON) scripts/docs/reference.py coverage

docs-examples-check: $(BUF) ## Fail when a guide's example differs from its file or a .proto example stops compiling.
	$(PYTHON) scripts/docs/examples.py
	$(PYTHON) scripts/docs/proto_examples.py

docs-layout: ## Fail when README.md's layout table names a path that does not exist or misses a top-level entry.
	$(PYTHON) scripts/docs/layout.py

docs-linkcheck: ## Check relative links and #anchors of README.md, docs/, conformance/ and rust/ Markdown (no fetching).
	$(PYTHON) scripts/docs/linkcheck.py

test-docs: docs-check $(BUF) $(DOC_PLUGIN) ## docs-check plus a self-test proving each docs check fails on broken input.
	$(PYTHON) scripts/docs/selftest.py
