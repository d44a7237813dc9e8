# kagzi-proto: every task of the contract package is a target here.
#
#   make        the main job: lint, format check, breaking-change gate, build
#   make test   every test of every part of the package
#   make help   the list of targets
#
# What the parts share (tools, paths, the reference server, two recipes)
# is in mk/common.mk, included first. The rules of each part live in
# mk/<part>.mk, next to the others; each part adds its targets to ALL_TARGETS
# (run by `make`) and TEST_TARGETS (run by `make test`), and reads only its
# own variables and common.mk's. Every fragment is a plain `include`: a missing or renamed
# fragment stops make instead of silently dropping its tests. Tools are
# installed into the work tree (node_modules/, .tools/, .venv/) from pinned
# lock files; nothing is installed by hand.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
MAKEFLAGS += --no-builtin-rules

include mk/common.mk
include mk/tools.mk
include mk/buf.mk
include mk/release.mk
include mk/rust.mk
include mk/conformance.mk
include mk/generate.mk
include mk/docs.mk
include mk/server.mk
include mk/google.mk
include mk/packages.mk
include mk/interop.mk
include mk/browser.mk
include mk/fuzz.mk
include mk/bench.mk
include mk/wire.mk
include mk/drift.mk
include mk/ranges.mk
include mk/validate.mk

.PHONY: all test help help-check make-fragments-check clean

TEST_TARGETS += help-check make-fragments-check

all: $(ALL_TARGETS) ## Main job: lint, format check, breaking-change gate and build of everything.
	@echo "make: all done ($(ALL_TARGETS))"

test: $(TEST_TARGETS) ## Run every test (the command CI runs).
	@echo "make test: all done ($(TEST_TARGETS))"

help: ## List the targets with what they do.
	@grep -hE '^[a-zA-Z0-9_.-]+:.*## ' $(MAKEFILE_LIST) | sort -u | \
	  awk 'BEGIN {FS = ":.*## "} {printf "  %-22s %s\n", $$1, $$2}'

# `make help` lists only targets with a `## description`: every phony target
# of every fragment must have one, or whoever runs `make help` never sees it.
help-check: ## Fail when a phony target has no description (make help would not list it).
	@missing=$$(comm -23 \
	  <(sed -n 's/^\.PHONY://p' $(MAKEFILE_LIST) | tr -s ' \\' '\n\n' | sed '/^$$/d' | sort -u) \
	  <(grep -hE '^[a-zA-Z0-9_.-]+:.*## ' $(MAKEFILE_LIST) | cut -d: -f1 | sort -u)) && \
	  if [[ -n $$missing ]]; then echo "targets without '## description':" $$missing; exit 1; fi
	@echo "help-check: every phony target is described"

# The rule of the fragments (mk/common.mk), and its proof on broken inputs.
make-fragments-check: ## Fail when a variable is set in two make files or a fragment reads another fragment's variable.
	$(PYTHON) scripts/common/check_fragments.py
	$(PYTHON) scripts/common/check_fragments.py selftest

clean: ## Remove build outputs (keeps the installed tools).
	rm -rf target rust/target gen build
