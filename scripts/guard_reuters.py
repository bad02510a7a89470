"""Proof at scale: parse every Reuters-21578 record with a body as plain wire text, under a watchdog.

Usage::

    python scripts/guard_reuters.py ../shared/reuters21578 [--limit 1.0] [--cap 10] [--show 20]

Each record of the ``reut2-*.sgm`` files (Latin-1 SGML, ``<REUTERS ... NEWID="...">`` records, see
that folder's README) that has a ``<BODY>`` is rebuilt as the story went out on the wire: the title,
a blank line, then the dateline followed directly by the body (character references such as
``&lt;`` and ``&#3;`` decoded). Each story is parsed by :func:`newsmodel.parse` in a worker process
that the script kills when one story takes longer than the hard cap (``--cap``, seconds); the
worker is then restarted and the story counted as over the limit.

It prints the number of stories, the total parse time, the slowest story (time and NEWID), the
number over the limit (``--limit``, one second) and the number that raised, then one line for each
such story (its NEWID, what happened, and the opening of its text). It exits 1 when any story is
over the limit or raised, 0 otherwise. This is a guard, not a benchmark: the times are wall-clock
times of single parses on whatever machine runs it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import multiprocessing.connection
import sys
import time
from multiprocessing.process import BaseProcess
from pathlib import Path

from reuters21578 import stories

import newsmodel


def _work(connection: multiprocessing.connection.Connection) -> None:
    """The worker: parse each story sent, answer with its time and the error it raised, if any."""
    newsmodel.parse("WASHINGTON, Feb 26 - Warm up.")
    while True:
        try:
            text = connection.recv()
        except EOFError:
            return
        start = time.perf_counter()
        error = None
        try:
            newsmodel.parse(text)
        except Exception as exc:  # every exception is a finding
            error = f"{type(exc).__name__}: {exc}"[:200]
        connection.send((time.perf_counter() - start, error))


class Watchdog:
    """A worker process that parses one story at a time and is killed past the hard cap."""

    def __init__(self, cap: float) -> None:
        self.cap = cap
        self._context = multiprocessing.get_context("spawn")
        self._process: BaseProcess | None = None
        self._connection: multiprocessing.connection.Connection | None = None
        self._fresh = False  # a worker just started: its first answer waits for the import too

    def _start(self) -> multiprocessing.connection.Connection:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=_work, args=(theirs,), daemon=True)
        process.start()
        theirs.close()
        self._process, self._connection = process, ours
        self._fresh = True
        return ours

    def parse(self, text: str) -> tuple[float, str | None]:
        """The parse time of ``text`` and its error; the cap and ``killed`` when it hangs."""
        connection = self._connection or self._start()
        started = time.perf_counter()
        connection.send(text)
        startup = 30.0 if self._fresh else 0.0
        self._fresh = False
        if connection.poll(self.cap + startup):
            try:
                return connection.recv()  # type: ignore[no-any-return]
            except EOFError:
                self.close()
                return time.perf_counter() - started, "the worker died"
        self.close()
        return self.cap, f"killed after {self.cap:g} s"

    def close(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
        if self._connection is not None:
            self._connection.close()
        self._process = self._connection = None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the reuters21578 folder (reut2-*.sgm)")
    parser.add_argument("--limit", type=float, default=1.0, help="seconds a story may take")
    parser.add_argument("--cap", type=float, default=10.0, help="seconds before a story is killed")
    parser.add_argument("--show", type=int, default=50, help="failing stories listed at most")
    args = parser.parse_args(argv)

    watchdog = Watchdog(args.cap)
    count = 0
    total = 0.0
    slowest = (0.0, "")
    failures: list[tuple[str, str, str]] = []
    over = raised = 0
    began = time.perf_counter()
    try:
        for newid, text in stories(args.folder):
            seconds, error = watchdog.parse(text)
            count += 1
            total += seconds
            slowest = max(slowest, (seconds, newid))
            if error is not None:
                killed = error.startswith("killed")
                over += killed
                raised += not killed
                failures.append((newid, error, text))
            elif seconds > args.limit:
                over += 1
                failures.append((newid, f"took {seconds:.2f} s", text))
    finally:
        watchdog.close()

    print(f"stories parsed: {count} (NEWID with a body, as plain wire text)")
    print(f"total parse time: {total:.1f} s (wall clock {time.perf_counter() - began:.1f} s)")
    print(f"slowest story: {slowest[0]:.3f} s (NEWID {slowest[1]})")
    print(f"over {args.limit:g} s: {over}")
    print(f"exceptions: {raised}")
    for newid, what, text in failures[: args.show]:
        print(f"  NEWID {newid}: {what}: {text[:100]!r}")
    if len(failures) > args.show:
        print(f"  ... and {len(failures) - args.show} more")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
