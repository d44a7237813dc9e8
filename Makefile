# kagzi-proto: every task of the contract package is a target here.
#
#   make        the main job: lint, format check, breaking-change gate, build
#   make test   every test of every part of the package
#   make help   the list of targets
#
# The rules of each part live in mk/<part>.mk, next to the others; each part
# adds its targets to ALL_TARGETS (run by `make`) and TEST_TARGETS (run by
# `make test`). Tools are installed into the work tree (node_modules/,
# .tools/, .venv/) from pinned lock files; nothing is installed by hand.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
MAKEFLAGS += --no-builtin-rules

ALL_TARGETS :=
TEST_TARGETS :=

include mk/tools.mk
include mk/buf.mk
-include mk/rust.mk
-include mk/conformance.mk
-include mk/generate.mk
-include mk/docs.mk

.PHONY: all test help clean

all: $(ALL_TARGETS) ## Main job: lint, format check, breaking-change gate and build of everything.
	@echo "make: all done ($(ALL_TARGETS))"

test: $(TEST_TARGETS) ## Run every test (the command CI runs).
	@echo "make test: all done ($(TEST_TARGETS))"

help: ## List the targets with what they do.
	@grep -hE '^[a-zA-Z0-9_.-]+:.*## ' $(MAKEFILE_LIST) | sort -u | \
	  awk 'BEGIN {FS = ":.*## "} {printf "  %-22s %s\n", $$1, $$2}'

clean: ## Remove build outputs (keeps the installed tools).
	rm -rf target rust/target gen build
