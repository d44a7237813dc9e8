#!/usr/bin/env bash
# Proves `make release` on a scratch clone of HEAD (the work tree and its
# tags are never touched): a release sets every package to the new version,
# commits, and tags vX.Y.Z and go/vX.Y.Z; a release refuses, writing
# nothing, when a package disagrees with the previous release or when the
# crate's semver check fails.
#
# The semver check itself (cargo-semver-checks, minutes of rustdoc builds)
# is `make semver-check`; here a stand-in binary records how release.sh
# calls it, and answers as told: the first release must check against the
# crate of the newest release (its tag, or releases/vX.Y.Z.crate-rev in a
# clone without tags) as a minor release, the next one (a patch) against the
# tag that the first one wrote.
#
# usage: test_release.sh BUF   (CARGO and PYTHON as for release.sh)
set -euo pipefail
buf=$(realpath "$1")
repo=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "test-release: $*" >&2; exit 1; }

cat >"$tmp/cargo-semver-checks" <<STUB
#!/bin/sh
echo "\$*" >>"$tmp/semver.calls"
exit "\${SEMVER_STUB_EXIT:-0}"
STUB
chmod +x "$tmp/cargo-semver-checks"
export CARGO_SEMVER_CHECKS=$tmp/cargo-semver-checks

git clone -q "$repo" "$tmp/r"
cd "$tmp/r"
# release.sh runs buf, which compiles the schemas' import of protovalidate's
# validate.proto: `make release` fetches it first (mk/validate.mk), so does
# this test before calling release.sh itself.
make --no-print-directory -s protovalidate-proto
git config user.email release-test@example.invalid
git config user.name release-test
base=$(git rev-parse HEAD)
version=v1.99.0
# The baseline the first release must use, found as semver_check.sh finds it.
newest=v$(python3 scripts/release/versions.py release releases)
if git rev-parse -q --verify "refs/tags/$newest^{commit}" >/dev/null; then
  baseline=$(git rev-parse "refs/tags/$newest^{commit}") from="tag $newest"
else
  baseline=$(grep -v '^#' "releases/$newest.crate-rev" | tr -d '[:space:]') from="releases/$newest.crate-rev"
fi

BUF="$buf" scripts/release/release.sh "$version" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; fail "release $version failed"; }
[ "$(git rev-parse "$version^{commit}")" = "$(git rev-parse HEAD)" ] || fail "tag $version is not on the release commit"
[ "$(git rev-parse "go/$version^{commit}")" = "$(git rev-parse HEAD)" ] || fail "tag go/$version is not on the release commit"
python3 scripts/release/versions.py check . releases >/dev/null || fail "versions disagree after the release"
grep -q "name = \"kagzi-proto\"" Cargo.lock && grep -A1 'name = "kagzi-proto"' Cargo.lock | grep -q "version = \"${version#v}\"" \
  || fail "Cargo.lock still has the old kagzi-proto version"
git diff --quiet || fail "the release left uncommitted changes"
echo "test-release: $version set every package, committed, tagged $version and go/$version"
grep -qx -- "semver-checks .* --baseline-rev $baseline --release-type minor" "$tmp/semver.calls" \
  || { cat "$tmp/semver.calls" >&2; fail "release $version did not semver-check the crate against $from as a minor release"; }
echo "test-release: $version semver-checked the crate against $from (${baseline:0:12}) as a minor release"

# The next release, a patch: its baseline is the tag the first one wrote.
: >"$tmp/semver.calls"
BUF="$buf" scripts/release/release.sh v1.99.1 >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; fail "release v1.99.1 failed"; }
grep -qx -- "semver-checks .* --baseline-rev $(git rev-parse "$version^{commit}") --release-type patch" "$tmp/semver.calls" \
  || { cat "$tmp/semver.calls" >&2; fail "release v1.99.1 did not semver-check against tag $version as a patch release"; }
echo "test-release: v1.99.1 semver-checked the crate against tag $version as a patch release"
git tag -d v1.99.1 go/v1.99.1 >/dev/null

# A package that drifted from the previous release: refused, nothing written.
git reset -q --hard "$base"
git tag -d "$version" "go/$version" >/dev/null
sed -i 's/^version = "[^"]*"/version = "0.0.1"/' python/pyproject.toml
git commit -q -am "drift the Python version"
drifted=$(git rev-parse HEAD)
if BUF="$buf" scripts/release/release.sh "$version" >"$tmp/log" 2>&1; then
  fail "release $version succeeded although the Python version disagrees"
fi
grep -q "refusing" "$tmp/log" || { cat "$tmp/log" >&2; fail "release failed for another reason than the disagreement"; }
[ ! -e "releases/$version.binpb" ] && [ "$(git rev-parse HEAD)" = "$drifted" ] && ! git rev-parse -q --verify "refs/tags/$version" >/dev/null \
  || fail "the refused release wrote something"
echo "test-release: a disagreeing package is refused and nothing is written"

# The semver check fails: refused, nothing written.
git reset -q --hard "$base"
if SEMVER_STUB_EXIT=1 BUF="$buf" scripts/release/release.sh "$version" >"$tmp/log" 2>&1; then
  fail "release $version succeeded although the semver check failed"
fi
grep -q "refusing, the crate's public API" "$tmp/log" || { cat "$tmp/log" >&2; fail "release failed for another reason than the semver check"; }
[ ! -e "releases/$version.binpb" ] && [ "$(git rev-parse HEAD)" = "$base" ] && ! git rev-parse -q --verify "refs/tags/$version" >/dev/null \
  || fail "the release refused by the semver check wrote something"
echo "test-release: a failing semver check is refused and nothing is written"
