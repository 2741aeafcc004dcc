"""Prints run.sh's markdown tables from the raw figures it collected in a work folder.

results.txt: "<test> <framework> <requests/s> <p50 us> <p99 us> <errors> <requests> <server CPU ticks>",
one line per wrk run (the second argument is the number of clock ticks per second);
startup.txt: "<framework> <ms to first answer>"; rss.txt: "<framework> <KiB>";
differs.txt (optional): "<framework> differs" for a framework whose answers differ from raw ASP.NET Core.
"""
import statistics
import sys
from collections import defaultdict
from pathlib import Path

NAMES = {"carafe": "Carafe", "aspnetcore": "ASP.NET Core (raw)", "flask": "Flask (gunicorn)"}


def read_rows(path):
    return [line.split() for line in path.read_text().splitlines() if line.strip()] if path.exists() else []


def main(work, ticks_per_second):
    runs = defaultdict(list)
    tests, frameworks = [], []
    for test, name, rps, p50, p99, errors, requests, ticks in read_rows(work / "results.txt"):
        cpu_us = int(ticks) / ticks_per_second * 1e6 / max(int(requests), 1)
        runs[test, name].append((float(rps), int(p50), int(p99), int(errors), cpu_us))
        tests += [test] if test not in tests else []
        frameworks += [name] if name not in frameworks else []
    differs = {row[0] for row in read_rows(work / "differs.txt")}

    def median_rps(test, name):
        return statistics.median(r[0] for r in runs[test, name]) if runs[test, name] else None

    def median_cpu(test, name):
        return statistics.median(r[4] for r in runs[test, name]) if runs[test, name] else None

    print("| test | framework | requests/s (median) | spread (min-max) | p50 ms | p99 ms | errors "
          "| server CPU µs per request | ratio to raw ASP.NET Core | ratio to Flask | CPU ratio to raw ASP.NET Core |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for test in tests:
        for name in frameworks:
            rows = runs[test, name]
            rps = [r[0] for r in rows]
            median = statistics.median(rps)
            p50 = statistics.median(r[1] for r in rows) / 1000
            p99 = statistics.median(r[2] for r in rows) / 1000
            errors = sum(r[3] for r in rows)
            cpu_us = statistics.median(r[4] for r in rows)
            label = NAMES.get(name, name) + (" (answers differ)" if name in differs else "")
            print(f"| {test} | {label} | {median:,.0f} | {min(rps):,.0f}-{max(rps):,.0f} | {p50:.2f} | {p99:.2f} "
                  f"| {errors} | {cpu_us:,.0f} | {ratio(median, median_rps(test, 'aspnetcore'))} | {ratio(median, median_rps(test, 'flask'))} "
                  f"| {ratio(median_cpu(test, 'aspnetcore'), cpu_us)} |")

    startup = dict(read_rows(work / "startup.txt"))
    rss = dict(read_rows(work / "rss.txt"))
    print()
    print("| framework | start to first answer (ms, one start) | resident memory after the load (MiB) |")
    print("| --- | ---: | ---: |")
    for name in frameworks:
        print(f"| {NAMES.get(name, name)} | {startup.get(name, '-')} | {int(rss[name]) / 1024:.0f} |")


def ratio(value, reference):
    return f"{value / reference:.2f}" if reference else "-"


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
