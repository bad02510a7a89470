"""Blocks of text with spans into the source, and the normalised view the recognisers read.

A *block* is a paragraph: text between blank lines, or one line of a file that puts each paragraph
on its own line, or the joined lines of a hard-wrapped paragraph. A line ends at ``\\n``, ``\\r\\n``,
a lone ``\\r``, a vertical tab, NEL (U+0085) or U+2028; a form feed or U+2029 ends a paragraph.

Its ``text`` is normalised and :meth:`Block.span` maps any stretch of it back to source offsets:
every run of whitespace (line breaks and non-breaking spaces included) becomes one space;
invisible format characters (zero-width spaces and joiners, the word joiner, bidirectional marks
and a stray BOM: U+200B-U+200F, U+202A-U+202E, U+2060, U+2066-U+2069, U+FEFF) are dropped (one
beside white space becomes part of that space); ``--``, a spaced en dash and the Chinese double
dash ``——`` become an em dash; full-width brackets ``（）［］`` become ``()[]``. Control characters
(NUL and the like) are kept as written: :func:`newsmodel.parse` reports them.

>>> [(b.text, b.start, b.end) for b in split_blocks("HANGZHOU, Oct. 11 (Xinhua) --  Body.\\r\\n\\r\\nEnd.")]
[('HANGZHOU, Oct. 11 (Xinhua) — Body.', 0, 36), ('End.', 40, 44)]
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from .models import Span, new_span

__all__ = [
    "Block",
    "Decoded",
    "decode_story",
    "line_column",
    "lowered",
    "normalise",
    "split_blocks",
]

# A paragraph break: a newline, then lines holding only white space (a lone space, a tab, CR, NBSP),
# or a page break (the line view below writes a form feed and U+2029 as a form feed). Each
# quantified class excludes the character that follows it, so nothing backtracks. Both patterns
# below open with one character class: the engine then skips ahead to those characters at C
# speed, where an alternation at the start would make it try every position of the story.
# Each is one group, so that ``split`` gives the breaks between the paragraphs.
_BLANK = r"(?:[^\S\n\x0c]*+\n)+"  # after a newline: lines holding only white space
_PARAGRAPH_BREAK = re.compile(rf"([\n\x0c](?:(?<=\n){_BLANK}|(?<=\x0c)))")
# The same without page breaks, for the usual story that has none: a literal first character
# is found faster still.
_BLANK_LINES = re.compile(rf"(\n{_BLANK})")
# Line and paragraph breaks other than ``\n`` and ``\r\n`` (one character each, so a view of the
# story with them rewritten keeps every offset): any of them but a CR before a newline. Each is
# looked for alone first (``in``, at memchr speed), the pattern only where one occurs.
_OTHER_BREAK_CHARACTERS = "\r\x0b\x0c\x85\u2028\u2029"
_OTHER_BREAK = re.compile(rf"[{_OTHER_BREAK_CHARACTERS}](?!(?<=\r)\n)")
# Characters that print nothing: zero-width space, non-joiner, joiner, LRM, RLM; bidi embeddings
# and overrides; word joiner; bidi isolates; a BOM inside the text.
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
# What normalisation rewrites; every alternative starts on its own characters or is one character.
_TO_NORMALISE = re.compile(
    rf"""
    [\s{_INVISIBLE}]{{2,}}  # a run of white space and invisible characters
    | [^\S ]               # one white space that is not a plain space
    | [{_INVISIBLE}]        # one invisible character
    | -{{2,}}                          # two or more hyphens: a dash
    | —{{2,}}                          # the Chinese double dash
    | \x20–\x20                        # a spaced en dash
    | [（）［］]                       # full-width brackets
    """,
    re.VERBOSE,
)
# Full-width brackets and their ASCII forms.
_FULL_WIDTH = {"（": "(", "）": ")", "［": "[", "］": "]"}
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
# Its parts are read possessively: nothing after one can use what it would give back, so the
# matches are the same, and the engine keeps no backtracking state (6% fewer instructions).
_TOKEN = re.compile(r"[A-Z][\w\-/]*+(?:\.[A-Z][\w\-]*+)*+")
# Lines longer than this are whole paragraphs, not hard-wrapped lines.
_WRAP_WIDTH = 100


class Block:
    """A paragraph: normalised ``text`` and the ``start``/``end`` of its source."""

    __slots__ = ("_normalised", "_original", "capitals", "end", "source", "start", "text", "words")

    def __init__(
        self, text: str, start: int, end: int, marks: tuple[int, ...] = (), source: str = ""
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        #: the whole source text the block was cut from (shared, not copied)
        self.source = source or text
        #: The words of the text that start with a capital letter. People, mentions and dates all
        #: begin at such a word: a recogniser intersects its vocabulary with this set (in C) and
        #: looks only where a word of its own occurs. (Found here, not by a property when first
        #: asked: each paragraph is asked about three times, and a property is a call each time.)
        found = _TOKEN.findall(text)
        self.words = frozenset(found)
        #: How many such words the text has, each as often as it occurs.
        self.capitals = len(found)
        # Breakpoints of the offset map (given flattened as normalised, source offset pairs):
        # where in the text each one is, and where in the source. (Most blocks have none: slicing
        # the empty tuple twice was 4% of splitting a story.)
        if marks:
            self._normalised = marks[0::2]
            self._original = marks[1::2]
        else:
            self._normalised = self._original = marks

    def __repr__(self) -> str:
        return f"Block({self.text!r}, {self.start}, {self.end})"

    def offset(self, index: int) -> int:
        """The source offset where normalised character ``index`` begins (``len`` maps to ``end``).

        Character 0 begins at ``start``: what normalisation dropped before it (a zero-width space)
        belongs to it, so a span from 0 covers the whole start of the block.
        """
        if index >= len(self.text):
            return self.end
        if index <= 0:
            return self.start
        normalised = self._normalised
        if not normalised:
            return self.start + index
        pair = bisect_right(normalised, index) - 1
        if pair < 0:
            return self.start + index
        return self._original[pair] + (index - normalised[pair])

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
            return new_span(self.start, self.end)
        length = len(self.text)
        stop = length if end is None else end
        if (
            not self._normalised
            and 0 <= start <= stop <= length
            and (stop < length or self.end == self.start + length)
        ):
            # Text as written (the common case): offsets are the block's start plus the index, to
            # its end too when the block ends where its text does (a caption's closing credit).
            return new_span(self.start + start, self.start + stop)
        first = self.offset(start)
        return new_span(first, max(first, self._end_offset(stop)))

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
        replacement = _replacement(found, lo == 0 or hi == len(text))
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


def _replacement(found: str, edge: bool) -> str:
    """What one match of :data:`_TO_NORMALISE` becomes (``edge``: it begins or ends the text)."""
    first = found[0]
    if first in "-—":
        return "—"
    if first == " " and len(found) == 3 and found[1] == "–":
        return " — "
    bracket = _FULL_WIDTH.get(found)
    if bracket is not None:
        return bracket
    # White space and invisible characters: nothing at either end of the text (which is trimmed)
    # or where all of them are invisible, else one space.
    if edge or _INVISIBLE_ONLY.fullmatch(found) is not None:
        return ""
    return " "


_INVISIBLE_ONLY = re.compile(rf"[{_INVISIBLE}]+")


def _plain(text: str) -> bool:
    """A quick yes for the common case: ASCII with nothing to normalise (no regex needed)."""
    return _plain_spacing(text) and "--" not in text and "\n" not in text


def _plain_spacing(text: str) -> bool:
    """ASCII whose only white space is single spaces and newlines (so no line break but ``\\n``)."""
    return (
        text.isascii()
        and not any(space in text for space in _ASCII_SPACE_NOT_NEWLINE)
        and _DOUBLE_SPACE.search(text) is None  # (last: the one test that reads every character)
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
        # (a hyphen is looked for first, by memchr: most paragraphs have none, and a search for
        # ``--`` looks at every character, 2.7K instructions a paragraph of the benchmark's)
        if "-" not in text or "--" not in text:
            return Block(text, lo, lo + len(text), (), source)
        normalised, marks = _rewrite(text, lo, _DASHES)
    else:
        # (``text`` may come from the line view: the source's own characters are normalised)
        text = source[lo : lo + len(text)]
        normalised, marks = normalise(text, lo)
        if not normalised:  # only invisible characters: kept as written
            return Block(text, lo, lo + len(text), (), source)
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
    # Checked once for the story (see _block); a plain story has no line break but ``\n``.
    plain = _plain_spacing(source)
    # Lines are found in a view of the story where every line break is ``\n`` and every page
    # break a form feed; both are one character, so offsets into the view are offsets into the source.
    lines = source if plain or not _has_other_breaks(source) else _line_view(source)
    breaks = _PARAGRAPH_BREAK if "\x0c" in lines else _BLANK_LINES
    # The chunks between breaks and the breaks, in turn (the patterns capture the breaks): split
    # cuts them without a match object for each break.
    pieces = breaks.split(lines)
    pieces.append("")  # (no break after the last chunk)
    cursor = 0
    for chunk, gap in zip(pieces[0::2], pieces[1::2], strict=True):
        stripped = chunk.strip()
        if stripped:
            lo = cursor if not chunk[0].isspace() else cursor + len(chunk) - len(chunk.lstrip())
            if "\n" in stripped:
                for start, end in _chunk_lines(stripped, lo):
                    line, at = _trim(lines, start, end)
                    if line:
                        blocks.append(_block(source, line, at, plain))
            elif plain and ("-" not in stripped or "--" not in stripped):
                # A paragraph as written, as _block builds it, without two calls (with the split
                # above: split_blocks 237K -> 203K instructions a benchmark story).
                blocks.append(Block(stripped, lo, lo + len(stripped), (), source))
            else:
                blocks.append(_block(source, stripped, lo, plain))
        cursor += len(chunk) + len(gap)
    return blocks


def split_block(block: Block, at: int) -> tuple[Block, Block]:
    """``block`` cut before its normalised character ``at`` (``0 < at < len(block.text)``): the
    paragraph before and the one after, each trimmed and normalised from the source as written."""
    source = block.source
    cut = block.offset(at)
    head, lo = _trim(source, block.start, cut)
    tail, hi = _trim(source, cut, block.end)
    return _block(source, head, lo, plain=False), _block(source, tail, hi, plain=False)


def _has_other_breaks(source: str) -> bool:
    """Whether ``source`` has a line or page break other than ``\\n`` and ``\\r\\n``."""
    return any(c in source for c in _OTHER_BREAK_CHARACTERS) and (
        _OTHER_BREAK.search(source) is not None
    )


def _line_view(source: str) -> str:
    """``source`` with a lone CR, VT, NEL and U+2028 written ``\\n``, and U+2029 a form feed."""
    return _OTHER_BREAK.sub(_break_as_written, source)


def _break_as_written(match: re.Match[str]) -> str:
    return "\x0c" if match.group() in "\x0c\u2029" else "\n"


def line_column(source: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``offset`` in ``source``."""
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, column


class Decoded(NamedTuple):
    """The text of a story's bytes, the encoding that gave it, and why, when it was not UTF-8."""

    text: str
    #: the codec used (``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-32``, ``cp1252`` or ``latin-1``)
    encoding: str
    #: None for UTF-8; else what was wrong, for a diagnostic
    problem: str | None = None
    #: the offset in ``text`` of the first character the problem concerns
    offset: int = 0


# Byte order marks, UTF-32 first (its little-endian mark starts with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_story(data: bytes) -> Decoded:
    """Decode a story's bytes by the one policy shared by files and standard input.

    1. A byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides the encoding and is dropped;
       a sequence invalid in it becomes U+FFFD and ``problem`` says where.
    2. Otherwise the bytes are UTF-8 when they decode as UTF-8.
    3. Otherwise Windows-1252 when every byte is defined there, else Latin-1 (which defines every
       byte): nothing is refused and nothing lost, and ``problem`` names the encoding used and the
       first byte that is not UTF-8 (the parse turns it into an ``encoding-fallback`` diagnostic).

    >>> decode_story("Café".encode("utf-8")).text, decode_story(b"Caf\\xe9 \\x93quoted\\x94")[:2]
    ('Café', ('Café “quoted”', 'cp1252'))
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                text = data.decode(encoding, errors="replace")
                at = len(data[: exc.start].decode(encoding, errors="replace"))
                problem = (
                    f"bytes invalid in {encoding} (its byte order mark) from byte {exc.start}: "
                    f"{exc.reason}; they were replaced by U+FFFD"
                )
                return Decoded(text, encoding, problem, max(0, at - (encoding == "utf-8-sig")))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first = exc.start
    try:
        text, encoding, name = data.decode("cp1252"), "cp1252", "Windows-1252"
    except UnicodeDecodeError:
        text, encoding, name = data.decode("latin-1"), "latin-1", "Latin-1"
    problem = f"not UTF-8 (byte 0x{data[first]:02x} at byte {first}); decoded as {name}"
    return Decoded(text, encoding, problem, first)


def lowered(text: str) -> str:
    """``text`` in lower case, one character for one: an offset into it is an offset into ``text``.

    A few characters lower to two (``İ`` to ``i̇``, which would move every offset after it); they
    are kept as written, so a search of the lowered text never lands beside the word it found.

    >>> lowered("İSTANBUL Today"), len(lowered("İ")) == len("İ")
    ('İstanbul today', True)
    """
    lower = text.lower()
    if len(lower) == len(text):  # (no character lowered to two: the usual case, one call in C)
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
