"""Worker processes that read and parse their own tasks, with a time limit per story.

Each worker has its own pipe and a two-number heartbeat in shared memory (the index of the record
it is on and when it started it). The main process sends tasks, receives one :class:`Outcome` per
task, and watches the heartbeats: a worker on one record for longer than the limit, or one that
dies, is killed and replaced, and its task is sent again with that record marked failed, so the
task's output is complete and in order. Outcomes come back in task order (``ordered``) or as they
finish; no more than a few tasks are ever in flight, so memory stays flat however long the input.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import signal
import time
from collections import deque
from collections.abc import Iterator
from typing import Any

import attrs

from ..models import Failure
from ..parsing import parse
from .inputs import Task
from .work import OBJECTS, Options, Outcome, run_task

__all__ = ["Pool"]

#: Tasks sent to a worker ahead of the one it is on, so it never waits for the main process.
_AHEAD = 2
#: How often (seconds) the main process looks at the heartbeats when nothing arrives.
_TICK = 0.05
#: Attempts at a task whose worker died before its first record (a crash while reading).
_ATTEMPTS = 2


#: A story parsed by each worker as it starts, so its first real story does not pay for loading.
_WARM_UP = "BEIJING, Oct. 11 (Xinhua) -- Premier Li Qiang spoke on Friday."


def _context() -> multiprocessing.context.BaseContext:
    """A fresh process per worker forked from a server that has newsmodel imported already."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsmodel.batch.work"])
        return context
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


def _serve(conn: multiprocessing.connection.Connection, beat: Any, options: Options) -> None:
    """A worker's life: tasks in, outcomes out, until ``None`` or the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # (the main process answers Ctrl-C for all)
    parse(_WARM_UP)  # (formats loaded before the clock runs: the first story is timed fairly)
    clock = time.monotonic

    def mark(index: int) -> None:
        if index < 0:
            beat[1] = 0.0
        else:
            beat[0] = index
            beat[1] = clock()

    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(run_task(task, options, mark))


class _Worker:
    def __init__(self, context: Any, options: Options) -> None:
        self.beat = context.RawArray("d", 2)  # record index, monotonic start (0: between records)
        self.conn, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs, self.beat, options))
        self.process.daemon = True
        self.process.start()
        theirs.close()
        self.tasks: deque[Task] = deque()

    def send(self, task: Task) -> None:
        self.conn.send(task)
        self.tasks.append(task)

    def stop(self, *, kill: bool) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():  # pragma: no cover - a worker deaf to its stop
            self.process.kill()
            self.process.join()
        self.conn.close()
        self.process.close()


class Pool:
    """``jobs`` worker processes parsing tasks under ``options``, ``timeout`` seconds a story."""

    def __init__(self, jobs: int, options: Options, *, timeout: float | None) -> None:
        self.options = options
        self.timeout = timeout
        self.context = _context()
        self.workers = [_Worker(self.context, options) for _ in range(jobs)]
        #: workers killed and replaced (timeouts and deaths)
        self.replaced = 0

    def close(self) -> None:
        """Stop every worker (killing them all if the batch was cut short)."""
        for worker in self.workers:
            worker.stop(kill=bool(worker.tasks))
        self.workers = []

    def run(self, tasks: Iterator[Task], *, ordered: bool = True) -> Iterator[Outcome]:
        """The outcome of every task, in task order when ``ordered``, else as they finish."""
        fresh = iter(tasks)
        upcoming: Task | None = next(fresh, None)
        again: deque[Task] = deque()  # tasks to send again, first
        finished: dict[int, Outcome] = {}
        attempts: dict[int, int] = {}
        cursor = 0
        window = 4 * len(self.workers) + 4
        while True:
            for worker in self.workers:
                while len(worker.tasks) < _AHEAD:
                    if again:
                        worker.send(again.popleft())
                    elif upcoming is not None and (not ordered or upcoming.index < cursor + window):
                        worker.send(upcoming)
                        upcoming = next(fresh, None)
                    else:
                        break
            if not any(worker.tasks for worker in self.workers):
                break
            waiting = [w.conn for w in self.workers] + [w.process.sentinel for w in self.workers]
            ready = set(multiprocessing.connection.wait(waiting, timeout=_TICK))
            now = time.monotonic()
            for slot in range(len(self.workers)):
                for result in self._collect(slot, ready, now, attempts):
                    if isinstance(result, Task):
                        again.append(result)
                    elif ordered:
                        finished[result.index] = result
                    else:
                        yield result
            while cursor in finished:
                yield finished.pop(cursor)
                cursor += 1

    def _collect(
        self, slot: int, ready: set[Any], now: float, attempts: dict[int, int]
    ) -> list[Task | Outcome]:
        """What the worker in ``slot`` has for us: an outcome, or (when it died or hangs) the
        tasks to send again, after it has been replaced."""
        worker = self.workers[slot]
        died = False
        if worker.conn in ready:
            try:
                outcome: Outcome = worker.conn.recv()
            except (EOFError, OSError):
                died = True
            else:
                worker.tasks.popleft()
                return [outcome]
        elif worker.process.sentinel in ready:
            died = True
        started = worker.beat[1]
        late = self.timeout is not None and started > 0 and now - started > self.timeout
        if died or late:
            return self._replace(slot, late=late, attempts=attempts)
        return []

    def _replace(self, slot: int, *, late: bool, attempts: dict[int, int]) -> list[Task | Outcome]:
        """Kill the worker in ``slot``, start another; its tasks, the current one amended."""
        worker = self.workers[slot]
        record, started = int(worker.beat[0]), worker.beat[1]
        code = worker.process.exitcode
        worker.stop(kill=True)
        self.workers[slot] = _Worker(self.context, self.options)
        self.replaced += 1
        lost: list[Task | Outcome] = list(worker.tasks)
        if not lost:
            return lost
        current = worker.tasks[0]
        if late:
            error = "Timeout"
            message = f"no result after {self.timeout:g} s: its worker was stopped and replaced"
        else:
            error = "WorkerDied"
            message = f"its worker died (exit code {code}) on it and was replaced"
        if started > 0 and all(index != record for index, _, _ in current.skip):
            lost[0] = attrs.evolve(current, skip=(*current.skip, (record, error, message)))
            return lost
        attempts[current.index] = attempts.get(current.index, 0) + 1
        if started > 0 or attempts[current.index] >= _ATTEMPTS:
            lost[0] = _given_up(current, error, message, objects=self.options.to == OBJECTS)
        return lost


def _given_up(task: Task, error: str, message: str, *, objects: bool) -> Outcome:
    """A task whose reading itself hangs or crashes: one failure for each of its inputs."""
    failures = tuple(
        Failure(input=piece.path, error=error, message=f"reading {piece.path}: {message}")
        for piece in task.pieces
    )
    return Outcome(
        index=task.index,
        output=failures if objects else b"",
        failures=failures,
        stories=len(failures),
        size=task.size,
    )
