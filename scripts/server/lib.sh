# shellcheck shell=bash
# The one way the scripts run a kagzi.v1 server for a test: sourced by
# every script that needs one (and by with-reference-server.sh, the wrapper
# for commands and Python). The server is the reference server
# (server/reference) or any server with its command line,
# `SERVER LISTEN --addr-file PATH [ARGS...]`, such as the Go server
# (server/go): it listens on LISTEN (127.0.0.1:0 picks a free port) and
# writes its address to PATH once it accepts connections.
#
#   server_start BINARY LISTEN [ARGS...]
#       starts the server in the background, its output appended to
#       $SERVER_LOG (default: a file in a scratch directory), and waits up to
#       $SERVER_START_SECS (30) seconds for its address. Sets SERVER_PID,
#       SERVER_ADDR (HOST:PORT) and SERVER_URL (http://HOST:PORT). When the
#       server exits first or writes no address in time, shows its log on
#       stderr and returns 1 (so `server_start ... || retry` is possible).
#   server_stop
#       SIGTERM, then up to 10 s for the server to exit (the reference server
#       ends a pending long poll and shuts down gracefully), SIGKILL after
#       that; returns the server's exit status (0: it stopped cleanly). A
#       no-op when no server runs.
#   at_exit COMMAND
#       runs COMMAND (a string, evaluated) when the script exits, on every
#       exit path: success, failure, `exit`, SIGINT and SIGTERM. The running
#       server is always stopped then, by its PID: the scripts need no EXIT
#       trap of their own (one would replace this one).
#
# One server at a time per script: server_start refuses while one runs.

SERVER_PID=
SERVER_ADDR=
SERVER_URL=
SERVER_START_SECS=${SERVER_START_SECS:-30}
_server_dir=$(mktemp -d)
SERVER_LOG=${SERVER_LOG:-$_server_dir/server.log}

_at_exit_commands=()
at_exit() { _at_exit_commands+=("$1"); }
_run_at_exit() {
  local i
  server_stop >/dev/null 2>&1 || true
  for ((i = ${#_at_exit_commands[@]} - 1; i >= 0; i--)); do eval "${_at_exit_commands[i]}" || true; done
  rm -rf "$_server_dir"
}
trap _run_at_exit EXIT
# A signal ends the script through `exit`, so the EXIT trap above runs.
trap 'exit 130' INT
trap 'exit 143' TERM

server_start() {
  local binary=${1:?server_start BINARY LISTEN [ARGS...]} listen=${2:?server_start BINARY LISTEN [ARGS...]}
  shift 2
  if [[ -n $SERVER_PID ]]; then
    echo "server_start: a server is running already (PID $SERVER_PID)" >&2
    return 1
  fi
  local addr_file=$_server_dir/addr tries
  rm -f "$addr_file"
  "$binary" "$listen" --addr-file "$addr_file" "$@" >>"$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  for ((tries = SERVER_START_SECS * 10; tries > 0; tries--)); do
    if [[ -s $addr_file ]]; then
      SERVER_URL=$(<"$addr_file")
      SERVER_ADDR=${SERVER_URL#http://}
      SERVER_URL=http://$SERVER_ADDR
      return 0
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      wait "$SERVER_PID" 2>/dev/null || true
      SERVER_PID=
      sed 's/^/  server> /' "$SERVER_LOG" >&2
      echo "server_start: $(basename "$binary") exited before it listened on $listen" >&2
      return 1
    fi
    sleep 0.1
  done
  server_stop >/dev/null 2>&1 || true
  sed 's/^/  server> /' "$SERVER_LOG" >&2
  echo "server_start: $(basename "$binary") wrote no address within $SERVER_START_SECS s" >&2
  return 1
}

server_stop() {
  [[ -n $SERVER_PID ]] || return 0
  local pid=$SERVER_PID tries rc=0
  SERVER_PID= SERVER_ADDR= SERVER_URL=
  kill -TERM "$pid" 2>/dev/null || true
  for ((tries = 100; tries > 0; tries--)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "server_stop: the server (PID $pid) ignored SIGTERM for 10 s; killed" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || rc=$?
  return "$rc"
}
