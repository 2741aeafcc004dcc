#!/usr/bin/env bash
# Template engines side by side on the same pages (a product list and the fortunes table):
# Fluid, Scriban, Handlebars.Net and Carafe.Templating under BenchmarkDotNet, Jinja2 under timeit.
# Every engine's output is checked against Jinja2's (expected/*.html) before anything is measured.
# Prints one markdown table: renders/s, bytes allocated per render, compile time (medians of 7 runs).
#
# Usage: bench/templates/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cpu=1

# Debian's Jinja2, the reference (the Python on PATH may be another one, without it).
python=/usr/bin/python3
if ! dpkg -s python3-jinja2 >/dev/null 2>&1; then
  echo "Installing python3-jinja2 ..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jinja2) >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "Building TemplateBench (Release) ..." >&2
dotnet build "$here" -c Release --nologo -v q -clp:ErrorsOnly >&2

work=$(mktemp -d /tmp/carafe-bench-templates.XXXXXX)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
trap 'rm -rf "$work"' EXIT

echo "Measuring the .NET engines (BenchmarkDotNet, about 3 minutes) ..." >&2
taskset -c $cpu dotnet "$here/bin/Release/net10.0/TemplateBench.dll" "$work/dotnet.tsv" >"$work/benchmarkdotnet.log" 2>&1 \
  || { cat "$work/benchmarkdotnet.log" >&2; exit 1; }
grep -E 'same output|differs' "$work/benchmarkdotnet.log" >&2 || true
echo "Measuring Jinja2 (timeit) ..." >&2
taskset -c $cpu "$python" "$here/jinja2_bench.py" "$work/jinja2.tsv"

echo
echo "Each engine pinned to CPU $cpu (taskset), one process at a time; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs);"
echo ".NET $(dotnet --version) (BenchmarkDotNet, in process, 3 warm-up + 7 measured iterations), Jinja2 $("$python" -c 'import jinja2; print(jinja2.__version__)') on Python $("$python" -c 'import platform; print(platform.python_version())') (timeit, 7 runs)."
echo "Load average (1, 5, 15 min) as the run began: $load_before; other work on the machine shares its cores."
echo
"$python" "$here/report.py" "$work/dotnet.tsv" "$work/jinja2.tsv"
