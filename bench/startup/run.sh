#!/usr/bin/env bash
# Start-up and memory: time from process start to the first answered request (median of REPEATS
# starts, with min-max), for bare apps (ASP.NET Core, Carafe, Flask under gunicorn) and the
# Tutorial sample with its plugins; then resident memory after LOAD seconds of wrk on "/".
# Each app is started on 127.0.0.1, pinned to CPU 0 (wrk and the poller on CPU 1), and stopped
# by its own PID. Start-up is polled with curl every 5 ms: figures are good to about 5 ms.
#
# Usage: bench/startup/run.sh        Environment: REPEATS (5), LOAD (s, 5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../proc.sh"
repo=$(cd "$here/../.." && pwd)

repeats=${REPEATS:-5}
load_seconds=${LOAD:-5}
server_cpu=0
load_cpu=1
port=18090

missing=()
for pkg in wrk python3-flask gunicorn; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null
fi

# The apps: each a .NET project (built Release, started with dotnet) or, for Flask, gunicorn.
declare -A project
apps=(bare-aspnetcore)
project[bare-aspnetcore]="$here/BareAspNetCore/BareAspNetCore.csproj"
if [ -f "$here/BareCarafe/BareCarafe.csproj" ]; then
  apps+=(bare-carafe)
  project[bare-carafe]="$here/BareCarafe/BareCarafe.csproj"
fi
apps+=(bare-flask)
# The Tutorial joins once it is an app (its placeholder only prints a line).
if grep -q "\.Run(" "$repo/samples/Tutorial/Program.cs" 2>/dev/null; then
  apps+=(tutorial)
  project[tutorial]="$repo/samples/Tutorial/Tutorial.csproj"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for name in "${apps[@]}"; do
  if [ -n "${project[$name]:-}" ]; then
    echo "Building $(basename "${project[$name]}" .csproj) (Release) ..." >&2
    dotnet build "${project[$name]}" -c Release --nologo -v q -clp:ErrorsOnly >&2
  fi
done

work=$(mktemp -d /tmp/carafe-bench-startup.XXXXXX)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
server=""
stop_server() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    server=""
  fi
}
trap 'stop_server; rm -rf "$work"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts an app, waits for its first answer on "/", and appends "<app> <ms>" to startup.txt.
start_app() {
  local name=$1 url="http://127.0.0.1:$port"
  local t0; t0=$(now_ms)
  if [ "$name" = bare-flask ]; then
    taskset -c $server_cpu gunicorn -c "$here/../http/flask/gunicorn.conf.py" --chdir "$here/flask" \
      -b "127.0.0.1:$port" app:app >"$work/$name.log" 2>&1 &
  else
    local dir; dir=$(dirname "${project[$name]}")
    local dll; dll="$dir/bin/Release/net10.0/$(basename "${project[$name]}" .csproj).dll"
    # The app's own folder as working directory, as `dotnet run` would have it. Carafe takes
    # Flask's --port; ASP.NET Core reads ASPNETCORE_URLS.
    (cd "$dir" && ASPNETCORE_URLS=$url Logging__LogLevel__Default=Warning \
      exec taskset -c $server_cpu dotnet "$dll" --port "$port" >"$work/$name.log" 2>&1) &
  fi
  server=$!
  for _ in $(seq 4000); do
    if taskset -c $load_cpu curl -s -o /dev/null "$url/"; then
      echo "$name $(( $(now_ms) - t0 ))" >> "$work/startup.txt"
      return
    fi
    kill -0 "$server" 2>/dev/null || break
    sleep 0.005
  done
  echo "$name did not start; its log:" >&2
  cat "$work/$name.log" >&2
  exit 1
}

for run in $(seq "$repeats"); do
  for name in "${apps[@]}"; do
    echo "Starting $name, run $run of $repeats ..." >&2
    start_app "$name"
    if [ "$run" = "$repeats" ]; then
      echo "Loading $name (${load_seconds}s) ..." >&2
      taskset -c $load_cpu wrk -t1 -c64 -d"${load_seconds}s" "http://127.0.0.1:$port/" >/dev/null
      echo "$name $(rss_kib "$server")" >> "$work/rss.txt"
    fi
    stop_server
  done
done

echo
echo "$repeats starts per app (median, min-max), apps pinned to CPU $server_cpu, curl and wrk to CPU $load_cpu;"
echo "resident memory after ${load_seconds}s of wrk (1 thread, 64 connections) on \"/\"; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)."
echo "Load average (1, 5, 15 min) as the run began: $load_before; other work on the machine shares its cores."
echo
python3 - "$work" <<'EOF'
import statistics, sys
from collections import defaultdict
from pathlib import Path

work = Path(sys.argv[1])
starts = defaultdict(list)
for line in (work / "startup.txt").read_text().split("\n"):
    if line:
        name, ms = line.split()
        starts[name].append(int(ms))
rss = dict(line.split() for line in (work / "rss.txt").read_text().split("\n") if line)
print("| app | start to first answer, ms (median) | spread (min-max) | resident memory after load (MiB) |")
print("| --- | ---: | ---: | ---: |")
for name, values in starts.items():
    print(f"| {name} | {statistics.median(values):.0f} | {min(values)}-{max(values)} | {int(rss[name]) / 1024:.0f} |")
EOF
