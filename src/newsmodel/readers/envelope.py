"""What an envelope's fields become on the parsed article: they win over guesses from the text.

The headline and the publication date are taken as the envelope gives them. The byline and the
dateline are parts of the text: every reader puts them in the record's text as their own
paragraphs, as wire copy carries them, so each gets its span there. A byline the parse did not
read becomes a :class:`~newsmodel.Byline` at that span, with the names the envelope gives
(``By BERNICE NAPACH, Reuters`` names ``Bernice Napach``: case fixed, the agency apart); the
envelope's dateline is read where the text has none (a Gigaword ``(BC-WIND-ARIZ-AZR)`` is a slug,
not a place, and never reaches here). A byline or dateline that is not in the text (a record built
by hand) stays in :attr:`Article.envelope <newsmodel.Article.envelope>` only: nothing in the article
may point outside its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TypeVar

import attrs

from ..formats.registry import default_registry
from ..models import Article, Byline, Dateline, Paragraph, Segment, SegmentKind, Span
from ..recognisers.bylines import Reading, read_byline
from ..recognisers.datelines import normalize_place
from ..text import normalise
from .base import Record

__all__ = ["apply_envelope", "byline_names"]

_BY = re.compile(r"(?i:by)\s+")
_AND = re.compile(r"\s+(?:and|&)\s+")
_DASHES = " -_—–"
_Part = TypeVar("_Part", Paragraph, Segment)


def byline_names(byline: str) -> Reading:
    """The people a byline names, and the agencies it names apart.

    The byline grammar (:func:`~newsmodel.recognisers.bylines.read_byline`) reads it first
    (``By PAUL BYRNE and ALMUDENA CALATRAVA`` names both, in their case); a byline it does not
    take is still one (the envelope says so): its names are what stands before the first comma,
    split at ``and``.
    """
    text = " ".join(byline.split())
    reading = read_byline(text, default_registry.agency_names())
    if reading is not None:
        return reading
    found = _BY.match(text)
    if found is not None:
        text = text[found.end() :]
    names = _AND.split(text.partition(",")[0])
    return Reading(tuple(n.strip() for n in names if n.strip()), ())


def apply_envelope(article: Article, record: Record) -> Article:
    """``article`` with its source, and the envelope's fields where the envelope gives them."""
    envelope = record.envelope
    if envelope is None:
        return attrs.evolve(article, source=record.source)
    article = attrs.evolve(
        article,
        source=record.source,
        envelope=envelope,
        headline=envelope.headline or article.headline,
        published=envelope.published or article.published,
    )
    if envelope.byline:
        article = _with_byline(article, envelope.byline, record.text)
    if envelope.dateline and article.dateline is None:
        article = _with_dateline(article, envelope.dateline, envelope.slug, record.text)
    return article


def _with_byline(article: Article, written: str, text: str) -> Article:
    names, agencies = byline_names(written)
    if not names:
        return article
    for index, byline in enumerate(article.bylines):
        if " ".join(byline.raw.split()) == written:
            kept = attrs.evolve(byline, names=names, agencies=agencies)
            return attrs.evolve(article, bylines=_replace(article.bylines, index, kept))
    span = _find(text, written)
    if span is None:
        return article
    byline = Byline(raw=span.of(text), names=names, span=span, agencies=agencies)
    with_byline = attrs.evolve(article, bylines=(byline, *article.bylines))
    return _claim(with_byline, span, SegmentKind.BYLINE, text)


def _with_dateline(article: Article, written: str, slug: str | None, text: str) -> Article:
    span = _find(text, written)
    if span is None:
        return article
    place = written
    if slug and place.endswith(f"({slug})"):
        place = place.removesuffix(f"({slug})")
    place = place.strip(_DASHES)
    if place.startswith("(") and place.endswith(")"):
        place = place[1:-1].strip()
    if not place:
        return article
    dateline = Dateline(
        raw=span.of(text),
        span=span,
        place=place,
        normalized_place=normalize_place(place),
        places=(place.partition(", ")[0],),
        region=place.partition(", ")[2] or None,
    )
    return _claim(attrs.evolve(article, dateline=dateline), span, SegmentKind.DATELINE, text)


def _find(text: str, written: str) -> Span | None:
    """Where ``written`` opens a paragraph of ``text``: alone on its line, or running into the
    paragraph's text after a space (as NITF and ninjs put a dateline)."""
    start = text.find(written)
    while start >= 0:
        end = start + len(written)
        if text[start - 1 : start] in ("", "\n") and text[end : end + 1] in ("", " ", "\r", "\n"):
            return Span(start=start, end=end)
        start = text.find(written, end)
    return None


def _claim(article: Article, span: Span, kind: SegmentKind, text: str) -> Article:
    """The stretch at ``span`` recognised as ``kind``: no longer body, furniture or unparsed; a
    paragraph it opens keeps the rest of its text."""
    segments: list[Segment] = [Segment(kind=kind, span=span)]
    for segment in article.segments:
        segments += _outside(segment, span, text, partial(_moved, segment))
    segments.sort(key=lambda s: s.span.start)

    def paragraphs(parts: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
        kept: list[Paragraph] = []
        for part in parts:
            kept += _outside(part, span, text, lambda rest: _paragraph(text, rest))
        return tuple(kept)

    return attrs.evolve(
        article,
        segments=tuple(segments),
        body=paragraphs(article.body),
        unparsed=paragraphs(article.unparsed),
        diagnostics=tuple(
            d for d in article.diagnostics if d.span.end <= span.start or d.span.start >= span.end
        ),
    )


def _outside(part: _Part, span: Span, text: str, rebuild: Callable[[Span], _Part]) -> list[_Part]:
    """``part`` if it lies outside ``span``; what of it runs on past the span's end; or nothing."""
    if part.span.end <= span.start or part.span.start >= span.end:
        return [part]
    rest = span.end
    while rest < part.span.end and text[rest].isspace():
        rest += 1
    return [rebuild(Span(start=rest, end=part.span.end))] if rest < part.span.end else []


def _moved(segment: Segment, span: Span) -> Segment:
    return Segment(kind=segment.kind, span=span)


def _paragraph(text: str, span: Span) -> Paragraph:
    return Paragraph(text=" ".join(normalise(span.of(text))[0].split()), span=span)


def _replace(bylines: tuple[Byline, ...], index: int, byline: Byline) -> tuple[Byline, ...]:
    return (*bylines[:index], byline, *bylines[index + 1 :])
