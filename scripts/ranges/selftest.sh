#!/usr/bin/env bash
# Shows that the range tests fail when a package's declared range does not
# hold its lowest end: each of python.sh, npm.sh and go.sh is given pins one
# step below the floor of the range and must exit non-zero (pip refuses the
# wheel's range, npm nests a second runtime, Go's build list holds the
# module's own floor instead). The crate's check is the same as cargo's
# resolver refusing `=` pins outside the crate's requirements; it is not
# repeated here because a second lock would mean a second cold build.
#
# Usage: selftest.sh WHEEL TARBALL RUNNER TESTEE_BUILD TSC
set -euo pipefail

if [[ $# -ne 5 ]]; then
  echo "usage: $0 WHEEL TARBALL RUNNER TESTEE_BUILD TSC" >&2
  exit 2
fi
wheel=$1 tarball=$2 runner=$3 testee_build=$4 tsc=$5
dir=$(dirname "$0")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf 'protobuf==4.25.9\ngrpcio==1.63.2\ngoogleapis-common-protos==1.63.2\n' > "$tmp/python.txt"
printf '@bufbuild/protobuf@2.12.0\n' > "$tmp/npm.txt"
printf 'google.golang.org/grpc v1.63.2\ngoogle.golang.org/protobuf v1.33.0\n' > "$tmp/go.txt"

failed=0
expect_failure() {
  local what=$1; shift
  if "$@" > "$tmp/log" 2>&1; then
    echo "ranges selftest: $what passed below the floor of its range" >&2
    cat "$tmp/log" >&2
    failed=1
  else
    echo "ranges selftest: $what fails below the floor, as it must: $(grep -v '^$' "$tmp/log" | tail -1)"
  fi
}
expect_failure "python (protobuf 4.25.9)" "$dir/python.sh" "$wheel" "$tmp/python.txt" "$runner" conformance/testees
expect_failure "npm (@bufbuild/protobuf 2.12.0)" "$dir/npm.sh" "$tarball" "$tmp/npm.txt" "$runner" conformance/testees \
  "$testee_build" "$tsc"
expect_failure "go (grpc v1.63.2)" "$dir/go.sh" "$tmp/go.txt" "$runner" conformance/testees
exit $failed
