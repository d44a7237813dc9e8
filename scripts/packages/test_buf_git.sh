#!/usr/bin/env bash
# The schemas as a downstream team takes them for its own `buf generate`,
# without the Buf Schema Registry: a checkout of a release tag, with
# protovalidate's buf/validate/validate.proto (which the schemas import
# since v1.2.0 and this repository does not carry) brought by the tag's own
# `make protovalidate-proto`, then
#
#   buf generate kagzi-proto/proto --exclude-path kagzi-proto/proto/buf
#
# tried on a bare clone of this repository (HEAD, committed state) whose HEAD
# is tagged vX.Y.Z-test in the clone only; this repository's tags are never
# touched. A scratch downstream project outside the tree (consumers/buf-git:
# its buf.gen.yaml with its own local plugins on PATH, and a Go program)
# generates from a checkout of the tag, then the generated Go package is
# built and run with google.golang.org/protobuf, grpc and protovalidate's Go
# rule types at the versions of the Go module (go/go.mod). buf's git input
# alone (`#tag=...,subdir=proto`) must now fail, for the missing import, and
# so must a tag the clone does not have.
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
checkout=$tmp/kagzi-proto
git clone -q --branch "$tag" "$clone" "$checkout"
make -C "$checkout" --no-print-directory protovalidate-proto

downstream=$tmp/downstream
mkdir -p "$downstream"
cp "$repo/consumers/buf-git/buf.gen.yaml" "$repo/consumers/buf-git/main.go" "$downstream/"
cp "$repo/go/go.sum" "$downstream/"
# The module requires the Go module's versions of protobuf and grpc.
{
  printf 'module example.com/downstream\n\ngo 1.24.0\n\nrequire (\n'
  grep -E '^\s+(google.golang.org/(protobuf|grpc)|buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go) v' "$repo/go/go.mod"
  printf ')\n'
} >"$downstream/go.mod"

cd "$downstream"
export PATH="$tools_bin:$PATH"
# The git input alone cannot compile the schemas any more: validate.proto
# is not in the repository.
if "$buf" generate "$url" >"$tmp/git-input.log" 2>&1; then
  fail "buf generate of the git input succeeded without buf/validate/validate.proto"
fi
grep -q 'imported file does not exist' "$tmp/git-input.log" && grep -q 'buf.validate' "$tmp/git-input.log" ||
  fail "buf generate of the git input failed, but not for validate.proto: $(head -n 3 "$tmp/git-input.log")"
rm -rf gen
"$buf" generate "$checkout/proto" --exclude-path "$checkout/proto/buf"
[[ ! -e gen/buf ]] || fail "buf generate wrote protovalidate's own files (gen/buf): the template must exclude them"
for f in gen/kagzi/v1/workflow.pb.go gen/kagzi/v1/workflow_grpc.pb.go gen/kagzi/v1/common.pb.go; do
  [[ -s $f ]] || fail "buf generate wrote no $f (wrote: $(cd gen 2>/dev/null && find . -type f | sort | tr '\n' ' '))"
done
echo "test-buf-git: generated $(find gen -name '*.go' | wc -l) Go files from a checkout of $tag"
"$go" mod tidy
"$go" run -mod=readonly .

# A tag the repository does not have: buf must fail, and write nothing.
rm -rf gen
if "$buf" generate "file://$clone#tag=v0.0.0-missing,subdir=proto" >"$tmp/missing.log" 2>&1; then
  fail "buf generate succeeded on a tag that does not exist"
fi
[[ ! -e gen ]] || fail "buf generate wrote gen/ for a tag that does not exist"
echo "test-buf-git: ok (a missing tag fails: $(head -n 1 "$tmp/missing.log"))"
