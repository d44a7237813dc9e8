# Validation rules in the contract: the kagzi.v1 schemas carry protovalidate
# annotations (buf.validate), and every language enforces them with its
# maintained protovalidate library.
#
# buf/validate/validate.proto is not ours and is never copied by hand: it is
# the file that protovalidate-java's jar on Maven Central ships
# (build.buf:protovalidate, the Java library of the same rules), downloaded
# at the version below, checked against the SHA-256 in
# tools/protovalidate.sha256 and unpacked into proto/buf/validate/ (ignored
# by git; buf.yaml keeps lint and the breaking-change gate off it). The
# archive is cached by version outside the work tree, so a fresh clone or a
# scratch copy pays one download per machine.

PROTOVALIDATE_VERSION := 1.3.0
PROTOVALIDATE_JAR := protovalidate-$(PROTOVALIDATE_VERSION).jar
PROTOVALIDATE_URL := https://repo1.maven.org/maven2/build/buf/protovalidate/$(PROTOVALIDATE_VERSION)/$(PROTOVALIDATE_JAR)
PROTOVALIDATE_SUMS := $(abspath tools/protovalidate.sha256)
PROTOVALIDATE_CACHED_JAR := $(TOOLS_CACHE)/$(PROTOVALIDATE_JAR)
PROTOVALIDATE_PROTO := proto/buf/validate/validate.proto

.PHONY: protovalidate-proto

protovalidate-proto: $(PROTOVALIDATE_PROTO) ## Fetch buf/validate/validate.proto (protovalidate-java's jar, pinned and checksummed) into proto/buf/.

# Every buf call compiles the kagzi.v1 module, which imports validate.proto:
# whatever needs buf needs the file first. buf itself has no recipe of its
# own here (mk/tools.mk), so this prerequisite only orders the two.
$(BUF): $(PROTOVALIDATE_PROTO)

# The checksum is checked on every unpack, not only after the download: a
# cached archive that changed is refused too.
$(PROTOVALIDATE_PROTO): $(PROTOVALIDATE_SUMS)
	@mkdir -p $(TOOLS_CACHE)
	@if [[ ! -f $(PROTOVALIDATE_CACHED_JAR) ]]; then \
	  tmp=$$(mktemp -d $(TOOLS_CACHE)/protovalidate.XXXXXX) && trap 'rm -rf "$$tmp"' EXIT && \
	  echo "protovalidate-proto: downloading $(PROTOVALIDATE_URL)" && \
	  curl -fsSL --retry 3 -o "$$tmp/$(PROTOVALIDATE_JAR)" $(PROTOVALIDATE_URL) && \
	  mv "$$tmp/$(PROTOVALIDATE_JAR)" $(PROTOVALIDATE_CACHED_JAR); \
	fi
	cd $(TOOLS_CACHE) && grep ' $(PROTOVALIDATE_JAR)$$' $(PROTOVALIDATE_SUMS) | sha256sum --check --quiet --strict
	rm -rf proto/buf && mkdir -p proto/buf/validate
	$(PYTHON) -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' \
	  $(PROTOVALIDATE_CACHED_JAR) buf/validate/validate.proto > $@.tmp && mv $@.tmp $@

# The rules gate: buf's breaking-change categories do not look at options,
# so scripts/rules_check.py compares the buf.validate rules of every field,
# message and oneof of the newest release with the working schemas' and
# fails on a tightening (docs/guides/versioning.md#validation-rules). It is a
# prerequisite of `make breaking`, so the gate and its test run it too.
.PHONY: rules-check

rules-check: $(BUF) ## Fail when a buf.validate rule of a released field, message or oneof tightened (against the newest release).
	@test -n "$(LATEST_RELEASE)" || { echo "no release image in $(VERSIONS_DIR)"; exit 1; }
	@echo "rules gate against $(LATEST_RELEASE)"
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(BUF) build $(LATEST_RELEASE) -o "$$tmp/release.json" && \
	  $(BUF) build --exclude-source-info -o "$$tmp/working.json" && \
	  python3 scripts/rules_check.py "$$tmp/release.json" "$$tmp/working.json"

breaking: rules-check

# Validation cost (bench/RESULTS.md, "Validation cost"): each language's
# protovalidate library validating the realistic requests of the rule cases,
# ns per call. Repetitions interleave the languages, as `make bench` does.
# `make bench` runs it first; its own report keeps the section.
BENCH_VALIDATE_OUT := $(CURDIR)/build/bench/validate
BENCH_VALIDATE_RULES := $(CURDIR)/conformance/rules
BENCH_VALIDATE_REPS ?= 3
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
