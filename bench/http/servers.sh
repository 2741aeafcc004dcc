# Sourced by run.sh and profile.sh: the HTTP servers under test and how to build, start, load
# and stop them. Expects `here` (this folder) to be set; sets `work` (a temporary folder,
# removed on exit, holding the fortunes database and the routing paths) and `pid` (name -> PID).
server_cpu=0
load_cpu=1
connections=${CONNECTIONS:-64}

# Debian packages the servers and the load need.
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

# For profile.sh (PROFILING=1): the runtime writes /tmp/perf-PID.map so that perf names
# JIT-compiled frames, without W^X double mapping (which hides them) and without ReadyToRun
# code (which the map does not cover; hot methods are rejitted at tier 1 anyway).
profiling_env=()
if [ "${PROFILING:-0}" = 1 ]; then
  profiling_env=(DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_ReadyToRun=0)
fi

build_server() {
  if [ -n "${project[$1]:-}" ]; then
    echo "Building ${project[$1]} (Release) ..." >&2
    dotnet build "$here/${project[$1]}" -c Release --nologo -v q -clp:ErrorsOnly >&2
  fi
}

work=$(mktemp -d /tmp/carafe-bench-http.XXXXXX)
declare -A pid
stop_server() {
  kill "${pid[$1]}" 2>/dev/null && wait "${pid[$1]}" 2>/dev/null || true
  unset "pid[$1]"
}
stop_all() {
  for name in "${!pid[@]}"; do
    stop_server "$name"
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

# Starts a server pinned to the server CPU, waits for its first answer, and appends
# "<name> <ms from start to first answer>" to $work/startup.txt.
start_server() {
  local name=$1 url="http://127.0.0.1:${port[$1]}"
  local t0; t0=$(now_ms)
  if [ "$name" = flask ]; then
    FORTUNES_DB=$db taskset -c $server_cpu gunicorn -c "$here/flask/gunicorn.conf.py" \
      --chdir "$here/flask" -b "127.0.0.1:${port[$name]}" app:app >"$work/$name.log" 2>&1 &
  else
    # Carafe takes Flask's --port; ASP.NET Core reads ASPNETCORE_URLS.
    FORTUNES_DB=$db ASPNETCORE_URLS=$url Logging__LogLevel__Default=Warning \
      env "${profiling_env[@]}" taskset -c $server_cpu dotnet "$here/${project[$name]}/bin/Release/net10.0/${project[$name]}.dll" \
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

# Runs wrk (one thread, on the load CPU) for a test against a server; prints wrk's report,
# ending with report.lua's line "RESULT <requests/s> <p50 us> <p99 us> <errors> <requests>".
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

