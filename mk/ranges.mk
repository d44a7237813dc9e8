# Runtime ranges of the packages: each package declares the range of its
# runtime libraries that its generated code supports (python/pyproject.toml,
# typescript/package.json, go/go.mod, rust/kagzi-proto/Cargo.toml; each
# package's README says why), and both ends of each range are installed as a
# user would, outside the work tree, with the conformance suite run on them.
# The versions of each end are pinned in conformance/ranges/ (see its
# README). The testees' expected failures at the highest ends are their own
# lists (conformance/testees/, the same runtimes as `make conformance`); at
# the lowest ends, conformance/ranges/lowest/<testee>/.
RANGES := conformance/ranges
RANGES_EXPECTED_lowest := $(RANGES)/lowest
RANGES_EXPECTED_highest := conformance/testees
# The end, lowest or highest, is the shell's $$end in the recipes below.
RANGE_EXPECTED = "$$(case $$end in lowest) echo $(RANGES_EXPECTED_lowest);; *) echo $(RANGES_EXPECTED_highest);; esac)"

TEST_TARGETS += test-runtime-ranges

.PHONY: test-runtime-ranges test-range-python test-range-npm test-range-go

test-runtime-ranges: test-range-python test-range-npm test-range-go ## Install each package at the lowest and highest runtimes of its range; run the conformance suite on both.

# Warm: about 15 s per end (pip installs from its cache).
test-range-python: $(PY_PACKAGE_STAMP) $(GEN_STAMP) conformance-build ## The Python wheel on protobuf/grpcio at both ends of its ranges: import, conformance suite.
	@for end in lowest highest; do \
	  echo "test-range-python: $$end ($(RANGES)/python-$$end.txt)"; \
	  PYTHON=$(PYTHON) scripts/ranges/python.sh $(DIST)/kagzi_proto-*.whl $(RANGES)/python-$$end.txt \
	    $(CONFORMANCE_RUNNER) $(RANGE_EXPECTED); \
	done

# Warm: about 10 s per end (npm installs from its cache).
test-range-npm: $(TS_PACKAGE_STAMP) $(TS_TESTEE_STAMP) conformance-build ## The npm package on @bufbuild/protobuf at both ends of its range: types, a decode, conformance suite.
	@for end in lowest highest; do \
	  echo "test-range-npm: $$end ($(RANGES)/npm-$$end.txt)"; \
	  scripts/ranges/npm.sh $(DIST)/kagzi-proto-*.tgz $(RANGES)/npm-$$end.txt $(CONFORMANCE_RUNNER) $(RANGE_EXPECTED) \
	    build/conformance-ts $(TSC); \
	done

# Warm: about 10 s per end (modules and builds from Go's caches).
test-range-go: $(GEN_STAMP) conformance-build ## The Go module on grpc/protobuf at both ends of its range: the conformance testee built on it, the suite run.
	@for end in lowest highest; do \
	  echo "test-range-go: $$end ($(RANGES)/go-$$end.txt)"; \
	  GO=$(GO) scripts/ranges/go.sh $(RANGES)/go-$$end.txt $(CONFORMANCE_RUNNER) $(RANGE_EXPECTED); \
	done
