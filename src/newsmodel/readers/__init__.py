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

import contextlib
import datetime as dt
import mmap
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from ..exceptions import InputTypeError, UnknownReaderError
from ..models import Article
from ..parsing import DEFAULT_MAX_LENGTH, parse, read_bytes
from .anpa import AnpaReader
from .base import HEAD, Reader, Record
from .envelope import apply_envelope
from .gigaword import GigawordReader
from .iptc7901 import Iptc7901Reader
from .ninjs import NinjsReader
from .nitf import NitfReader
from .reuters21578 import Reuters21578Reader
from .text import TextReader
from .trec import TrecReader
from .zczc import ZczcReader

__all__ = [
    "HEAD",
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
READERS: tuple[Reader, ...] = (
    AnpaReader(),
    Iptc7901Reader(),
    ZczcReader(),
    Reuters21578Reader(),
    GigawordReader(),
    TrecReader(),
    NitfReader(),
    NinjsReader(),
    TextReader(),
)


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
    """Each record of a file (a path, or a binary file open for reading), not yet parsed.

    A path is mapped into memory (``mmap``) rather than read, so a corpus file of gigabytes is
    walked record by record with flat memory.
    """
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        with _mapped(path) as data:
            chosen = reader(reader_name) if reader_name is not None else detect(data[:HEAD])
            yield from chosen.records(data, path=path)
        return
    data, name = _bytes_of(source)
    chosen = reader(reader_name) if reader_name is not None else detect(data[:HEAD])
    yield from chosen.records(data, path=name)


@contextlib.contextmanager
def _mapped(path: str) -> Iterator[bytes]:
    """The file's bytes, mapped (an ``mmap`` finds and slices as ``bytes`` do)."""
    try:
        stream = Path(path).open("rb")  # noqa: SIM115 - closed below, after the map
    except OSError:
        read_bytes(path)  # raises the ReadError that names the file and says why
        raise
    with stream:
        if os.fstat(stream.fileno()).st_size == 0:
            yield b""
            return
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            yield cast(bytes, mapped)


def read(
    source: str | os.PathLike[str] | BinaryIO,
    *,
    reader_name: str | None = None,
    format: str | None = None,
    strict: bool = False,
    published: dt.date | None = None,
    max_length: int | None = DEFAULT_MAX_LENGTH,
) -> Iterator[Article]:
    """Each story in a file, parsed: one :class:`~newsmodel.Article` per record, lazily.

    ``reader_name`` forces a reader (see :data:`READERS`); ``format``, ``strict`` and
    ``max_length`` are those of :func:`~newsmodel.parse`. ``published`` is used for a record whose envelope has no date.
    Every article carries its :class:`~newsmodel.Source` and, where there was one, its
    :class:`~newsmodel.Envelope`.
    """
    for record in iter_records(source, reader_name=reader_name):
        envelope = record.envelope
        when = envelope.published if envelope is not None and envelope.published else published
        article = parse(
            record.text, format=format, strict=strict, published=when, max_length=max_length
        )
        yield apply_envelope(article, record)


def _bytes_of(source: object) -> tuple[bytes, str | None]:
    read_method = getattr(source, "read", None)
    if read_method is None:
        raise InputTypeError(source, "read")
    data = read_method()
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputTypeError(source, "read")
    name = getattr(source, "name", None)
    return bytes(data), name if isinstance(name, str) else None
