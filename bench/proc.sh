# Readings from /proc for a server and its children (gunicorn's workers); sourced by the bench scripts.

# Resident memory in KiB.
rss_kib() {
  local total=0 p
  for p in "$1" $(pgrep -P "$1" || true); do
    total=$(( total + $(awk '/^VmRSS/ {print $2}' "/proc/$p/status") ))
  done
  echo "$total"
}

# CPU time (user + system, in clock ticks) used so far: per request, it measures a server's work
# even while other work shares the machine.
cpu_ticks() {
  local total=0 p
  for p in "$1" $(pgrep -P "$1" || true); do
    total=$(( total + $(awk '{print $14 + $15}' "/proc/$p/stat") ))
  done
  echo "$total"
}
