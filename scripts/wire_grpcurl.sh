#!/usr/bin/env bash
# grpcurl, a client nobody here wrote, against the reference test server:
#   - `list` over reflection names every kagzi.v1 service and the standard ones;
#   - grpc.health.v1.Health/Check answers SERVING;
#   - a failing call (GetWorkflow of an unknown run) exits with NOT_FOUND and
#     `-format-error` shows the kagzi.v1.ErrorDetail of its status details.
# The server runs on a free loopback port and is stopped (by its PID) when
# the script ends, also on failure.
#
# Usage: scripts/wire_grpcurl.sh TESTSERVER GRPCURL
set -euo pipefail

server_bin=${1:?usage: wire_grpcurl.sh TESTSERVER GRPCURL}
grpcurl=${2:?usage: wire_grpcurl.sh TESTSERVER GRPCURL}
work=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "wire-grpcurl: $*" >&2; exit 1; }

"$server_bin" 127.0.0.1:0 --addr-file "$work/addr" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 300); do
  [[ -s $work/addr ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; fail "server exited"; }
  sleep 0.1
done
[[ -s $work/addr ]] || fail "server did not start within 30s"
url=$(cat "$work/addr")
target=${url#http://}
echo "wire-grpcurl: reference server at $target"

# 1. reflection
timeout 60 "$grpcurl" -plaintext "$target" list >"$work/list"
# (grpcurl 1.9 asks reflection v1, which lists itself but not v1alpha;
# tests/standard.rs of the server calls v1alpha.)
for service in grpc.health.v1.Health grpc.reflection.v1.ServerReflection \
  kagzi.v1.AdminService kagzi.v1.WorkerService \
  kagzi.v1.WorkflowScheduleService kagzi.v1.WorkflowService; do
  grep -qx "$service" "$work/list" || { cat "$work/list"; fail "list misses $service"; }
done
echo "wire-grpcurl: list shows every service"

# 2. standard health, overall and for one service
for name in "" kagzi.v1.WorkflowService; do
  timeout 60 "$grpcurl" -plaintext -d "{\"service\": \"$name\"}" "$target" \
    grpc.health.v1.Health/Check >"$work/health"
  grep -q '"status": "SERVING"' "$work/health" || { cat "$work/health"; fail "Health/Check \"$name\" is not SERVING"; }
done
echo "wire-grpcurl: Health/Check is SERVING"

# 3. a failing call: grpcurl exits 64 + the gRPC code (NOT_FOUND = 5).
rc=0
timeout 60 "$grpcurl" -plaintext -format-error \
  -d '{"namespaceId": "default", "runId": "no-such-run"}' \
  "$target" kagzi.v1.WorkflowService/GetWorkflow >"$work/error" 2>&1 || rc=$?
cat "$work/error"; echo
[[ $rc -eq 69 ]] || fail "GetWorkflow of an unknown run: grpcurl exit $rc, want 69 (NOT_FOUND)"
for want in '"@type": "type.googleapis.com/kagzi.v1.ErrorDetail"' '"code": "ERROR_CODE_NOT_FOUND"' \
  '"subjectId": "no-such-run"'; do
  grep -qF "$want" "$work/error" || fail "the error details miss $want"
done
echo "wire-grpcurl: ok (the failing call carries a kagzi.v1.ErrorDetail)"
