"""What scrapers and wire systems leave above a story: publication lines and page furniture.

A *publication line* is a paragraph that is only a date, with an optional label (``Published``,
``Updated:``, ``Source: Xinhua|``), weekday, time and zone. It is read into a date, or into a
datetime when the line gives a time (aware when it names an unambiguous zone, naive otherwise):

>>> publication_date("date 2025-10-13 Headline", first=True)  # (a block: trimmed)
Publication(when=datetime.date(2025, 10, 13), headline='Headline', updated=False)
>>> publication_date("Published Oct 2, 2024 9:15 am").when
datetime.datetime(2024, 10, 2, 9, 15)
>>> publication_date("7 Apr 2021 16:05 GMT").when
datetime.datetime(2021, 4, 7, 16, 5, tzinfo=datetime.timezone.utc)
>>> publication_date("06/08/2019 10:07 PM", day_first=True).when
datetime.datetime(2019, 8, 6, 22, 7)
>>> publication_date("Updated: March 16, 2021").updated
True

*Furniture* is what a web page prints around a story: gallery controls, site and section labels
(``Top``, ``Inside AFP``, ``World``), navigation lines (``Home | World | Asia``), record numbers
(``ID : 12345``) and bare time stamps:

>>> is_furniture("Back to Gallery"), is_furniture("Home | World | Asia"), is_furniture("Officials said.")
(True, True, False)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import NamedTuple

from ..lexicon import Lexicon
from ..lexicon.site_labels import PAGE_CONTROLS
from .dates import calendar_date, month_number, weekday_number

__all__ = ["Publication", "is_furniture", "is_site_label", "lead_prefix", "publication_date"]


class Publication(NamedTuple):
    """What a publication line says."""

    #: the date, or a datetime when the line gives a time (with its zone when that is unambiguous)
    when: dt.date
    #: the headline a scraper header carries after its date, else None
    headline: str | None = None
    #: the line dates an update (``Updated: ...``), not the publication
    updated: bool = False


# A scraper's header line: `` date 2025-10-13 Headline words``, or its date alone.
_HEADER = re.compile(r"date\s(?P<iso>\d{4}-\d{2}-\d{2})(?:\s(?P<headline>.+))?")

# The parts of a publication line; a group name ends in the letter of the pattern that uses it
# (Python wants each name once a pattern), the words are checked against the month and weekday
# vocabularies in code, not spelled out here. Words and numbers are read possessively (``{2,8}+``):
# what may follow one never continues it, so giving characters back cannot help, and a line that
# is no date fails without retrying every shorter word (testing a caption cost a third more).
_LABEL = r"""
    (?:(?P<label{k}>Published|Posted|Updated|Last\ updated|First\ published|Last\ modified)
       (?:\ on)?(?:\s?:)?\s)?                                   # ``Published``, ``Updated:``
    (?:Source:\s?[\w\ ]{{1,40}}+\|\s?)?                         # ``Source: Xinhua| ``
"""
_WEEKDAY = r"(?:(?P<weekday{k}>[A-Z][a-z]{{2,8}}+)\.?,?\s)?"  # ``Wednesday, ``
_DATE = r"""
    (?:(?P<month{k}>[A-Z][a-z]{{2,8}}+)\.?\s(?P<day{k}>\d{{1,2}}+),?\s(?P<year{k}>\d{{4}})  # Oct. 2, 2024
    | (?P<dday{k}>\d{{1,2}}+)\s(?P<dmonth{k}>[A-Z][a-z]{{2,8}}+)\.?,?\s(?P<dyear{k}>\d{{4}})  # 7 Apr 2021
    | (?P<a{k}>\d{{1,2}}+)(?P<sep{k}>[/.])(?P<b{k}>\d{{1,2}}+)(?P=sep{k})(?P<nyear{k}>\d{{4}})  # 3/14/2004
    | (?P<iso{k}>\d{{4}}-\d{{2}}-\d{{2}})                                                  # 2020-08-17
    )
"""
_TIME = r"""
    (?P<hour{k}>\d{{1,2}}+):(?P<minute{k}>\d{{2}})(?::(?P<second{k}>\d{{2}}))?   # 9:15, 22:11:14
    (?:\s?(?P<ampm{k}>[AaPp])\.?[Mm]\.?)?                                      # am, p.m., PM
    (?:\s?(?P<offset{k}>(?:UTC|GMT)?[+-]\d{{1,2}}(?::?\d{{2}})?)               # +08:00, GMT+8
    | \s\(?(?P<zone{k}>[A-Z]{{1,5}})\)?                                        # GMT, EDT, (UTC)
    | (?P<z{k}>Z)                                                              # ISO's Z
    )?
"""
_PUBLICATION_LINES = (
    # Date first: ``Published Oct 2, 2024 9:15 am``, ``Wednesday, November 20, 2019``,
    # ``Source: Xinhua| 2020-08-17 22:11:14``, ``2020-08-17T22:11:14+08:00``, ``06/08/2019 10:07 PM``
    re.compile(
        _LABEL.format(k="d")
        + _WEEKDAY.format(k="d")
        + _DATE.format(k="d")
        + r"(?:(?:,?\s(?:at\s)?|T)"
        + _TIME.format(k="d")
        + ")?",
        re.VERBOSE,
    ),
    # Time first (web pages of AP members): ``4:00 am CST, Wednesday, November 20, 2019``
    re.compile(
        _LABEL.format(k="t")
        + _TIME.format(k="t")
        + r",?\s"
        + _WEEKDAY.format(k="t")
        + _DATE.format(k="t"),
        re.VERBOSE,
    ),
)

# The most characters a publication line can have: every part of the patterns above is bounded
# (130 at most: a test checks it).
_PUBLICATION_MAX = 160

# Page furniture: gallery controls and labels that web pages put around a story.
_FURNITURE = re.compile(
    rf"(?:{'|'.join(re.escape(control) for control in PAGE_CONTROLS)}"
    r"|Image \d+ of /? ?\d+|\d+ / \d+|Photo: [^.]{2,80}|[A-Z][\w ]{1,40} Press"
    # a record number, a bare time stamp: ``ID : 12345``, ``16:05``, ``10:07 PM``, ``9:15 a.m. EDT``
    r"|ID ?: ?\d{1,12}|\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,5})?)",
    re.IGNORECASE,
)

# What separates the items of a navigation line: ``Home | World | Asia``, ``News > World``.
_NAVIGATION_SEPARATOR = re.compile(r"\s?[|>»›·]\s?")
# The longest item of a navigation line, in words.
_NAVIGATION_ITEM_WORDS = 3


def publication_date(
    text: str, *, first: bool = False, day_first: bool = False, lexicon: Lexicon | None = None
) -> Publication | None:
    """What a header or publication line says; None if ``text`` is not one.

    ``first`` allows the scraper header, which only the first paragraph can be. ``day_first``
    reads ``06/08/2019`` as 6 August (a date whose first number is over 12 is read day first
    whatever it says, and one whose second is, month first). ``lexicon`` gives the time zones
    (:attr:`~newsmodel.lexicon.Lexicon.time_zones`): the default lexicon unless a format extends it.
    """
    if first:
        header = _HEADER.fullmatch(text)
        if header is not None:
            try:
                headline = header["headline"]
                return Publication(
                    dt.date.fromisoformat(header["iso"]), headline and headline.strip()
                )
            except ValueError:
                return None
    if not text[:1].isalnum() or len(text) > _PUBLICATION_MAX:
        return None  # (a caption above the dateline is turned away without trying the patterns)
    for key, pattern in zip("dt", _PUBLICATION_LINES, strict=True):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        date = _date(match, key, day_first)
        if date is None:
            return None
        weekday = match[f"weekday{key}"]
        if weekday is not None and weekday_number(weekday) is None:
            return None
        label = match[f"label{key}"]
        updated = label is not None and label.lower().endswith(("updated", "modified"))
        if match[f"hour{key}"] is None:
            return Publication(date, None, updated)
        when = _time(match, key, date, (lexicon or Lexicon.default()).time_zones)
        return None if when is None else Publication(when, None, updated)
    return None


def _date(match: re.Match[str], key: str, day_first: bool) -> dt.date | None:
    # (each group read by name: a groupdict of all of them costs more than the few read)
    if match[f"iso{key}"] is not None:
        try:
            return dt.date.fromisoformat(match[f"iso{key}"])
        except ValueError:
            return None
    if match[f"a{key}"] is not None:  # day and month in figures
        a, b = int(match[f"a{key}"]), int(match[f"b{key}"])
        # (a date written with full stops, ``14.03.2004``, is day first where it is written so)
        day_first = (day_first or a > 12 or match[f"sep{key}"] == ".") and b <= 12
        day, month = (a, b) if day_first else (b, a)
        try:
            return dt.date(int(match[f"nyear{key}"]), month, day)
        except ValueError:
            return None
    if match[f"month{key}"] is not None:
        return calendar_date(match[f"month{key}"], match[f"day{key}"], match[f"year{key}"])
    word = match[f"dmonth{key}"]
    if month_number(word) is None:
        return None
    return calendar_date(word, match[f"dday{key}"], match[f"dyear{key}"])


def _time(
    match: re.Match[str], key: str, date: dt.date, zones: Mapping[str, int]
) -> dt.datetime | None:
    """The datetime of ``date`` at the time ``match`` gives; None for a time no clock shows."""
    hour, minute = int(match[f"hour{key}"]), int(match[f"minute{key}"])
    second = int(match[f"second{key}"] or 0)
    ampm = match[f"ampm{key}"]
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm in "Pp" else 0)
    try:
        return dt.datetime.combine(date, dt.time(hour, minute, second), _zone(match, key, zones))
    except ValueError:
        return None


def _zone(match: re.Match[str], key: str, zones: Mapping[str, int]) -> dt.tzinfo | None:
    """The zone a time names, when it names exactly one offset."""
    offset = match[f"offset{key}"]
    if offset is not None:
        sign = -1 if "-" in offset else 1
        hours, _, minutes = offset.removeprefix("UTC").removeprefix("GMT")[1:].partition(":")
        if not minutes and len(hours) > 2:  # ``+0800``
            hours, minutes = hours[:-2], hours[-2:]
        total = int(hours) * 60 + int(minutes or 0)
        if total >= 24 * 60:
            return None
        return dt.timezone(sign * dt.timedelta(minutes=total))
    name = match[f"zone{key}"] or match[f"z{key}"]
    minutes = zones.get(name) if name is not None else None
    if minutes is None:
        return None
    return dt.UTC if minutes == 0 else dt.timezone(dt.timedelta(minutes=minutes))


def is_site_label(text: str, lexicon: Lexicon | None = None) -> bool:
    """Whether a paragraph is a site or section label (``Top``, ``Inside AFP``, ``World``) or a
    navigation line (``Home | World | Asia``): short items, at least one of them a known label
    (:attr:`~newsmodel.lexicon.Lexicon.site_labels`, the default lexicon's unless given)."""
    if len(text) > 120:
        return False
    labels = (lexicon or Lexicon.default()).site_labels
    if text.lower() in labels:
        return True
    items = _NAVIGATION_SEPARATOR.split(text)
    if len(items) < 2 or not all(items):
        return False
    if any(item.count(" ") >= _NAVIGATION_ITEM_WORDS for item in items):
        return False
    return any(item.lower() in labels for item in items)


def is_furniture(text: str, lexicon: Lexicon | None = None) -> bool:
    """Whether a paragraph is page furniture (``Close``, ``Image 1 of 9``, ``Photo: NAME / AP``,
    a site label or a navigation line)."""
    return len(text) <= 120 and (
        _FURNITURE.fullmatch(text) is not None or is_site_label(text, lexicon)
    )


# What a scraper may leave on a dateline's own line, before it (see lead_prefix): a header's date,
# and a picture's file name glued on by a lost ``<img>`` (the extensions of web pictures).
_PREFIX_DATE = re.compile(r"date\s\d{4}-\d{2}-\d{2}\s")
# (A capital letter may follow it, glued: ``A023289811.jpgTEHRAN``; a small one goes on a word.)
_PREFIX_FILE = re.compile(r"[\w\-]{1,60}+\.(?i:jpe?g|png|gif|webp)(?![a-z])\s?")
# How long a bracketed source tag before a dateline may be, and how many pieces may precede it.
_TAG_MAX = 120
_PREFIX_PIECES = 3


def lead_prefix(text: str) -> int:
    """Where a dateline may begin after what a scraper left before it on its line; 0 for nothing.

    The pieces, up to three in a row: a scraper header's date (``date 2022-04-22``), an
    aggregator's bracketed source tag (``( MENAFN - Kuwait News Agency (KUNA))``), a picture's file
    name (``A023289811.jpg``). The caller reads a dateline after them, or nothing is cut.

    >>> text = "( MENAFN - Kuwait News Agency (KUNA)) KUWAIT, Dec 2 (KUNA) -- The emir ..."
    >>> text[lead_prefix(text):][:24]
    'KUWAIT, Dec 2 (KUNA) -- '
    >>> lead_prefix("A01.jpgTEHRAN (IRNA) - x"), lead_prefix("date 2022-04-22 Mumbai, Apr 22 (PTI) x")
    (7, 16)
    >>> lead_prefix("TOKYO (Kyodo) -- Rain fell.")
    0
    """
    at = 0
    for _ in range(_PREFIX_PIECES):
        piece = _PREFIX_DATE.match(text, at) or _PREFIX_FILE.match(text, at)
        if piece is not None:
            at = piece.end()
            continue
        close = _closing_bracket(text, at) if text.startswith("(", at) else None
        if close is None:
            break
        at = close + 1
        while text.startswith(" ", at):
            at += 1
    return at


def _closing_bracket(text: str, start: int) -> int | None:
    """Where the bracket opened at ``start`` closes (within :data:`_TAG_MAX`), else None."""
    depth = 0
    for index in range(start, min(len(text), start + _TAG_MAX)):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return None
