# The cross-language benchmark (bench/): one corpus (bench/rust's
# bench-corpus, from the conformance cases plus large realistic messages),
# one harness per language writing JSON lines, and bench/RESULTS.md.
# The paths of the generated code and the crate are variables, so the
# harnesses follow them when they move.

BENCH_DIR := bench
BENCH_BUILD := $(CURDIR)/build/bench
BENCH_CORPUS := $(BENCH_BUILD)/corpus
BENCH_CASES := $(CONFORMANCE_CASES)
# The cargo profile of the corpus generator: release for measuring; the
# smoke run uses dev, which make test has mostly built already.
BENCH_PROFILE ?= release
BENCH_PROFILE_DIR = $(if $(filter dev,$(BENCH_PROFILE)),debug,$(BENCH_PROFILE))
BENCH_CORPUS_BIN = $(TARGET_DIR)/$(BENCH_PROFILE_DIR)/bench-corpus
BENCH_RESULTS := $(BENCH_DIR)/RESULTS.md
BENCH_REPS ?= 3
# Extra flags of the Python and TypeScript harnesses (bench-smoke: --smoke).
BENCH_PY_FLAGS ?=
BENCH_TS_FLAGS ?=

# Where the other languages' generated code and harness builds live.
BENCH_GEN_DEPS := $(GEN_STAMP) $(VENV_STAMP) $(NODE_STAMP)
BENCH_PY_GEN := $(CURDIR)/gen/python
BENCH_GO_DIR := $(BENCH_DIR)/go
BENCH_TS_OUT := $(CURDIR)/build/bench-ts/bench/ts/bench.js
BENCH_TS_STAMP := build/bench-ts/.stamp

.PHONY: bench bench-allocs bench-build bench-corpus bench-rust bench-go bench-python bench-ts bench-smoke

TEST_TARGETS += bench-smoke

bench-corpus: ## Write the benchmark corpus (deterministic) into build/bench/corpus.
	$(CARGO) build --locked --profile $(BENCH_PROFILE) -p kagzi-bench --bin bench-corpus
	rm -rf $(BENCH_CORPUS)
	$(BENCH_CORPUS_BIN) $(BENCH_CASES) $(BENCH_CORPUS)

# One run of the Rust harness into $(BENCH_BUILD)/rust-$(BENCH_RUN).jsonl.
BENCH_RUN ?= 0
bench-rust: bench-corpus ## Run the Rust harness (criterion) once; JSON lines into build/bench/.
	BENCH_CORPUS=$(BENCH_CORPUS) BENCH_OUT=$(BENCH_BUILD)/rust-$(BENCH_RUN).jsonl \
	  CRITERION_HOME=$(BENCH_BUILD)/criterion \
	  $(CARGO) bench --locked -p kagzi-bench --bench codec

bench-go: bench-corpus $(GEN_STAMP) ## Run the Go harness (testing.B, protobuf-go) once; JSON lines into build/bench/.
	cd $(BENCH_GO_DIR) && BENCH_CORPUS=$(BENCH_CORPUS) BENCH_OUT=$(BENCH_BUILD)/go-$(BENCH_RUN).jsonl \
	  $(GO) test -mod=readonly -run '^$$' -bench . -benchtime $(BENCH_GO_TIME) >$(BENCH_BUILD)/go-$(BENCH_RUN).log
BENCH_GO_TIME ?= 200ms

bench-python: bench-corpus $(GEN_STAMP) $(VENV_STAMP) ## Run the Python harness (upb, timeit) once; JSON lines into build/bench/.
	PYTHONPATH=$(BENCH_PY_GEN) $(VENV_PYTHON) $(BENCH_DIR)/python/bench.py $(BENCH_CORPUS) \
	  $(BENCH_BUILD)/python-$(BENCH_RUN).jsonl $(BENCH_PY_FLAGS)

$(BENCH_TS_STAMP): $(GEN_STAMP) $(NODE_STAMP) $(BENCH_DIR)/ts/bench.ts $(BENCH_DIR)/ts/tsconfig.json
	rm -rf build/bench-ts
	$(TSC) -p $(BENCH_DIR)/ts/tsconfig.json
	@touch $@

bench-ts: bench-corpus $(BENCH_TS_STAMP) ## Run the TypeScript harness (protobuf-es, Node.js) once; JSON lines into build/bench/.
	node $(BENCH_TS_OUT) $(BENCH_CORPUS) $(BENCH_BUILD)/ts-$(BENCH_RUN).jsonl $(BENCH_TS_FLAGS)

# Every harness with minimal counts, so none of them rots; nothing is timed.
# The Rust parts build with the dev profile, whose dependencies make test
# builds anyway: proving that the harness runs needs no optimizer, and the
# release build of the crate, criterion and the harness cost about 11 min
# wall on the shared 2-core machine (dev: about 3.5 min, most of it shared).
# With few resamples and flat sampling (benches/codec.rs) the dev run itself
# takes about 12 s.
bench-smoke: ## Run every benchmark harness once with tiny counts (no timing asserted).
	$(MAKE) --no-print-directory bench-corpus BENCH_PROFILE=dev
	BENCH_SMOKE=1 BENCH_CORPUS=$(BENCH_CORPUS) BENCH_OUT=$(BENCH_BUILD)/rust-smoke.jsonl \
	  CRITERION_HOME=$(BENCH_BUILD)/criterion-smoke \
	  $(CARGO) bench --locked --profile dev -p kagzi-bench --bench codec
	$(MAKE) --no-print-directory bench-go bench-python bench-ts BENCH_RUN=smoke BENCH_GO_TIME=1x \
	  BENCH_PY_FLAGS=--smoke BENCH_TS_FLAGS=--smoke BENCH_PROFILE=dev
	@for f in rust-smoke.jsonl go-smoke.jsonl python-smoke.jsonl ts-smoke.jsonl; do \
	  test -s $(BENCH_BUILD)/$$f || { echo "bench-smoke: no results in $(BENCH_BUILD)/$$f"; exit 1; }; \
	done
	@echo "bench-smoke: every harness ran"

# Repetitions interleave the languages (rust, then the next language, ...,
# then rust again) so that a slow phase of the shared machine hits all of
# them alike; the report takes the median over the repetitions.
BENCH_LANGS := rust go python ts
bench: bench-corpus ## Run every harness BENCH_REPS times, interleaved, and write bench/RESULTS.md.
	rm -f $(BENCH_BUILD)/*-[0-9]*.jsonl
	@for rep in $$(seq 1 $(BENCH_REPS)); do \
	  for lang in $(BENCH_LANGS); do \
	    $(MAKE) --no-print-directory bench-$$lang BENCH_RUN=$$rep || exit 1; \
	  done; \
	done
	$(PYTHON) $(BENCH_DIR)/report.py --results $(BENCH_BUILD) --out $(BENCH_RESULTS) \
	  --toolchain "$$($(CARGO) --version)" --toolchain "$$(rustc --version)" \
	  --toolchain "$$($(GO) version)" --toolchain "node $$(node --version)" \
	  --toolchain "$$($(VENV_PYTHON) -c 'import platform, google.protobuf as p; from google.protobuf.internal import api_implementation as a; print("Python", platform.python_version(), "protobuf", p.__version__, a.Type())')"

BENCH_BUILD_REPS ?= 3
bench-build: ## Build cost: clean consumer builds of kagzi-proto (default, no default features) against a bare tonic+prost crate; into bench/RESULTS.md.
	@mkdir -p $(BENCH_BUILD)
	$(BENCH_DIR)/build_cost.sh rust/kagzi-proto Cargo.lock $(BENCH_BUILD_REPS) $(BENCH_BUILD)/build-cost.jsonl
	$(PYTHON) $(BENCH_DIR)/report.py --build-cost $(BENCH_BUILD)/build-cost.jsonl --out $(BENCH_RESULTS)

bench-allocs: bench-corpus ## Count heap allocations per decode/encode of the large corpus messages (Markdown table).
	$(CARGO) build --locked --release -p kagzi-bench --bin bench-allocs
	$(TARGET_DIR)/release/bench-allocs $(BENCH_CORPUS)

# Validation cost (bench/RESULTS.md, "Validation cost"): each language's
# protovalidate library validating the realistic requests of the rule cases,
# ns per call. Repetitions interleave the languages, as `make bench` does.
# `make bench` runs it first; its own report keeps the section.
BENCH_VALIDATE_OUT := $(CURDIR)/build/bench/validate
BENCH_VALIDATE_RULES := $(CURDIR)/conformance/rules
BENCH_VALIDATE_REPS ?= 3
# BENCH_SMOKE=1 (bench-validate-smoke sets it): one call per message, nothing timed.
BENCH_SMOKE ?=
BENCH_VALIDATE_TS := build/bench-ts/bench/ts/validate.js

.PHONY: bench-validate bench-validate-run bench-validate-smoke

TEST_TARGETS += bench-validate-smoke

# One run of every harness into $(BENCH_VALIDATE_OUT)/<lang>-$(BENCH_RUN).jsonl.
bench-validate-run: $(BENCH_TS_STAMP) $(GEN_STAMP) $(VENV_STAMP) ## One run of the four validation harnesses (BENCH_RUN names it; BENCH_SMOKE=1: one call each).
	@mkdir -p $(BENCH_VALIDATE_OUT)
	BENCH_RULES=$(BENCH_VALIDATE_RULES) BENCH_OUT=$(BENCH_VALIDATE_OUT)/rust-$(BENCH_RUN).jsonl \
	  $(if $(BENCH_SMOKE),BENCH_SMOKE=1) $(CARGO) bench --locked --profile $(BENCH_PROFILE) -p kagzi-bench --bench validate
	cd $(BENCH_GO_DIR)/validate && BENCH_RULES=$(BENCH_VALIDATE_RULES) BENCH_OUT=$(BENCH_VALIDATE_OUT)/go-$(BENCH_RUN).jsonl \
	  $(GO) test -mod=readonly -run '^$$' -bench . -benchtime $(if $(BENCH_SMOKE),1x,$(BENCH_GO_TIME)) >$(BENCH_VALIDATE_OUT)/go-$(BENCH_RUN).log
	PYTHONPATH=$(BENCH_PY_GEN) $(VENV)/bin/python $(BENCH_DIR)/validate/validate.py $(BENCH_VALIDATE_RULES) \
	  $(BENCH_VALIDATE_OUT)/python-$(BENCH_RUN).jsonl $(if $(BENCH_SMOKE),--smoke)
	node $(BENCH_VALIDATE_TS) $(BENCH_VALIDATE_RULES) $(BENCH_VALIDATE_OUT)/ts-$(BENCH_RUN).jsonl $(if $(BENCH_SMOKE),--smoke)

bench-validate: ## Validation cost of each language's protovalidate library (ns per realistic request) into bench/RESULTS.md.
	rm -rf $(BENCH_VALIDATE_OUT)
	@for rep in $$(seq 1 $(BENCH_VALIDATE_REPS)); do \
	  $(MAKE) --no-print-directory bench-validate-run BENCH_RUN=$$rep || exit 1; \
	done
	python3 $(BENCH_DIR)/validate/report.py $(BENCH_VALIDATE_OUT) $(BENCH_RESULTS)

# Every validation harness once with one call per message, so none rots;
# nothing is timed. Dev profile, as bench-smoke.
bench-validate-smoke: ## Run the four validation harnesses once, one call per message (no timing asserted).
	rm -rf $(BENCH_VALIDATE_OUT)-smoke
	$(MAKE) --no-print-directory bench-validate-run BENCH_RUN=smoke BENCH_SMOKE=1 BENCH_PROFILE=dev \
	  BENCH_VALIDATE_OUT=$(BENCH_VALIDATE_OUT)-smoke
	@for l in rust go python ts; do \
	  test -s $(BENCH_VALIDATE_OUT)-smoke/$$l-smoke.jsonl || { echo "bench-validate-smoke: no results of $$l"; exit 1; }; \
	done
	@echo "bench-validate-smoke: every validation harness ran"

bench: bench-validate

# The TypeScript validation harness is compiled with the codec harness.
$(BENCH_TS_STAMP): $(BENCH_DIR)/ts/validate.ts
