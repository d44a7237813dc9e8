#!/usr/bin/env bash
# One end of the kagzi-proto crate's runtime ranges, used as a user's Cargo
# project uses the crate and held to the conformance suite:
#   1. a fresh project outside the work tree, the Rust conformance testee
#      (conformance/testees/rust's sources), requires kagzi-proto by version,
#      served by the .crate of dist/ unpacked (a [patch.crates-io] entry, as
#      scripts/packages/test_crate_package.sh explains), with every feature on, and the
#      exact (`=`) versions of PINS (conformance/ranges/crate-<end>.txt);
#   2. it builds with --locked against LOCK (conformance/ranges/
#      crate-<end>.Cargo.lock), so the whole graph is the one committed;
#      `make ranges-crate-locks` writes the locks when the pins change;
#   3. the testee runs every case.
# The build is cached outside the work tree, keyed by the lock and the
# .crate (like the crate's install test), so a warm run only links.
#
# Usage: crate.sh CRATE VERSION PINS LOCK RUNNER EXPECTED_FAILURES_DIR [--write-lock]
# Run from the repository root. CARGO may name cargo; XDG_CACHE_HOME moves the cache.
set -euo pipefail

if [[ $# -lt 6 || $# -gt 7 ]]; then
  echo "usage: $0 CRATE VERSION PINS LOCK RUNNER EXPECTED_FAILURES_DIR [--write-lock]" >&2
  exit 2
fi
crate=$(realpath "$1") version=$2 pins=$3 lock=$4 runner=$5 expected=$6 write_lock=${7:-}
cargo=${CARGO:-cargo}
root=$PWD
mapfile -t requires < <(grep -v '^#' "$pins" | sed '/^$/d')
[[ ${#requires[@]} -gt 0 ]] || { echo "crate.sh: no crates in $pins" >&2; exit 2; }

cache=${XDG_CACHE_HOME:-$HOME/.cache}/kagzi-proto/crate-ranges
crate_key=$(sha256sum "$crate" | cut -c1-16)
mkdir -p "$cache"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The archive, unpacked as cargo unpacks a download; a stable path per
# archive keeps the cached build valid.
src=$cache/src-$crate_key
if [[ ! -f $src/kagzi-proto-$version/Cargo.toml ]]; then
  scratch=$(mktemp -d "$cache/unpack.XXXXXX")
  tar -xzmf "$crate" -C "$scratch"
  mv -T "$scratch" "$src" 2>/dev/null || rm -rf "$scratch"
fi

# The testee's build script reads the protocol at ../../protocol, and its
# framing crate is a path dependency with a manifest of its own here (in the
# repository it inherits from the workspace).
project=$tmp/testees/rust
mkdir -p "$project" "$tmp/framing"
cp -r conformance/protocol "$tmp/protocol"
cp -r conformance/testees/rust/src conformance/testees/rust/build.rs "$project/"
cp -r conformance/framing/src "$tmp/framing/"
printf '[package]\nname = "kagzi-conformance-framing"\nversion = "0.1.0"\nedition = "2024"\npublish = false\n' \
  > "$tmp/framing/Cargo.toml"
{
  printf '[package]\nname = "kagzi-range-testee"\nversion = "0.1.0"\nedition = "2024"\npublish = false\n\n'
  printf '[dependencies]\n'
  printf 'kagzi-proto = { version = "%s", features = ["client", "server", "serde", "status"] }\n' "$version"
  printf 'kagzi-conformance-framing = { path = "../../framing" }\n'
  for require in "${requires[@]}"; do
    name=${require% *} want=${require#* }
    case $name in
      prost-build|protox) ;;
      *) printf '%s = "=%s"\n' "$name" "$want" ;;
    esac
  done
  # The testee's feature `rules` (the rule cases, kagzi-proto's `validate`)
  # stays off: this test holds the codec to the crate's lowest dependencies.
  printf '\n[features]\nrules = []\n'
  printf '\n[build-dependencies]\n'
  for require in "${requires[@]}"; do
    name=${require% *} want=${require#* }
    case $name in
      prost-build|protox) printf '%s = "=%s"\n' "$name" "$want" ;;
    esac
  done
  printf '\n[patch.crates-io]\nkagzi-proto = { path = "%s" }\n' "$src/kagzi-proto-$version"
} > "$project/Cargo.toml"

cd "$project"
if [[ $write_lock == --write-lock ]]; then
  "$cargo" generate-lockfile --quiet
  cp Cargo.lock "$root/$lock"
  echo "crate.sh: wrote $lock"
else
  cp "$root/$lock" Cargo.lock
fi
target=$cache/target-$(sha256sum Cargo.lock | cut -c1-16)
# The patch must have served kagzi-proto (a patch that matches nothing is
# only a warning, and the crate would come from crates.io): a package from a
# path has no `source` in the lock.
kagzi_entry=$(awk -v name='name = "kagzi-proto"' '$0 == name {found = 1} found && /^$/ {exit} found' Cargo.lock)
[[ -n $kagzi_entry && $kagzi_entry != *source* ]] ||
  { echo "crate.sh: kagzi-proto in $lock is not the unpacked .crate:" $kagzi_entry >&2; exit 1; }
CARGO_TARGET_DIR=$target "$cargo" build --locked --quiet
for require in "${requires[@]}"; do
  name=${require% *} want=${require#* }
  grep -A1 -x "name = \"$name\"" Cargo.lock | grep -qx "version = \"$want\"" ||
    { echo "crate.sh: $name is not $want in $lock" >&2; exit 1; }
done
echo "crate.sh: kagzi-proto $version with" "${requires[@]}"
cd "$root"

"$runner" --cases conformance/cases --proto proto --expected-failures-dir "$expected" \
  --testee "rust=$target/debug/kagzi-range-testee"
