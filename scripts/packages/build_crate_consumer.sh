#!/usr/bin/env bash
# Builds the Rust consumer (consumers/rust) on the kagzi-proto .crate of
# dist/, as a user's Cargo project would use it, and copies its binary to
# OUT. `make test-crate-package` runs its `check` subcommand, `make interop`
# its `scenario` one (the Rust client of the interop table).
#
# The project is fresh, outside the repository, and depends on kagzi-proto
# by version, as `cargo add kagzi-proto` writes; that requirement is served
# by the unpacked .crate.
#
# How the .crate reaches the consumer: a [patch.crates-io] entry points the
# crates.io requirement at the archive unpacked, the way cargo itself unpacks
# a downloaded .crate into ~/.cargo/registry/src. So the build compiles the
# archive's files with its normalized Cargo.toml (what crates.io would
# serve), and the consumer's manifest is a user's. A local-registry or
# directory source would be closer still in how cargo fetches, but either
# replaces crates.io as a whole, so every dependency (tonic, tokio, ...)
# would have to be vendored into it. A patch that matches nothing is only a
# warning to cargo (it would then take kagzi-proto from crates.io), so the
# resolved package's source is checked to be the unpacked archive.
#
# Cost: the consumer's dependencies are resolved from the repository's
# Cargo.lock (copied in; the versions the crate is tested with, and no
# network lookups beyond the registry cache) and compiled into a target
# directory cached outside the work tree, keyed by that lock file; the
# archive is unpacked once per .crate checksum, at a stable path, so an
# unchanged crate is not recompiled. A warm run compiles only the consumer.
#
# usage: build_crate_consumer.sh CRATE VERSION OUT
#   (CARGO may name cargo; XDG_CACHE_HOME moves the cache)
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 CRATE VERSION OUT" >&2
  exit 2
fi
crate=$(realpath "$1") version=$2 out=$3
cargo=${CARGO:-cargo}
repo=$(pwd)
fail() { echo "build-crate-consumer: $*" >&2; exit 1; }

cache=${XDG_CACHE_HOME:-$HOME/.cache}/kagzi-proto/crate-consumer
mkdir -p "$cache"
lock_key=$(sha256sum "$repo/Cargo.lock" | cut -c1-16)
crate_key=$(sha256sum "$crate" | cut -c1-16)
target=$cache/target-$lock_key
src=$cache/src-$crate_key
unpacked=$src/kagzi-proto-$version

# Unpacked into a scratch directory and renamed into place, so a half
# unpacked archive never looks complete (and two runs at once do not mix).
if [[ ! -f $unpacked/Cargo.toml ]]; then
  scratch=$(mktemp -d "$cache/unpack.XXXXXX")
  tar -xzmf "$crate" -C "$scratch"
  [[ -f $scratch/kagzi-proto-$version/Cargo.toml ]] || { rm -rf "$scratch"; fail "$crate holds no kagzi-proto-$version/Cargo.toml"; }
  mv -T "$scratch" "$src" 2>/dev/null || rm -rf "$scratch"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

consumer=$tmp/consumer
mkdir -p "$consumer"
cp -r "$repo/consumers/rust/src" "$consumer/"
cp "$repo/Cargo.lock" "$consumer/"
line="kagzi-proto = { version = \"$version\", features = [\"status\"] }"
sed "s/^kagzi-proto = { version = \"[^\"]*\", features = \[\"status\"\] }$/$line/" \
  "$repo/consumers/rust/Cargo.toml" >"$consumer/Cargo.toml"
grep -qxF "$line" "$consumer/Cargo.toml" || fail "consumers/rust/Cargo.toml has no '$line' line"
printf '\n[patch.crates-io]\nkagzi-proto = { path = "%s" }\n' "$unpacked" >>"$consumer/Cargo.toml"

cd "$consumer"
"$cargo" fmt --check
CARGO_TARGET_DIR=$target "$cargo" build --quiet
pkgid=$(CARGO_TARGET_DIR=$target "$cargo" pkgid kagzi-proto)
[[ $pkgid == "path+file://$unpacked#"* ]] || fail "kagzi-proto resolved to $pkgid, not the unpacked $crate"
cd "$repo"
mkdir -p "$(dirname "$out")"
cp "$target/debug/kagzi-proto-consumer" "$out.new" && mv -f "$out.new" "$out"
echo "build-crate-consumer: $out, on kagzi-proto $version from $crate (unpacked in $unpacked)"
