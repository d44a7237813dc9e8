#!/usr/bin/env bash
# One end of the Go module's runtime range, required as a user would and held
# to the conformance suite:
#   1. a fresh module outside the work tree requires
#      github.com/kagzi/kagzi-proto/go (a copy of the committed module, by
#      replace, as `go get` would download it from its tag) and the exact
#      versions of PINS (conformance/ranges/go-<end>.txt); after `go mod
#      tidy`, the build list must hold exactly those versions (a module that
#      required more would have raised them);
#   2. that module is the Go conformance testee (conformance/testees/go, with
#      the suite's protocol code from gen/go, also by replace); it is built
#      and run on every codec case. It is built with the tag norules, without
#      rules.go: protovalidate's module (the rule cases, not part of this test)
#      would raise grpc in the build list above the module's own floor.
#
# Usage: go.sh PINS RUNNER EXPECTED_FAILURES_DIR
# Run from the repository root (go/, gen/go, conformance/).
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 PINS RUNNER EXPECTED_FAILURES_DIR" >&2
  exit 2
fi
pins=$1 runner=$2 expected=$3
GO=${GO:-go}
mapfile -t requires < <(grep -v '^#' "$pins" | sed '/^$/d')
[[ ${#requires[@]} -gt 0 ]] || { echo "go.sh: no modules in $pins" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/kagzi-proto-go" "$tmp/gen-go" "$tmp/testee"
cp -r go/go.mod go/go.sum go/kagzi "$tmp/kagzi-proto-go/"
cp -r gen/go/. "$tmp/gen-go/"
cp conformance/testees/go/*.go "$tmp/testee/"
rm "$tmp/testee/rules.go"
{
  printf 'module example.com/kagzi-range-testee\n\ngo 1.24.0\n\nrequire (\n'
  printf '\tgithub.com/kagzi/kagzi-proto/go v0.0.0\n\tgithub.com/kagzi/kagzi-proto/gen/go v0.0.0\n'
  printf '\t%s\n' "${requires[@]}"
  printf ')\n\nreplace github.com/kagzi/kagzi-proto/go => ../kagzi-proto-go\n'
  printf 'replace github.com/kagzi/kagzi-proto/gen/go => ../gen-go\n'
} > "$tmp/testee/go.mod"
cd "$tmp/testee"
"$GO" mod tidy
for require in "${requires[@]}"; do
  module=${require% *} want=${require#* }
  got=$("$GO" list -m -f '{{.Version}}' "$module")
  if [[ $got != "$want" ]]; then
    echo "go.sh: $module is $got in the build list, not $want" >&2
    exit 1
  fi
done
echo "go.sh: github.com/kagzi/kagzi-proto/go with" $("$GO" list -m -f '{{.Path}} {{.Version}}' google.golang.org/protobuf google.golang.org/grpc)
"$GO" build -mod=readonly -tags norules -o "$tmp/testee-go" .
cd - >/dev/null

"$runner" --cases conformance/cases --proto proto --expected-failures-dir "$expected" --testee "go=$tmp/testee-go"
