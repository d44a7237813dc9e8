#!/usr/bin/env bash
# protoc for the build scripts of this workspace that need one: the crate
# prost-protovalidate-types (behind kagzi-proto's `validate` feature)
# compiles protovalidate's validate.proto with prost-build at build time, and
# prost-build runs $PROTOC. .cargo/config.toml points PROTOC here.
#
# This is protoc as grpcio-tools embeds it (pinned in tools/requirements.txt,
# installed into .venv by `make venv`), with the well-known types it ships on
# the include path, so the workspace needs no protoc binary of its own. When
# .venv is missing it is made first (once: cargo caches the build script's
# output).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=$root/.venv/bin/python
if ! "$python" -c 'import grpc_tools' 2>/dev/null; then
  echo "protoc.sh: no grpcio-tools in $root/.venv; running make venv" >&2
  make -C "$root" --no-print-directory venv >&2
fi
include=$("$python" -c 'import grpc_tools, os; print(os.path.join(os.path.dirname(grpc_tools.__file__), "_proto"))')
exec "$python" -m grpc_tools.protoc -I"$include" "$@"
