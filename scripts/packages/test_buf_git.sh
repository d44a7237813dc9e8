#!/usr/bin/env bash
# The schemas as a downstream team takes them for its own `buf generate`,
# without the Buf Schema Registry: buf's git input at a release tag,
#
#   buf generate '<repository URL>#tag=vX.Y.Z,subdir=proto'
#
# tried on a bare clone of this repository (HEAD, committed state) whose HEAD
# is tagged vX.Y.Z-test in the clone only; this repository's tags are never
# touched. A scratch downstream project outside the tree (consumers/buf-git:
# its buf.gen.yaml with its own local plugins on PATH, and a Go program)
# generates from the clone's file:// URL, then the generated Go package is
# built and run with google.golang.org/protobuf and grpc at the versions of
# the Go module (go/go.mod). A tag the clone does not have must fail.
#
# usage: test_buf_git.sh BUF GO_TOOLS_BIN VERSION   (GO may name go)
set -euo pipefail

if [[ $# -ne 3 ]]; then
  echo "usage: $0 BUF GO_TOOLS_BIN VERSION" >&2
  exit 2
fi
buf=$(realpath "$1") tools_bin=$(realpath "$2") version=$3
go=${GO:-go}
repo=$(pwd)
fail() { echo "test-buf-git: $*" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The tag is annotated, as `make release` writes it.
clone=$tmp/kagzi-proto.git
tag=v$version-test
git clone -q --bare "$repo" "$clone"
git -C "$clone" -c user.name=buf-git-test -c user.email=buf-git-test@example.invalid \
  tag -a "$tag" -m "kagzi.v1 $version (test tag)" HEAD
url="file://$clone#tag=$tag,subdir=proto"

downstream=$tmp/downstream
mkdir -p "$downstream"
cp "$repo/consumers/buf-git/buf.gen.yaml" "$repo/consumers/buf-git/main.go" "$downstream/"
cp "$repo/go/go.sum" "$downstream/"
# The module requires the Go module's versions of protobuf and grpc.
{
  printf 'module example.com/downstream\n\ngo 1.24.0\n\nrequire (\n'
  grep -E '^\s+google.golang.org/(protobuf|grpc) v' "$repo/go/go.mod"
  printf ')\n'
} >"$downstream/go.mod"

cd "$downstream"
export PATH="$tools_bin:$PATH"
"$buf" generate "$url"
for f in gen/kagzi/v1/workflow.pb.go gen/kagzi/v1/workflow_grpc.pb.go gen/kagzi/v1/common.pb.go; do
  [[ -s $f ]] || fail "buf generate wrote no $f (wrote: $(cd gen 2>/dev/null && find . -type f | sort | tr '\n' ' '))"
done
echo "test-buf-git: generated $(find gen -name '*.go' | wc -l) Go files from $url"
"$go" mod tidy
"$go" run -mod=readonly .

# A tag the repository does not have: buf must fail, and write nothing.
rm -rf gen
if "$buf" generate "file://$clone#tag=v0.0.0-missing,subdir=proto" >"$tmp/missing.log" 2>&1; then
  fail "buf generate succeeded on a tag that does not exist"
fi
[[ ! -e gen ]] || fail "buf generate wrote gen/ for a tag that does not exist"
echo "test-buf-git: ok (a missing tag fails: $(head -n 1 "$tmp/missing.log"))"
