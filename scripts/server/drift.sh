#!/usr/bin/env bash
# Shows the server suite's drift check (the table of differences and the
# verdict) on three servers, and holds the program to its exit status:
#   1. the reference server: no differences, "speaks kagzi.v1 X.Y.Z", exit 0;
#   2. a server whose reflection describes another wire (shifted field
#      numbers, a renamed JSON name): each in the table, "speaks another
#      wire", exit 1;
#   3. the reference server behind a proxy that kills the connection of one
#      area (paging) mid-call: that area fails with the reason, the area
#      after it (schedules) passes, exit 1.
# Each run also writes --report; the JSON must parse and agree.
# Each server is stopped when its step ends, also on failure
# (scripts/server/lib.sh).
#
# Usage: scripts/server/drift.sh, after `cargo build -p kagzi-testserver
# -p kagzi-server-conformance --example faulty-server` (make server-drift).
# The binaries are found in cargo's target directory (CARGO_TARGET_DIR
# or the workspace's target/), as cargo itself reports it.
set -euo pipefail

bin=$("${CARGO:-cargo}" metadata --locked --format-version 1 --no-deps |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/debug
testserver=$bin/kagzi-testserver
faulty=$bin/examples/faulty-server
suite=$bin/kagzi-server-conformance
for b in "$testserver" "$faulty" "$suite"; do
  [[ -x $b ]] || { echo "server-drift: $b is not built (make server-drift builds it)"; exit 1; }
done
# shellcheck source=scripts/server/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
work=$(mktemp -d)
at_exit 'rm -rf "$work"'

fail() { echo "server-drift: $*"; exit 1; }

# start PROGRAM LISTEN_OR_MODE: a server through lib.sh (the faulty server
# takes its mode where the others take the address to listen on).
start() { server_start "$@" || fail "$1 did not start"; }
stop() { server_stop || true; }

# run NAME EXPECTED_EXIT --only ...: runs the suite, shows its output
# indented (so an intended FAIL does not read as the test's result), and
# checks the exit status and that the JSON report parses.
run() {
  local name=$1 expected=$2 rc=0
  shift 2
  timeout 300 "$suite" --addr "$SERVER_URL" --report "$work/$name.json" "$@" >"$work/$name.out" || rc=$?
  sed "s/^/    $name> /" "$work/$name.out"
  [[ $rc -eq $expected ]] || fail "$name: exit $rc, expected $expected"
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$work/$name.json" ||
    fail "$name: --report wrote no valid JSON"
}

json() { python3 -c "import json, sys; r = json.load(open(sys.argv[1])); print($2)" "$work/$1.json"; }

start "$testserver" 127.0.0.1:0
echo "server-drift: 1. the reference server at $SERVER_ADDR"
run reference 0 --only idempotency
grep -q '^drift: no differences$' "$work/reference.out" || fail "reference: differences found"
grep -q '^drift: verdict: speaks kagzi.v1 [0-9]' "$work/reference.out" || fail "reference: no 'speaks kagzi.v1' verdict"
[[ $(json reference 'r["drift"]["verdict"]["kind"]') == speaks ]] || fail "reference: report verdict"
stop

start "$faulty" another-wire
echo "server-drift: 2. a server whose reflection describes another wire at $SERVER_ADDR"
run another-wire 1 --only schedules
for row in 'kagzi.v1.GetWorkflowRequest.namespace_id *| field number *| 1 *| 2' \
           'kagzi.v1.GetWorkflowRequest.run_id *| field number *| 2 *| 1' \
           'kagzi.v1.Workflow.status *| field number *| 6 *| 106' \
           'kagzi.v1.StartWorkflowRequest.external_id *| field JSON name *| externalId *| externalKey'; do
  grep -q "^drift: $row\$" "$work/another-wire.out" || fail "another-wire: no table row '$row'"
done
grep -q '^drift: FAIL: speaks another wire: 4 differences' "$work/another-wire.out" || fail "another-wire: verdict"
[[ $(json another-wire 'len(r["drift"]["differences"])') == 4 ]] || fail "another-wire: report differences"
stop

# Connection 1 is the drift check's, then one per area in report order:
# 2 idempotency, 3 paging, 4 schedules.
start "$faulty" drop-connection:3
echo "server-drift: 3. the reference server behind a proxy that kills the paging connection at $SERVER_ADDR"
run dropped 1 --only idempotency,paging,schedules
grep -q '^FAIL paging/.*transport error' "$work/dropped.out" || fail "dropped: paging did not fail with the transport error"
! grep -q '^FAIL \(idempotency\|schedules\)/' "$work/dropped.out" || fail "dropped: another area failed with paging's connection"
grep -q '^PASS schedules/' "$work/dropped.out" || fail "dropped: the area after paging did not run"
stop

echo "server-drift: ok (the drift table and verdict on all three servers, later areas run after a dropped connection)"
