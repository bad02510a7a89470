"""A record's text, built from stretches of the file with their byte offsets kept.

A reader adds the parts of a story (headline, byline, dateline, paragraphs) as it finds them in the
file, each with the byte where it starts; the builder joins them as plain wire text (a blank line
between paragraphs) and keeps the ``(text offset, byte offset)`` pairs of
``Record.pieces``. Character references (``&lt;``, ``&#3;``, ``&AMP;``)
are decoded with a new piece after each, so offsets stay exact for single-byte text.

>>> text = TextBuilder()
>>> text.add("SALVADOR, Feb 26 -", 100)
>>> text.add("Showers &amp; sun.", 130, separator=" ", references=True)
>>> text.text, text.pieces
('SALVADOR, Feb 26 - Showers & sun.', ((0, 100), (19, 130), (27, 138), (28, 143)))
"""

from __future__ import annotations

import html.entities
import re

__all__ = ["PARAGRAPH", "TextBuilder", "decode", "decode_reference"]

#: what stands between two paragraphs of a record's text
PARAGRAPH = "\n\n"

# A character reference: decimal, hexadecimal or named (each part bounded, so linear).
_REFERENCE = re.compile(
    r"""&(?:
        \#(?P<decimal>[0-9]{1,7})          # &#3;
      | \#[xX](?P<hex>[0-9a-fA-F]{1,6})    # &#x3C;
      | (?P<name>[A-Za-z][A-Za-z0-9]{0,31}) # &lt; &AMP;
    );""",
    re.VERBOSE,
)
_NAMED = html.entities.html5


def decode_reference(match: re.Match[str]) -> str:
    """The character a reference stands for; a name no table knows is kept as written."""
    number = match["decimal"] or match["hex"]
    if number is not None:
        code = int(number, 10 if match["decimal"] else 16)
        return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"
    name = match["name"]
    return _NAMED.get(name + ";") or _NAMED.get(name.lower() + ";") or match[0]


def decode(data: bytes, encoding: str) -> tuple[str, str]:
    """``data`` as text and the encoding that read it: ``encoding``, or Latin-1 when it fails."""
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


class TextBuilder:
    """The text of one record, stretch by stretch, with where each stretch was read."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pieces: list[tuple[int, int]] = []
        self._length = 0

    def add(
        self, text: str, byte: int, *, separator: str = PARAGRAPH, references: bool = False
    ) -> None:
        """Add ``text`` read from ``byte`` on, after ``separator`` when the text is not empty.

        Leading and trailing white space is left out (the byte offset follows it); with
        ``references`` character references are decoded. Empty text adds nothing.
        """
        stripped = text.lstrip()
        byte += len(text) - len(stripped)
        stripped = stripped.rstrip()
        if not stripped:
            return
        if self._length:
            self._append(separator)
        if not references or "&" not in stripped:
            self._piece(stripped, byte)
            return
        done = 0
        for match in _REFERENCE.finditer(stripped):
            self._piece(stripped[done : match.start()], byte + done)
            self._piece(decode_reference(match), byte + match.start())
            done = match.end()
        self._piece(stripped[done:], byte + done)

    @property
    def text(self) -> str:
        """The text so far."""
        return "".join(self._parts)

    @property
    def pieces(self) -> tuple[tuple[int, int], ...]:
        """The ``(text offset, byte offset)`` pairs so far."""
        return tuple(self._pieces)

    def _piece(self, text: str, byte: int) -> None:
        if not text:
            return
        if not self._pieces or self._pieces[-1][1] < byte:
            self._pieces.append((self._length, byte))
        self._append(text)

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)
