#!/usr/bin/env bash
# The kagzi-proto .crate of dist/, used as a user's Cargo project uses it:
# CONSUMER is consumers/rust built on the unpacked .crate outside the
# repository (scripts/packages/build_crate_consumer.sh says how). Its `check`
# subcommand decodes a conformance case (binary and JSON) and re-encodes it
# equal, then calls the reference server on a free loopback port (stopped on
# every exit path, scripts/server/lib.sh). Then the program is shown to fail
# on a case whose binary and JSON differ.
#
# usage: test_crate_package.sh CONSUMER TESTSERVER VERSION CASE_DIR NAME
set -euo pipefail

if [[ $# -ne 5 ]]; then
  echo "usage: $0 CONSUMER TESTSERVER VERSION CASE_DIR NAME" >&2
  exit 2
fi
bin=$(realpath "$1") testserver=$(realpath "$2") version=$3 case_dir=$(realpath "$4") name=$5
fail() { echo "test-crate-package: $*" >&2; exit 1; }
# shellcheck source=scripts/server/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../server/lib.sh"
tmp=$(mktemp -d)
at_exit 'rm -rf "$tmp"'

server_start "$testserver" 127.0.0.1:0
"$bin" check "$case_dir" "$name" "$SERVER_URL" "$version"

# A case whose JSON is another message than its binary must fail.
mkdir "$tmp/mismatch"
cp "$case_dir/$name.binpb" "$tmp/mismatch/case.binpb"
printf '{"runId": "not-the-binary"}\n' >"$tmp/mismatch/case.json"
if "$bin" check "$tmp/mismatch" case "$SERVER_URL" "$version" >"$tmp/mismatch.log" 2>&1; then
  fail "the consumer accepted a case whose binary and JSON differ"
fi
grep -q "different messages" "$tmp/mismatch.log" || { cat "$tmp/mismatch.log" >&2; fail "the mismatched case failed for another reason"; }
echo "test-crate-package: ok (a mismatched case fails as it must)"
