#!/usr/bin/env bash
# The kagzi-proto crate's public API must not break within 1.x:
# cargo-semver-checks compares the crate of the work tree with the crate of
# the newest release, as a release of RELEASE_TYPE (minor: new items are
# fine, nothing may break; patch: what a patch release allows).
#
# The baseline is a git revision of this repository, in this order:
#   1. the tag vX.Y.Z of the newest release (releases/vX.Y.Z.binpb), which
#      `make release` writes on the release commit;
#   2. for a release that predates those tags, the commit recorded in
#      releases/vX.Y.Z.crate-rev (v1.1.0 only; the file says why that one).
# Neither: the check fails (a clone without tags: `git fetch --tags`).
#
# usage: semver_check.sh RELEASE_TYPE   (run from the repository root)
#   CARGO_SEMVER_CHECKS names the cargo-semver-checks binary (installed by
#   `make semver-checks-tool`); PYTHON python3.
set -euo pipefail

release_type=${1:-}
if [[ $release_type != minor && $release_type != patch ]]; then
  echo "usage: $0 minor|patch" >&2
  exit 2
fi
tool=${CARGO_SEMVER_CHECKS:?CARGO_SEMVER_CHECKS must name the cargo-semver-checks binary}
python=${PYTHON:-python3}
fail() { echo "semver-check: $*" >&2; exit 1; }

release=v$("$python" scripts/release/versions.py release releases)
if git rev-parse -q --verify "refs/tags/$release^{commit}" >/dev/null; then
  baseline=$(git rev-parse "refs/tags/$release^{commit}")
  source="tag $release"
elif [[ -f releases/$release.crate-rev ]]; then
  baseline=$(grep -v '^#' "releases/$release.crate-rev" | tr -d '[:space:]')
  [[ $baseline =~ ^[0-9a-f]{40}$ ]] || fail "releases/$release.crate-rev holds no commit hash"
  git cat-file -e "$baseline^{commit}" 2>/dev/null || fail "commit $baseline (releases/$release.crate-rev) is not in this clone (a shallow clone? fetch the history)"
  source="releases/$release.crate-rev"
else
  fail "no tag $release and no releases/$release.crate-rev: the crate of the newest release is unknown (a clone without tags? git fetch --tags)"
fi

echo "semver-check: kagzi-proto of the work tree against the crate of $release ($source, ${baseline:0:12}), as a $release_type release"
"$tool" semver-checks --manifest-path rust/kagzi-proto/Cargo.toml --package kagzi-proto \
  --baseline-rev "$baseline" --release-type "$release_type"
