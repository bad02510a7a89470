"""Finding records and their elements in corpus SGML (``<REUTERS>``, ``<DOC>``), byte by byte.

The corpora's SGML is regular: records do not nest, and the elements a reader wants appear once
each (``<P>`` many times) with no attributes. So a record is found with ``bytes.find``, which
works over ``bytes`` and ``mmap`` alike, in one pass over the file; nothing is parsed that the
reader does not ask for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..exceptions import ReadError
from .compose import TextBuilder, decode

__all__ = ["Buffer", "add_paragraphs", "attribute", "element", "elements", "inside", "records"]

#: what a reader reads: the whole file as bytes, or a buffer over it (``mmap``, ``memoryview``)
Buffer = bytes  # (an ``mmap`` has the same ``find`` and slicing; typed as bytes for callers)

# One attribute of an opening tag: name="value" (value without quotes, bounded classes: linear).
_ATTRIBUTE = re.compile(
    rb"""\b(?P<name>[A-Za-z]{1,32})\s{0,8}=\s{0,8}"(?P<value>[^"<>]{0,200})\""""
)


def records(
    data: Buffer, opening: bytes, closing: bytes, *, path: str | None, reader: str
) -> Iterator[tuple[int, int]]:
    """The byte span of each ``opening ... closing`` record of ``data``, in order.

    A record with no ``closing`` before the next ``opening`` (or the end) raises
    :class:`~newsmodel.exceptions.ReadError` naming the file, the record and its byte.
    """
    where = path or "<input>"
    start = data.find(opening)
    number = 0
    while start >= 0:
        number += 1
        end = data.find(closing, start + len(opening))
        following = data.find(opening, start + len(opening))
        if end < 0 or 0 <= following < end:
            stop = "the next record" if following >= 0 else "the end of the file"
            raise ReadError(
                where,
                f"{reader} record {number} at byte {start}: no {closing.decode()} before {stop}",
            )
        end += len(closing)
        yield start, end
        start = following


def element(data: Buffer, tag: bytes, start: int, end: int) -> tuple[int, int] | None:
    """The byte span of the inside of the first ``<tag>...</tag>`` between ``start`` and ``end``
    (the opening tag may carry attributes: ``<TEXT TYPE="BRIEF">``)."""
    opening = data.find(b"<" + tag, start, end)
    while opening >= 0:
        after = opening + len(tag) + 1
        if data[after : after + 1] in (b">", b" ", b"\t", b"\n", b"\r"):
            inside = data.find(b">", after, end) + 1
            closing = data.find(b"</" + tag + b">", inside, end) if inside > 0 else -1
            return (inside, closing) if closing >= 0 else None
        opening = data.find(b"<" + tag, after, end)
    return None


def elements(data: Buffer, tag: bytes, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The inside of each ``<tag>...</tag>`` between ``start`` and ``end``, in order."""
    while (found := element(data, tag, start, end)) is not None:
        yield found
        start = found[1] + len(tag) + 3


def attribute(opening_tag: bytes, name: bytes) -> str | None:
    """The value of attribute ``name`` in an opening tag (``<DOC id="X" type="story">``)."""
    for match in _ATTRIBUTE.finditer(opening_tag):
        if match["name"].lower() == name.lower():
            return match["value"].decode("latin-1").strip() or None
    return None


def inside(data: Buffer, tag: bytes, start: int, end: int) -> tuple[str, int] | None:
    """The text inside the first ``<tag>...</tag>`` (UTF-8, else Latin-1) and its first byte."""
    found = element(data, tag, start, end)
    if found is None:
        return None
    return decode(bytes(data[found[0] : found[1]]), "utf-8")[0], found[0]


def add_paragraphs(text: TextBuilder, data: Buffer, start: int, end: int) -> None:
    """Add the story of a ``<TEXT>`` element: each ``<P>`` a paragraph, else the text as it is."""
    found = element(data, b"TEXT", start, end)
    if found is None:
        return
    paragraphs = list(elements(data, b"P", *found))
    for a, b in paragraphs or [found]:
        text.add(decode(bytes(data[a:b]), "utf-8")[0], a, references=True)
