"""What ``import newsmodel`` costs, in fresh processes, and what it loads.

    python benchmarks/imports.py [--runs N]

Each run is a new interpreter, so nothing is cached in memory between them (the operating
system's file cache is warm after the first). It prints the median and the best of:

- ``import newsmodel`` timed inside the process (``time.perf_counter`` around the import), and
  the processor time it took (``time.process_time``: on a busy machine, the steadier figure);
- the first ``newsmodel.parse`` after it (it loads the wire formats and compiles their patterns);
- the whole process (``python -c "import newsmodel"``) less a bare interpreter (``python -c pass``);

and the optional dependencies the import loaded (none is the target), with the modules that cost
most by ``python -X importtime``. The target is an import under 100 ms. Report only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

#: ``import newsmodel`` in this many milliseconds or less.
TARGET_MS = 100.0
#: Optional dependencies (extras and the bench group); the core must load none of them.
OPTIONAL = ("orjson", "tqdm", "dask", "distributed", "pyarrow", "jsonschema", "dateparser")

_IMPORT_AND_PARSE = """
import sys, time
start, cpu = time.perf_counter(), time.process_time()
import newsmodel
imported, imported_cpu = time.perf_counter(), time.process_time()
loaded = [name for name in {optional!r} if name in sys.modules]
newsmodel.parse("BEIJING, Oct. 11 (Xinhua) -- A story.")
parsed = time.perf_counter()
print((imported - start) * 1e3, (imported_cpu - cpu) * 1e3, (parsed - imported) * 1e3, ",".join(loaded) or "-")
"""


def _wall(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return (time.perf_counter() - start) * 1e3


def _importtime(top: int) -> list[tuple[int, str]]:
    """The modules with the largest cumulative import time (microseconds), from one process."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import newsmodel"],
        check=True,
        capture_output=True,
        text=True,
    )
    rows = []
    for line in result.stderr.splitlines()[1:]:
        _, _, cumulative, name = (part.strip() for part in line.replace(":", "|", 1).split("|"))
        rows.append((int(cumulative), name))
    return sorted(rows, reverse=True)[:top]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    code = _IMPORT_AND_PARSE.format(optional=OPTIONAL)
    imports, cpus, parses, walls, bare, loaded = [], [], [], [], [], set()
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout.split()
        imports.append(float(out[0]))
        cpus.append(float(out[1]))
        parses.append(float(out[2]))
        loaded.update(name for name in out[3].split(",") if name != "-")
        walls.append(_wall("import newsmodel"))
        bare.append(_wall("pass"))
    extra = [wall - empty for wall, empty in zip(walls, bare, strict=True)]
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"{args.runs} fresh processes, {sys.executable} ({sys.version.split()[0]})")
    print(f"load average {load} on {os.cpu_count()} cores (a busy machine slows every figure)")
    for name, values in (
        ("import newsmodel (in the process)", imports),
        ("  of it processor time", cpus),
        ("first parse after the import", parses),
        ("process with the import, less a bare one", extra),
    ):
        print(f"  {name:42} median {statistics.median(values):6.1f} ms, best {min(values):6.1f} ms")
    median = statistics.median(imports)
    verdict = "met" if median <= TARGET_MS else "NOT met"
    print(f"  import newsmodel: {median:.0f} ms (target under {TARGET_MS:.0f} ms: {verdict})")
    print(f"  optional dependencies loaded by the import: {', '.join(sorted(loaded)) or 'none'}")
    print(
        "  most costly imports (cumulative, one process under -X importtime, which adds its own):"
    )
    for microseconds, name in _importtime(8):
        print(f"    {microseconds / 1e3:7.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
