#!/usr/bin/env bash
# Proves that the semver check fails on a real break: the packaged crate
# (a standalone package, unlike the workspace member) against a copy of it
# in which one public function, kagzi_proto::status::grpc_code, became
# pub(crate). cargo-semver-checks must exit non-zero and name the function.
#
# The two copies live at stable paths in the cache and are built into a
# cached target directory, so a warm run recompiles only the edited crate.
#
# usage: semver_selftest.sh CRATE   (CARGO_SEMVER_CHECKS as for semver_check.sh)
set -euo pipefail

crate=$(realpath "${1:?usage: semver_selftest.sh CRATE}")
tool=${CARGO_SEMVER_CHECKS:?CARGO_SEMVER_CHECKS must name the cargo-semver-checks binary}
fail() { echo "semver-selftest: $*" >&2; exit 1; }

cache=${XDG_CACHE_HOME:-$HOME/.cache}/kagzi-proto/semver-selftest
name=$(basename "$crate" .crate)
rm -rf "$cache/baseline" "$cache/current"
mkdir -p "$cache/baseline" "$cache/current"
tar -xzmf "$crate" -C "$cache/baseline"
tar -xzmf "$crate" -C "$cache/current"
status_rs=$cache/current/$name/src/status.rs
grep -q '^pub fn grpc_code(' "$status_rs" || fail "$status_rs has no 'pub fn grpc_code(' to hide"
sed -i 's/^pub fn grpc_code(/pub(crate) fn grpc_code(/' "$status_rs"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if CARGO_TARGET_DIR=$cache/target "$tool" semver-checks --manifest-path "$cache/current/$name/Cargo.toml" \
    --baseline-root "$cache/baseline/$name" --release-type minor >"$log" 2>&1; then
  cat "$log" >&2
  fail "cargo-semver-checks passed a crate whose public fn status::grpc_code was removed"
fi
grep -q 'grpc_code' "$log" || { cat "$log" >&2; fail "cargo-semver-checks failed, but not on the removed grpc_code"; }
echo "semver-selftest: ok (a removed public function fails the check:" \
  "$(grep -m1 -oE '^--- failure [a-z_]+' "$log" || echo 'see above')"")"
