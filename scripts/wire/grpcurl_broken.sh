#!/usr/bin/env bash
# Shows that scripts/wire/grpcurl.sh fails when the server breaks what it
# checks: for each test fault of the reference server (`--fault drop:WHAT`,
# started by scripts/server/with-reference-server.sh,
# see server/reference/src/faults.rs), the run must exit 1 and name
# exactly the steps that fault breaks, no fewer (the check caught it) and no
# more (it failed for that reason, not another).
#
# Usage: scripts/wire/grpcurl_broken.sh TESTSERVER GRPCURL GRPCURL_V1ALPHA
set -euo pipefail

usage="usage: grpcurl_broken.sh TESTSERVER GRPCURL GRPCURL_V1ALPHA"
[[ $# -eq 3 ]] || { echo "$usage" >&2; exit 2; }
here=$(dirname "$0")
out=$(mktemp)
trap 'rm -f "$out"' EXIT

# FAULT => the steps it must fail. (Without the health service, reflection
# still lists grpc.health.v1.Health: it lists the descriptors it was given.)
cases=(
  "drop:reflection-v1alpha=list-v1alpha"
  "drop:health=health"
  "drop:error-details=error-details"
)
bad=0
for case in "${cases[@]}"; do
  fault=${case%%=*} want=${case#*=}
  rc=0
  "$here/../server/with-reference-server.sh" "$1" --fault "$fault" -- "$here/grpcurl.sh" "$2" "$3" \
    >"$out" 2>&1 || rc=$?
  got=$(sed -n 's/^wire-grpcurl: failed steps: //p' "$out")
  if [[ $rc -eq 1 && $got == "$want" ]]; then
    echo "wire-grpcurl-broken: --fault $fault: failed as expected ($got)"
  else
    awk '{ print "  | " $0 }' "$out"
    echo "wire-grpcurl-broken: --fault $fault: exit $rc, failed steps \"$got\", want exit 1 and \"$want\"" >&2
    bad=1
  fi
done
exit $bad
