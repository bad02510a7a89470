"""TREC-style ``<DOC>`` records, as agencies' collections for retrieval have them (EFE's Spanish).

``<DOCNO>`` is the record id, ``<DATE>`` the publication date (``19940101``), ``<TITLE>`` (or
``<HEADLINE>``) the headline, ``<TEXT>`` the story (``<P>`` paragraphs, or plain text),
``<CATEGORY>`` the category and ``<PRIORIDAD>``/``<PRIORITY>`` the priority. The record's text is the
headline and the story.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..models import Envelope, Source, Span
from .base import Record
from .compose import TextBuilder
from .sgml import Buffer, add_paragraphs, inside, records

__all__ = ["TrecReader"]


def _date(written: str | None) -> dt.date | None:
    digits = "".join(c for c in written or "" if c.isdigit())
    for layout in ("%Y%m%d", "%y%m%d"):
        try:
            return dt.datetime.strptime(digits, layout).date()
        except ValueError:
            continue
    return None


class TrecReader:
    """A TREC-style file: one record per ``<DOC>`` element with a ``<DOCNO>``."""

    name = "trec-sgml"

    def sniff(self, head: bytes) -> bool:
        return b"<DOC>" in head and b"<DOCNO>" in head

    def records(self, data: Buffer, *, path: str | None = None) -> Iterator[Record]:
        for start, end in records(data, b"<DOC>", b"</DOC>", path=path, reader=self.name):
            yield self._record(data, start, end, path)

    def _record(self, data: Buffer, start: int, end: int, path: str | None) -> Record:
        def field(*tags: bytes) -> tuple[str, int] | None:
            for tag in tags:
                found = inside(data, tag, start, end)
                if found is not None and found[0].strip():
                    return found
            return None

        text = TextBuilder()
        title = field(b"TITLE", b"HEADLINE")
        if title is not None:
            text.add(*title, references=True)
        add_paragraphs(text, data, start, end)
        number, date = field(b"DOCNO"), field(b"DATE")
        category, priority = field(b"CATEGORY"), field(b"PRIORIDAD", b"PRIORITY")
        envelope = Envelope(
            headline=" ".join(title[0].split()) if title else None,
            category=category[0].strip() if category else None,
            priority=priority[0].strip() if priority else None,
            published=_date(date[0]) if date else None,
        )
        source = Source(
            reader=self.name,
            record_id=number[0].strip() if number else None,
            path=path,
            span=Span(start=start, end=end),
        )
        return Record(text=text.text, source=source, envelope=envelope, pieces=text.pieces)
