"""The plain-text reader: the whole file is one story, decoded by the one policy of
:func:`newsmodel.text.decode_story`."""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Source, Span
from ..text import decode_story
from .base import Record

__all__ = ["TextReader"]


class TextReader:
    """A file holding one story as text (any encoding :func:`~newsmodel.text.decode_story` reads).

    It takes any file, so detection tries it last.
    """

    name = "text"

    def sniff(self, head: bytes) -> bool:
        return True

    def records(self, data: bytes, *, path: str | None = None) -> Iterator[Record]:
        decoded = decode_story(bytes(data))
        source = Source(reader=self.name, path=path, span=Span(start=0, end=len(data)))
        # (single-byte text maps one to one; decoding may change lengths, so no pieces then)
        pieces = ((0, 0),) if len(decoded.text) == len(data) else ()
        yield Record(text=decoded.text, source=source, pieces=pieces)
