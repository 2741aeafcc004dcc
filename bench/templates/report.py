"""Prints run.sh's markdown table from the TSV files of TemplateBench and jinja2_bench.py.

Each line: engine, page, render|compile, median ns, min ns, max ns, bytes allocated per operation ("-": not measured).
"""
import sys
from collections import defaultdict

REFERENCE = "Handlebars.Net"


def main(paths):
    measured = {}
    engines, pages = [], []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            engine, page, metric, median, low, high, allocated = line.rstrip("\n").split("\t")
            measured[engine, page, metric] = (float(median), float(low), float(high), allocated)
            engines += [engine] if engine not in engines else []
            pages += [page] if page not in pages else []

    print("| page | engine | renders/s (median) | spread (min-max) | bytes allocated per render "
          f"| compile µs (median) | spread (min-max) | speed vs {REFERENCE} | allocations vs {REFERENCE} |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for page in pages:
        reference = measured.get((REFERENCE, page, "render"))
        for engine in engines:
            render = measured.get((engine, page, "render"))
            compile_ = measured.get((engine, page, "compile"))
            if render is None or compile_ is None:
                continue
            median, low, high, allocated = render
            speed = f"{reference[0] / median:.2f}" if reference else "-"
            allocations = (f"{int(allocated) / int(reference[3]):.2f}"
                           if reference and allocated != "-" and reference[3] not in ("-", "0") else "-")
            print(f"| {page} | {engine} | {1e9 / median:,.0f} | {1e9 / high:,.0f}-{1e9 / low:,.0f} "
                  f"| {allocated if allocated == '-' else f'{int(allocated):,}'} "
                  f"| {compile_[0] / 1000:,.1f} | {compile_[1] / 1000:,.1f}-{compile_[2] / 1000:,.1f} "
                  f"| {speed} | {allocations} |")


if __name__ == "__main__":
    main(sys.argv[1:])
