#!/usr/bin/env bash
# grpcurl, a client nobody here wrote, against the reference test server at
# $KAGZI_ADDR (HOST:PORT; scripts/server/with-reference-server.sh starts one
# and sets it). Four steps, each named, all run even when one fails:
#   list-v1        grpcurl 1.9 (tools/go.mod; asks reflection v1 first) lists
#                  every kagzi.v1 service and the standard ones;
#   list-v1alpha   grpcurl 1.8.7 (tools/grpcurl-v1alpha/go.mod; speaks only
#                  reflection v1alpha, like ghz) lists the same;
#   health         grpc.health.v1.Health/Check answers SERVING, overall and
#                  for one service;
#   error-details  a failing call (GetWorkflow of an unknown run) exits with
#                  NOT_FOUND and `-format-error` shows the kagzi.v1.ErrorDetail
#                  of its status details.
# Exits 1 after the last step if any failed, printing the line
# `wire-grpcurl: failed steps: NAME...` (scripts/wire/grpcurl_broken.sh reads
# it).
#
# Usage: KAGZI_ADDR=HOST:PORT scripts/wire/grpcurl.sh GRPCURL GRPCURL_V1ALPHA
set -euo pipefail

usage="usage: KAGZI_ADDR=HOST:PORT grpcurl.sh GRPCURL GRPCURL_V1ALPHA"
grpcurl=${1:?$usage}
grpcurl_v1alpha=${2:?$usage}
target=${KAGZI_ADDR:?$usage}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=()
# step_failed NAME WHY [FILE]: records a failed step, shows FILE.
step_failed() {
  failed+=("$1")
  echo "wire-grpcurl: $1 FAILED: $2" >&2
  if [[ -n ${3:-} ]]; then awk '{ print "  | " $0 }' "$3" >&2; fi
}

echo "wire-grpcurl: server at $target"

kagzi_services=(kagzi.v1.AdminService kagzi.v1.NamespaceService kagzi.v1.WorkerService
  kagzi.v1.WorkflowScheduleService kagzi.v1.WorkflowService)

# list STEP GRPCURL REFLECTION_SERVICE: every service, listed over one
# reflection version (each version lists itself, not the other).
list() {
  local step=$1 client=$2 reflection=$3 service
  if ! timeout 60 "$client" -plaintext "$target" list >"$work/$step" 2>&1; then
    step_failed "$step" "grpcurl list failed" "$work/$step"; return
  fi
  for service in grpc.health.v1.Health "$reflection" "${kagzi_services[@]}"; do
    grep -qx "$service" "$work/$step" || { step_failed "$step" "list misses $service" "$work/$step"; return; }
  done
  echo "wire-grpcurl: $step: the list shows every service"
}
list list-v1 "$grpcurl" grpc.reflection.v1.ServerReflection
list list-v1alpha "$grpcurl_v1alpha" grpc.reflection.v1alpha.ServerReflection

health() {
  local name
  for name in "" kagzi.v1.WorkflowService; do
    if ! timeout 60 "$grpcurl" -plaintext -d "{\"service\": \"$name\"}" "$target" \
      grpc.health.v1.Health/Check >"$work/health" 2>&1; then
      step_failed health "Health/Check \"$name\" failed" "$work/health"; return
    fi
    grep -q '"status": "SERVING"' "$work/health" ||
      { step_failed health "Health/Check \"$name\" is not SERVING" "$work/health"; return; }
  done
  echo "wire-grpcurl: health: Health/Check is SERVING"
}
health

# A failing call: grpcurl exits 64 + the gRPC code (NOT_FOUND = 5).
error_details() {
  local rc=0 want
  timeout 60 "$grpcurl" -plaintext -format-error \
    -d '{"namespaceId": "default", "runId": "no-such-run"}' \
    "$target" kagzi.v1.WorkflowService/GetWorkflow >"$work/error" 2>&1 || rc=$?
  if [[ $rc -ne 69 ]]; then
    step_failed error-details "GetWorkflow of an unknown run: grpcurl exit $rc, want 69 (NOT_FOUND)" "$work/error"
    return
  fi
  for want in '"@type": "type.googleapis.com/kagzi.v1.ErrorDetail"' '"code": "ERROR_CODE_NOT_FOUND"' \
    '"subjectId": "no-such-run"'; do
    grep -qF "$want" "$work/error" || { step_failed error-details "the error details miss $want" "$work/error"; return; }
  done
  awk '{ print "  | " $0 }' "$work/error"
  echo "wire-grpcurl: error-details: the failing call carries a kagzi.v1.ErrorDetail"
}
error_details

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "wire-grpcurl: failed steps: ${failed[*]}"
  exit 1
fi
echo "wire-grpcurl: ok (list-v1 list-v1alpha health error-details)"
