# The Rust crate kagzi-proto (rust/kagzi-proto) and its code generator
# (rust/kagzi-proto-codegen, not published). The generated code and the
# descriptor set are checked in under rust/kagzi-proto/src/gen/, so building
# the crate needs no protoc and no build script; rust-test fails when they
# are stale. Cargo.lock is committed: every cargo call here is --locked.

CARGO ?= cargo
RUST_CRATE := -p kagzi-proto
RUST_GEN_DIR := rust/kagzi-proto/src/gen
RUST_FEATURES := serde client server
# Where cargo puts binaries: the workspace's target/ unless CARGO_TARGET_DIR says otherwise.
RUST_TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)

.PHONY: rust-build rust-codegen rust-test rust-bench rust-codegen-check rust-fmt-check rust-clippy \
        rust-unit-test rust-examples rust-doc rust-features rust-package

ALL_TARGETS += rust-build
TEST_TARGETS += rust-test

rust-build: ## Build the kagzi-proto crate (all features) and its examples.
	$(CARGO) build --locked $(RUST_CRATE) --all-features --examples

rust-codegen: ## Regenerate rust/kagzi-proto/src/gen/ from proto/ (pure Rust, no protoc).
	$(CARGO) run --locked -q -p kagzi-proto-codegen -- proto $(RUST_GEN_DIR)

rust-test: rust-codegen-check rust-fmt-check rust-clippy rust-unit-test rust-examples rust-doc rust-features rust-package ## All Rust checks: codegen freshness, fmt, clippy, tests, doctests, examples, docs, feature matrix, package.
	@echo "rust-test: ok"

# Regenerates into a scratch directory and compares byte for byte: fails
# when proto/ or the generator changed without `make rust-codegen`.
rust-codegen-check:
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(CARGO) run --locked -q -p kagzi-proto-codegen -- proto "$$tmp" && \
	  diff -r "$$tmp" $(RUST_GEN_DIR) >/dev/null || \
	  { echo "$(RUST_GEN_DIR) is stale: run 'make rust-codegen'"; exit 1; }
	@echo "rust-codegen-check: generated code is up to date"

rust-fmt-check:
	$(CARGO) fmt -p kagzi-proto -p kagzi-proto-codegen --check

rust-clippy:
	$(CARGO) clippy --locked -p kagzi-proto -p kagzi-proto-codegen --all-targets --all-features -- -D warnings

# Unit, integration and doc tests (the README's and the consumer guide's blocks).
rust-unit-test:
	$(CARGO) test --locked $(RUST_CRATE) --all-features

rust-examples: ## Run the server, worker and client examples against each other on loopback.
	$(CARGO) build --locked $(RUST_CRATE) --all-features --examples
	rust/scripts/run-examples.sh $(RUST_TARGET_DIR)/debug/examples

rust-doc:
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --locked $(RUST_CRATE) --all-features --no-deps

# The crate must build with no features and with each feature alone; the
# binary tests also run without serde.
rust-features:
	$(CARGO) check --locked $(RUST_CRATE) --no-default-features
	$(CARGO) test --locked $(RUST_CRATE) --no-default-features --test binary
	@for f in $(RUST_FEATURES); do \
	  echo "$(CARGO) check --locked $(RUST_CRATE) --no-default-features --features $$f"; \
	  $(CARGO) check --locked $(RUST_CRATE) --no-default-features --features $$f || exit 1; \
	done

# The published crate must build on its own from its packaged files (no
# proto/, no generator). --allow-dirty: the lead commits, CI checks out clean.
rust-package:
	$(CARGO) package --locked $(RUST_CRATE) --allow-dirty

rust-bench: ## Run the criterion benchmarks (binary and JSON encode/decode).
	$(CARGO) bench --locked $(RUST_CRATE) --bench codec
