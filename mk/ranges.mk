# Runtime ranges of the packages: each package declares the range of its
# runtime libraries that its generated code supports (python/pyproject.toml,
# typescript/package.json, go/go.mod, rust/kagzi-proto/Cargo.toml; each
# package's README says why), and both ends of each range are installed as a
# user would, outside the work tree, with the conformance suite run on them.
# The versions of each end are pinned in conformance/ranges/ (see its
# README). The testees' expected failures at the highest ends are their own
# lists (conformance/testees/), which hold there unchanged; at
# the lowest ends, conformance/ranges/lowest/<testee>/.
RANGES := conformance/ranges
RANGES_EXPECTED_lowest := $(RANGES)/lowest
RANGES_EXPECTED_highest := conformance/testees
# The end, lowest or highest, is the shell's $$end in the recipes below.
RANGE_EXPECTED = "$$(case $$end in lowest) echo $(RANGES_EXPECTED_lowest);; *) echo $(RANGES_EXPECTED_highest);; esac)"

TEST_TARGETS += test-runtime-ranges

.PHONY: test-runtime-ranges test-range-python test-range-npm test-range-go test-range-crate ranges-crate-locks \
        test-ranges-selftest

test-runtime-ranges: test-range-python test-range-npm test-range-go test-range-crate test-ranges-selftest ## Install each package at the lowest and highest runtimes of its range; run the conformance suite on both.

# Warm: about 20 s per end (pip installs from its cache into a new venv).
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

# The testee's build is cached outside the work tree, keyed by the lock and
# the .crate: warm, about 10 s per end (the crate and the testee recompile
# when the crate changed). Cold, each end compiles its dependency graph
# (tonic's transport and server included): about 3 minutes on 2 cores.
CRATE_RANGE = $(PYTHON) scripts/release/versions.py release $(VERSIONS_DIR)
test-range-crate: crate-package conformance-build ## The kagzi-proto .crate on prost/tonic at both ends of its ranges (locked): the conformance testee built on it, the suite run.
	@version=$$($(CRATE_RANGE)) && for end in lowest highest; do \
	  echo "test-range-crate: $$end ($(RANGES)/crate-$$end.txt, $(RANGES)/crate-$$end.Cargo.lock)"; \
	  CARGO=$(CARGO) scripts/ranges/crate.sh $(DIST)/kagzi-proto-$$version.crate $$version $(RANGES)/crate-$$end.txt \
	    $(RANGES)/crate-$$end.Cargo.lock $(CONFORMANCE_RUNNER) $(RANGE_EXPECTED); \
	done

ranges-crate-locks: crate-package conformance-build ## Rewrite conformance/ranges/crate-*.Cargo.lock after a change of the crate pins (resolves from crates.io).
	@version=$$($(CRATE_RANGE)) && for end in lowest highest; do \
	  CARGO=$(CARGO) scripts/ranges/crate.sh $(DIST)/kagzi-proto-$$version.crate $$version $(RANGES)/crate-$$end.txt \
	    $(RANGES)/crate-$$end.Cargo.lock $(CONFORMANCE_RUNNER) $(RANGE_EXPECTED) --write-lock; \
	done

# The checks above must fail when a package's range does not hold its lowest
# end: the Python, npm and Go ones are run with pins just below the floor.
test-ranges-selftest: $(PY_PACKAGE_STAMP) $(TS_PACKAGE_STAMP) $(TS_TESTEE_STAMP) $(GEN_STAMP) conformance-build ## Show that the range tests fail on pins below a package's declared range.
	@PYTHON=$(PYTHON) GO=$(GO) scripts/ranges/selftest.sh $(DIST)/kagzi_proto-*.whl $(DIST)/kagzi-proto-*.tgz $(CONFORMANCE_RUNNER) \
	  build/conformance-ts $(TSC)
