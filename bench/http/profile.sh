#!/usr/bin/env bash
# Where one server spends its CPU under one test's load: perf samples the server (pinned to
# CPU 0, with gunicorn's workers) while wrk loads it from CPU 1, then prints self time by
# module (kernel, runtime, each .NET assembly) and the hottest functions. JIT-compiled .NET
# frames are named through the runtime's perf map.
#
# Usage: bench/http/profile.sh carafe|aspnetcore|flask plaintext|json|fortunes|routing [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 2 ]; then
  sed -n '2,6p' "$0" >&2
  exit 2
fi
name=$1
test=$2
seconds=${3:-10}

if ! command -v perf >/dev/null; then
  echo "Installing linux-perf ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq linux-perf) >/dev/null
fi

export PROFILING=1
source "$here/servers.sh"
build_server "$name"
start_server "$name"
server=${pid[$name]}
trap 'stop_all; rm -f "/tmp/perf-$server.map" "/tmp/perfinfo-$server.map"' EXIT

echo "Warming $name on $test ..." >&2
# Long enough for tiered compilation to settle (no ReadyToRun code here).
load "$test" "$name" 8 >/dev/null
echo "Profiling $name on $test (${seconds}s) ..." >&2
load "$test" "$name" "$((seconds + 1))" > "$work/wrk.txt" &
loader=$!
targets=$(echo "$server" $(pgrep -P "$server" || true) | tr ' ' ',')
perf record -q -F 999 -g -p "$targets" -o "$work/perf.data" -- sleep "$seconds" 2>/dev/null
wait "$loader"

echo "$name, $test: $(awk '/^RESULT/ {printf "%.0f requests/s", $2}' "$work/wrk.txt") while sampled"
perf report -i "$work/perf.data" --stdio --no-children -g none --sort dso,symbol --percent-limit 0 2>/dev/null \
  | grep -vE '^#|^$' > "$work/report.txt"
python3 "$here/profile_summary.py" "$work/report.txt"
