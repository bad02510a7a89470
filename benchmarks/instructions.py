"""Instructions per story, counted by valgrind: a measure of speed that a busy machine does not move.

    python benchmarks/instructions.py [--stories 40] [--source SRC ...]

On a machine shared with other jobs, timings of the same code differ by a third from one minute to
the next; the number of instructions the processor runs does not (valgrind's callgrind counts
them, to a fraction of a percent). This runs the benchmark's stories (``run.py``'s generator, its
seed) through ``newsmodel.to_json(newsmodel.parse(text))``, and the floor's regex over the same
stories, each in a fresh process under ``valgrind --tool=callgrind``, twice: once to load
everything and once more with two rounds of work; the difference over the stories is what one
story costs. ``--source`` names other source trees (a folder that holds ``newsmodel/``, such as an
old commit's ``src`` from ``git archive``) to compare side by side with the one installed.

A ratio of instructions is not a ratio of time: the floor's regex runs in C at several
instructions a cycle, Python at fewer, so the floor's multiple in instructions is about half its
multiple in time. Compare instructions with instructions: the same code before and after a change.
Needs valgrind (``apt install valgrind``); a report, not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
_COLLECTED = re.compile(r"Collected : (\d+)")


def _work(rounds: int, stories: int, floor: bool) -> None:
    """What runs under valgrind: ``rounds`` rounds over the stories, after one story of warm-up."""
    sys.path.insert(0, str(HERE))
    from run import FLOOR, story  # noqa: PLC0415

    import newsmodel  # noqa: PLC0415 (the tree to measure comes from PYTHONPATH)

    rng = random.Random(20251013)
    texts = [story(rng) for _ in range(stories)]
    newsmodel.to_json(newsmodel.parse(texts[0]))
    for _ in range(rounds):
        for text in texts:
            if floor:
                FLOOR.search(text)
            else:
                newsmodel.to_json(newsmodel.parse(text))


def _count(source: str | None, rounds: int, stories: int, floor: bool) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")
    if source is not None:
        env["PYTHONPATH"] = source
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--work",
        f"{rounds},{stories},{int(floor)}",
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def _compile(source: str | None) -> None:
    """Import the tree once outside valgrind: a tree whose ``.pyc`` files are stale would be
    compiled inside the first count and not the second, a difference that is no story's cost."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    if source is not None:
        env["PYTHONPATH"] = source
    subprocess.run([sys.executable, __file__, "--work", "0,1,0"], env=env, check=True)


def per_story(source: str | None, stories: int, *, floor: bool = False) -> int:
    """Instructions one story costs (two rounds of work less none, over the stories)."""
    _compile(source)
    return (_count(source, 2, stories, floor) - _count(source, 0, stories, floor)) // (2 * stories)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=40)
    parser.add_argument("--source", action="append", default=[], help="another source tree")
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.work is not None:
        rounds, stories, floor = (int(part) for part in args.work.split(","))
        _work(rounds, stories, bool(floor))
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: it counts the instructions")
    floor = per_story(None, args.stories, floor=True)
    print(f"stories: {args.stories} of benchmarks/run.py, instructions per story (callgrind)")
    print(f"floor (one dateline regex pass):  {floor:12,}")
    for source in [None, *args.source]:
        full = per_story(source, args.stories)
        print(f"full parse to JSON, {source or 'installed'}: {full:12,}  ({full / floor:.2f}x)")


if __name__ == "__main__":
    main()
