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
PROTOVALIDATE_CACHED_JAR := $(CACHE_ROOT)/$(PROTOVALIDATE_JAR)

.PHONY: protovalidate-proto

protovalidate-proto: $(PROTOVALIDATE_PROTO) ## Fetch buf/validate/validate.proto (protovalidate-java's jar, pinned and checksummed) into proto/buf/.

# Every buf call compiles the kagzi.v1 module, which imports validate.proto:
# whatever needs buf needs the file first. buf itself has no recipe of its
# own here (mk/tools.mk), so this prerequisite only orders the two.
$(BUF): $(PROTOVALIDATE_PROTO)

# The checksum is checked on every unpack, not only after the download: a
# cached archive that changed is refused too.
$(PROTOVALIDATE_PROTO): $(PROTOVALIDATE_SUMS)
	@mkdir -p $(CACHE_ROOT)
	@if [[ ! -f $(PROTOVALIDATE_CACHED_JAR) ]]; then \
	  tmp=$$(mktemp -d $(CACHE_ROOT)/protovalidate.XXXXXX) && trap 'rm -rf "$$tmp"' EXIT && \
	  echo "protovalidate-proto: downloading $(PROTOVALIDATE_URL)" && \
	  curl -fsSL --retry 3 -o "$$tmp/$(PROTOVALIDATE_JAR)" $(PROTOVALIDATE_URL) && \
	  mv "$$tmp/$(PROTOVALIDATE_JAR)" $(PROTOVALIDATE_CACHED_JAR); \
	fi
	cd $(CACHE_ROOT) && grep ' $(PROTOVALIDATE_JAR)$$' $(PROTOVALIDATE_SUMS) | sha256sum --check --quiet --strict
	rm -rf proto/buf && mkdir -p proto/buf/validate
	$(PYTHON) -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' \
	  $(PROTOVALIDATE_CACHED_JAR) buf/validate/validate.proto > $@.tmp && mv $@.tmp $@

# The rules gate: buf's breaking-change categories do not look at options,
# so scripts/validate/rules_check.py compares the buf.validate rules of every field,
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
	  python3 scripts/validate/rules_check.py "$$tmp/release.json" "$$tmp/working.json"

breaking: rules-check
