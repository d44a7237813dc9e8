#!/usr/bin/env bash
# Runs the kagzi-proto examples end to end on loopback and checks what a
# real worker must survive:
#   1. the test server (kagzi-testserver, injecting one UNAVAILABLE into
#      BeginStep and CompleteStep) on a free port, a worker, and a client whose workflow must complete:
#      the worker retries the transient errors instead of exiting;
#   2. the worker adopts the heartbeat interval of a HeartbeatResponse;
#   3. the server is stopped while the worker polls and restarted on the
#      same port: the worker must reconnect, register again, and complete a
#      workflow started after the restart;
#   4. the admin example lists the workers (ListWorkers: queue, status
#      filter, paging), waits until the worker's heartbeats report the
#      completed task, creates a schedule (CreateWorkflowSchedule) and asks
#      the worker to drain: the worker stops polling, deregisters and exits.
# Every step is bounded by a timeout so a hang fails the run instead of
# blocking CI.
#
# Usage: scripts/rust/run_examples.sh EXAMPLES_DIR SERVER
#   EXAMPLES_DIR holds the worker, client and admin examples; SERVER is the
#   kagzi-testserver binary.
set -euo pipefail

bin=${1:?usage: run_examples.sh EXAMPLES_DIR SERVER}
server=${2:?usage: run_examples.sh EXAMPLES_DIR SERVER}
# shellcheck source=scripts/server/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../server/lib.sh"
work=$(mktemp -d)
worker_pid=
# The worker, by PID (the server is stopped by lib.sh), then the files.
at_exit 'rm -rf "$work"'
at_exit '[[ -z $worker_pid ]] || kill "$worker_pid" 2>/dev/null'

fail() {
  echo "examples: FAILED: $*"
  for log in "$work"/*.log; do echo "--- $log"; cat "$log"; done
  exit 1
}

# start_server LISTEN LOG: the server, injecting one UNAVAILABLE into
# BeginStep and CompleteStep, logging into LOG; returns 1 when it exits
# before it listens (its port still taken, say).
start_server() {
  SERVER_LOG=$work/$2 server_start "$server" "$1" --fault unavailable:1
}

# The server shuts down gracefully on SIGTERM (a pending long poll ends
# within 2 s): it must exit 0 within the 10 s server_stop gives it.
stop_server() {
  server_stop || fail "the server did not stop cleanly on SIGTERM"
}

# wait_log PATTERN SECONDS: waits until the worker's log matches.
wait_log() {
  for _ in $(seq $(($2 * 10))); do
    grep -q -- "$1" "$work/worker.log" && return 0
    kill -0 "$worker_pid" 2>/dev/null || fail "worker exited while waiting for '$1'"
    sleep 0.1
  done
  fail "worker log has no '$1' after $2s"
}

run_client() {
  KAGZI_WAIT_SECS=20 timeout 30 "$bin/client" >>"$work/client.log" 2>&1 || fail "client run $1"
  echo "examples: client run $1 completed"
}

start_server 127.0.0.1:0 server.log || fail "server exited early"
export KAGZI_SERVER=$SERVER_URL
echo "examples: server at $KAGZI_SERVER"

timeout 120 "$bin/worker" >"$work/worker.log" 2>&1 &
worker_pid=$!

# 1. Transient errors are retried.
run_client 1
grep -q 'BeginStep failed (Unavailable' "$work/worker.log" || fail "no BeginStep retry seen"
grep -q 'CompleteStep failed (Unavailable' "$work/worker.log" || fail "no CompleteStep retry seen"

# 2. The interval from a HeartbeatResponse (500ms) replaces Register's (1s).
wait_log 'heartbeat interval now 500ms' 10

# 3. Restart on the same port while the worker polls.
stop_server
echo "examples: server stopped"
sleep 1
for attempt in 1 2 3 4 5; do
  start_server "${KAGZI_SERVER#http://}" server2.log && break
  [[ $attempt == 5 ]] && fail "server could not listen on ${KAGZI_SERVER#http://} again"
  sleep 1
done
echo "examples: server restarted at $SERVER_URL"
wait_log 're-registered as' 20
# The restarted server knows nothing of the old id: the worker must now go
# by the new one.
line=$(grep -m1 're-registered as' "$work/worker.log")
[[ $line =~ as\ ([^ ]+)\ \(was\ ([^\)]+)\) && ${BASH_REMATCH[1]} != "${BASH_REMATCH[2]}" ]] ||
  fail "worker kept its old id after re-registering: $line"
new_id=${BASH_REMATCH[1]}
run_client 2

# 4. ListWorkers sees the completed task in the worker's heartbeats; then drain.
KAGZI_EXPECT_COMPLETED=1 KAGZI_WAIT_SECS=10 KAGZI_DRAIN=1 timeout 30 "$bin/admin" \
  >"$work/admin.log" 2>&1 || fail "admin"
cat "$work/admin.log"
# The admin listed the worker under its new id, with the completed task.
grep -q "admin: worker $new_id on main: .* [1-9][0-9]* completed" "$work/admin.log" ||
  fail "ListWorkers did not show the re-registered worker's completed task"
for _ in $(seq 200); do kill -0 "$worker_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$worker_pid" 2>/dev/null && fail "worker did not stop within 20s of the drain request"
wait "$worker_pid" || { worker_pid=; fail "worker exited with an error"; }
worker_pid=
cat "$work/worker.log"
grep -q 'worker: server asked to drain' "$work/worker.log" || fail "worker did not see the drain"
grep -q 'worker: deregistered .*; done after 2 task(s)' "$work/worker.log" ||
  fail "worker did not finish 2 tasks and deregister"

stop_server
echo "examples: ok"
