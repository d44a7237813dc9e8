#!/usr/bin/env bash
# The kagzi-proto .crate of dist/, used as a user's Cargo project uses it: a
# fresh project outside the repository (consumers/rust) depends on
# kagzi-proto by version, as `cargo add kagzi-proto` writes, and that
# requirement is served by the unpacked .crate. Its program decodes a
# conformance case (binary and JSON) and re-encodes it equal, then calls the
# reference server on a free loopback port (stopped on every exit path).
# Then the program is shown to fail on a case whose binary and JSON differ.
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
# usage: test_crate_package.sh CRATE TESTSERVER VERSION CASE_DIR NAME
#   (CARGO may name cargo; XDG_CACHE_HOME moves the cache)
set -euo pipefail

if [[ $# -ne 5 ]]; then
  echo "usage: $0 CRATE TESTSERVER VERSION CASE_DIR NAME" >&2
  exit 2
fi
crate=$(realpath "$1") testserver=$(realpath "$2") version=$3 case_dir=$(realpath "$4") name=$5
cargo=${CARGO:-cargo}
repo=$(pwd)
fail() { echo "test-crate-package: $*" >&2; exit 1; }

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
server_pid=
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

consumer=$tmp/consumer
mkdir -p "$consumer/src"
cp "$repo/consumers/rust/src/main.rs" "$consumer/src/"
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
echo "test-crate-package: kagzi-proto $version from $crate (unpacked in $unpacked)"
bin=$target/debug/kagzi-proto-consumer

rm -f "$tmp/addr"
"$testserver" 127.0.0.1:0 --addr-file "$tmp/addr" >"$tmp/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
  [[ -s $tmp/addr ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; fail "the reference server exited"; }
  sleep 0.1
done
[[ -s $tmp/addr ]] || fail "the reference server wrote no address in 10 s"
url=$(cat "$tmp/addr")

"$bin" "$case_dir" "$name" "$url" "$version"

# A case whose JSON is another message than its binary must fail.
mkdir "$tmp/mismatch"
cp "$case_dir/$name.binpb" "$tmp/mismatch/case.binpb"
printf '{"runId": "not-the-binary"}\n' >"$tmp/mismatch/case.json"
if "$bin" "$tmp/mismatch" case "$url" "$version" >"$tmp/mismatch.log" 2>&1; then
  fail "the consumer accepted a case whose binary and JSON differ"
fi
grep -q "different messages" "$tmp/mismatch.log" || { cat "$tmp/mismatch.log" >&2; fail "the mismatched case failed for another reason"; }
echo "test-crate-package: ok (a mismatched case fails as it must)"
