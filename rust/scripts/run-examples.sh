#!/usr/bin/env bash
# Runs the kagzi-proto examples end to end on loopback: the server on a free
# port, a worker bounded to one task, the client that starts a workflow and
# waits for the worker's result; then stops the server. Every step is bounded
# by a timeout so a hang fails the run instead of blocking CI.
#
# Usage: rust/scripts/run-examples.sh EXAMPLES_DIR  (holds server, worker, client)
set -euo pipefail

bin=${1:?usage: run-examples.sh EXAMPLES_DIR}
work=$(mktemp -d)
server_pid= worker_pid=
cleanup() {
  # Only the processes this script started, by PID.
  [[ -n $worker_pid ]] && kill "$worker_pid" 2>/dev/null || true
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

KAGZI_ADDR=127.0.0.1:0 KAGZI_ADDR_FILE="$work/addr" "$bin/server" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 300); do
  [[ -s $work/addr ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; echo "server exited early"; exit 1; }
  sleep 0.1
done
[[ -s $work/addr ]] || { cat "$work/server.log"; echo "server did not start within 30s"; exit 1; }
export KAGZI_SERVER=$(cat "$work/addr")
echo "examples: server at $KAGZI_SERVER"

KAGZI_WORKER_MAX_TASKS=1 timeout 60 "$bin/worker" >"$work/worker.log" 2>&1 &
worker_pid=$!

if ! KAGZI_WAIT_SECS=30 timeout 60 "$bin/client"; then
  echo "client failed"; cat "$work/worker.log" "$work/server.log"; exit 1
fi
if ! wait "$worker_pid"; then
  worker_pid=; echo "worker failed"; cat "$work/worker.log"; exit 1
fi
worker_pid=
cat "$work/worker.log"
grep -q 'worker: done after 1 task(s)' "$work/worker.log"

kill -TERM "$server_pid"
# The server shuts down gracefully on SIGTERM; give it 10 seconds.
for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$server_pid" 2>/dev/null; then echo "server ignored SIGTERM"; exit 1; fi
wait "$server_pid" || { echo "server exited with an error"; cat "$work/server.log"; exit 1; }
server_pid=
cat "$work/server.log"
echo "examples: ok"
