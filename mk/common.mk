# What every part shares, included before the parts: the tools of the
# machine, the tools installed into the work tree (their rules are in
# mk/tools.mk and mk/generate.mk), the build outputs and paths that more than
# one part reads, the reference server (a real file target), the registries
# the parts append to, and the two recipes the parts repeat.
#
# The rule of the fragments (checked by `make make-fragments-check`,
# scripts/common/check_fragments.py): a variable is set in one file only; a
# fragment mk/<part>.mk reads only its own variables and those of this file;
# the registries below are the only variables a part appends to.

# The registries: each part appends its targets to ALL_TARGETS (run by
# `make`) and TEST_TARGETS (run by `make test`), and its conformance testees
# to CONFORMANCE_TESTEES, with the files they need built first in
# CONFORMANCE_TESTEE_DEPS (see mk/conformance.mk for the form of a testee).
ALL_TARGETS :=
TEST_TARGETS :=
CONFORMANCE_TESTEES :=
CONFORMANCE_TESTEE_DEPS :=

# Parameters of the command line: `make release VERSION=v1.2.0`,
# `make conformance-freeze VERSION=v1.2.0`.
VERSION ?=

# Tools of the machine (README.md lists them). PYTHON is the machine's
# Python 3: the stdlib-only scripts run on it, and it creates the venv whose
# interpreter, VENV_PYTHON, runs everything that needs a pinned package.
CARGO ?= cargo
GO ?= go
PYTHON ?= python3

# Tools installed into the work tree at pinned versions.
NODE_STAMP := node_modules/.package-lock.json
# Absolute and exported: the scripts that make runs (in scratch copies too)
# find buf through $BUF, from any working directory.
BUF := $(CURDIR)/node_modules/.bin/buf
export BUF
TSC := node_modules/.bin/tsc
GO_TOOLS_BIN := $(CURDIR)/.tools/bin
GO_TOOLS := $(GO_TOOLS_BIN)/protoc-gen-go $(GO_TOOLS_BIN)/protoc-gen-go-grpc $(GO_TOOLS_BIN)/protoc-gen-doc \
  $(GO_TOOLS_BIN)/grpcurl
VENV := .venv
VENV_STAMP := $(VENV)/.requirements.stamp
VENV_PYTHON := $(VENV)/bin/python

# Tools built once per machine and version, outside the work tree, so that a
# fresh clone or another work tree reuses them: protobuf's conformance runner
# (mk/google.mk), cargo-semver-checks (mk/tools.mk), the crate consumer's
# dependencies (scripts/packages/build_crate_consumer.sh, which works the
# same path out).
CACHE_ROOT := $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/kagzi-proto
SEMVER_CHECKS_VERSION := 0.51.0
SEMVER_CHECKS_ROOT := $(CACHE_ROOT)/cargo-semver-checks-$(SEMVER_CHECKS_VERSION)
SEMVER_CHECKS := $(SEMVER_CHECKS_ROOT)/bin/cargo-semver-checks

# Where cargo puts what it builds: the workspace's target/ unless
# CARGO_TARGET_DIR says otherwise; RUST_BIN holds the debug binaries.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
RUST_BIN := $(abspath $(TARGET_DIR))/debug

# The reference server (server/reference), which the examples, the guides,
# the server suite, grpcurl, the crate consumer and the interop run talk to.
# Rebuilt when its sources or the crate's change; cargo leaves the binary
# alone when nothing it depends on changed, hence the touch.
REFERENCE_SERVER := $(RUST_BIN)/kagzi-testserver
REFERENCE_SERVER_SOURCES := Cargo.lock $(shell find server/reference rust/kagzi-proto/src rust/kagzi-proto/Cargo.toml \
  -type f 2>/dev/null)
$(REFERENCE_SERVER): $(REFERENCE_SERVER_SOURCES)
	$(CARGO) build --locked -p kagzi-testserver
	@touch $@

# Paths more than one part reads.
# buf/validate/validate.proto, which the kagzi.v1 schemas import: fetched by
# mk/validate.mk, needed by everything that compiles the schemas.
PROTOVALIDATE_PROTO := proto/buf/validate/validate.proto
VERSIONS_DIR := releases
# The newest release image, by semantic version (v1.10.0 sorts after v1.9.0).
RELEASES := $(shell ls $(VERSIONS_DIR)/v*.binpb 2>/dev/null | sort -V)
LATEST_RELEASE := $(lastword $(RELEASES))
# The version of the newest release (1.1.0), read when a recipe uses it.
RELEASE_VERSION = $(shell $(PYTHON) scripts/release/versions.py release $(VERSIONS_DIR))
CONFORMANCE_CASES := conformance/cases
# The conformance runner (mk/conformance.mk) and the TypeScript testee's
# build (mk/generate.mk), which the runtime-range tests reuse.
CONFORMANCE_RUNNER := $(RUST_BIN)/conformance-runner
TS_TESTEE_STAMP := build/conformance-ts/.stamp
GEN_STAMP := gen/.stamp
GO_MODULE_DIR := go
DIST := dist
# The packages of dist/ (mk/packages.mk), which the browser page and the
# runtime-range tests install.
PY_PACKAGE_STAMP := $(DIST)/.python.stamp
TS_PACKAGE_STAMP := $(DIST)/.npm.stamp
# consumers/rust built on the .crate of dist/ (mk/packages.mk).
CRATE_CONSUMER := build/crate-consumer/kagzi-proto-consumer

# $(call check_fresh,NAME,COMMITTED,GENERATE,GENERATED,FIX): regenerates into
# a scratch directory and compares byte for byte with what is committed.
# GENERATE writes into the directory "$$tmp"; GENERATED is the path under it
# to compare with COMMITTED; FIX says how to bring COMMITTED up to date.
define check_fresh
@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
  $(3) && \
  { diff -r $(2) $(4) | head -n 40; } || \
  { echo "$(1): $(2) is not what its sources generate: $(5)"; exit 1; }
@echo "$(1): $(2) is up to date"
endef

# $(call check_summary,NAME,COMMITTED,WRITTEN,TARGET): the results table a
# run wrote must be the committed one (which the docs link to), so the
# committed table is always the truth; `make TARGET` rewrites it.
define check_summary
@diff -u $(2) $(3) || \
  { echo "$(1): $(2) is not the table of this run; run 'make $(4)'"; exit 1; }
endef
