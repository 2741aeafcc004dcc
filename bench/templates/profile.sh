#!/usr/bin/env bash
# Where one engine spends its CPU rendering one page: perf samples TemplateBench's render loop
# (pinned to CPU 1), then prints self time by module and the hottest functions, JIT-compiled
# frames named through the runtime's perf map (see ../http/profile.sh).
#
# Usage: bench/templates/profile.sh ENGINE PAGE [SECONDS]     e.g. Carafe.Templating products
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 2 ]; then
  sed -n '2,6p' "$0" >&2
  exit 2
fi
engine=$1
page=$2
seconds=${3:-10}

if ! command -v perf >/dev/null; then
  echo "Installing linux-perf ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq linux-perf) >/dev/null
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$here" -c Release --nologo -v q -clp:ErrorsOnly >&2

work=$(mktemp -d /tmp/carafe-bench-templates-profile.XXXXXX)
trap 'rm -rf "$work"' EXIT
# The loop runs 5 s more than perf samples: tiered compilation settles before sampling starts.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_ReadyToRun=0 \
  taskset -c 1 dotnet "$here/bin/Release/net10.0/TemplateBench.dll" --loop "$engine" "$page" "$((seconds + 6))" \
  > "$work/loop.txt" &
loop=$!
trap 'kill "$loop" 2>/dev/null || true; rm -rf "$work" "/tmp/perf-$loop.map" "/tmp/perfinfo-$loop.map"' EXIT
sleep 5
perf record -q -F 999 -g -p "$loop" -o "$work/perf.data" -- sleep "$seconds" 2>/dev/null
wait "$loop"

cat "$work/loop.txt"
perf report -i "$work/perf.data" --stdio --no-children -g none --sort dso,symbol --percent-limit 0 2>/dev/null \
  | grep -vE '^#|^$' > "$work/report.txt"
python3 "$here/../http/profile_summary.py" "$work/report.txt"
