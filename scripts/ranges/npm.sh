#!/usr/bin/env bash
# One end of the @kagzi/proto runtime range, installed as a user would and held
# to the conformance suite:
#   1. a fresh npm project outside the work tree depends on the tarball and on
#      the exact runtime of PINS (conformance/ranges/npm-<end>.txt); the
#      install must leave ONE copy of the runtime, the project's (a tarball
#      whose range excluded it would get a nested copy of its own);
#   2. tsc type-checks the package's declarations against that runtime's;
#   3. the consumer program decodes a case with the installed package;
#   4. the TypeScript conformance testee, compiled by `make testees` from the
#      same generated code as the package, runs every case with that runtime
#      (its copy is laid out in the project, so node resolves
#      @bufbuild/protobuf to the project's).
#
# Usage: npm.sh TARBALL PINS RUNNER EXPECTED_FAILURES_DIR TESTEE_BUILD TSC
# Run from the repository root (conformance/cases, proto, consumers/ts).
set -euo pipefail

if [[ $# -ne 6 ]]; then
  echo "usage: $0 TARBALL PINS RUNNER EXPECTED_FAILURES_DIR TESTEE_BUILD TSC" >&2
  exit 2
fi
tarball=$(realpath "$1") pins=$2 runner=$3 expected=$4 testee_build=$5 tsc=$(realpath "$6")
root=$PWD
mapfile -t packages < <(grep -v '^#' "$pins" | sed '/^$/d')
[[ ${#packages[@]} -gt 0 ]] || { echo "npm.sh: no packages in $pins" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf '{ "name": "consumer", "private": true, "type": "module" }\n' > "$tmp/package.json"
cp consumers/ts/consume.mjs "$tmp/"
(cd "$tmp" && npm install --silent --no-audit --no-fund --save-exact "$tarball" "${packages[@]}")

for package in "${packages[@]}"; do
  name=${package%@*} want=${package##*@}
  copies=$(cd "$tmp" && find node_modules -path "*node_modules/$name/package.json" | sort)
  if [[ $copies != "node_modules/$name/package.json" ]]; then
    echo "npm.sh: expected one copy of $name, found:" $copies >&2
    exit 1
  fi
  got=$(node -p "require('$tmp/node_modules/$name/package.json').version")
  if [[ $got != "$want" ]]; then
    echo "npm.sh: $name is $got, not $want" >&2
    exit 1
  fi
  echo "npm.sh: @kagzi/proto with $name $got"
done

# The declarations, checked against the installed runtime's (no skipLibCheck).
cat > "$tmp/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "strict": true, "noEmit": true, "skipLibCheck": false, "types": [],
    "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext"
  },
  "files": ["node_modules/@kagzi/proto/dist/index.d.ts"]
}
JSON
(cd "$tmp" && "$tsc" -p tsconfig.json)

(cd "$tmp" && node consume.mjs decode "$root/conformance/cases/v1.1.0/kagzi.v1.Workflow" kagzi.v1.Workflow labels)

# The compiled testee is CommonJS (see conformance/testees/ts/tsconfig.json).
mkdir -p "$tmp/testee"
cp -r "$testee_build/." "$tmp/testee/"
printf '{ "type": "commonjs" }\n' > "$tmp/testee/package.json"
"$runner" --cases conformance/cases --proto proto --expected-failures-dir "$expected" \
  --testee "ts=node $tmp/testee/conformance/testees/ts/testee.js"
