#!/usr/bin/env bash
# Runs the server conformance suite against the reference test server:
#   1. the intact server on a free loopback port: every scenario must pass;
#   2. the server started with a test-only fault (it ignores namespace_id
#      in GetWorkflow): the suite must exit 1 and report that scenario as
#      FAIL, so the command line, not only the library, can fail;
#   3. the server started with the fault drop:rules (it does not check the
#      schemas' buf.validate rules): the rules scenario must FAIL.
# Each server is stopped when its step ends, also on failure
# (scripts/server/lib.sh).
#
# Usage: scripts/server/conformance.sh TESTSERVER SUITE
set -euo pipefail

server_bin=${1:?usage: conformance.sh TESTSERVER SUITE}
suite=${2:?usage: conformance.sh TESTSERVER SUITE}
# shellcheck source=scripts/server/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
work=$(mktemp -d)
at_exit 'rm -rf "$work"'

server_start "$server_bin" 127.0.0.1:0
echo "server-conformance: reference server at $SERVER_ADDR"
timeout 600 "$suite" --addr "$SERVER_URL"
server_stop

server_start "$server_bin" 127.0.0.1:0 --fault ignore-namespace:GetWorkflow
echo "server-conformance: broken server (ignores namespace_id in GetWorkflow) at $SERVER_ADDR"
rc=0
timeout 600 "$suite" --addr "$SERVER_URL" --only isolation/ >"$work/broken.out" || rc=$?
server_stop || true
# Indented, so that the suite's own closing line ("N passed, 1 failed") from
# this intended failure does not read as the result of the test run.
sed 's/^/    broken server> /' "$work/broken.out"
if [[ $rc -ne 1 ]] || ! grep -q '^FAIL isolation/GetWorkflow: ' "$work/broken.out"; then
  echo "server-conformance: the suite did not fail isolation/GetWorkflow against the broken server (exit $rc)"
  exit 1
fi

# The same for the rules of the schemas: a server that does not hold
# requests to their buf.validate rules fails the rules scenario.
server_start "$server_bin" 127.0.0.1:0 --fault drop:rules
echo "server-conformance: broken server (does not check the schemas' rules) at $SERVER_ADDR"
rc=0
timeout 600 "$suite" --addr "$SERVER_URL" --only rules/ >"$work/broken-rules.out" || rc=$?
server_stop || true
sed 's/^/    broken server> /' "$work/broken-rules.out"
if [[ $rc -ne 1 ]] || ! grep -q '^FAIL rules/one-violation-per-kind: ' "$work/broken-rules.out"; then
  echo "server-conformance: the suite did not fail rules/one-violation-per-kind against the broken server (exit $rc)"
  exit 1
fi
echo "server-conformance: ok (the broken servers failed as they must)"
