"""IPTC 7901: the wire envelope of dpa and other European agencies.

A record runs from SOH to EOT (a file that lost its control characters is one record). Its
header line gives the service and sequence number, the priority, the category and the word count
(``eca062 4 i 211 ccccb   dpa 061``); the keyword line gives the slug (``Germany-politics/``);
after STX come the take marks (``REFILE``, ``1ST LEAD``, ``EXTRA``), the headline and the byline,
the last of them ending in `` =``; then the story, and after ETX the time it was sent. The
record's text is the headline, the byline and the story, each as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Envelope, Source, Span
from .base import Record
from .compose import TextBuilder, decode
from .sgml import Buffer

__all__ = ["Iptc7901Reader"]

_SOH, _STX, _ETX, _EOT = "\x01", "\x02", "\x03", b"\x04"
# The header line: service and sequence, priority, category, word count, the rest.
_HEADER = re.compile(
    r"""\x01?(?P<service>[a-z]{3})(?P<sequence>[0-9]{1,6})\x20{1,8}
        (?P<priority>[0-9])\x20{1,8}(?P<category>[a-z])\x20{1,8}(?P<words>[0-9]{1,6})\b""",
    re.VERBOSE,
)
_HEAD = 512  # how far into a file the header line is looked for
_END_MARK = "="  # the headline block ends with " =" (after the headline or the byline)
_BLOCK_LINES = 8  # take marks, headline and byline: never more lines than this


class Iptc7901Reader:
    """An IPTC 7901 file: one record per SOH ... EOT (or the whole file without them)."""

    name = "iptc-7901"

    def sniff(self, head: bytes) -> bool:
        text = head[:_HEAD].decode("latin-1").lstrip("\r\n")
        return _HEADER.match(text) is not None

    def records(self, data: Buffer, *, path: str | None = None) -> Iterator[Record]:
        start = 0
        while start < len(data):
            end = data.find(_EOT, start)
            end = end + 1 if end >= 0 else len(data)
            chunk = bytes(data[start:end])
            if chunk.strip(b"\r\n\x04\x7f"):
                yield self._record(chunk, start, path)
            start = end

    def _record(self, chunk: bytes, start: int, path: str | None) -> Record:
        raw, encoding = decode(chunk, "utf-8")
        # (byte offsets are exact for ASCII lines; a line with other characters shifts by its
        # extra bytes, as Record.byte_offset says)
        lines = raw.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line.encode(encoding, "replace")))
        header = _HEADER.match(lines[0].lstrip("\r\n")) if lines else None
        index = 1
        while index < len(lines) and not lines[index].strip():
            index += 1
        slug_line = lines[index].strip() if index < len(lines) and header else ""
        index += bool(slug_line)
        block: list[tuple[str, int]] = []  # the lines from STX to the one ending in " ="
        after_first = index
        while index < len(lines) and len(block) < _BLOCK_LINES:
            line, byte = lines[index], offsets[index]
            index += 1
            content = line.lstrip(_SOH + _STX).strip()
            if not content and not block:
                continue
            byte += len(line) - len(line.lstrip(_SOH + _STX))
            block.append((content.removesuffix(_END_MARK).rstrip(), byte))
            after_first = after_first if len(block) > 1 else index
            if content.endswith(_END_MARK):
                break
        else:  # no line ends in " =": the first is the headline, the rest is the story
            block, index = block[:1], after_first
        byline = block.pop() if len(block) > 1 and block[-1][0].lower().startswith("by ") else None
        headline = block.pop() if block else None
        text = TextBuilder()
        for part in (headline, byline):
            if part is not None:
                text.add(part[0], start + part[1])
        story = "".join(lines[index:])
        text.add(story.partition(_ETX)[0], start + offsets[index])
        slug = slug_line.strip("/ ") or None
        envelope = Envelope(
            slug=slug,
            keywords=tuple(k for k in slug_line.split("/") if k.strip()),
            priority=header["priority"] if header else None,
            category=header["category"] if header else None,
            headline=headline[0] or None if headline else None,
            byline=byline[0] if byline else None,
            take_key=" ".join(mark for mark, _ in block) or None,
            word_count=int(header["words"]) if header else None,
            sequence=header["sequence"] if header else None,
        )
        source = Source(reader=self.name, path=path, span=Span(start=start, end=start + len(chunk)))
        return Record(text=text.text, source=source, envelope=envelope, pieces=text.pieces)
