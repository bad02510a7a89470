"""ANPA 1312: the wire envelope of AP and other American agencies, with control characters.

A record runs from SYN SYN SOH to EOT. Its header gives the service and sequence number, a
selector, then the priority and category letters and the slug line (``BC-LT--Argentina-CancerB
11-13 1049``: slug, take, date, word count). After STX come the text lines: header lines opening
with ``^`` (the keyword line, the headline, ``AP Photo`` lists, ``Eds:`` notes, the byline and its
title ending in ``=``), then the story in tab-indented paragraphs, and ETX with the time it was
sent (``AP-WF-11-13-13 1509GMT``). The record's text is every text line but the keyword line,
without the marks (``^``, ``<``, ``=``), one paragraph each.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..exceptions import ReadError
from ..lexicon.wire_codes import AP_CATEGORIES
from ..models import Envelope, Source, Span
from .base import Record, delimited
from .compose import TextBuilder
from .sgml import Buffer

__all__ = ["AnpaReader"]

_START = b"\x16\x16\x01"  # SYN SYN SOH
_STX, _ETX, _EOT = "\x02", "\x03", b"\x04"
_ENCODING = "latin-1"  # one character a byte: text offsets are byte offsets

# The first header line after SOH: service letter, sequence number, US, selector.
_FIRST = re.compile(r"(?P<service>[A-Za-z])(?P<sequence>[0-9]{4})\x1f(?P<selector>[^\r\n]{0,80})")
# The second: priority, category, the format codes, then the slug line.
_SECOND = re.compile(
    r"""(?P<priority>[a-z])\x20(?P<category>[a-z])[\x13\x14][\x11\x12]\x20
        (?P<slug>[A-Za-z]{1,4}-[^\x20\r\n]{1,60})         # BC-US--Ethanol-LosingGra
        (?:\x20{1,40}(?P<take>[^\x20\r\n]{1,40}))?        # 1stLd-Writethru
        \x20{1,40}(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})
        \x20(?P<words>[0-9]{1,5})""",
    re.VERBOSE | re.IGNORECASE,
)
# The keyword line: BC-LT--Argentina-Cancer Beauty,466 (the slug is the first word after the desk).
_KEYWORD = re.compile(r"[A-Za-z]{1,4}-[A-Za-z]{1,4}--(?P<slug>[^\x20,<]{1,80})")
# When it was sent, after ETX: AP-WF-11-13-13 1509GMT.
_SENT = re.compile(
    r"""\x03[A-Za-z]{1,8}-[A-Za-z]{1,8}-
        (?P<month>[0-9]{2})-(?P<day>[0-9]{2})-(?P<year>[0-9]{2})\x20
        (?P<hour>[0-9]{2})(?P<minute>[0-9]{2})GMT""",
    re.VERBOSE,
)
_EDITORS_NOTE = "EDITOR'S NOTE _"
_EDS = "Eds:"


class AnpaReader:
    """An ANPA 1312 file: one record per SYN SYN SOH ... EOT."""

    name = "anpa-1312"

    def sniff(self, head: bytes) -> bool:
        return head.lstrip(b"\r\n").startswith(_START)

    def records(self, data: Buffer, *, path: str | None = None) -> Iterator[Record]:
        for number, (start, end) in enumerate(delimited(data, _START, _EOT), start=1):
            yield self._record(bytes(data[start:end]), start, number, path)

    def _record(self, chunk: bytes, start: int, number: int, path: str | None) -> Record:
        raw = chunk.decode(_ENCODING)
        stx = raw.find(_STX)
        if stx < 0:
            raise ReadError(
                path or "<input>",
                f"{self.name} record {number} at byte {start}: no STX (start of text)",
            )
        header = raw[len(_START) : stx].splitlines()
        first = _FIRST.match(header[0]) if header else None
        second = _SECOND.match(header[1].lstrip()) if len(header) > 1 else None
        etx = raw.find(_ETX, stx)
        story_end = etx if etx >= 0 else len(raw)
        text = TextBuilder()
        heads: list[str] = []
        offset = stx + 1
        for line in raw[stx + 1 : story_end].splitlines(keepends=True):
            here, offset = offset, offset + len(line)
            content = line.strip()
            if content.startswith("^"):
                content = content[1:].rstrip("<= ").rstrip()
                heads.append(content)
                if len(heads) == 1:
                    continue  # the keyword line: the envelope's slug, take and length
                here += line.index("^") + 1
                text.add(content, start + here)
            elif content:
                text.add(line, start + here)
        keyword = _KEYWORD.match(heads[0]) if heads else None
        category = second["category"].lower() if second else None
        selector = first["selector"].strip("- ") if first else ""
        envelope = Envelope(
            slug=keyword["slug"] if keyword else (second["slug"] if second else None),
            priority=second["priority"].lower() if second else None,
            category=AP_CATEGORIES.get(category, category) if category else None,
            keywords=(selector,) if selector else (),
            headline=heads[1] if len(heads) > 1 and heads[1] else None,
            byline=_byline(heads),
            editors_note=_editors_note(heads),
            take_key=second["take"] if second and second["take"] else None,
            word_count=int(second["words"]) if second else None,
            sequence=first["sequence"] if first else None,
            published=_sent(raw[etx:] if etx >= 0 else ""),
            language="en",
        )
        source = Source(reader=self.name, path=path, span=Span(start=start, end=start + len(raw)))
        return Record(text=text.text, source=source, envelope=envelope, pieces=text.pieces)


def _byline(heads: list[str]) -> str | None:
    """The first header line that opens with ``By``."""
    for line in heads[1:]:
        if line[:3].lower() == "by ":
            return line
    return None


def _editors_note(heads: list[str]) -> str | None:
    """``EDITOR'S NOTE _ ...`` when there is one, else ``Eds: ...`` (in its brackets, if any)."""
    for line in heads:
        if line.startswith(_EDITORS_NOTE):
            return line.removeprefix(_EDITORS_NOTE).strip() or None
    for line in heads:
        if line.lstrip("(").startswith(_EDS):
            return line.replace(_EDS, "", 1).replace("( ", "(").strip() or None
    return None


def _sent(trailer: str) -> dt.datetime | None:
    found = _SENT.match(trailer)
    if found is None:
        return None
    try:
        return dt.datetime(
            2000 + int(found["year"]),
            int(found["month"]),
            int(found["day"]),
            int(found["hour"]),
            int(found["minute"]),
            tzinfo=dt.UTC,
        )
    except ValueError:
        return None
