"""What a batch reads: inputs expanded into tasks, and the records a task holds.

An input is a file, a folder (every file under it matching a glob, recursively, in name order),
a ``.gz`` or ``.bz2`` file, a file of several records (any reader of :data:`newsmodel.readers.READERS`)
or a JSON Lines file whose objects carry the story's text in one field. The main process only
lists and measures files; the workers read them. A :class:`Task` is a few small files, or one
byte range of a large file: a task keeps the records that *start* in its range, so ranges cut
anywhere and every record is read exactly once.
"""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from attrs import frozen

from ..exceptions import NewsModelError, ReadError
from ..models import Failure, Source, Span
from ..readers import detect
from ..readers.base import HEAD, Record

__all__ = [
    "JSONL_SUFFIXES",
    "Fields",
    "Item",
    "Piece",
    "Task",
    "files",
    "is_jsonl",
    "item_of",
    "plan",
    "records",
]

#: File names read as JSON Lines (before a ``.gz`` or ``.bz2``).
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: How a compressed file is opened, by its last suffix.
_OPENERS: dict[str, Callable[[str], io.BufferedIOBase]] = {
    ".gz": gzip.GzipFile,
    ".bz2": bz2.BZ2File,
}
#: The most ranges a file of records (not JSON Lines) is cut into.
_RANGES_OF_RECORDS = 8
#: The reader name of a JSON Lines record's :class:`~newsmodel.Source`.
JSONL_READER = "jsonl"


@frozen(kw_only=True)
class Piece:
    """A file, or the records of a file that start from byte ``start`` up to ``end`` (None: all)."""

    path: str
    start: int = 0
    end: int | None = None

    def holds(self, byte: int) -> bool:
        """Whether a record starting at ``byte`` belongs to this piece."""
        return self.start <= byte and (self.end is None or byte < self.end)


@frozen(kw_only=True)
class Task:
    """What one worker reads at a time, and the records of it not to parse.

    ``skip`` holds (index in the task's order, error, message) of records to report as failed without
    parsing (one that hung or crashed a worker before); ``done`` the ``(path, byte)`` of records
    already in the output of an earlier run (``--resume``).
    """

    index: int
    pieces: tuple[Piece, ...]
    size: int
    skip: tuple[tuple[int, str, str], ...] = ()
    done: frozenset[tuple[str, int]] = frozenset()


@frozen(kw_only=True)
class Item:
    """A record ready to parse: its text, where it came from and the date its input gives."""

    record: Record
    published: dt.date | None = None


def plan(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    glob: str = "*",
    chunk: int = 1 << 18,
    jsonl: bool = False,
) -> Iterator[Task]:
    """The tasks of ``inputs``, in input order: small files grouped up to ``chunk`` bytes, a large
    uncompressed JSON Lines file cut into ranges of ``chunk`` bytes, a large file of several
    records into ranges of at least that (eight at most: each range's worker reads the whole file
    and keeps the records that start in its range).

    A missing input raises :class:`~newsmodel.exceptions.ReadError` before any work is done.
    ``jsonl`` reads every file as JSON Lines whatever its name.
    """
    group: list[Piece] = []
    size = 0
    index = 0
    for path, length in files(inputs, glob):
        lines = jsonl or is_jsonl(path)
        cut = length > chunk and not _compressed(path) and (lines or _several(path))
        if not cut:
            group.append(Piece(path=path))
            size += length
            if size < chunk and len(group) < 64:
                continue
        if group:
            yield Task(index=index, pieces=tuple(group), size=size)
            index += 1
            group, size = [], 0
        if cut:
            # (each range of a file of records runs its reader over the whole file: a few only)
            step = chunk if lines else max(chunk, -(-length // _RANGES_OF_RECORDS))
            for start in range(0, length, step):
                end = min(start + step, length)
                piece = Piece(path=path, start=start, end=end if end < length else None)
                yield Task(index=index, pieces=(piece,), size=end - start)
                index += 1
    if group:
        yield Task(index=index, pieces=tuple(group), size=size)


def files(inputs: Iterable[str | os.PathLike[str]], glob: str) -> Iterator[tuple[str, int]]:
    """Each file of ``inputs`` (a folder's matching ``glob``, recursively, by name) and its size."""
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob(glob) if p.is_file())
            for file in found:
                yield str(file), file.stat().st_size
            continue
        try:
            yield str(given), path.stat().st_size
        except OSError as exc:
            raise ReadError(str(given), exc.strerror or "cannot be read") from None


def _compressed(path: str) -> bool:
    return Path(path).suffix.lower() in _OPENERS


def is_jsonl(path: str) -> bool:
    """Whether a file is read as JSON Lines by its name (``x.jsonl``, ``x.ndjson.gz``)."""
    name = Path(path)
    if name.suffix.lower() in _OPENERS:
        name = name.with_suffix("")
    return name.suffix.lower() in JSONL_SUFFIXES


def _several(path: str) -> bool:
    """A file of several records: its reader is not plain text."""
    try:
        with Path(path).open("rb") as file:
            head = file.read(HEAD)
    except OSError:
        return False  # (the worker reports it)
    return detect(head).name != "text"


@frozen(kw_only=True)
class Fields:
    """Where a JSON Lines object keeps the story's text, its publication date and its id."""

    text: str = "text"
    published: str | None = None
    id: str | None = "id"


def records(piece: Piece, fields: Fields, *, jsonl: bool = False) -> Iterator[Item | Failure]:
    """The records of ``piece`` in file order; what cannot be read comes as a :class:`Failure`."""
    try:
        if jsonl or is_jsonl(piece.path):
            yield from _jsonl(piece, fields)
        else:
            yield from _records(piece)
    except (OSError, EOFError, NewsModelError) as exc:
        yield Failure(input=piece.path, error=type(exc).__name__, message=_message(exc))


def _message(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    return text if text.strip() else type(exc).__name__


def _whole(path: str) -> bytes:
    opener = _OPENERS.get(Path(path).suffix.lower())
    if opener is None:
        return Path(path).read_bytes()
    with opener(path) as file:
        data: bytes = file.read()
    return data


def _records(piece: Piece) -> Iterator[Item | Failure]:
    data = _whole(piece.path)
    for record in detect(data[:HEAD]).records(data, path=piece.path):
        span = record.source.span
        if piece.holds(span.start if span is not None else 0):
            yield Item(record=record)


def _lines(piece: Piece) -> Iterator[tuple[int, bytes]]:
    """Each line that starts in the piece, with its byte offset (a compressed file: all of it)."""
    opener = _OPENERS.get(Path(piece.path).suffix.lower())
    if opener is not None:
        with opener(piece.path) as stream:
            position = 0
            for line in stream:
                yield position, line
                position += len(line)
        return
    with Path(piece.path).open("rb", buffering=1 << 20) as file:
        if piece.start:
            file.seek(piece.start - 1)
            file.readline()  # (the end of the line before, or just its newline)
        position = file.tell()
        end = piece.end
        while end is None or position < end:
            line = file.readline()
            if not line:
                break
            yield position, line
            position += len(line)


def _jsonl(piece: Piece, fields: Fields) -> Iterator[Item | Failure]:
    for position, line in _lines(piece):
        content = line.rstrip(b"\r\n")
        if not content.strip():
            continue  # (a blank line holds no record)
        span = Span(start=position, end=position + len(content))
        try:
            data = json.loads(content)
        except ValueError as exc:
            message = f"not JSON: {exc}"
            yield Failure(input=piece.path, span=span, error="RecordError", message=message)
            continue
        yield item_of(data, fields, path=piece.path, span=span)


class _RecordError(ValueError):
    def __init__(self, message: str, record: str | None) -> None:
        super().__init__(message)
        self.record = record


def item_of(
    data: object, fields: Fields, *, path: str | None = None, span: Span | None = None
) -> Item | Failure:
    """A JSON object's story as an :class:`Item`, or a Failure saying which field is wrong."""
    try:
        return _item(data, fields, path, span)
    except _RecordError as exc:
        return Failure(
            input=path or "<records>",
            record=exc.record,
            span=span,
            error="RecordError",
            message=str(exc),
        )


def _item(data: object, fields: Fields, path: str | None, span: Span | None) -> Item:
    if not isinstance(data, dict):
        raise _RecordError(f"expected a JSON object, got {type(data).__name__}", None)
    found = data.get(fields.id) if fields.id is not None else None
    record_id = str(found) if isinstance(found, (str, int)) and str(found).strip() else None
    text = data.get(fields.text)
    if not isinstance(text, str):
        problem = (
            "missing"
            if text is None
            else f"expected the story's text (a string), got {type(text).__name__}"
        )
        raise _RecordError(f"field {fields.text!r}: {problem}", record_id)
    published = None
    if fields.published is not None and data.get(fields.published) is not None:
        published = _date(data[fields.published], fields.published, record_id)
    source = Source(reader=JSONL_READER, record_id=record_id, path=path, span=span)
    return Item(record=Record(text=text, source=source), published=published)


def _date(value: object, name: str, record_id: str | None) -> dt.date:
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return dt.date.fromisoformat(value)
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise _RecordError(
        f"field {name!r}: expected an ISO 8601 date or date and time, got {value!r}", record_id
    )
