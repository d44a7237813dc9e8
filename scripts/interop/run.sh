#!/usr/bin/env bash
# Interop matrix: each client, from a fresh project outside the repository
# that installed the built package, runs `scenario ADDR` against each server
# on a free loopback port:
#   servers  the Rust reference server (server/reference, tonic) and the
#            Go server (server/go, grpc-go on the committed Go
#            module), each intact (every client must pass) and with a fault
#            (every client must fail): `unavailable:1`, the first BeginStep
#            fails; and on the Go server `no-error-detail`, failures come
#            without their kagzi.v1.ErrorDetail, which each client checks.
#   clients  Python (grpcio, the wheel), Go (grpc-go, the Go module), Rust
#            (tonic, consumers/rust built on the .crate by
#            scripts/packages/build_crate_consumer.sh: RUST_CLIENT) and
#            TypeScript (@connectrpc/connect-node gRPC transport, the npm
#            tarball).
#
# usage: run.sh TESTSERVER GO_SERVER WHEEL NPM_TARBALL GO_MODULE_DIR VERSION PYTHON GO RUST_CLIENT
# (PYTHON: the repository's .venv interpreter, whose pip fills the new venv;
# the npm consumer's @connectrpc packages are installed at the versions the
# repository's package.json pins.) Prints the table client x server; exits 1
# if any cell is not as expected. The servers are stopped on every exit path
# (scripts/server/lib.sh).
set -euo pipefail

if [ $# -ne 9 ]; then
  echo "usage: $0 TESTSERVER GO_SERVER WHEEL NPM_TARBALL GO_MODULE_DIR VERSION PYTHON GO RUST_CLIENT" >&2
  exit 2
fi
testserver=$(realpath "$1") go_server=$(realpath "$2") wheel=$(realpath "$3") tarball=$(realpath "$4")
go_module=$(realpath "$5") version=$6 python=$7 go=$8 rust_client=$(realpath "$9")
repo=$(pwd)

# shellcheck source=scripts/server/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../server/lib.sh"
tmp=$(mktemp -d)
setup_pids=()
cleanup() {
  for pid in "${setup_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait
  rm -rf "$tmp"
}
at_exit cleanup

# Python: a new venv with the wheel (dependencies from its ranges) and what
# the scenario needs besides (requirements-scenario.txt, pinned). PYTHON is
# the repository's .venv interpreter: its pinned pip installs into the new
# venv (--python), which saves the new venv a pip of its own (ensurepip
# costs seconds).
setup_python() {
  mkdir -p "$tmp/python"
  "$python" -m venv --without-pip "$tmp/python/venv"
  "$python" -m pip --python "$tmp/python/venv/bin/python" install --quiet --disable-pip-version-check \
    "$wheel" -r "$repo/consumers/python/requirements-scenario.txt"
  cp "$repo/consumers/python/consume.py" "$repo/consumers/python/scenario.py" "$tmp/python/"
}

# Go: a new module requiring the Go module at the release version, replaced
# by a copy of the committed module; built once, run per server.
setup_go() {
  mkdir -p "$tmp/go/kagzi-proto-go" "$tmp/go/consumer"
  cp -r "$go_module/go.mod" "$go_module/go.sum" "$go_module/kagzi" "$tmp/go/kagzi-proto-go/"
  cp "$repo/consumers/go/"*.go "$go_module/go.sum" "$tmp/go/consumer/"
  printf 'module example.com/consumer\n\ngo 1.24.0\n\nrequire github.com/kagzi/kagzi-proto/go v%s\n\nreplace github.com/kagzi/kagzi-proto/go => ../kagzi-proto-go\n' \
    "$version" > "$tmp/go/consumer/go.mod"
  cd "$tmp/go/consumer" && "$go" mod tidy && "$go" build -mod=readonly -o consume .
}

# TypeScript: a new npm project with the tarball (its @bufbuild/protobuf
# from the range it declares) and connect at the versions package.json pins.
setup_ts() {
  local pins
  pins=$(node -e 'const d = require(process.argv[1]).devDependencies;
    console.log(["@connectrpc/connect", "@connectrpc/connect-node"].map((n) => `${n}@${d[n]}`).join(" "))' "$repo/package.json")
  mkdir -p "$tmp/ts"
  printf '{ "name": "consumer", "private": true, "type": "module" }\n' > "$tmp/ts/package.json"
  cp "$repo/consumers/ts/consume.mjs" "$repo/consumers/ts/scenario.mjs" "$tmp/ts/"
  # shellcheck disable=SC2086 # two package specs
  cd "$tmp/ts" && npm install --silent --no-audit --no-fund --save-exact "$tarball" $pins
}

# The three installs wait mostly on their registries: they run at once,
# each into its log, which is shown when it fails. Every one is waited for
# before the verdict, so none is left running.
langs=(python go ts)
for lang in "${langs[@]}"; do
  ( set -e; "setup_$lang" ) >"$tmp/setup-$lang.log" 2>&1 &
  setup_pids+=($!)
done
setup_failed=0
for i in "${!langs[@]}"; do
  if ! wait "${setup_pids[$i]}"; then
    cat "$tmp/setup-${langs[$i]}.log" >&2
    echo "interop: installing the ${langs[$i]} client failed" >&2
    setup_failed=1
  fi
done
setup_pids=()
[ "$setup_failed" = 0 ] || exit 1

clients=(python go rust ts)
run_client() { # CLIENT ADDR
  case $1 in
    python) (cd "$tmp/python" && "$tmp/python/venv/bin/python" consume.py scenario "$2") ;;
    go) "$tmp/go/consumer/consume" scenario "$2" ;;
    rust) "$rust_client" scenario "$2" ;;
    ts) (cd "$tmp/ts" && node consume.mjs scenario "$2") ;;
  esac
}

# The servers, one column each: LABEL EXPECT BINARY ARGS..., where EXPECT is
# `pass`, or `fail:TEXT`: the client must fail, and its output must show
# TEXT, so that a client failing for another reason (a crash, a wrong check)
# does not count as the fault caught.
columns=()
legend=()
declare -A cell
failed=0 total=0 good=0
column() {
  local label=$1 expect=$2
  shift 2
  columns+=("$label")
  local command
  command="$(basename "$1") ${*:2}"
  local want=$expect
  [[ $expect == fail:* ]] && want="fail, showing \"${expect#fail:}\""
  legend+=("$(printf '  %-17s %s: every client must %s' "$label" "${command% }" "$want")")
  for c in "${clients[@]}"; do
    # A server of its own per client, so that one client's calls (and the
    # faults they use up) cannot change another's answers.
    server_start "$1" 127.0.0.1:0 "${@:2}"
    echo "== $c -> $label ($SERVER_ADDR)"
    if run_client "$c" "$SERVER_ADDR" 2>&1 | tee "$tmp/client.log"; then got=pass; else got=fail; fi
    if [ "$got" = fail ] && [[ $expect == fail:* ]] && ! grep -qF -- "${expect#fail:}" "$tmp/client.log"; then
      got=fail-otherwise
    fi
    total=$((total + 1))
    if [ "$got" = "${expect%%:*}" ]; then cell[$c,$label]=$got good=$((good + 1)); else cell[$c,$label]="WRONG:$got" failed=1; fi
    server_stop || true
  done
}
column rust pass "$testserver"
column rust-unavailable "fail:BeginStep: injected transient fault" "$testserver" --fault unavailable:1
column go pass "$go_server"
column go-unavailable "fail:BeginStep: injected transient fault" "$go_server" --fault unavailable:1
column go-no-detail "fail:ErrorDetail" "$go_server" --fault no-error-detail

echo
{
  printf '%-8s' client
  printf ' %-20s' "${columns[@]}"
  echo
  for c in "${clients[@]}"; do
    printf '%-8s' "$c"
    for s in "${columns[@]}"; do printf ' %-20s' "${cell[$c,$s]}"; done
    echo
  done
} | sed 's/ *$//'
echo "servers:"
printf '%s\n' "${legend[@]}"
echo "$good/$total cells as expected (WRONG:x marks a client that did x there instead;" \
  "fail-otherwise: it failed, but not on the fault)"
exit $failed
