"""Summarises `perf report --no-children -g none --sort dso,symbol` output for profile.sh:
self time by module (the kernel, native libraries, the .NET runtime, each .NET assembly whose
JIT-compiled code ran), the hottest functions, and the hottest functions of Carafe's own assemblies."""
import re
import sys
from collections import defaultdict

# A JIT frame reads "... [Assembly] Namespace.Type::Method(...)": the assembly is the last
# bracket before the method's type.
DECLARING_ASSEMBLY = re.compile(r"\[([^\]\s]+)\]\s*[\w.`<>+/,\[\]]*?::")
LINE = re.compile(r"^\s*([\d.]+)%\s+(\S+(?: \S+)*?)\s+\[([.k])\]\s+(.*?)\s*$")


def module_of(dso, symbol):
    if dso.startswith("[JIT]"):
        match = DECLARING_ASSEMBLY.findall(symbol)
        return match[-1] if match else "JIT stubs"
    if dso == "[kernel.kallsyms]":
        return "kernel"
    return dso


def main(path):
    modules = defaultdict(float)
    functions = []
    for line in open(path, encoding="utf-8", errors="replace"):
        match = LINE.match(line)
        if not match:
            continue
        percent, dso, symbol = float(match[1]), match[2], match[4].split("  ")[0]
        modules[module_of(dso, symbol)] += percent
        functions.append((percent, dso, symbol, module_of(dso, symbol)))
    print("\nSelf time by module (%):")
    for module, percent in sorted(modules.items(), key=lambda m: -m[1])[:20]:
        print(f"  {percent:6.2f}  {module}")
    print("\nHottest functions (self %):")
    for percent, dso, symbol, _ in functions[:30]:
        print(f"  {percent:6.2f}  {symbol[:150] if dso.startswith('[JIT]') else dso + ' ' + symbol}")
    own = [f for f in functions if f[3].startswith("Carafe") or f[3] == "System.Linq"]
    if own:
        print("\nHottest functions of Carafe's assemblies (and System.Linq, which they call) (self %):")
        for percent, _, symbol, _ in own[:20]:
            print(f"  {percent:6.2f}  {symbol[:200]}")


if __name__ == "__main__":
    main(sys.argv[1])
