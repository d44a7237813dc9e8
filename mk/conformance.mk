# The conformance suite (conformance/): checked-in cases generated from
# readable sources, a runner that drives one testee per language over
# stdin/stdout, and compatibility checks between released versions.
# See conformance/README.md.
#
# Testees: CONFORMANCE_TESTEES holds one `name=command` word per testee
# (no spaces in the word); a word without `=` is a testee name whose command
# line, spaces allowed, is in CONFORMANCE_TESTEE_CMD_<name>. Targets that must
# be built before the testees run go into CONFORMANCE_TESTEE_DEPS. Other parts
# append to both, e.g.
#   CONFORMANCE_TESTEES += go=$(CURDIR)/build/conformance-testee-go
#   CONFORMANCE_TESTEES += python
#   CONFORMANCE_TESTEE_CMD_python := $(CURDIR)/.venv/bin/python $(CURDIR)/conformance/testees/python/testee.py
#   CONFORMANCE_TESTEE_DEPS += build/conformance-testee-go venv

CARGO ?= cargo
CONFORMANCE_BIN := $(abspath $(RUST_TARGET_DIR))/debug
CONFORMANCE_RUNNER := $(CONFORMANCE_BIN)/conformance-runner
CONFORMANCE_GENERATOR := $(CONFORMANCE_BIN)/conformance-cases
CONFORMANCE_CASES := conformance/cases
CONFORMANCE_SOURCES := conformance/cases-src
# The working tree's schemas: the one version folder of cases newer than every
# release image (the next version, not shipped yet) is generated against them.
CONFORMANCE_PROTO := proto
CONFORMANCE_TIMEOUT ?= 10

CONFORMANCE_TESTEES += rust=$(CONFORMANCE_BIN)/kagzi-conformance-testee-rust

TEST_TARGETS += conformance

.PHONY: conformance conformance-build conformance-fresh conformance-compat conformance-run conformance-summary conformance-cases conformance-frozen conformance-freeze

conformance: conformance-build conformance-fresh conformance-frozen conformance-compat conformance-run ## Conformance suite: cases up to date, backward/forward checks, every testee.

# Debug builds: the suite runs a few thousand small requests, so build time,
# not run time, dominates on a 2-core machine.
conformance-build: ## Build the conformance runner, case generator and Rust testee.
	$(CARGO) build --locked -p kagzi-conformance -p kagzi-conformance-testee-rust

conformance-fresh: conformance-build ## Fail when conformance/cases differs from what its sources generate.
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(CONFORMANCE_GENERATOR) --sources $(CONFORMANCE_SOURCES) --images $(VERSIONS_DIR) --proto $(CONFORMANCE_PROTO) --out "$$tmp/cases" >/dev/null && \
	  if ! diff -r $(CONFORMANCE_CASES) "$$tmp/cases"; then \
	    echo "conformance: $(CONFORMANCE_CASES) is not what $(CONFORMANCE_SOURCES) generates; run 'make conformance-cases' (released cases must not change)"; \
	    exit 1; \
	  fi && echo "conformance: checked-in cases match their sources"

conformance-frozen: ## Fail when a released version's cases differ from its manifest in conformance/frozen/.
	python3 scripts/conformance/frozen_cases.py check
	python3 scripts/conformance/frozen_cases.py selftest

conformance-freeze: ## Freeze the cases of a shipped release: make conformance-freeze VERSION=v1.2.0.
	python3 scripts/conformance/frozen_cases.py freeze "$(VERSION)"

conformance-compat: ## Unit tests of the suite and the backward/forward checks between released versions.
	$(CARGO) test --locked -p kagzi-conformance

# The results table of a full run goes to build/ and must equal the committed
# conformance/SUMMARY.md (which the docs link to), so the committed table is
# always the truth; `make conformance-summary` rewrites it after a change.
CONFORMANCE_SUMMARY := conformance/SUMMARY.md
CONFORMANCE_SUMMARY_OUT := build/conformance/SUMMARY.md
# Every testee must also echo one valid 40 MB message: large inputs must cost
# linear time and fit the protocol's frame limit.
CONFORMANCE_LARGE_MESSAGE_BYTES ?= 40000000
CONFORMANCE_RUN = $(CONFORMANCE_RUNNER) --cases $(CONFORMANCE_CASES) --timeout $(CONFORMANCE_TIMEOUT) \
  --large-message-bytes $(CONFORMANCE_LARGE_MESSAGE_BYTES) --proto $(CONFORMANCE_PROTO) \
  --summary $(CONFORMANCE_SUMMARY_OUT) \
  $(foreach t,$(CONFORMANCE_TESTEES),--testee '$(if $(findstring =,$(t)),$(t),$(t)=$(CONFORMANCE_TESTEE_CMD_$(t)))')

conformance-run: conformance-build ## Run every registered testee (CONFORMANCE_TESTEES) on every case; the table must match conformance/SUMMARY.md.
	@$(if $(strip $(CONFORMANCE_TESTEE_DEPS)),$(MAKE) --no-print-directory $(CONFORMANCE_TESTEE_DEPS))
	$(CONFORMANCE_RUN)
	@diff -u $(CONFORMANCE_SUMMARY) $(CONFORMANCE_SUMMARY_OUT) || \
	  { echo "conformance: $(CONFORMANCE_SUMMARY) is not the table of this run; run 'make conformance-summary'"; exit 1; }

conformance-summary: conformance-build ## Rewrite conformance/SUMMARY.md from a full, passing run of every testee.
	@$(if $(strip $(CONFORMANCE_TESTEE_DEPS)),$(MAKE) --no-print-directory $(CONFORMANCE_TESTEE_DEPS))
	$(CONFORMANCE_RUN)
	cp $(CONFORMANCE_SUMMARY_OUT) $(CONFORMANCE_SUMMARY)

conformance-cases: conformance-build ## Regenerate conformance/cases from conformance/cases-src (deterministic).
	@# Into a scratch directory first: a source the generator rejects leaves
	@# the checked-in cases as they were.
	rm -rf build/conformance/cases.new && mkdir -p build/conformance
	$(CONFORMANCE_GENERATOR) --sources $(CONFORMANCE_SOURCES) --images $(VERSIONS_DIR) --proto $(CONFORMANCE_PROTO) --out build/conformance/cases.new
	rm -rf $(CONFORMANCE_CASES) && mv build/conformance/cases.new $(CONFORMANCE_CASES)
