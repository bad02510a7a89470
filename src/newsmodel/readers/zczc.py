"""AAP ZCZC: the Australian Associated Press wire envelope, ``ZCZC`` to ``NNNN``.

After ``ZCZC AAP`` each header line opens with a mark saying what it holds: ``%`` the priority,
``#`` the slug, ``$`` the headline, ``:`` the dateline (``(BRISBANE)``), ``&`` the sender, ``*``
the category code, ``@`` a keyword (the state, ``QLD``). The story follows up to ``NNNN``. The
record's text is the headline, the dateline and the story, each as written.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Envelope, Source, Span
from .base import Record, delimited
from .compose import TextBuilder, decode
from .sgml import Buffer

__all__ = ["ZczcReader"]

_START, _END = b"ZCZC", b"NNNN"
#: what each header mark holds (the keys of the envelope fields they fill)
FIELDS = {
    "%": "priority",
    "#": "slug",
    "$": "headline",
    ":": "dateline",
    "&": "sender",
    "*": "category",
    "@": "keywords",
}
_IN_TEXT = ("headline", "dateline")  # header fields that are also part of the story's text


class ZczcReader:
    """An AAP ZCZC file: one record per ``ZCZC`` ... ``NNNN``."""

    name = "aap-zczc"

    def sniff(self, head: bytes) -> bool:
        return head.lstrip().startswith(_START)

    def records(self, data: Buffer, *, path: str | None = None) -> Iterator[Record]:
        for start, end in delimited(data, _START, _END):
            yield self._record(bytes(data[start:end]), start, path)

    def _record(self, chunk: bytes, start: int, path: str | None) -> Record:
        raw, encoding = decode(chunk, "utf-8")
        lines = raw.splitlines(keepends=True)
        fields: dict[str, list[str]] = {}
        text = TextBuilder()
        byte = len(lines[0].encode(encoding, "replace")) if lines else 0
        index = 1
        for line in lines[1:]:
            key = FIELDS.get(line[:1])
            if key is None:
                break
            value = line[1:].strip()
            if value:
                fields.setdefault(key, []).append(value)
                if key in _IN_TEXT:
                    text.add(line[1:], start + byte + 1)
            byte += len(line.encode(encoding, "replace"))
            index += 1
        story = "".join(lines[index:]).removesuffix(_END.decode())
        text.add(story, start + byte)

        def first(key: str) -> str | None:
            return fields.get(key, [None])[0]

        envelope = Envelope(
            priority=first("priority"),
            slug=first("slug"),
            headline=first("headline"),
            dateline=first("dateline"),
            category=first("category"),
            keywords=tuple(fields.get("keywords", ())),
            language="en",
        )
        source = Source(reader=self.name, path=path, span=Span(start=start, end=start + len(chunk)))
        return Record(text=text.text, source=source, envelope=envelope, pieces=text.pieces)
