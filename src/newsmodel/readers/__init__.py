"""Readers: the stories in a file, with what their envelopes say, handed to the same parse.

>>> import io, newsmodel
>>> [article] = newsmodel.read(io.BytesIO(b"TOKYO, Oct. 11 (Kyodo) -- Rain fell."))
>>> article.source.reader, article.dateline.place
('text', 'TOKYO')

A reader is named for the layout it reads (``--from NAME`` on the command line); by default the
first whose :meth:`~newsmodel.readers.base.Reader.sniff` takes the file's head reads it, and plain
text takes any file. Each reader is a module of this package listed in :data:`READERS`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from typing import BinaryIO

import attrs

from ..exceptions import InputTypeError, UnknownReaderError
from ..models import Article
from ..parsing import DEFAULT_MAX_LENGTH, parse, read_bytes
from .base import HEAD, Reader, Record
from .ninjs import NinjsReader
from .nitf import NitfReader
from .text import TextReader

__all__ = [
    "READERS",
    "Reader",
    "Record",
    "apply_envelope",
    "detect",
    "iter_records",
    "read",
    "reader",
]

#: The built-in readers, in the order detection tries them (plain text, which takes anything, last).
READERS: tuple[Reader, ...] = (NitfReader(), NinjsReader(), TextReader())


def reader(name: str) -> Reader:
    """The reader called ``name``; an unknown name raises :class:`UnknownReaderError`."""
    for candidate in READERS:
        if candidate.name == name:
            return candidate
    raise UnknownReaderError(name, [r.name for r in READERS])


def detect(head: bytes) -> Reader:
    """The first reader that takes a file starting with ``head``."""
    head = bytes(head[:HEAD])
    for candidate in READERS:
        if candidate.sniff(head):
            return candidate
    return READERS[-1]  # pragma: no cover - plain text takes anything


def iter_records(
    source: str | os.PathLike[str] | BinaryIO, *, reader_name: str | None = None
) -> Iterator[Record]:
    """Each record of a file (a path, or a binary file open for reading), not yet parsed."""
    data, path = _bytes_of(source)
    chosen = reader(reader_name) if reader_name is not None else detect(data[:HEAD])
    yield from chosen.records(data, path=path)


def read(
    source: str | os.PathLike[str] | BinaryIO,
    *,
    reader_name: str | None = None,
    format: str | None = None,
    published: dt.date | None = None,
    max_length: int | None = DEFAULT_MAX_LENGTH,
) -> Iterator[Article]:
    """Each story in a file, parsed: one :class:`~newsmodel.Article` per record, lazily.

    ``reader_name`` forces a reader (see :data:`READERS`); ``format`` and ``max_length`` are those
    of :func:`~newsmodel.parse`. ``published`` is used for a record whose envelope has no date.
    Every article carries its :class:`~newsmodel.Source` and, where there was one, its
    :class:`~newsmodel.Envelope`.
    """
    for record in iter_records(source, reader_name=reader_name):
        envelope = record.envelope
        when = envelope.published if envelope is not None and envelope.published else published
        article = parse(record.text, format=format, published=when, max_length=max_length)
        yield apply_envelope(article, record)


def apply_envelope(article: Article, record: Record) -> Article:
    """``article`` with its source, and the envelope's fields where the envelope gives them."""
    envelope = record.envelope
    if envelope is None:
        return attrs.evolve(article, source=record.source)
    return attrs.evolve(
        article,
        source=record.source,
        envelope=envelope,
        headline=envelope.headline or article.headline,
        published=envelope.published or article.published,
    )


def _bytes_of(source: object) -> tuple[bytes, str | None]:
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        return read_bytes(path), path
    read_method = getattr(source, "read", None)
    if read_method is None:
        raise InputTypeError(source, "read")
    data = read_method()
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputTypeError(source, "read")
    name = getattr(source, "name", None)
    return bytes(data), name if isinstance(name, str) else None
