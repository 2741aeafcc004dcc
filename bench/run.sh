#!/usr/bin/env bash
# Every benchmark, one after the other, each printing its table (about 10 minutes in all):
# HTTP (Carafe, raw ASP.NET Core, Flask), template engines, start-up and memory.
# Usage: bench/run.sh     (each part also runs alone: bench/{http,templates,startup}/run.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

echo "# Carafe benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
for part in http templates startup; do
  echo
  echo "## $part"
  echo
  "$here/$part/run.sh"
done
