# The Rust crate kagzi-proto (rust/kagzi-proto) and its code generator
# (rust/kagzi-proto-codegen, not published). The generated code and the
# descriptor set are checked in under rust/kagzi-proto/src/gen/, so building
# the crate needs no protoc and no build script; rust-test fails when they
# are stale. Cargo.lock is committed: every cargo call here is --locked.

RUST_CRATE := -p kagzi-proto
# Every Rust crate of this part: the published one, its generator, the
# unpublished crate whose doctests are the consumer guide's code blocks, and
# the unpublished reference server the examples and tests talk to, and the
# codec properties that the fuzz targets and the replay test check.
RUST_ALL_CRATES := -p kagzi-proto -p kagzi-proto-codegen -p kagzi-proto-guide -p kagzi-testserver -p kagzi-proto-properties
RUST_GEN_DIR := rust/kagzi-proto/src/gen
RUST_FEATURES := serde client server status validate

.PHONY: rust-build rust-codegen rust-test rust-bench rust-codegen-check rust-fmt-check rust-clippy \
        rust-unit-test rust-examples rust-doc rust-features rust-package

ALL_TARGETS += rust-build
TEST_TARGETS += rust-test

rust-build: $(REFERENCE_SERVER) ## Build the kagzi-proto crate (all features), its examples and the test server.
	$(CARGO) build --locked $(RUST_CRATE) --all-features --examples

rust-codegen: $(PROTOVALIDATE_PROTO) ## Regenerate rust/kagzi-proto/src/gen/ from proto/ (pure Rust, no protoc).
	$(CARGO) run --locked -q -p kagzi-proto-codegen -- proto $(RUST_GEN_DIR)

rust-test: rust-codegen-check rust-fmt-check rust-clippy rust-unit-test rust-examples rust-doc rust-features rust-package ## All Rust checks: codegen freshness, fmt, clippy, tests, doctests, examples, docs, feature matrix, package.
	@echo "rust-test: ok"

# Fails when proto/ or the generator changed without `make rust-codegen`.
rust-codegen-check: $(PROTOVALIDATE_PROTO) ## Fail when rust/kagzi-proto/src/gen/ differs from what proto/ and the generator produce.
	$(call check_fresh,rust-codegen-check,$(RUST_GEN_DIR),$(CARGO) run --locked -q -p kagzi-proto-codegen -- proto "$$tmp","$$tmp",run 'make rust-codegen')

rust-fmt-check: ## Check the formatting of the Rust crates (cargo fmt --check).
	$(CARGO) fmt $(RUST_ALL_CRATES) --check

rust-clippy: ## Lint the Rust crates with clippy, warnings as errors.
	$(CARGO) clippy --locked $(RUST_ALL_CRATES) --all-targets --all-features -- -D warnings

# Unit, integration and doc tests (the README's blocks), the generator's
# tests (its post-processor on reformatted and on changed pbjson output),
# then the consumer guide's blocks, which are doctests of the unpublished
# kagzi-proto-guide (docs/ is not part of the published package).
rust-unit-test: ## Run the crate's unit, integration and doc tests, the generator's and the test server's tests, and the consumer guide's code blocks.
	$(CARGO) test --locked $(RUST_CRATE) --all-features
	$(CARGO) test --locked -p kagzi-proto-codegen
	$(CARGO) test --locked -p kagzi-testserver
	$(CARGO) test --locked --doc -p kagzi-proto-guide

rust-examples: rust-build ## Run the worker, client and admin examples against the test server on loopback.
	scripts/rust/run_examples.sh $(RUST_BIN)/examples $(REFERENCE_SERVER)

rust-doc: ## Build the crate's API docs with rustdoc warnings as errors.
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --locked $(RUST_CRATE) --all-features --no-deps

# The crate must build with no features and with each feature alone; its
# whole test suite (unit, integration and doc tests) also runs without any
# feature, so no test or README block silently needs a default feature.
rust-features: ## Build with no features and each feature alone; run every test with no features.
	$(CARGO) test --locked $(RUST_CRATE) --no-default-features
	@for f in $(RUST_FEATURES); do \
	  echo "$(CARGO) check --locked $(RUST_CRATE) --no-default-features --features $$f"; \
	  $(CARGO) check --locked $(RUST_CRATE) --no-default-features --features $$f || exit 1; \
	done

# The published crate must build on its own from its packaged files (no
# proto/, no generator). --allow-dirty: the lead commits, CI checks out clean.
# cargo package only compiles the library; the doctests (the README) are
# then built and run from the unpacked .crate in a directory outside the
# workspace, so nothing there can reach files that are not in the package.
# Its own target dir (reused between runs) keeps the workspace's target/
# untouched; --locked uses the Cargo.lock shipped in the package; the
# .crate stores every file with one fixed old mtime, so the unpacking (tar -m)
# stamps them now: otherwise cargo's mtime check would take the reused target
# dir's build of an earlier package as fresh. The
# fetch downloads the dev-dependencies the doctests need (a no-op when an
# earlier step already did), so the test itself runs --offline.
RUST_PACKAGE_CHECK_DIR := $(abspath $(TARGET_DIR))/package-check
rust-package: ## Package the crate and build and run the packaged crate's doctests outside the workspace.
	$(CARGO) package --locked $(RUST_CRATE) --allow-dirty
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  crate=$$(ls $(TARGET_DIR)/package/kagzi-proto-[0-9]*.crate | sort -V | tail -n 1) && \
	  tar -xzmf "$$crate" -C "$$tmp" && cd "$$tmp"/kagzi-proto-[0-9]* && \
	  echo "rust-package: doctests of $$crate (unpacked in $$tmp)" && \
	  $(CARGO) fetch --locked && \
	  CARGO_TARGET_DIR=$(RUST_PACKAGE_CHECK_DIR) $(CARGO) test --locked --offline --doc

rust-bench: ## Run the criterion benchmarks (binary and JSON encode/decode).
	$(CARGO) bench --locked $(RUST_CRATE) --bench codec
