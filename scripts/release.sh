#!/usr/bin/env bash
# Cut a release of kagzi.v1: store the buf image of the current schemas as
# releases/<version>.binpb. That image is what `make breaking`
# compares later schemas against, and what the conformance suite's forward
# checks read as "the older schema". A released image never changes.
#
# Usage: scripts/release.sh vMAJOR.MINOR.PATCH   (BUF may name the buf binary)
set -euo pipefail

version="${1:-}"
buf="${BUF:-node_modules/.bin/buf}"
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
mkdir -p "$dir"
"$buf" build --exclude-source-info -o "$out"
echo "release: wrote $out"
