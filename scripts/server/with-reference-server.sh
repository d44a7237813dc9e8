#!/usr/bin/env bash
# Runs a command against a server of its own: starts SERVER on a free
# loopback port (scripts/server/lib.sh), exports its address as KAGZI_ADDR
# (HOST:PORT) and KAGZI_URL (http://HOST:PORT), runs COMMAND, then stops the
# server, also when COMMAND fails or the wrapper is interrupted. For shell
# and Python alike (scripts/generate/check_guide.py).
#
# usage: with-reference-server.sh SERVER [SERVER_ARGS...] -- COMMAND [ARGS...]
#   SERVER: the reference server's binary, or one with its command line
#   (SERVER_ARGS: a test fault, say `--fault drop:health`).
# Exit status: COMMAND's; 125 when the server does not start (its log on
# stderr), 2 on bad usage.
set -euo pipefail

usage="usage: with-reference-server.sh SERVER [SERVER_ARGS...] -- COMMAND [ARGS...]"
server_args=()
while [[ $# -gt 0 && $1 != -- ]]; do server_args+=("$1"); shift; done
[[ $# -ge 2 && ${#server_args[@]} -ge 1 ]] || { echo "$usage" >&2; exit 2; }
shift

# shellcheck source=scripts/server/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

server_start "${server_args[0]}" 127.0.0.1:0 "${server_args[@]:1}" || exit 125
echo "with-reference-server: $(basename "${server_args[0]}")${server_args[1]:+ ${server_args[*]:1}} at $SERVER_ADDR" >&2
export KAGZI_ADDR=$SERVER_ADDR KAGZI_URL=$SERVER_URL
rc=0
"$@" || rc=$?
exit "$rc"
