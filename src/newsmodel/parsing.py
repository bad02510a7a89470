"""The pipeline: text -> blocks -> recognised parts -> a validated :class:`~newsmodel.Article`.

>>> article = parse("BEIJING, Oct. 11 (Xinhua) -- Chinese Premier Li Qiang spoke on Friday.")
>>> article.wire_format, article.dateline.place, article.body[0].text
('xinhua', 'BEIJING', 'Chinese Premier Li Qiang spoke on Friday.')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

import attrs

from .captions import CaptionPart, find_credit, group_captions
from .datelines import match_dateline, resolve_dateline
from .dates import parse_wire_date
from .exceptions import NewsModelError, ParseError
from .formats.base import WireFormat
from .formats.registry import default_registry as _registry
from .models import (
    Article,
    Byline,
    Dateline,
    Diagnostic,
    Paragraph,
    Person,
    PhotoCaption,
    Segment,
    SegmentKind,
    Span,
)
from .people import find_people
from .text import Block, line_column, split_blocks
from .times import find_times

__all__ = ["parse", "parse_file"]

# A scraper's header line: `` date 2025-10-13 Headline words``.
_HEADER = re.compile(r"date\s(?P<date>\d{4}-\d{2}-\d{2})\s(?P<headline>.+)")
# A publication date alone on its line: ``October 13, 2025``.
_DATE_LINE = re.compile(r"(?P<date>[A-Z][a-z]+\.?\s\d{1,2},\s\d{4})")
# How far into the story a dateline may stand (header, date line, captions, marks come first).
_DATELINE_REACH = 12
# A headline is short and does not end like a sentence.
_HEADLINE_MAX = 160


class _Story:
    """What the pipeline has found so far: one mutable workspace per parse, never returned."""

    def __init__(self, source: str, fmt: WireFormat) -> None:
        self.source = source
        self.fmt = fmt
        self.blocks = split_blocks(source)
        self.kinds: list[SegmentKind | None] = [None] * len(self.blocks)
        self.headline: str | None = None
        self.published: dt.date | None = None
        self.dateline: Dateline | None = None
        self.dateline_index: int | None = None
        self.body_offset = 0  # where the body starts inside the dateline block
        self.captions: list[CaptionPart] = []
        self.bylines: list[Byline] = []
        self.diagnostics: list[Diagnostic] = []

    def diagnose(self, code: str, message: str, span: Span) -> None:
        line, column = line_column(self.source, span.start)
        self.diagnostics.append(
            Diagnostic(code=code, message=message, span=span, line=line, column=column)
        )


def parse(text: str, *, format: str | None = None, strict: bool = False) -> Article:
    """Parse one story into an :class:`~newsmodel.Article`.

    ``format`` forces a wire format by name (see ``newsmodel formats``); by default it is detected.
    With ``strict=True`` any diagnostic raises :class:`~newsmodel.exceptions.ParseError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() needs the story as str, got {type(text).__name__}")
    fmt = _registry.get(format) if format is not None else _registry.detect(text)
    story = _Story(text, fmt)
    _read_header(story)
    _find_dateline(story)
    _classify(story)
    article = _assemble(story)
    if strict and article.diagnostics:
        first = article.diagnostics[0]
        excerpt = first.span.of(text)[:60]
        raise ParseError(first.message, line=first.line, column=first.column, excerpt=excerpt)
    return article


def parse_file(path: str | Path, *, format: str | None = None, strict: bool = False) -> Article:
    """Parse the story in the file at ``path`` (UTF-8; a BOM is dropped)."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NewsModelError(f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason})") from None
    return parse(text, format=format, strict=strict)


def _read_header(story: _Story) -> None:
    """The scraper header and the publication date line, at the very top."""
    for index, block in enumerate(story.blocks[:2]):
        header = _HEADER.fullmatch(block.text)
        if index == 0 and header is not None:
            story.kinds[0] = SegmentKind.HEADER
            story.headline = header["headline"].strip()
            try:
                story.published = dt.date.fromisoformat(header["date"])
            except ValueError:
                story.diagnose(
                    "bad-date", f"header date {header['date']!r} is not a date", block.span()
                )
            continue
        line = _DATE_LINE.fullmatch(block.text)
        parsed = parse_wire_date(line["date"]) if line else None
        if parsed is None or parsed[2] is None:
            continue
        month, day, year = parsed
        try:
            date = dt.date(year, month, day)  # type: ignore[arg-type]
        except ValueError:
            continue
        story.kinds[index] = SegmentKind.DATE_LINE
        if story.published is None:
            story.published = date
        elif story.published != date:
            story.diagnose(
                "date-mismatch",
                f"date line {date.isoformat()} disagrees with header {story.published.isoformat()}",
                block.span(),
            )
        break


def _find_dateline(story: _Story) -> None:
    patterns = story.fmt.datelines
    if story.fmt.name != "generic":
        patterns = (*patterns, *_registry.get("generic").datelines)
    for index, block in enumerate(story.blocks[:_DATELINE_REACH]):
        if story.kinds[index] is not None:
            continue
        found = match_dateline(block, patterns)
        if found is not None:
            story.dateline, story.body_offset = found
            story.dateline_index = index
            story.kinds[index] = SegmentKind.DATELINE
            return


def _classify(story: _Story) -> None:
    """Give every block a kind: caption, mark, byline, headline, sign-off, body or unparsed."""
    agencies = _registry.agency_names()
    fmt = story.fmt
    start = story.dateline_index
    for index, block in enumerate(story.blocks):
        if story.kinds[index] is not None:
            continue
        credit = find_credit(block, agencies)
        if credit is not None:
            found, text_end = credit
            story.kinds[index] = SegmentKind.CAPTION
            story.captions.append(CaptionPart(block, block.text[:text_end].rstrip(), found))
            continue
        text = block.text
        if any(p.fullmatch(text) for p in fmt.sign_offs):
            story.kinds[index] = SegmentKind.SIGN_OFF
            continue
        before_body = start is not None and index < start
        if before_body or (start is None and not _body_started(story, index)):
            if any(p.fullmatch(text) for p in fmt.marks):
                story.kinds[index] = SegmentKind.MARK
                continue
            byline = _byline(block, fmt)
            if byline is not None:
                story.kinds[index] = SegmentKind.BYLINE
                story.bylines.append(byline)
                continue
            if story.headline is None and _looks_like_headline(text):
                story.kinds[index] = SegmentKind.HEADLINE
                story.headline = text
                continue
            if before_body:
                story.kinds[index] = SegmentKind.UNPARSED
                story.diagnose(
                    "before-dateline",
                    "text before the dateline is neither a caption, a headline, a mark nor a byline",
                    block.span(),
                )
                continue
        story.kinds[index] = SegmentKind.BODY


def _body_started(story: _Story, index: int) -> bool:
    return any(kind is SegmentKind.BODY for kind in story.kinds[:index])


def _looks_like_headline(text: str) -> bool:
    return (
        len(text) <= _HEADLINE_MAX
        and not text.endswith((".", '"', "”", ":"))
        and text[:1].isupper()
    )


def _byline(block: Block, fmt: WireFormat) -> Byline | None:
    for pattern in fmt.bylines:
        match = pattern.fullmatch(block.text)
        if match is not None:
            names = tuple(n.strip() for n in re.split(r",\s|\sand\s", match["names"]) if n.strip())
            return Byline(raw=block.raw(), names=names or (match["names"],), span=block.span())
    return None


def _assemble(story: _Story) -> Article:
    blocks = story.blocks
    segments: list[Segment] = []
    body: list[Paragraph] = []
    unparsed: list[Paragraph] = []
    readable: list[Block] = []  # where people and dates are looked for
    for block, kind in zip(blocks, story.kinds, strict=False):
        assert kind is not None  # every block was classified
        if kind is SegmentKind.DATELINE and story.dateline is not None:
            segments.append(Segment(kind=kind, span=story.dateline.span))
            readable.append(block)
            rest = block.text[story.body_offset :]
            if rest.strip():
                span = block.span(story.body_offset)
                segments.append(Segment(kind=SegmentKind.BODY, span=span))
                body.append(Paragraph(text=rest.strip(), span=span))
            continue
        span = block.span()
        segments.append(Segment(kind=kind, span=span))
        if kind is SegmentKind.BODY:
            body.append(Paragraph(text=block.text, span=span))
            readable.append(block)
        elif kind is SegmentKind.CAPTION:
            readable.append(block)
        elif kind is SegmentKind.UNPARSED:
            unparsed.append(Paragraph(text=block.text, span=span))
    people = find_people(readable)
    photos = _with_people(group_captions(story.captions), people)
    dateline = story.dateline
    if dateline is not None:
        story_date = next((p.date for p in photos if p.date is not None), None)
        dateline = resolve_dateline(dateline, story.published, story_date)
    anchor = (dateline.date if dateline else None) or story.published
    if anchor is None:
        anchor = next((p.date for p in photos if p.date is not None), None)
    times = find_times(readable, anchor, day_first=story.fmt.day_first) if anchor else []
    return Article(
        wire_format=story.fmt.name,
        text_length=len(story.source),
        headline=story.headline,
        published=story.published,
        dateline=dateline,
        bylines=tuple(story.bylines),
        body=tuple(body),
        photos=tuple(photos),
        people=tuple(people),
        times=tuple(times),
        segments=tuple(segments),
        unparsed=tuple(unparsed),
        diagnostics=tuple(story.diagnostics),
    )


def _with_people(photos: Sequence[PhotoCaption], people: Sequence[Person]) -> list[PhotoCaption]:
    """Each photo with the names of the people its caption mentions."""
    if not people:
        return list(photos)
    out = []
    for photo in photos:
        inside = tuple(
            person.name
            for person in people
            if any(
                o.start <= m.span.start < o.end for m in person.mentions for o in photo.occurrences
            )
        )
        out.append(attrs.evolve(photo, people=inside) if inside else photo)
    return out
