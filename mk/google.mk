# Google's own protobuf conformance suite, run on the Rust codec
# (conformance/google/). protobuf's `conformance_test_runner` is built from
# the protobuf release tree that the protobuf-src crate carries (pinned in
# conformance/google/upstream/), unpacked with `cargo vendor --locked`, and
# cached outside the work tree keyed by the protobuf version, so a fresh
# clone or a warm `make test` reuses it. A cold build takes about 10 minutes
# on 2 cores (cmake + ninja; jsoncpp from Debian's libjsoncpp-dev).

CARGO ?= cargo
GOOGLE_PROTOBUF_VERSION := 27.1
GOOGLE_UPSTREAM_MANIFEST := conformance/google/upstream/Cargo.toml
GOOGLE_VENDOR_DIR := build/google/vendor
# The unpacked protobuf tree (its stamp file is the CMakeLists.txt).
GOOGLE_PROTOBUF_SRC := $(GOOGLE_VENDOR_DIR)/protobuf-src-2.1.1+$(GOOGLE_PROTOBUF_VERSION)/protobuf
GOOGLE_CACHE_ROOT := $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/kagzi-proto
GOOGLE_CACHE := $(GOOGLE_CACHE_ROOT)/protobuf-$(GOOGLE_PROTOBUF_VERSION)
GOOGLE_RUNNER := $(GOOGLE_CACHE)/conformance_test_runner
GOOGLE_JOBS ?= 2
GOOGLE_JSONCPP_PKG := libjsoncpp-dev

.PHONY: conformance-google-runner google-jsoncpp

conformance-google-runner: $(GOOGLE_RUNNER) ## Build (once, cached by version) protobuf's conformance_test_runner from the protobuf-src crate.

# cargo vendor writes the whole tree into a scratch directory that is then
# renamed into place: an interrupted unpack never looks complete.
$(GOOGLE_PROTOBUF_SRC)/CMakeLists.txt: $(GOOGLE_UPSTREAM_MANIFEST) conformance/google/upstream/Cargo.lock
	rm -rf $(GOOGLE_VENDOR_DIR).new && mkdir -p $(dir $(GOOGLE_VENDOR_DIR))
	$(CARGO) vendor --locked --versioned-dirs --manifest-path $(GOOGLE_UPSTREAM_MANIFEST) $(GOOGLE_VENDOR_DIR).new >/dev/null
	rm -rf $(GOOGLE_VENDOR_DIR) && mv $(GOOGLE_VENDOR_DIR).new $(GOOGLE_VENDOR_DIR)
	@test -f $@ || { echo "google: $@ missing from the vendored protobuf-src crate"; exit 1; }
	@touch $@

# Debian's jsoncpp, installed only when missing (the runner links it).
google-jsoncpp: ## Install Debian's libjsoncpp-dev when it is missing (needed to build the runner).
	@if dpkg-query -W -f='$${Status}' $(GOOGLE_JSONCPP_PKG) 2>/dev/null | grep -q 'ok installed'; then :; \
	elif [[ $$(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq $(GOOGLE_JSONCPP_PKG); \
	elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo apt-get install -y -qq $(GOOGLE_JSONCPP_PKG); \
	else echo "google: $(GOOGLE_JSONCPP_PKG) is missing and this user cannot install it (not root, no sudo)"; exit 1; fi

# The runner has no prerequisite that a fresh clone would make look newer:
# the cache key is the version in its path. It is built in a scratch
# directory next to the cache (same file system) and renamed into place,
# so an interrupted build leaves no runner behind, only a scratch dir that
# the next build's trap or a later run removes.
$(GOOGLE_RUNNER): | $(GOOGLE_PROTOBUF_SRC)/CMakeLists.txt google-jsoncpp
	@mkdir -p $(GOOGLE_CACHE_ROOT)
	@tmp=$$(mktemp -d $(GOOGLE_CACHE_ROOT)/build-$(GOOGLE_PROTOBUF_VERSION).XXXXXX) && trap 'rm -rf "$$tmp"' EXIT && \
	  echo "google: building conformance_test_runner of protobuf $(GOOGLE_PROTOBUF_VERSION) in $$tmp (about 10 min on 2 cores)" && \
	  { cmake -S $(GOOGLE_PROTOBUF_SRC) -B "$$tmp/build" -G Ninja \
	      -Dprotobuf_BUILD_CONFORMANCE=ON -Dprotobuf_BUILD_TESTS=OFF \
	      -Dprotobuf_JSONCPP_PROVIDER=package -Dprotobuf_ABSL_PROVIDER=module \
	      -DCMAKE_CXX_FLAGS=-I/usr/include/jsoncpp >"$$tmp/cmake.log" 2>&1 || \
	    { cat "$$tmp/cmake.log"; exit 1; }; } && \
	  ninja -C "$$tmp/build" -j$(GOOGLE_JOBS) conformance_test_runner && \
	  mkdir -p $(GOOGLE_CACHE) && \
	  cp "$$tmp/build/conformance_test_runner" "$$tmp/runner" && mv -f "$$tmp/runner" $@
	@echo "google: cached $@"

# The testee (conformance/google/) and its checked-in generated code: the
# protocol messages of protobuf's conformance.proto and the test messages,
# regenerated from the unpacked protobuf tree.
GOOGLE_TESTEE_DIR := conformance/google
GOOGLE_GEN_DIR := $(GOOGLE_TESTEE_DIR)/src/gen
GOOGLE_BIN := $(abspath $(RUST_TARGET_DIR))/debug
GOOGLE_TESTEE := $(GOOGLE_BIN)/kagzi-conformance-google-testee
GOOGLE_CODEGEN := $(GOOGLE_BIN)/kagzi-conformance-google-codegen
GOOGLE_FAILURE_LIST := $(GOOGLE_TESTEE_DIR)/failure_list.txt
GOOGLE_SUMMARY := conformance/SUMMARY-google.md
GOOGLE_SUMMARY_OUT := build/google/SUMMARY-google.md

.PHONY: conformance-google conformance-google-build conformance-google-codegen \
        conformance-google-fresh conformance-google-summary conformance-google-unit

conformance-google-build: ## Build the Rust testee of Google's conformance runner and its generator.
	$(CARGO) build --locked -p kagzi-conformance-google

# Builds the generator alone: the testee compiles the checked-in code, which
# may be what a generator change makes stale.
conformance-google-codegen: $(GOOGLE_PROTOBUF_SRC)/CMakeLists.txt ## Regenerate conformance/google/src/gen/ from protobuf's sources.
	$(CARGO) build --locked -p kagzi-conformance-google --bin kagzi-conformance-google-codegen
	rm -rf build/google/gen.new
	$(GOOGLE_CODEGEN) $(GOOGLE_PROTOBUF_SRC) build/google/gen.new
	rm -rf $(GOOGLE_GEN_DIR) && mv build/google/gen.new $(GOOGLE_GEN_DIR)

conformance-google-fresh: conformance-google-build $(GOOGLE_PROTOBUF_SRC)/CMakeLists.txt ## Fail when conformance/google/src/gen/ differs from what the generator produces.
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(GOOGLE_CODEGEN) $(GOOGLE_PROTOBUF_SRC) "$$tmp" && \
	  diff -r "$$tmp" $(GOOGLE_GEN_DIR) | head -n 40 || \
	  { echo "$(GOOGLE_GEN_DIR) is stale: run 'make conformance-google-codegen'"; exit 1; }
	@echo "conformance-google-fresh: generated code is up to date"

GOOGLE_RUN = python3 scripts/google_conformance.py $(GOOGLE_RUNNER) $(GOOGLE_FAILURE_LIST) \
  $(GOOGLE_SUMMARY_OUT) build/google/logs -- $(GOOGLE_TESTEE)

# The testee's own tests: Google's inputs for reader rules, without the runner.
conformance-google-unit: ## Run the unit tests of the Rust testee of Google's conformance runner.
	$(CARGO) test --locked -p kagzi-conformance-google

conformance-google: conformance-google-fresh conformance-google-unit $(GOOGLE_RUNNER) ## Google's conformance suite (Required + Recommended, binary + JSON) on the Rust codec; table must match conformance/SUMMARY-google.md.
	$(GOOGLE_RUN)
	@diff -u $(GOOGLE_SUMMARY) $(GOOGLE_SUMMARY_OUT) || \
	  { echo "google: $(GOOGLE_SUMMARY) is not the table of this run; run 'make conformance-google-summary'"; exit 1; }

conformance-google-summary: conformance-google-fresh $(GOOGLE_RUNNER) ## Rewrite conformance/SUMMARY-google.md from a passing run of Google's suite.
	$(GOOGLE_RUN)
	cp $(GOOGLE_SUMMARY_OUT) $(GOOGLE_SUMMARY)
# The suite runs in `make test`: the runner is cached, a warm run takes seconds.
TEST_TARGETS += conformance-google
