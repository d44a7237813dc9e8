#!/usr/bin/env bash
# Build cost of the crate for a consumer: clean builds (fresh target dir
# each) of a scratch crate that depends on kagzi-proto with default
# features, the same with --no-default-features, a bare crate with the
# same tonic + prost + tonic-prost and one small message and service, and
# that bare crate plus the JSON libraries the default features use, and the
# default features plus `validate`.
# Prints one JSON line per build: {"build", "rep", "wall_s", "cpu_s"}.
#
# Usage: build_cost.sh CRATE_DIR LOCKFILE REPS OUT_JSONL
# The scratch crates get a copy of the workspace's Cargo.lock, so they build
# the versions this repository tests with, from the local registry cache
# (--offline: cargo only prunes the entries the scratch crate does not use,
# which --locked would refuse).
set -euo pipefail
crate=$(cd "$1" && pwd); lock=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); reps=$3; out=$4
versions() { # the locked version of a package
  awk -v n="$1" '$0 == "name = \"" n "\"" {getline; gsub(/version = |"/, ""); print; exit}' "$lock"
}
prost=$(versions prost); tonic=$(versions tonic); tonic_prost=$(versions tonic-prost)
serde_core=$(versions serde_core); serde_json=$(versions serde_json); base64=$(versions base64)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

mkcrate() { # name, [dependencies] block (tables may follow it), lib.rs
  mkdir -p "$tmp/$1/src"
  printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\n%s\n' "$1" "$2" >"$tmp/$1/Cargo.toml"
  printf '%s\n' "$3" >"$tmp/$1/src/lib.rs"
  cp "$lock" "$tmp/$1/Cargo.lock"
}
# kagzi-proto is a path dependency here, and cargo compiles path
# dependencies incrementally in the dev profile (saving the query cache
# costs about a tenth of the crate's build); a consumer gets it from
# crates.io, compiled without. The override builds it as a consumer does.
registry_like='
[profile.dev.package.kagzi-proto]
incremental = false'
mkcrate consumer "kagzi-proto = { path = \"$crate\" }
$registry_like" \
  'pub use kagzi_proto::kagzi::v1::Workflow;'
mkcrate consumer-msgonly "kagzi-proto = { path = \"$crate\", default-features = false }
$registry_like" \
  'pub use kagzi_proto::kagzi::v1::Workflow;'
# The default features plus `validate` (prost-protovalidate, prost-reflect,
# a CEL interpreter): what enforcing the schemas' rules adds. Its build
# script needs protoc: the repository's (tools/protoc.sh, grpcio-tools').
mkcrate consumer-validate "kagzi-proto = { path = \"$crate\", features = [\"validate\"] }
$registry_like" \
  'pub use kagzi_proto::validate::validate;'
export PROTOC=${PROTOC:-$(cd "$(dirname "$0")/.." && pwd)/tools/protoc.sh}
# The bare baseline: what tonic-prost-build emits for one message and one
# unary RPC, reduced to the calls that pull in the same code paths.
bare_deps="prost = \"=$prost\"
tonic = { version = \"=$tonic\", default-features = false, features = [\"channel\", \"codegen\", \"router\"] }
tonic-prost = \"=$tonic_prost\""
bare_lib='
/// One small message, as prost-derive sees it.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Ping {
    #[prost(string, tag = "1")]
    pub id: String,
    #[prost(int64, tag = "2")]
    pub at: i64,
}

/// A unary call through tonic with the prost codec, as generated clients make it.
pub async fn ping(channel: tonic::transport::Channel, p: Ping) -> Result<Ping, tonic::Status> {
    let mut grpc = tonic::client::Grpc::new(channel);
    grpc.ready().await.map_err(|e| tonic::Status::unknown(e.to_string()))?;
    let codec = tonic_prost::ProstCodec::<Ping, Ping>::default();
    let path = tonic::codegen::http::uri::PathAndQuery::from_static("/bare.v1.Bare/Ping");
    Ok(grpc.unary(tonic::Request::new(p), path, codec).await?.into_inner())
}'
mkcrate bare "$bare_deps" "$bare_lib"
# The bare crate plus the libraries the crate's JSON (feature serde, on by
# default) is built on, with the same features: what any crate that offers
# proto3 JSON through serde costs at least, before any code of its own.
mkcrate bare-json "$bare_deps
serde_core = \"=$serde_core\"
serde_json = { version = \"=$serde_json\", features = [\"float_roundtrip\", \"raw_value\"] }
base64 = \"=$base64\"" "$bare_lib
pub use serde_json::Value;"

# Wall and CPU (user + system of cargo and everything it ran, from
# getrusage of the children) of one clean build, as a JSON line.
measure() { # build, rep, crate dir, target dir
  python3 - "$@" <<'PY'
import json, os, resource, subprocess, sys, time
build, rep, cwd, target = sys.argv[1:]
env = dict(os.environ, CARGO_TARGET_DIR=target)
t0 = time.monotonic()
subprocess.run(["cargo", "build", "--offline", "-q"], cwd=cwd, env=env, check=True)
wall = time.monotonic() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"build": build, "rep": int(rep), "wall_s": round(wall, 2),
                  "cpu_s": round(ru.ru_utime + ru.ru_stime, 2)}))
PY
}

: >"$out"
for rep in $(seq 1 "$reps"); do
  for build in bare consumer bare-json consumer-msgonly consumer-validate; do
    measure "$build" "$rep" "$tmp/$build" "$tmp/target-$build-$rep" | tee -a "$out"
    rm -rf "$tmp/target-$build-$rep"
  done
done
