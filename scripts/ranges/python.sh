#!/usr/bin/env bash
# One end of the kagzi-proto wheel's runtime ranges, installed as a user would
# and held to the conformance suite:
#   1. a fresh virtual environment outside the work tree gets the wheel and the
#      exact versions of PINS (conformance/ranges/python-<end>.txt); pip
#      refuses the install if the wheel's declared ranges exclude them;
#   2. every kagzi.v1 module, the gRPC stubs included, is imported from that
#      environment with warnings turned into errors (the stubs warn on a grpcio
#      older than their generator);
#   3. the Python conformance testee runs every case against that install:
#      only the suite's own protocol code comes from gen/python, kagzi.v1 comes
#      from the installed wheel.
#
# Usage: python.sh WHEEL PINS RUNNER EXPECTED_FAILURES_DIR
# Run from the repository root (conformance/cases, proto, gen/python).
set -euo pipefail

if [[ $# -ne 4 ]]; then
  echo "usage: $0 WHEEL PINS RUNNER EXPECTED_FAILURES_DIR" >&2
  exit 2
fi
wheel=$1 pins=$2 runner=$3 expected=$4
root=$PWD

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"${PYTHON:-python3}" -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check "$wheel" -r "$pins"

# The testee finds the protocol's modules here and nothing else of gen/python.
mkdir -p "$tmp/protocol/kagzi"
cp -r gen/python/kagzi/conformance "$tmp/protocol/kagzi/"

cd "$tmp"
"$tmp/venv/bin/python" -W error - "$tmp/venv" <<'PY'
import importlib
import pkgutil
import sys
from importlib import metadata

import kagzi.v1

venv = sys.argv[1]
names = sorted(m.name for m in pkgutil.iter_modules(kagzi.v1.__path__, "kagzi.v1."))
for name in names:
    module = importlib.import_module(name)
    if not module.__file__.startswith(venv):
        sys.exit(f"{name} was imported from {module.__file__}, not from the installed wheel")
if not any(n.endswith("_pb2_grpc") for n in names):
    sys.exit("the wheel has no gRPC stubs")
versions = ", ".join(f"{d} {metadata.version(d)}" for d in ("kagzi-proto", "protobuf", "grpcio"))
print(f"imported {len(names)} kagzi.v1 modules with {versions}")
PY
cd "$root"

"$runner" --cases conformance/cases --proto proto --expected-failures-dir "$expected" \
  --testee "python=env PYTHONPATH=$tmp/protocol $tmp/venv/bin/python $root/conformance/testees/python/testee.py"
