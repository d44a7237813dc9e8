# The cross-language benchmark (bench/): one corpus (bench/rust's
# bench-corpus, from the conformance cases plus large realistic messages),
# one harness per language writing JSON lines, and bench/RESULTS.md.
# The paths of the generated code and the crate are variables, so the
# harnesses follow them when they move.

BENCH_DIR := bench
BENCH_BUILD := $(CURDIR)/build/bench
BENCH_CORPUS := $(BENCH_BUILD)/corpus
BENCH_CASES := $(CONFORMANCE_CASES)
BENCH_CORPUS_BIN := $(RUST_TARGET_DIR)/release/bench-corpus
BENCH_RESULTS := $(BENCH_DIR)/RESULTS.md
BENCH_REPS ?= 3

.PHONY: bench bench-corpus bench-rust bench-smoke

TEST_TARGETS += bench-smoke

bench-corpus: ## Write the benchmark corpus (deterministic) into build/bench/corpus.
	$(CARGO) build --locked --release -p kagzi-bench --bin bench-corpus
	rm -rf $(BENCH_CORPUS)
	$(BENCH_CORPUS_BIN) $(BENCH_CASES) $(BENCH_CORPUS)

# One run of the Rust harness into $(BENCH_BUILD)/rust-$(BENCH_RUN).jsonl.
BENCH_RUN ?= 0
bench-rust: bench-corpus ## Run the Rust harness (criterion) once; JSON lines into build/bench/.
	BENCH_CORPUS=$(BENCH_CORPUS) BENCH_OUT=$(BENCH_BUILD)/rust-$(BENCH_RUN).jsonl \
	  CRITERION_HOME=$(BENCH_BUILD)/criterion \
	  $(CARGO) bench --locked -p kagzi-bench --bench codec

# Every harness with minimal counts, so none of them rots; nothing is timed.
bench-smoke: bench-corpus ## Run every benchmark harness once with tiny counts (no timing asserted).
	BENCH_SMOKE=1 BENCH_CORPUS=$(BENCH_CORPUS) BENCH_OUT=$(BENCH_BUILD)/smoke-rust.jsonl \
	  CRITERION_HOME=$(BENCH_BUILD)/criterion-smoke \
	  $(CARGO) bench --locked -p kagzi-bench --bench codec
	@test -s $(BENCH_BUILD)/smoke-rust.jsonl || { echo "bench-smoke: the Rust harness wrote no result"; exit 1; }
	@echo "bench-smoke: every harness ran"

# Repetitions interleave the languages (rust, then the next language, ...,
# then rust again) so that a slow phase of the shared machine hits all of
# them alike; the report takes the median over the repetitions.
BENCH_LANGS := rust
bench: bench-corpus ## Run every harness BENCH_REPS times, interleaved, and write bench/RESULTS.md.
	rm -f $(BENCH_BUILD)/*-[0-9]*.jsonl
	@for rep in $$(seq 1 $(BENCH_REPS)); do \
	  for lang in $(BENCH_LANGS); do \
	    $(MAKE) --no-print-directory bench-$$lang BENCH_RUN=$$rep || exit 1; \
	  done; \
	done
	python3 $(BENCH_DIR)/report.py --results $(BENCH_BUILD) --out $(BENCH_RESULTS) \
	  --toolchain "$$($(CARGO) --version)" --toolchain "$$(rustc --version)"
