"""English Gigaword: ``<DOC id="NYT_ENG_19990401.0001" type="story">`` records of several agencies.

``<HEADLINE>`` is the headline, ``<DATELINE>`` the dateline, ``<TEXT>`` the story (``<P>``
paragraphs, or plain text), ``<AUTHOR>`` the byline and ``<DATE_TIME>`` (or the date in the id)
the publication date; ``type`` is the category. A ``<DATELINE>`` that holds only a slug
(``(BC-WIND-ARIZ-AZR)``) is a slug, not a place; ``WASHINGTON (BC-TERM-LIMITS-AZR)`` is a place
with the slug after it. The record's text is the headline, the dateline and the paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..models import Envelope, Source, Span
from .base import Record
from .compose import TextBuilder
from .sgml import Buffer, add_paragraphs, attribute, inside, records

__all__ = ["GigawordReader", "split_slug"]

# The opening of a record: <DOC id=... (any white space between; bounded).
_OPENING = re.compile(rb"<DOC\s{1,16}id\s{0,4}=")
# A wire slug in brackets at the end of a dateline: (BC-TERM-LIMITS-AZR).
_SLUG = re.compile(r"\((?P<slug>[A-Z]{1,4}-[A-Z0-9][A-Z0-9-]{0,80})\)\s*$")
# The date in a record id: AFP_ENG_19950101.0083.
_ID_DATE = re.compile(r"_(?P<date>[0-9]{8})\.")


def split_slug(dateline: str) -> tuple[str | None, str | None]:
    """``WASHINGTON (BC-TERM-LIMITS-AZR)`` -> (the dateline, the slug); a slug alone is no dateline."""
    found = _SLUG.search(dateline)
    if found is None:
        return dateline or None, None
    place = dateline[: found.start()].strip()
    return (dateline if place else None), found["slug"]


def _published(stamp: str | None, record_id: str | None) -> dt.datetime | dt.date | None:
    if stamp:
        try:
            return dt.datetime.fromisoformat(stamp.strip())
        except ValueError:
            pass
    found = _ID_DATE.search(record_id or "")
    if found is not None:
        digits = found["date"]
        try:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        except ValueError:
            return None
    return None


class GigawordReader:
    """An English Gigaword file: one record per ``<DOC id=...>`` element."""

    name = "gigaword-sgml"

    def sniff(self, head: bytes) -> bool:
        return _OPENING.search(head) is not None

    def records(self, data: Buffer, *, path: str | None = None) -> Iterator[Record]:
        for start, end in records(data, b"<DOC", b"</DOC>", path=path, reader=self.name):
            yield self._record(data, start, end, path)

    def _record(self, data: Buffer, start: int, end: int, path: str | None) -> Record:
        opening = bytes(data[start : data.find(b">", start, end) + 1])
        record_id = attribute(opening, b"id")
        text = TextBuilder()
        headline = inside(data, b"HEADLINE", start, end)
        written = inside(data, b"DATELINE", start, end)
        for part in (headline, written):
            if part is not None:
                text.add(*part, references=True)
        add_paragraphs(text, data, start, end)
        dateline, slug = split_slug(" ".join(written[0].split())) if written else (None, None)
        author = inside(data, b"AUTHOR", start, end)
        stamp = inside(data, b"DATE_TIME", start, end)
        envelope = Envelope(
            slug=slug,
            category=attribute(opening, b"type"),
            headline=" ".join(headline[0].split()) or None if headline else None,
            byline=" ".join(author[0].split()) or None if author else None,
            dateline=dateline,
            published=_published(stamp[0] if stamp else None, record_id),
            language="en",
        )
        source = Source(
            reader=self.name, record_id=record_id, path=path, span=Span(start=start, end=end)
        )
        return Record(text=text.text, source=source, envelope=envelope, pieces=text.pieces)
