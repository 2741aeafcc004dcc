-- wrk script of the plaintext, json and fortunes tests (and included by routing.lua):
-- at the end it prints one machine-readable line for run.sh:
-- RESULT <requests/s> <p50 us> <p99 us> <errors> <requests>
function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("RESULT %.1f %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), errors, summary.requests))
end
