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
connections=${CONNECTIONS:-64}
server_cpu=0
load_cpu=1
tests=(plaintext json fortunes routing)

# Debian packages the benchmark needs.
missing=()
for pkg in wrk python3-flask gunicorn; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null
fi

# The servers: name, port, .NET project (none for Flask). Carafe's joins when it exists.
frameworks=()
declare -A port project
if [ -f "$here/CarafeApp/CarafeApp.csproj" ]; then
  frameworks+=(carafe); port[carafe]=18082; project[carafe]=CarafeApp
fi
frameworks+=(aspnetcore flask)
port[aspnetcore]=18081; project[aspnetcore]=AspNetCoreRaw
port[flask]=18083

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for name in "${frameworks[@]}"; do
  if [ -n "${project[$name]:-}" ]; then
    echo "Building ${project[$name]} (Release) ..." >&2
    dotnet build "$here/${project[$name]}" -c Release --nologo -v q -clp:ErrorsOnly >&2
  fi
done

work=$(mktemp -d /tmp/carafe-bench-http.XXXXXX)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A pid
stop_all() {
  for name in "${!pid[@]}"; do
    kill "${pid[$name]}" 2>/dev/null && wait "${pid[$name]}" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap stop_all EXIT

# The fortunes database, and one concrete path per route for the routing test.
db="$work/fortunes.db"
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(open(sys.argv[2]).read()); c.commit()' \
  "$db" "$here/fortunes.sql"
sed -E 's/\{[a-z_]*(_id|_number)\}/42/g; s/\{[a-z_]*sha\}/6dcb09b5b57875f334f61aebed695e2e4193db5e/g; s/\{[a-z_]+\}/octocat/g' \
  "$here/routes.txt" > "$work/paths.txt"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

start_server() {
  local name=$1 url="http://127.0.0.1:${port[$1]}"
  local t0; t0=$(now_ms)
  if [ "$name" = flask ]; then
    FORTUNES_DB=$db taskset -c $server_cpu gunicorn -c "$here/flask/gunicorn.conf.py" \
      --chdir "$here/flask" -b "127.0.0.1:${port[$name]}" app:app >"$work/$name.log" 2>&1 &
  else
    # Carafe takes Flask's --port; ASP.NET Core reads ASPNETCORE_URLS.
    FORTUNES_DB=$db ASPNETCORE_URLS=$url Logging__LogLevel__Default=Warning \
      taskset -c $server_cpu dotnet "$here/${project[$name]}/bin/Release/net10.0/${project[$name]}.dll" \
      --port "${port[$name]}" >"$work/$name.log" 2>&1 &
  fi
  pid[$name]=$!
  for _ in $(seq 2000); do
    if curl -sf -o /dev/null "$url/plaintext"; then
      echo "$name $(( $(now_ms) - t0 ))" >> "$work/startup.txt"
      return
    fi
    kill -0 "${pid[$name]}" 2>/dev/null || break
    sleep 0.005
  done
  echo "$name did not start; its log:" >&2
  cat "$work/$name.log" >&2
  exit 1
}

# Every framework must answer what raw ASP.NET Core answers (JSON compared as data).
responses() {
  local url="http://127.0.0.1:${port[$1]}"
  curl -s "$url/plaintext"; echo
  curl -s "$url/json" | python3 -c 'import json, sys; print(json.load(sys.stdin))'
  curl -s "$url/fortunes"; echo
  sed "s|^|$url|" "$work/paths.txt" | xargs curl -s -w '\n'
}

rss_kib() {
  # The server's own resident memory plus its children's (gunicorn's workers).
  local total=0 p
  for p in "$1" $(pgrep -P "$1" || true); do
    total=$(( total + $(awk '/^VmRSS/ {print $2}' "/proc/$p/status") ))
  done
  echo "$total"
}

load() {
  local test=$1 name=$2 seconds=$3 url="http://127.0.0.1:${port[$2]}"
  if [ "$test" = routing ]; then
    taskset -c $load_cpu wrk -t1 -c"$connections" -d"${seconds}s" --timeout 5s \
      -s "$here/routing.lua" "$url" -- "$work/paths.txt"
  else
    taskset -c $load_cpu wrk -t1 -c"$connections" -d"${seconds}s" --timeout 5s \
      -s "$here/report.lua" "$url/$test"
  fi
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
      load "$test" "$name" "$duration" | awk -v t="$test" -v n="$name" '/^RESULT/ {print t, n, $2, $3, $4, $5}' \
        >> "$work/results.txt"
    done
  done
done

for name in "${frameworks[@]}"; do
  echo "$name $(rss_kib "${pid[$name]}")" >> "$work/rss.txt"
  kill "${pid[$name]}"
  wait "${pid[$name]}" 2>/dev/null || true
  unset "pid[$name]"
done

echo
echo "wrk 1 thread, $connections connections, ${duration}s per run, $repeats runs after ${warmup}s of warm-up;"
echo "servers pinned to CPU $server_cpu, wrk to CPU $load_cpu (taskset); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)."
echo "Load average (1, 5, 15 min) as the run began: $load_before; other work on the machine shares its cores."
echo
python3 "$here/report.py" "$work"
