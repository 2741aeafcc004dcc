"""Jinja2 on the pages TemplateBench measures: render and compile time, with timeit.

Usage: python3 jinja2_bench.py RESULTS.tsv       checks against expected/*.html, measures, writes
                                                 one line per measurement in TemplateBench's format
       python3 jinja2_bench.py --write-expected  renders expected/*.html, the output every engine must match
"""
import json
import statistics
import sys
import timeit
from pathlib import Path

import jinja2

HERE = Path(__file__).resolve().parent
PAGES = ["products", "fortunes"]
REPEATS = 7


def per_call_ns(function):
    # Each of the REPEATS samples runs long enough (about 0.2 s) for the clock to be exact.
    timer = timeit.Timer(function)
    number, _ = timer.autorange()
    return [seconds / number * 1e9 for seconds in timer.repeat(repeat=REPEATS, number=number)]


def main(argument):
    data = json.loads((HERE / "pages" / "data.json").read_text(encoding="utf-8"))
    environment = jinja2.Environment(autoescape=True)
    lines = []
    for page in PAGES:
        source = (HERE / "pages" / f"{page}.jinja").read_text(encoding="utf-8")
        template = environment.from_string(source)
        output = template.render(data)
        expected = HERE / "expected" / f"{page}.html"
        if argument == "--write-expected":
            expected.parent.mkdir(exist_ok=True)
            expected.write_text(output, encoding="utf-8")
            continue
        if output != expected.read_text(encoding="utf-8"):
            sys.exit(f"Jinja2 {jinja2.__version__} {page}: output differs from {expected}")
        print(f"Jinja2 {page}: same output as expected/{page}.html", file=sys.stderr)
        # from_string compiles every time: Jinja2 caches only templates that come from a loader.
        for metric, function in (("render", lambda: template.render(data)),
                                  ("compile", lambda: environment.from_string(source))):
            samples = per_call_ns(function)
            lines.append(f"Jinja2\t{page}\t{metric}\t{statistics.median(samples):.0f}"
                         f"\t{min(samples):.0f}\t{max(samples):.0f}\t-\n")
    if argument != "--write-expected":
        Path(argument).write_text("".join(lines))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
