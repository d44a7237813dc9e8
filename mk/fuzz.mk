# Fuzzing of kagzi-proto's binary and JSON codecs. The targets
# (rust/kagzi-proto/fuzz, own workspace and Cargo.lock, nightly + libFuzzer)
# and the stable replay test share the properties of
# rust/kagzi-proto-properties. `make test` runs the replay test, resolves
# the fuzz workspace's own Cargo.lock --locked (stable cargo, so a stale lock
# fails CI, not the next `make fuzz`), and, where a nightly toolchain is
# installed, builds every target and replays its seeds and regressions
# (fuzz-smoke); CI needs no nightly toolchain.
#
#   make fuzz FUZZ_SECONDS=600   every target for that many seconds each

FUZZ_DIR := rust/kagzi-proto/fuzz
FUZZ_TARGETS := binary json
FUZZ_SECONDS ?= 60
# cargo-fuzz, pinned, built once per machine and version into the cache
# outside the work tree (like cargo-semver-checks), from the crate registry.
CARGO_FUZZ_VERSION := 0.13.1
CARGO_FUZZ_ROOT := $(CACHE_ROOT)/cargo-fuzz-$(CARGO_FUZZ_VERSION)
CARGO_FUZZ := $(CARGO_FUZZ_ROOT)/bin/cargo-fuzz
CARGO_NIGHTLY ?= cargo +nightly
# Seeds, the growing corpus and crash artifacts: build outputs, never committed.
FUZZ_WORK := $(abspath $(TARGET_DIR))/fuzz-work
FUZZ_BUILD_DIR := $(abspath $(TARGET_DIR))/fuzz
FUZZ_CASES ?= $(CONFORMANCE_CASES)

.PHONY: fuzz fuzz-build fuzz-seeds fuzz-test fuzz-lock-check fuzz-smoke

TEST_TARGETS += fuzz-test fuzz-lock-check fuzz-smoke

# Installed into a scratch root renamed into place: an interrupted build
# leaves no tool behind.
$(CARGO_FUZZ):
	@mkdir -p $(CACHE_ROOT)
	@tmp=$$(mktemp -d $(CACHE_ROOT)/cargo-fuzz.XXXXXX) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(CARGO) install --quiet --locked cargo-fuzz --version $(CARGO_FUZZ_VERSION) --root "$$tmp" && \
	  rm -rf $(CARGO_FUZZ_ROOT) && mv -T "$$tmp" $(CARGO_FUZZ_ROOT)

# cargo fuzz has no --locked: the metadata call fails first when the fuzz
# workspace's Cargo.lock would have to change.
fuzz-build: $(CARGO_FUZZ) ## Build the fuzz targets (nightly, libFuzzer, address sanitizer).
	$(CARGO_NIGHTLY) metadata --locked --format-version 1 --manifest-path $(FUZZ_DIR)/Cargo.toml >/dev/null
	cd $(FUZZ_DIR) && PATH="$(CARGO_FUZZ_ROOT)/bin:$$PATH" $(CARGO_NIGHTLY) fuzz build --target-dir $(FUZZ_BUILD_DIR)

# Rebuilt from scratch each time, from the cases alone: deterministic.
fuzz-seeds: ## Write the fuzz seed corpora from the conformance cases (into target/fuzz-work/seeds).
	$(CARGO) run --locked -q -p kagzi-proto-properties --bin fuzz-seeds -- $(FUZZ_CASES) $(FUZZ_WORK)/seeds

# One job per target, one after the other (the machine's cores are shared).
# FUZZ_RUN_FLAGS: more libFuzzer flags (fuzz-smoke: -runs=0).
FUZZ_RUN_FLAGS ?=
# New corpus inputs go to fuzz-work/corpus/<target>, failures to
# fuzz-work/artifacts/<target>/: minimize one with
# `cargo fuzz tmin <target> <file>` and commit it under $(FUZZ_DIR)/regressions/<target>/.
fuzz: fuzz-build fuzz-seeds ## Run every fuzz target for FUZZ_SECONDS seconds each (default 60).
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_WORK)/corpus/$$t $(FUZZ_WORK)/artifacts/$$t && \
	  echo "fuzz: $$t $(or $(FUZZ_RUN_FLAGS),for $(FUZZ_SECONDS) s)" && \
	  (cd $(FUZZ_DIR) && PATH="$(CARGO_FUZZ_ROOT)/bin:$$PATH" $(CARGO_NIGHTLY) fuzz run --target-dir $(FUZZ_BUILD_DIR) $$t \
	    $(FUZZ_WORK)/corpus/$$t $(FUZZ_WORK)/seeds/$$t $(FUZZ_DIR:%=$(CURDIR)/%)/regressions/$$t -- \
	    -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_WORK)/artifacts/$$t/ -print_final_stats=1 $(FUZZ_RUN_FLAGS)) || exit 1; \
	done

fuzz-test: ## Replay the conformance cases and the fuzz regressions through the codec properties (stable).
	$(CARGO) test --locked -p kagzi-proto-properties

# The fuzz workspace is not a member of the main one: nothing else resolves
# its lock file. Stable cargo reads it; no nightly needed.
fuzz-lock-check: ## Fail when the fuzz workspace's Cargo.lock is stale (cargo metadata --locked).
	$(CARGO) metadata --locked --format-version 1 --manifest-path $(FUZZ_DIR)/Cargo.toml >/dev/null
	@echo "fuzz-lock-check: $(FUZZ_DIR)/Cargo.lock is up to date"

# Where nightly is installed: the targets build, and each runs once over its
# seeds and regressions and nothing else (-runs=0: no new inputs, so the
# smoke is deterministic; finding bugs is `make fuzz`'s job).
fuzz-smoke: fuzz-lock-check ## Where a nightly toolchain is installed: build every fuzz target and replay its seeds and regressions.
	@if ! $(CARGO_NIGHTLY) --version >/dev/null 2>&1; then \
	  echo "fuzz-smoke: skipped: no nightly toolchain ('$(CARGO_NIGHTLY) --version' failed); make fuzz needs one"; \
	else $(MAKE) --no-print-directory fuzz FUZZ_RUN_FLAGS=-runs=0; fi
