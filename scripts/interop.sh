#!/usr/bin/env bash
# Interop matrix: each client, from a fresh project outside the repository
# that installed the built package, runs `scenario ADDR` against the Rust
# reference server on a free loopback port. Then the same clients against
# the server with a fault (`unavailable:1`: the first BeginStep fails), where
# every client must fail, which shows the scenario can fail.
#
# usage: interop.sh TESTSERVER WHEEL GO_MODULE_DIR VERSION PYTHON GO RUST_CLIENT
# (RUST_CLIENT: the built kagzi-proto example `interop`, a tonic client of
# the workspace's crate; the one client not installed from a package.)
# Prints a table client x server with a verdict each; exits 1 if any verdict
# is not as expected. The servers are stopped on every exit path.
set -euo pipefail

if [ $# -ne 7 ]; then
  echo "usage: $0 TESTSERVER WHEEL GO_MODULE_DIR VERSION PYTHON GO RUST_CLIENT" >&2
  exit 2
fi
testserver=$(realpath "$1") wheel=$(realpath "$2") go_module=$(realpath "$3")
version=$4 python=$5 go=$6 rust_client=$(realpath "$7")
repo=$(pwd)

tmp=$(mktemp -d)
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap 'stop_server; rm -rf "$tmp"' EXIT

# Python: a new venv with the wheel (dependencies from its ranges).
"$python" -m venv "$tmp/python/venv"
"$tmp/python/venv/bin/pip" install --quiet --disable-pip-version-check "$wheel"
cp "$repo/consumers/python/consume.py" "$repo/consumers/python/scenario.py" "$tmp/python/"

# Go: a new module requiring the Go module at the release version, replaced
# by a copy of the committed module; built once, run per server.
mkdir -p "$tmp/go/kagzi-proto-go" "$tmp/go/consumer"
cp -r "$go_module/go.mod" "$go_module/go.sum" "$go_module/kagzi" "$tmp/go/kagzi-proto-go/"
cp "$repo/consumers/go/"*.go "$go_module/go.sum" "$tmp/go/consumer/"
printf 'module example.com/consumer\n\ngo 1.24.0\n\nrequire github.com/kagzi/kagzi-proto/go v%s\n\nreplace github.com/kagzi/kagzi-proto/go => ../kagzi-proto-go\n' \
  "$version" > "$tmp/go/consumer/go.mod"
(cd "$tmp/go/consumer" && "$go" mod tidy && "$go" build -mod=readonly -o consume .)

clients=(python go rust)
run_client() { # CLIENT ADDR
  case $1 in
    python) (cd "$tmp/python" && "$tmp/python/venv/bin/python" consume.py scenario "$2") ;;
    go) "$tmp/go/consumer/consume" scenario "$2" ;;
    rust) "$rust_client" "http://$2" ;;
  esac
}

start_server() { # ARGS...
  rm -f "$tmp/addr"
  "$testserver" 127.0.0.1:0 --addr-file "$tmp/addr" "$@" >"$tmp/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do
    [ -s "$tmp/addr" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log" >&2; echo "interop: server exited" >&2; exit 1; }
    sleep 0.1
  done
  [ -s "$tmp/addr" ] || { echo "interop: server wrote no address in 10 s" >&2; exit 1; }
  addr=$(sed 's#^http://##' "$tmp/addr")
}

failed=0
rows=()
# SERVER_LABEL EXPECT(pass|fail) SERVER_ARGS...
matrix_row() {
  local label=$1 expect=$2
  shift 2
  for c in "${clients[@]}"; do
    # A server of its own per client, so that one client's calls (and the
    # faults they use up) cannot change another's answers.
    start_server "$@"
    echo "== $c -> $label ($addr)"
    if run_client "$c" "$addr"; then got=pass; else got=fail; fi
    if [ "$got" = "$expect" ]; then verdict="ok ($got, as expected)"; else verdict="WRONG ($got, expected $expect)"; failed=1; fi
    rows+=("$(printf '%-8s %-40s %s' "$c" "$label" "$verdict")")
    stop_server
  done
}
matrix_row "kagzi-testserver (rust, tonic)" pass
matrix_row "kagzi-testserver --fault unavailable:1" fail --fault unavailable:1

echo
printf '%-8s %-40s %s\n' client server verdict
printf '%s\n' "${rows[@]}"
exit $failed
