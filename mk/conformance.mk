# The conformance suite (conformance/): checked-in cases generated from
# readable sources, a runner that drives one testee per language over
# stdin/stdout, and compatibility checks between released versions.
# See docs/guides/conformance.md.
#
# Testees: CONFORMANCE_TESTEES (a registry of mk/common.mk) holds one
# `name=command` word per testee (no spaces in the word); a word without `=`
# is a testee name whose command line, spaces allowed, is in
# CONFORMANCE_TESTEE_CMD_<name>, set by the part that adds the testee. Targets
# that must be built before the testees run go into CONFORMANCE_TESTEE_DEPS
# (also in mk/common.mk). Other parts append to both, e.g.
#   CONFORMANCE_TESTEES += go=$(CURDIR)/build/conformance-testee-go
#   CONFORMANCE_TESTEES += python
#   CONFORMANCE_TESTEE_CMD_python := $(CURDIR)/.venv/bin/python $(CURDIR)/conformance/testees/python/testee.py
#   CONFORMANCE_TESTEE_DEPS += build/conformance-testee-go venv

CONFORMANCE_GENERATOR := $(RUST_BIN)/conformance-cases
CONFORMANCE_SOURCES := conformance/cases-src
# The working tree's schemas: the one version folder of cases newer than every
# release image (the next version, not shipped yet) is generated against them.
CONFORMANCE_PROTO := proto
CONFORMANCE_TIMEOUT ?= 10

CONFORMANCE_TESTEES += rust=$(RUST_BIN)/kagzi-conformance-testee-rust

TEST_TARGETS += conformance

.PHONY: conformance conformance-build conformance-fresh conformance-compat conformance-run conformance-summary conformance-cases conformance-frozen conformance-freeze

conformance: conformance-build conformance-fresh conformance-frozen conformance-compat conformance-run ## Conformance suite: cases up to date, backward/forward checks, every testee.

# Debug builds: the suite runs a few thousand small requests, so build time,
# not run time, dominates on a 2-core machine.
conformance-build: ## Build the conformance runner, case generator and Rust testee.
	$(CARGO) build --locked -p kagzi-conformance -p kagzi-conformance-testee-rust

CONFORMANCE_GENERATE = $(CONFORMANCE_GENERATOR) --sources $(CONFORMANCE_SOURCES) --images $(VERSIONS_DIR) \
  --proto $(CONFORMANCE_PROTO) --out
conformance-fresh: conformance-build ## Fail when conformance/cases differs from what its sources generate.
	$(call check_fresh,conformance-fresh,$(CONFORMANCE_CASES),$(CONFORMANCE_GENERATE) "$$tmp/cases" >/dev/null,"$$tmp/cases",run 'make conformance-cases' (released cases must not change))

conformance-frozen: ## Fail when a released version's cases differ from its manifest in conformance/frozen/.
	$(PYTHON) scripts/conformance/frozen_cases.py check
	$(PYTHON) scripts/conformance/frozen_cases.py selftest

conformance-freeze: ## Freeze the cases of a shipped release: make conformance-freeze VERSION=v1.2.0.
	$(PYTHON) scripts/conformance/frozen_cases.py freeze "$(VERSION)"

conformance-compat: ## Unit tests of the suite and the backward/forward checks between released versions.
	$(CARGO) test --locked -p kagzi-conformance

# The results table of a full run goes to build/ and must equal the committed
# conformance/SUMMARY.md (check_summary of mk/common.mk).
CONFORMANCE_SUMMARY := conformance/SUMMARY.md
CONFORMANCE_SUMMARY_OUT := build/conformance/SUMMARY.md
# Every testee must also echo one valid 40 MB message: large inputs must cost
# linear time and fit the protocol's frame limit.
CONFORMANCE_LARGE_MESSAGE_BYTES ?= 40000000
CONFORMANCE_RUN = $(CONFORMANCE_RUNNER) --cases $(CONFORMANCE_CASES) --timeout $(CONFORMANCE_TIMEOUT) \
  --large-message-bytes $(CONFORMANCE_LARGE_MESSAGE_BYTES) --proto $(CONFORMANCE_PROTO) \
  --rules conformance/rules \
  --summary $(CONFORMANCE_SUMMARY_OUT) \
  $(foreach t,$(CONFORMANCE_TESTEES),--testee '$(if $(findstring =,$(t)),$(t),$(t)=$(CONFORMANCE_TESTEE_CMD_$(t)))')

conformance-run: conformance-build ## Run every registered testee (CONFORMANCE_TESTEES) on every case; the table must match conformance/SUMMARY.md.
	@$(if $(strip $(CONFORMANCE_TESTEE_DEPS)),$(MAKE) --no-print-directory $(CONFORMANCE_TESTEE_DEPS))
	$(CONFORMANCE_RUN)
	$(call check_summary,conformance,$(CONFORMANCE_SUMMARY),$(CONFORMANCE_SUMMARY_OUT),conformance-summary)

conformance-summary: conformance-build ## Rewrite conformance/SUMMARY.md from a full, passing run of every testee.
	@$(if $(strip $(CONFORMANCE_TESTEE_DEPS)),$(MAKE) --no-print-directory $(CONFORMANCE_TESTEE_DEPS))
	$(CONFORMANCE_RUN)
	cp $(CONFORMANCE_SUMMARY_OUT) $(CONFORMANCE_SUMMARY)

conformance-cases: conformance-build ## Regenerate conformance/cases from conformance/cases-src (deterministic).
	@# Into a scratch directory first: a source the generator rejects leaves
	@# the checked-in cases as they were.
	rm -rf build/conformance/cases.new && mkdir -p build/conformance
	$(CONFORMANCE_GENERATE) build/conformance/cases.new
	rm -rf $(CONFORMANCE_CASES) && mv build/conformance/cases.new $(CONFORMANCE_CASES)
