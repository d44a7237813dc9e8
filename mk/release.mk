# Releases: `make release VERSION=v1.2.0` stores the schema image in
# releases/, sets every package's version and tags the commit
# (scripts/release/); the tests prove the release script on a scratch clone
# and that every package carries the newest release's version.

.PHONY: release test-versions test-release

TEST_TARGETS += test-versions test-release

release: $(BUF) $(SEMVER_CHECKS) ## Cut a release: make release VERSION=v1.2.0 (semver check of the crate, writes releases/VERSION.binpb, sets every package version, commits, tags vX.Y.Z and go/vX.Y.Z).
	BUF=$(BUF) CARGO=$(CARGO) PYTHON=$(PYTHON) CARGO_SEMVER_CHECKS=$(SEMVER_CHECKS) scripts/release/release.sh "$(VERSION)"

# One version for all: every package's version file must carry the newest
# release's version (scripts/release/versions.py lists them), and the check
# itself is shown to fail on a disagreeing copy.
test-versions: ## Fail when a package's version differs from the newest kagzi.v1 release.
	$(PYTHON) scripts/release/versions.py check . $(VERSIONS_DIR)
	$(PYTHON) scripts/release/versions.py selftest

test-release: $(BUF) ## Prove make release on a scratch clone: sets, commits and tags every version; refuses on a disagreement.
	BUF=$(BUF) CARGO=$(CARGO) PYTHON=$(PYTHON) scripts/release/test_release.sh $(BUF)
