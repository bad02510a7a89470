"""A whole corpus, on every core: files, folders, compressed files, multi-record files, JSON Lines.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("TOKYO, Oct. 11 (Kyodo) -- Rain fell.")
>>> _ = (folder / "b.jsonl").write_text('{"id": "b1", "text": 3}\\n')
>>> [article, failure] = iter_parse([folder], jobs=1, timeout=None)
>>> article.source.path.endswith("a.txt"), article.dateline.place
(True, 'TOKYO')
>>> failure.record, failure.message
('b1', "field 'text': expected the story's text (a string), got int")

:func:`iter_parse` yields each story's :class:`~newsmodel.Article` (with its
:class:`~newsmodel.Source`) or, for a story that could not be read or parsed, a
:class:`~newsmodel.Failure`: a batch never stops for one story. :func:`parse_to` is the fast
path the command line takes: the workers write the JSON Lines themselves and hand back bytes, so
no article crosses between processes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

import attrs

from ..exceptions import ReadError, ValidationError
from ..models import Article, Failure
from ..parsing import DEFAULT_MAX_LENGTH
from ..serialization import to_json
from .inputs import Fields, Task, files, plan
from .pool import Pool
from .progress import Progress, Summary
from .work import OBJECTS, Options, Outcome, run_task, writer

__all__ = ["CHUNK", "DEFAULT_TIMEOUT", "Options", "Summary", "iter_parse", "parse_to"]

#: Seconds one story may take before its worker is stopped and the story reported as failed.
DEFAULT_TIMEOUT = 5.0

#: The bytes of input in one task (256 KiB), few enough to keep every worker busy to the end
#: and memory flat, and enough that handing out tasks costs nothing next to parsing them.
CHUNK = 1 << 18

Inputs = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def iter_parse(
    inputs: Inputs,
    *,
    jobs: int | None = None,
    ordered: bool = True,
    timeout: float | None = DEFAULT_TIMEOUT,
    glob: str = "*",
    chunk: int = CHUNK,
    jsonl: bool = False,
    field: str = "text",
    published_field: str | None = None,
    id_field: str | None = "id",
    format: str | None = None,
    strict: bool = False,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    published: dt.date | None = None,
) -> Iterator[Article | Failure]:
    """Every story of ``inputs`` parsed, lazily: an Article, or a Failure saying what went wrong.

    ``inputs`` are files and folders (``glob`` picks the files of a folder, recursively).
    ``jobs`` worker processes (default: every core) read their own inputs; results come in input
    order, or as they finish when ``ordered`` is false. A story that takes longer than
    ``timeout`` seconds is stopped with its worker and comes back as a ``Timeout`` failure
    (``jobs=1, timeout=None`` parses in this process). JSON Lines files (``.jsonl``,
    ``.ndjson``, or any file with ``jsonl=True``) and files of several records are read in
    byte ranges of ``chunk`` bytes, small files in groups of about that size. JSON Lines keep
    the story in ``field``, its publication date in ``published_field`` and its id in
    ``id_field``. The other arguments are those of :func:`~newsmodel.parse`.
    """
    fields = Fields(text=field, published=published_field, id=id_field)
    options = Options(
        format=format,
        strict=strict,
        max_length=max_length,
        published=published,
        fields=fields,
        jsonl=jsonl,
        to=OBJECTS,
    )
    tasks = plan(_listed(inputs), glob=glob, chunk=chunk, jsonl=jsonl)
    for outcome in _outcomes(tasks, options, jobs=jobs, timeout=timeout, ordered=ordered):
        yield from outcome.output  # type: ignore[misc]


def parse_to(
    inputs: Inputs,
    output: str | os.PathLike[str] | BinaryIO,
    *,
    options: Options | None = None,
    jobs: int | None = None,
    ordered: bool = True,
    timeout: float | None = DEFAULT_TIMEOUT,
    glob: str = "*",
    chunk: int = CHUNK,
    errors: str | os.PathLike[str] | None = None,
    resume: bool = False,
    progress: TextIO | None = None,
) -> Summary:
    """Parse ``inputs`` into ``output`` (a path or a binary file): one line per article.

    The lines are compact JSON with each article's ``source`` (or another writer's output,
    ``options.to``). Failures go to ``errors`` as JSON Lines (input, record, span, error,
    message), rewritten on each run. With ``resume`` the records already in ``output`` (a path)
    are skipped and the rest appended: an interrupted run goes on where it stopped. A progress
    line is drawn on ``progress`` when it is a terminal, and without ``errors`` each failure is
    one line there. Returns the :class:`Summary`.
    """
    options = options or Options()
    writer(options.to)  # (an unknown writer refused before any work)
    tasks: Iterator[Task] = plan(_listed(inputs), glob=glob, chunk=chunk, jsonl=options.jsonl)
    if resume:
        if options.to != "json" or not isinstance(output, (str, os.PathLike)):
            raise ValidationError("resume", "an output file of JSON (--to json)", output)
        tasks = _without(tasks, _done(Path(output)))
    live = progress is not None and progress.isatty()
    # (the input's size, for the ETA, costs a second listing: only when someone watches)
    total = sum(size for _, size in files(_listed(inputs), glob)) if live else 0
    counter = Progress(total=total, stream=progress, live=live)
    with _opened(output, append=resume) as out, _opened(errors or _Nowhere()) as failed:
        for outcome in _outcomes(tasks, options, jobs=jobs, timeout=timeout, ordered=ordered):
            out.write(outcome.output)  # type: ignore[arg-type]  # (bytes: to is a writer)
            for failure in outcome.failures:
                failed.write(to_json(failure).encode() + b"\n")
                if errors is None and progress is not None:
                    progress.write(_one_line(failure))
            counter.add(outcome)
    return counter.summary()


def _one_line(failure: Failure) -> str:
    """A failure on standard error when there is no errors file."""
    where = failure.input
    if failure.record is not None:
        where += f" record {failure.record}"
    elif failure.span is not None:
        where += f" byte {failure.span.start}"
    return f"\rnewsmodel: failed: {where}: {failure.error}: {failure.message}\x1b[K\n"


def _listed(inputs: Inputs) -> list[str | os.PathLike[str]]:
    if isinstance(inputs, (str, os.PathLike)):
        return [inputs]
    return list(inputs)


def _outcomes(
    tasks: Iterator[Task],
    options: Options,
    *,
    jobs: int | None,
    timeout: float | None,
    ordered: bool,
) -> Iterator[Outcome]:
    jobs = jobs if jobs is not None else (os.cpu_count() or 1)
    if jobs < 1:
        raise ValidationError("jobs", "a number of worker processes, 1 or more", jobs)
    if jobs == 1 and timeout is None:
        for task in tasks:
            yield run_task(task, options)
        return
    pool = Pool(jobs, options, timeout=timeout)
    try:
        yield from pool.run(tasks, ordered=ordered)
    finally:
        pool.close()


def _done(output: Path) -> dict[str, set[int]]:
    """The records in an earlier run's output, by path: the byte where each starts.

    A last line cut short (the run was killed while writing it) is removed, so it is parsed again.
    """
    done: dict[str, set[int]] = {}
    if not output.exists():
        return done
    with output.open("r+b") as file:
        good = 0
        for number, line in enumerate(file, 1):
            if not line.endswith(b"\n"):
                break
            try:
                source = json.loads(line).get("source") or {}
                path, start = source["path"], source["span"]["start"]
            except (ValueError, KeyError, TypeError, AttributeError):
                raise ReadError(
                    str(output), f"line {number}: not an article with its source (--resume)"
                ) from None
            done.setdefault(path, set()).add(start)
            good += len(line)
        file.truncate(good)
    return done


def _without(tasks: Iterator[Task], done: dict[str, set[int]]) -> Iterator[Task]:
    for task in tasks:
        keys = frozenset(
            (piece.path, start) for piece in task.pieces for start in done.get(piece.path, ())
        )
        yield attrs.evolve(task, done=keys) if keys else task


@contextlib.contextmanager
def _opened(
    output: str | os.PathLike[str] | BinaryIO | _Nowhere, *, append: bool = False
) -> Iterator[BinaryIO | _Nowhere]:
    """A binary output: a path opened (and closed), or a stream used as it is (and flushed)."""
    if isinstance(output, (str, os.PathLike)):
        with Path(output).open("ab" if append else "wb") as file:
            yield file
        return
    yield output
    output.flush()


class _Nowhere:
    """Where failures go when no errors file is asked for (they are counted all the same)."""

    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass
