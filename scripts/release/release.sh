#!/usr/bin/env bash
# Cut a release of kagzi.v1: store the buf image of the current schemas as
# releases/<version>.binpb. That image is what `make breaking`
# compares later schemas against, and what the conformance suite's forward
# checks read as "the older schema". A released image never changes.
#
# One version for all: the release refuses to start when the packages
# (crate, Python distribution, npm package) disagree with the previous
# release, then sets each of them (and the crate's Cargo.lock entry) to the
# new version, commits, and tags the commit vX.Y.Z and go/vX.Y.Z (the tag a
# Go user's `go get github.com/kagzi/kagzi-proto/go@vX.Y.Z` resolves, as Go
# names tags of a module in a subdirectory). The work tree must be clean, so
# that the release commit holds the release and nothing else. The crate's
# public API must not break: cargo-semver-checks compares it with the crate
# of the previous release (scripts/packages/semver_check.sh), as the minor or patch
# release this is; the tag vX.Y.Z written here is the next release's
# baseline.
#
# Usage: scripts/release/release.sh vMAJOR.MINOR.PATCH
#   (BUF may name the buf binary, CARGO cargo, PYTHON python3,
#   CARGO_SEMVER_CHECKS the cargo-semver-checks binary)
set -euo pipefail

version="${1:-}"
buf="${BUF:-node_modules/.bin/buf}"
cargo="${CARGO:-cargo}"
python="${PYTHON:-python3}"
dir="releases"

if [[ ! "$version" =~ ^v1\.[0-9]+\.[0-9]+$ ]]; then
  echo "release: VERSION must look like v1.MINOR.PATCH (the package is kagzi.v1), got '$version'" >&2
  exit 2
fi
out="$dir/$version.binpb"
if [[ -e "$out" ]]; then
  echo "release: $out already exists; released images are immutable" >&2
  exit 1
fi
latest="$(ls "$dir"/v*.binpb 2>/dev/null | sort -V | tail -n 1 || true)"
if [[ -n "$latest" ]]; then
  newest="$(basename "$latest" .binpb)"
  if [[ "$(printf '%s\n%s\n' "$newest" "$version" | sort -V | tail -n 1)" != "$version" ]]; then
    echo "release: $version is not newer than the latest release $newest" >&2
    exit 1
  fi
  # A release must itself pass the gate against the previous one.
  "$buf" breaking --against "$latest"
fi
"$buf" lint
"$buf" format --diff --exit-code
# The state of the repository comes after the checks of the version and the
# schemas, so that those refusals say what is wrong with the release itself.
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "release: not inside a git work tree (a release is a commit and two tags)" >&2
  exit 1
fi
if ! git diff --quiet HEAD -- || [[ -n "$(git status --porcelain --untracked-files=normal -- "$dir")" ]]; then
  echo "release: the work tree has uncommitted changes; commit or stash them first" >&2
  exit 1
fi
for tag in "$version" "go/$version"; do
  if git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
    echo "release: tag $tag already exists" >&2
    exit 1
  fi
done
# Every package must still agree with the previous release; a package that
# drifted is a mistake to fix before releasing, not to paper over.
if ! "$python" scripts/release/versions.py check . "$dir"; then
  echo "release: refusing, the packages disagree (see above)" >&2
  exit 1
fi
if [[ -n "$latest" ]]; then
  # v1.MINOR.PATCH only (checked above): a new MINOR is a minor release.
  if [[ "$(cut -d. -f2 <<<"${version#v}")" != "$(cut -d. -f2 <<<"${newest#v}")" ]]; then
    release_type=minor
  else
    release_type=patch
  fi
  if ! PYTHON="$python" scripts/packages/semver_check.sh "$release_type"; then
    echo "release: refusing, the crate's public API is not a $release_type release after $newest (see above)" >&2
    exit 1
  fi
fi
mkdir -p "$dir"
"$buf" build --exclude-source-info -o "$out"
echo "release: wrote $out"
# The offline update below reads the registry's index cache; on a fresh
# machine that cache is empty until something fetches the locked crates.
"$cargo" fetch --locked --quiet
"$python" scripts/release/versions.py set "${version#v}" .
# Only the workspace's own entries of Cargo.lock change (kagzi-proto's
# version); no dependency is re-resolved.
"$cargo" update --workspace --offline
"$python" scripts/release/versions.py check . "$dir"
# shellcheck disable=SC2046 # one path a line, none with spaces
git add "$out" Cargo.lock $("$python" scripts/release/versions.py files)
git commit -q -m "Release $version"
git tag -a "$version" -m "kagzi.v1 $version"
git tag -a "go/$version" -m "Go module github.com/kagzi/kagzi-proto/go $version"
echo "release: committed and tagged $version and go/$version"
