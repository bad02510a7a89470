"""Blocks of text with spans into the source, and the normalised view the recognisers read.

A *block* is a paragraph: text between blank lines, or one line of a file that puts each paragraph
on its own line, or the joined lines of a hard-wrapped paragraph. Its ``text`` is normalised (every
run of whitespace, line breaks and non-breaking spaces included, becomes one space; ``--`` and a
spaced en dash become an em dash) and :meth:`Block.span` maps any stretch of it back to source offsets.

>>> [(b.text, b.start, b.end) for b in split_blocks("HANGZHOU, Oct. 11 (Xinhua) --  Body.\\r\\n\\r\\nEnd.")]
[('HANGZHOU, Oct. 11 (Xinhua) — Body.', 0, 36), ('End.', 40, 44)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from .models import Span

__all__ = ["Block", "line_column", "normalise", "split_blocks"]

# A blank line: a newline, then lines holding only white space (a lone space, a tab, CR, NBSP).
_PARAGRAPH_BREAK = re.compile(r"\n(?:[^\S\n]*\n)+")
# What normalisation rewrites: whitespace that is not one plain space, and dash variants.
_TO_NORMALISE = re.compile(r"\s{2,}|[^\S ]|-{2,}| – ")
# All a one-line paragraph of a plain story can need rewritten (a literal first: a fast scan).
_DASHES = re.compile(r"--+")
# Two spaces. ``"  " in text`` is slow on prose (every single space starts a partial match);
# the regex engine's literal search is about three times faster.
_DOUBLE_SPACE = re.compile("  ")
# ASCII whitespace other than the plain space and the newline, as substrings (``in`` tests
# are faster than one character-class scan).
_ASCII_SPACE_NOT_NEWLINE = ("\t", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f")
# A word that starts with a capital letter (a character class first: a fast scan);
# trailing full stops and possessives are left out so ``Zhang's`` and ``Oct.`` give ``Zhang``, ``Oct``.
_TOKEN = re.compile(r"[A-Z][\w\-/]*(?:\.[A-Z][\w\-]*)*")
# Lines longer than this are whole paragraphs, not hard-wrapped lines.
_WRAP_WIDTH = 100


class Block:
    """A paragraph: normalised ``text`` and the ``start``/``end`` of its source."""

    __slots__ = ("_normalised", "_original", "_words", "end", "source", "start", "text")

    def __init__(
        self, text: str, start: int, end: int, marks: tuple[int, ...] = (), source: str = ""
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        #: the whole source text the block was cut from (shared, not copied)
        self.source = source or text
        self._words: frozenset[str] | None = None
        # Breakpoints of the offset map (given flattened as normalised, source offset pairs):
        # where in the text each one is, and where in the source.
        self._normalised = marks[0::2]
        self._original = marks[1::2]

    def __repr__(self) -> str:
        return f"Block({self.text!r}, {self.start}, {self.end})"

    def offset(self, index: int) -> int:
        """The source offset where normalised character ``index`` begins (``len`` maps to ``end``)."""
        if index >= len(self.text):
            return self.end
        normalised = self._normalised
        if not normalised:
            return self.start + index
        pair = bisect_right(normalised, index) - 1
        if pair < 0:
            return self.start + index
        return self._original[pair] + (index - normalised[pair])

    @property
    def words(self) -> frozenset[str]:
        """The words of the text that start with a capital letter, found once.

        People, mentions and dates all begin at such a word: a recogniser intersects its
        vocabulary with this set (in C) and looks only where a word of its own occurs.
        """
        if self._words is None:
            self._words = frozenset(_TOKEN.findall(self.text))
        return self._words

    def find_word(self, word: str) -> list[int]:
        """Every offset where ``word`` stands as a whole word in the text."""
        text = self.text
        size = len(word)
        length = len(text)
        found = []
        at = text.find(word)
        while at >= 0:
            end = at + size
            if (at == 0 or not text[at - 1].isalnum()) and (
                end == length or not text[end].isalnum()
            ):
                found.append(at)
            at = text.find(word, at + 1)
        return found

    def raw(self, start: int = 0, end: int | None = None) -> str:
        """The source text behind ``text[start:end]``, as written."""
        span = self.span(start, end)
        return self.source[span.start : span.end]

    def span(self, start: int = 0, end: int | None = None) -> Span:
        """The source span of ``text[start:end]``."""
        if start == 0 and end is None and self.text:
            # The whole block, asked for every paragraph: the offset map takes its first character
            # to ``start`` (the text is trimmed, so it is never a rewritten space) and its end to ``end``.
            return Span(start=self.start, end=self.end)
        length = len(self.text)
        stop = length if end is None else end
        if not self._normalised and 0 <= start <= stop < length:
            # Text as written (the common case): offsets are the block's start plus the index.
            return Span(start=self.start + start, end=self.start + stop)
        first = self.offset(start)
        return Span(start=first, end=max(first, self._end_offset(stop)))

    def _end_offset(self, index: int) -> int:
        if index <= 0:
            return self.offset(0)
        # One past the last source character of normalised character ``index - 1``.
        if index >= len(self.text):
            return self.end
        return self.offset(index) if self.text[index - 1] != " " else self.offset(index - 1) + 1


def normalise(text: str, start: int = 0) -> tuple[str, tuple[int, ...]]:
    """Normalise ``text`` (found at source offset ``start``) and return it with its offset map."""
    if _plain(text) or _TO_NORMALISE.search(text) is None:
        return text, ()
    return _rewrite(text, start, _TO_NORMALISE)


def _rewrite(text: str, start: int, pattern: re.Pattern[str]) -> tuple[str, tuple[int, ...]]:
    """``text`` with every match of ``pattern`` (some of what normalisation rewrites) rewritten,
    and the offset map."""
    parts: list[str] = []
    marks: list[int] = []
    cursor = 0
    length = 0
    for match in pattern.finditer(text):
        lo, hi = match.span()
        parts.append(text[cursor:lo])
        length += lo - cursor
        found = match.group()
        replacement = " " if found.isspace() else ("—" if found[0] == "-" else " — ")
        if replacement == " — ":
            marks += [length, start + lo, length + 1, start + lo + 1, length + 2, start + hi - 1]
        else:
            marks += [length, start + lo]
        parts.append(replacement)
        length += len(replacement)
        marks += [length, start + hi]
        cursor = hi
    parts.append(text[cursor:])
    return "".join(parts), tuple(marks)


def _plain(text: str) -> bool:
    """A quick yes for the common case: ASCII with nothing to normalise (no regex needed)."""
    return _plain_spacing(text) and "--" not in text and "\n" not in text


def _plain_spacing(text: str) -> bool:
    """ASCII whose only white space is single spaces and newlines."""
    return (
        text.isascii()
        and _DOUBLE_SPACE.search(text) is None
        and not any(space in text for space in _ASCII_SPACE_NOT_NEWLINE)
    )


def _trim(source: str, lo: int, hi: int) -> tuple[str, int]:
    """``source[lo:hi]`` without surrounding whitespace, and where that begins."""
    chunk = source[lo:hi]
    if chunk[:1].isspace():  # rare: only then is a second stripped copy needed to find the start
        lo += len(chunk) - len(chunk.lstrip())
    return chunk.strip(), lo


def _block(source: str, text: str, lo: int, plain: bool) -> Block:
    """The block of trimmed ``text`` found at ``lo``; in a ``plain`` story a one-line paragraph
    can only need its ``--`` rewritten, anything else is normalised."""
    if plain and "\n" not in text:
        if "--" not in text:
            return Block(text, lo, lo + len(text), (), source)
        normalised, marks = _rewrite(text, lo, _DASHES)
    else:
        normalised, marks = normalise(text, lo)
    return Block(normalised, lo, lo + len(text), marks, source)


def _chunk_lines(chunk: str, lo: int) -> Iterator[tuple[int, int]]:
    """Split a chunk between blank lines (found at ``lo``) into paragraphs, as (start, end) offsets."""
    hi = lo + len(chunk)
    lines = chunk.split("\n")
    if max(len(line.rstrip()) for line in lines) > _WRAP_WIDTH:
        # One paragraph per line.
        offset = lo
        for line in lines:
            yield offset, offset + len(line)
            offset += len(line) + 1
        return
    # Hard-wrapped lines: a line indented deeper than the chunk's continuation lines starts a paragraph.
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    base = min(indents)
    begin = offset = lo
    for index, line in enumerate(lines):
        if index and line.strip() and len(line) - len(line.lstrip()) > base:
            yield begin, offset - 1
            begin = offset
        offset += len(line) + 1
    yield begin, hi


def split_blocks(source: str) -> list[Block]:
    """Split ``source`` into paragraphs (blocks), each with its span and normalised text."""
    blocks: list[Block] = []
    plain = _plain_spacing(source)  # checked once for the story (see _block)
    cursor = 0
    ends = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(source)]
    ends.append((len(source), len(source)))
    for stop, resume in ends:
        stripped, lo = _trim(source, cursor, stop)
        if "\n" not in stripped:
            if stripped:
                blocks.append(_block(source, stripped, lo, plain))
        else:
            for start, end in _chunk_lines(stripped, lo):
                line, at = _trim(source, start, end)
                if line:
                    blocks.append(_block(source, line, at, plain))
        cursor = resume
    return blocks


def line_column(source: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``source``."""
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, column
