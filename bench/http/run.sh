#!/usr/bin/env bash
# HTTP benchmarks, TechEmpower style, over loopback: Carafe, raw ASP.NET Core minimal APIs and
# Flask under gunicorn doing the same work (plaintext, json, fortunes, routing).
#
# Builds Release, starts each server on 127.0.0.1 on its own port, checks that all answer the
# same bodies, warms each, loads each with wrk bounded in time, stops each by its own PID,
# and prints one markdown table (medians of REPEATS runs, min-max spread of requests/s).
# The two cores are split: every server is pinned to CPU 0, wrk (one thread) to CPU 1.
#
# Usage: bench/http/run.sh
# Environment: DURATION (s per run, 5), REPEATS (3), WARMUP (s, 3), CONNECTIONS (64),
#              FLASK_WORKER_CLASS / FLASK_WORKERS / FLASK_THREADS (see flask/gunicorn.conf.py).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

duration=${DURATION:-5}
repeats=${REPEATS:-3}
warmup=${WARMUP:-3}
tests=(plaintext json fortunes routing)

source "$here/servers.sh"
source "$here/../proc.sh"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for name in "${frameworks[@]}"; do
  build_server "$name"
done

# Every framework must answer what raw ASP.NET Core answers (JSON compared as data).
responses() {
  local url="http://127.0.0.1:${port[$1]}"
  curl -s "$url/plaintext"; echo
  curl -s "$url/json" | python3 -c 'import json, sys; print(json.load(sys.stdin))'
  curl -s "$url/fortunes"; echo
  sed "s|^|$url|" "$work/paths.txt" | xargs curl -s -w '\n'
}

for name in "${frameworks[@]}"; do
  echo "Starting $name ..." >&2
  start_server "$name"
done

responses aspnetcore > "$work/expected.txt"
for name in "${frameworks[@]}"; do
  responses "$name" > "$work/$name.txt"
  if ! cmp -s "$work/expected.txt" "$work/$name.txt"; then
    echo "$name answers differently from raw ASP.NET Core:" >&2
    diff "$work/expected.txt" "$work/$name.txt" | head -20 >&2 || true
    echo "$name differs" >> "$work/differs.txt"
  fi
done

# Repeats go round the frameworks, so that a disturbance on the machine hits all of them.
for test in "${tests[@]}"; do
  for name in "${frameworks[@]}"; do
    echo "Warming $name on $test (${warmup}s) ..." >&2
    load "$test" "$name" "$warmup" >/dev/null
  done
  for run in $(seq "$repeats"); do
    for name in "${frameworks[@]}"; do
      echo "Loading $name on $test, run $run of $repeats (${duration}s) ..." >&2
      before=$(cpu_ticks "${pid[$name]}")
      result=$(load "$test" "$name" "$duration" | grep '^RESULT')
      after=$(cpu_ticks "${pid[$name]}")
      echo "$test $name ${result#RESULT } $((after - before))" >> "$work/results.txt"
    done
  done
done

for name in "${frameworks[@]}"; do
  echo "$name $(rss_kib "${pid[$name]}")" >> "$work/rss.txt"
  stop_server "$name"
done

echo
echo "wrk 1 thread, $connections connections, ${duration}s per run, $repeats runs after ${warmup}s of warm-up;"
echo "servers pinned to CPU $server_cpu, wrk to CPU $load_cpu (taskset); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)."
echo "Load average (1, 5, 15 min) as the run began: $load_before; other work on the machine shares its cores."
echo
python3 "$here/report.py" "$work" "$(getconf CLK_TCK)"
