"""Reuters-21578: the 1987 Reuters newswire as SGML ``<REUTERS ... NEWID="19">`` records (Latin-1).

``<DATE>`` is the publication datetime, ``<TITLE>`` the headline, ``<AUTHOR>`` the byline,
``<DATELINE>`` the dateline and ``<BODY>`` the text; ``<TOPICS>`` go to the keywords. The record's
text is the story as it went out on the wire: the title, the byline, then the dateline followed
directly by the body, character references (``&lt;``, ``&#3;``) decoded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..lexicon.months import MONTHS
from ..models import Envelope, Source, Span
from .base import Record
from .compose import PARAGRAPH, TextBuilder
from .sgml import Buffer, attribute, element, elements, records

__all__ = ["Reuters21578Reader"]

_MONTH = {names[0].upper(): number for number, names in enumerate(MONTHS, start=1)}
_START_OF_TEXT, _END_OF_TEXT = "&#2;", "&#3;"  # the wire's STX and ETX: framing, not text


def published(tag: str) -> dt.datetime | dt.date | None:
    """``26-FEB-1987 15:26:54.12`` as a datetime; the date alone when the clock is malformed."""
    day, _, rest = tag.strip().partition("-")
    month, _, rest = rest.partition("-")
    year, _, clock = rest.partition(" ")
    try:
        date = dt.date(int(year), _MONTH[month.upper()], int(day))
    except (KeyError, ValueError):
        return None
    try:
        hours, minutes, seconds = clock.strip().split(":")
        whole, _, fraction = seconds.partition(".")
        micro = int((fraction + "000000")[:6]) if fraction.isdigit() else 0
        return dt.datetime(
            date.year, date.month, date.day, int(hours), int(minutes), int(whole), micro
        )
    except ValueError:
        return date


class Reuters21578Reader:
    """A Reuters-21578 file (``reut2-NNN.sgm``): one record per ``<REUTERS>`` element."""

    name = "reuters21578-sgml"
    encoding = "latin-1"

    def sniff(self, head: bytes) -> bool:
        return b"<REUTERS" in head and b"NEWID=" in head

    def records(self, data: Buffer, *, path: str | None = None) -> Iterator[Record]:
        for start, end in records(data, b"<REUTERS", b"</REUTERS>", path=path, reader=self.name):
            yield self._record(data, start, end, path)

    def _record(self, data: Buffer, start: int, end: int, path: str | None) -> Record:
        opening = bytes(data[start : data.find(b">", start, end) + 1])

        def inside(tag: bytes, within: tuple[int, int] = (start, end)) -> tuple[str, int] | None:
            found = element(data, tag, *within)
            if found is None:
                return None
            return bytes(data[found[0] : found[1]]).decode(self.encoding), found[0]

        text = TextBuilder()
        title, author, dateline = inside(b"TITLE"), inside(b"AUTHOR"), inside(b"DATELINE")
        for part in sorted((p for p in (title, author, dateline) if p), key=lambda p: p[1]):
            text.add(*part, references=True)
        body = inside(b"BODY") or self._rest_of_text(data, start, end)
        if body is not None:
            content, byte = body
            content = content.rstrip()
            joined = " " if dateline is not None else PARAGRAPH  # the dateline runs into the body
            text.add(content.removesuffix(_END_OF_TEXT), byte, separator=joined, references=True)
        topics = element(data, b"TOPICS", start, end)
        keywords = (
            tuple(
                bytes(data[a:b]).decode(self.encoding).strip()
                for a, b in elements(data, b"D", *topics)
            )
            if topics is not None
            else ()
        )
        date = inside(b"DATE")
        envelope = Envelope(
            headline=_collapse(title[0]) if title else None,
            byline=_collapse(author[0]) if author else None,
            dateline=_collapse(dateline[0]) if dateline else None,
            published=published(date[0]) if date else None,
            keywords=tuple(k for k in keywords if k),
            language="en",
        )
        source = Source(
            reader=self.name,
            record_id=attribute(opening, b"NEWID"),
            path=path,
            span=Span(start=start, end=end),
        )
        return Record(text=text.text, source=source, envelope=envelope, pieces=text.pieces)

    def _rest_of_text(self, data: Buffer, start: int, end: int) -> tuple[str, int] | None:
        """The text of a record without ``<BODY>`` (``TYPE="BRIEF"``, ``"UNPROC"``): what
        ``<TEXT>`` holds after its last inner element and the wire's start-of-text mark."""
        found = element(data, b"TEXT", start, end)
        if found is None:
            return None
        begin, stop = found
        for tag in (b"TITLE", b"AUTHOR", b"DATELINE"):
            inner = element(data, tag, begin, stop)
            if inner is not None:
                begin = max(begin, inner[1] + len(tag) + 3)
        content = bytes(data[begin:stop]).decode(self.encoding)
        stripped = content.lstrip().removeprefix(_START_OF_TEXT)
        return stripped, begin + len(content) - len(stripped)


def _collapse(text: str) -> str | None:
    """White space collapsed, character references decoded; None when nothing is left."""
    built = TextBuilder()
    built.add(text, 0, references=True)
    return " ".join(built.text.split()) or None
