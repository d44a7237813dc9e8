#!/usr/bin/env bash
# Runs the server conformance suite against the reference test server:
#   1. the intact server on a free loopback port: every scenario must pass;
#   2. the server started with a test-only fault (it ignores namespace_id
#      in GetWorkflow): the suite must exit 1 and report that scenario as
#      FAIL, so the command line, not only the library, can fail;
#   3. the server started with the fault drop:rules (it does not check the
#      schemas' buf.validate rules): the rules scenario must FAIL.
# Each server is stopped (by its PID) when its step ends, also on failure.
#
# Usage: scripts/server_conformance.sh TESTSERVER SUITE
set -euo pipefail

server_bin=${1:?usage: server_conformance.sh TESTSERVER SUITE}
suite=${2:?usage: server_conformance.sh TESTSERVER SUITE}
work=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# start_server ARGS...: starts the test server on 127.0.0.1:0, sets $addr.
start_server() {
  rm -f "$work/addr"
  "$server_bin" 127.0.0.1:0 --addr-file "$work/addr" "$@" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 300); do
    [[ -s $work/addr ]] && { addr=$(cat "$work/addr"); return 0; }
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; echo "server-conformance: server exited"; exit 1; }
    sleep 0.1
  done
  echo "server-conformance: server did not start within 30s"; exit 1
}

stop_server() {
  kill "$server_pid" && wait "$server_pid" || true
  server_pid=
}

start_server
echo "server-conformance: reference server at $addr"
timeout 600 "$suite" --addr "$addr"
stop_server

start_server --fault ignore-namespace:GetWorkflow
echo "server-conformance: broken server (ignores namespace_id in GetWorkflow) at $addr"
rc=0
timeout 600 "$suite" --addr "$addr" --only isolation/ >"$work/broken.out" || rc=$?
stop_server
# Indented, so that the suite's own closing line ("N passed, 1 failed") from
# this intended failure does not read as the result of the test run.
sed 's/^/    broken server> /' "$work/broken.out"
if [[ $rc -ne 1 ]] || ! grep -q '^FAIL isolation/GetWorkflow: ' "$work/broken.out"; then
  echo "server-conformance: the suite did not fail isolation/GetWorkflow against the broken server (exit $rc)"
  exit 1
fi

# The same for the rules of the schemas: a server that does not hold
# requests to their buf.validate rules fails the rules scenario.
start_server --fault drop:rules
echo "server-conformance: broken server (does not check the schemas' rules) at $addr"
rc=0
timeout 600 "$suite" --addr "$addr" --only rules/ >"$work/broken-rules.out" || rc=$?
stop_server
sed 's/^/    broken server> /' "$work/broken-rules.out"
if [[ $rc -ne 1 ]] || ! grep -q '^FAIL rules/one-violation-per-kind: ' "$work/broken-rules.out"; then
  echo "server-conformance: the suite did not fail rules/one-violation-per-kind against the broken server (exit $rc)"
  exit 1
fi
echo "server-conformance: ok (the broken servers failed as they must)"
