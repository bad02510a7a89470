"""Recognising a dateline at the start of a paragraph: ``HANGZHOU, Oct. 11 (Xinhua) --``.

>>> from newsmodel.formats import get
>>> from newsmodel.text import split_blocks
>>> block = split_blocks("COLUMBIA, S.C. (AP) — Body.")[0]
>>> found, body_start = match_dateline(block, get("generic").datelines)
>>> found.place, found.region, found.normalized_place, found.agencies
('COLUMBIA, S.C.', 'S.C.', 'Columbia, S.C.', ('AP',))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from .dates import parse_wire_date, resolve_month_day
from .models import Dateline
from .text import Block

__all__ = ["match_dateline", "normalize_place", "resolve_dateline"]

_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+")
_CAPITALS = re.compile(r"[A-Z]+")
# Between the places or the agencies of a dateline: ``Ahmedabad/New Delhi``, ``Xinhua / Reuters``.
_SLASH = re.compile(r"\s?/\s?")


def match_dateline(
    block: Block, patterns: Sequence[re.Pattern[str]]
) -> tuple[Dateline, int] | None:
    """The dateline at the start of ``block`` and where the body begins after it, or None.

    The date is kept as written; :func:`resolve_dateline` gives it a year.
    """
    text = block.text
    for pattern in patterns:
        match = pattern.match(text)
        if match is None:
            continue
        groups = match.groupdict()
        end = match.end()
        if groups.get("sep"):
            raw_end = match.end("sep")
        elif groups.get("agencies") is not None:
            raw_end = match.end("agencies") + 1  # the closing bracket or slash
        else:
            raw_end = end
        raw_end = len(text[:raw_end].rstrip())
        span = block.span(0, raw_end)
        raw = block.source[span.start : span.end]
        place = groups.get("place")
        places, region = _split_place(place)
        agencies = tuple(a.strip() for a in _SLASH.split(groups.get("agencies") or "") if a)
        return Dateline(
            raw=raw,
            span=span,
            place=place,
            normalized_place=normalize_place(place) if place else None,
            places=places,
            region=region,
            date_text=groups.get("date"),
            agencies=agencies,
        ), end
    return None


def _split_place(place: str | None) -> tuple[tuple[str, ...], str | None]:
    """The cities of ``SURABAYA, Indonesia/JAKARTA`` and the first region given."""
    if not place:
        return (), None
    cities = []
    region = None
    for part in _SLASH.split(place):
        city, _, rest = part.partition(", ")
        cities.append(city)
        if rest and region is None:
            region = rest
    return tuple(cities), region


def normalize_place(place: str) -> str:
    """Title case for upper-case place words, abbreviations kept: ``ST. JOSEPH, Mich.`` -> ``St. Joseph, Mich.``."""
    return " ".join("/".join(map(_normalize_word, word.split("/"))) for word in place.split(" "))


def _normalize_word(word: str) -> str:
    if not word.isupper() or _ABBREVIATION.fullmatch(word.rstrip(",/")):
        return word
    if word.isascii() and word.isalpha():
        return word.capitalize()  # one run of capitals (``WASHINGTON``): no regex needed
    return _CAPITALS.sub(lambda m: m.group().capitalize(), word)


def resolve_dateline(
    dateline: Dateline, published: dt.date | None, story_date: dt.date | None
) -> Dateline:
    """``dateline`` with its date resolved: its own year, else against publication, else the story."""
    if dateline.date_text is None:
        return dateline
    parsed = parse_wire_date(dateline.date_text)
    if parsed is None:
        return dateline
    month, day, year = parsed
    if year is not None:
        try:
            return attrs.evolve(
                dateline, date=dt.date(year, month, day), date_resolution="explicit"
            )
        except ValueError:
            return dateline
    for anchor, how in ((published, "publication-date"), (story_date, "story-date")):
        if anchor is not None:
            resolved = resolve_month_day(month, day, anchor)
            if resolved is not None:
                return attrs.evolve(dateline, date=resolved, date_resolution=how)
    return dateline
