#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what the tests need,
# then `dotnet test Framework.sln`, and ends with one line: "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"

# Debian packages the test suites need (none are on a fresh machine).
needed_packages=(chromium postgresql)
missing=()
for pkg in "${needed_packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
dotnet test Framework.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-project summaries ("Failed:     0, Passed:    12, Skipped: ...").
read -r passed failed < <(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+' "$log" \
  | awk '{gsub(",", ""); f += $2; p += $4} END {print p + 0, f + 0}')
rm -f "$log"

# The benchmarks are not tests, but they must keep building against the code they measure.
if ! dotnet build bench/Benchmarks.sln -c Release --nologo -v q >/dev/null 2>&1; then
  echo "bench/Benchmarks.sln does not build: run 'dotnet build bench/Benchmarks.sln -c Release' to see why."
  failed=$((failed + 1))
  status=1
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the build or a test host failed before any test could report
fi
echo "$passed passed, $failed failed"
exit "$status"
