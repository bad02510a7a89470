"""Hypothesis strategies for every model, and for wire-style stories."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import strategies as st

from newsmodel import (
    Article,
    Byline,
    Credit,
    Dateline,
    DateRange,
    Diagnostic,
    Mention,
    NameOrder,
    Paragraph,
    Person,
    PhotoCaption,
    Segment,
    SegmentKind,
    Span,
    TimeExpression,
    Title,
)
from newsmodel.models import DateResolution, DiagnosticCode, Reading, TimeRule

LIMIT = 10_000

# Any character, lone surrogates included (text decoded with ``surrogateescape`` holds them); but
# not a high surrogate followed by a low one: JSON writes that pair as the one character it encodes.
_characters = st.characters(exclude_categories=())
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
texts = st.text(_characters, min_size=1, max_size=30).filter(
    lambda s: not s.isspace() and _SURROGATE_PAIR.search(s) is None
)
optional_texts = st.none() | texts
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, LIMIT))
    return Span(start=start, end=draw(st.integers(start, LIMIT)))


@st.composite
def spans_of(draw: st.DrawFn, text: str) -> Span:
    """A span as long as ``text``: where a part written as it stands (``raw``) is."""
    start = draw(st.integers(0, LIMIT - len(text)))
    return Span(start=start, end=start + len(text))


def tuples(strategy: st.SearchStrategy[object], min_size: int = 0) -> st.SearchStrategy[tuple]:  # type: ignore[type-arg]
    return st.lists(strategy, min_size=min_size, max_size=3).map(tuple)


segments = st.builds(Segment, kind=st.sampled_from(SegmentKind), span=spans())


@st.composite
def ordered_segments(draw: st.DrawFn) -> tuple[Segment, ...]:
    """Segments in order, each after the one before, as an article holds them."""
    offsets = sorted(draw(st.lists(st.integers(0, LIMIT), max_size=6)))
    return tuple(
        Segment(kind=draw(st.sampled_from(SegmentKind)), span=Span(start=start, end=end))
        for start, end in zip(offsets[::2], offsets[1::2], strict=False)
    )


paragraphs = st.builds(Paragraph, text=texts, span=spans())
diagnostics = st.builds(
    Diagnostic,
    code=st.sampled_from(DiagnosticCode),
    message=texts,
    span=spans(),
    line=st.integers(0, 99),
    column=st.integers(0, 99),
)
bylines = st.builds(Byline, raw=texts, names=tuples(texts), span=spans())


@st.composite
def credits(draw: st.DrawFn) -> Credit:
    raw = draw(texts)
    return Credit(
        raw=raw,
        span=draw(spans_of(raw)),
        agencies=draw(tuples(texts, min_size=1)),
        photographers=draw(tuples(texts)),
        qualifiers=draw(tuples(texts)),
    )


@st.composite
def datelines(draw: st.DrawFn) -> Dateline:
    date_text = draw(optional_texts)
    raw = draw(texts)
    return Dateline(
        raw=raw,
        span=draw(spans_of(raw)),
        place=draw(optional_texts),
        normalized_place=draw(optional_texts),
        places=draw(tuples(texts)),
        region=draw(optional_texts),
        date_text=date_text,
        date=draw(st.none() | dates) if date_text else None,
        date_resolution=draw(st.none() | st.sampled_from(DateResolution)),
        agencies=draw(tuples(texts)),
    )


photos = st.builds(
    PhotoCaption,
    text=texts,
    occurrences=tuples(spans(), min_size=1),
    credit=st.none() | credits(),
    description=optional_texts,
    shared=tuples(texts),
    date_text=optional_texts,
    date=st.none() | dates,
    place=optional_texts,
    people=tuples(texts),
)
titles = st.builds(
    Title, raw=texts, role=texts, span=spans(), organization=optional_texts, country=optional_texts
)
mentions = st.builds(Mention, text=texts, span=spans())
persons = st.builds(
    Person,
    name=texts,
    mentions=tuples(mentions, min_size=1),
    given_name=optional_texts,
    family_name=optional_texts,
    name_order=st.sampled_from(NameOrder),
    order_reason=optional_texts,
    titles=tuples(titles),
)
date_ranges = st.builds(DateRange, start=dates, end=dates, reading=st.sampled_from(Reading))


@st.composite
def time_expressions(draw: st.DrawFn) -> TimeExpression:
    start = draw(dates)
    return TimeExpression(
        text=draw(texts),
        span=draw(spans()),
        start=start,
        end=draw(st.dates(min_value=start, max_value=dt.date(2100, 12, 31))),
        anchor=draw(dates),
        rule=draw(st.sampled_from(TimeRule)),
        confidence=draw(st.floats(0, 1) | st.sampled_from([0, 1])),
        alternatives=draw(tuples(date_ranges)),
    )


articles = st.builds(
    Article,
    wire_format=texts,
    text_length=st.just(LIMIT),
    headline=optional_texts,
    published=st.none() | dates,
    dateline=st.none() | datelines(),
    bylines=tuples(bylines),
    body=tuples(paragraphs),
    photos=tuples(photos),
    people=tuples(persons),
    times=tuples(time_expressions()),
    segments=ordered_segments(),
    unparsed=tuples(paragraphs),
    diagnostics=tuples(diagnostics),
)

#: every model class with a strategy for it
MODELS = {
    Span: spans(),
    Segment: segments,
    Paragraph: paragraphs,
    Diagnostic: diagnostics,
    Byline: bylines,
    Credit: credits(),
    Dateline: datelines(),
    PhotoCaption: photos,
    Title: titles,
    Mention: mentions,
    Person: persons,
    DateRange: date_ranges,
    TimeExpression: time_expressions(),
    Article: articles,
}

# --- wire-style stories -----------------------------------------------------------------------

_words = st.sampled_from(
    "the council said on officials new plan city river power market trade talks week "
    "growth energy project report local leaders visit".split()
)
_sentences = st.lists(_words, min_size=3, max_size=14).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
_paragraphs = st.lists(_sentences, min_size=1, max_size=3).map(" ".join)
_places = st.sampled_from(["BEIJING", "UNITED NATIONS", "Baku", "WASHINGTON", "NAIROBI"])
_months = st.sampled_from(
    ["Jan.", "Feb.", "March", "April", "May", "June", "Sept.", "Oct.", "Dec."]
)
_dashes = st.sampled_from(["--", "—", "–", "-"])
_spaces = st.sampled_from([" ", "  ", "\u00a0", " \n"])
_credits = st.sampled_from(
    [
        "(Xinhua/Jiang Han)",
        "(Photo by Li Wei/Xinhua)",
        "(Xinhua/Li Xueren, Wang Ye)",
        "[Photo/Xinhua]",
    ]
)
_breaks = st.sampled_from(["\n\n", "\r\n\r\n", "\n \n", "\n\n\n"])


@st.composite
def stories(draw: st.DrawFn) -> str:
    """A story in the Xinhua style, with random spacing, dashes, captions and junk lines."""
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(f" date 2025-10-13 {draw(_paragraphs)}")
    caption = f"{draw(_paragraphs)} {draw(_credits)}"
    if draw(st.booleans()):
        parts.append(caption)
    space = draw(_spaces)
    dateline = f"{draw(_places)},{space}{draw(_months)} {draw(st.integers(1, 28))} (Xinhua) {draw(_dashes)} "
    body = draw(st.lists(_paragraphs | st.text(min_size=1, max_size=40), min_size=1, max_size=5))
    parts.append(dateline + body[0])
    parts += body[1:]
    if draw(st.booleans()):
        parts.insert(draw(st.integers(0, len(parts))), caption)
    if draw(st.booleans()):
        parts.append("Enditem")
    return draw(_breaks).join(parts)
