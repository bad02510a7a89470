"""Resolving wire dates against a story's anchor date (the dateline's date, else publication).

Wire copy rarely writes a year: ``Oct. 11`` in a dateline, ``Thursday`` in the body. The year and
the week come from the story itself, never from today. A yearless date takes the year that puts it
closest to the anchor without going more than a week past it (``Dec. 31`` in a story published
2 January is the year before). A weekday in news narrative is the nearest such day on or before the
anchor; where the sentence speaks of the future it is the nearest on or after it.

>>> import datetime as dt
>>> resolve_month_day(12, 31, dt.date(2026, 1, 2))
datetime.date(2025, 12, 31)
>>> resolve_weekday(3, dt.date(2025, 10, 11))  # Thursday before Saturday 11 October
datetime.date(2025, 10, 9)
"""

from __future__ import annotations

import datetime as dt
import re

from .._regex import words, words_by_initial
from ..lexicon.months import MONTHS, WEEKDAYS, WireParserInfo

__all__ = [
    "FUTURE_GRACE",
    "WireParserInfo",
    "calendar_date",
    "impossible_date",
    "month_number",
    "parse_wire_date",
    "past_month_day",
    "resolve_month_day",
    "resolve_weekday",
    "weekday_number",
    "years_around",
]

# How far past the anchor a yearless date may fall before the previous year is taken instead.
FUTURE_GRACE = dt.timedelta(days=7)


_INFO = WireParserInfo()
# The parserinfo's answer for every month and weekday word, asked once: a dict on the hot path.
_MONTH_NUMBERS = {w.lower(): _INFO.month(w) for group in MONTHS for w in group}
_WEEKDAY_NUMBERS = {w.lower(): _INFO.weekday(w) for group in WEEKDAYS for w in group}


def month_number(word: str) -> int | None:
    """1-12 for a month word (``Sept.``, ``oct``, ``MAG``, ``mayo``), None for anything else."""
    return _MONTH_NUMBERS.get(word.rstrip(".").lower())


def calendar_date(month: str, day: str, year: str) -> dt.date | None:
    """The date of a month word and a day and year in figures, None when there is no such day.

    >>> calendar_date("Sept.", "9", "2025"), calendar_date("Feb", "30", "2025")
    (datetime.date(2025, 9, 9), None)
    """
    number = month_number(month)
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 for a weekday word, None for anything else."""
    return _WEEKDAY_NUMBERS.get(word.rstrip(".").lower())


def resolve_month_day(
    month: int, day: int, anchor: dt.date, *, future: bool = False
) -> dt.date | None:
    """The date of ``month``/``day`` nearest ``anchor``, news narrative's past preferred.

    A date after the anchor counts twice as far as one before it (``Oct. 19`` in a story of
    Oct. 11 is eight days ahead, not a year back; ``March 3`` in a story of Sept. 10 is the March
    before). With ``future`` (the sentence speaks of the future) the first date from a week
    before the anchor on is taken. None when no year gives a real date (``Feb. 30``).
    """
    candidates = years_around(month, day, anchor)
    if future:
        later = [c for c in candidates if c >= anchor - FUTURE_GRACE]
        return later[0] if later else None
    # The candidates ascend: the nearest is the last on or before the anchor or the first after
    # it, whichever is nearer (the earlier on a tie).
    before = None
    for candidate in candidates:
        if candidate > anchor:
            if before is None or (candidate - anchor).days * 2 < (anchor - before).days:
                return candidate
            return before
        before = candidate
    return before


def past_month_day(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The latest date of ``month``/``day`` no later than a week after ``anchor``."""
    earlier = [c for c in years_around(month, day, anchor) if c <= anchor + FUTURE_GRACE]
    return max(earlier) if earlier else None


def years_around(month: int, day: int, anchor: dt.date) -> list[dt.date]:
    """``month``/``day`` in the anchor's year and the years either side, where it is a real date
    (no further: a date that fits no year near the story is a slip, not a year)."""
    dates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            dates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return dates


# 0 to 6 days, made once: the steps from a day to a weekday.
_DAYS = tuple(dt.timedelta(days=days) for days in range(7))


def resolve_weekday(weekday: int, anchor: dt.date, *, future: bool = False) -> dt.date:
    """The nearest ``weekday`` (0 = Monday) on or before ``anchor`` (``future``: on or after)."""
    if future:
        return anchor + _DAYS[(weekday - anchor.weekday()) % 7]
    return anchor - _DAYS[(anchor.weekday() - weekday) % 7]


_ALL_MONTH_WORDS = [w for group in MONTHS for w in group]
# Grouped by first letter where all are ASCII (the engine then tries one group, not every word;
# the same matches): a dateline's date is read in about half the instructions.
_MONTH_WORDS = (
    words_by_initial(_ALL_MONTH_WORDS, ignore_case=True)
    if all(w.isascii() for w in _ALL_MONTH_WORDS)
    else words(_ALL_MONTH_WORDS)
)
_WIRE_DATE = re.compile(
    rf"(?:(?P<month>{_MONTH_WORDS})\.?\s+(?P<day>\d{{1,2}})\.?(?:,?\s*(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_WORDS})\.?(?:,?\s*(?P<year2>\d{{4}}))?)",
    re.IGNORECASE,
)


def parse_wire_date(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a wire date such as ``Oct. 11``, ``11 may``, ``Feb. 1, 2017``."""
    match = _WIRE_DATE.fullmatch(text.strip().rstrip("."))
    if match is None:
        return None
    month_word = match["month"] or match["month2"]
    day = int(match["day"] or match["day2"])
    year = match["year"] or match["year2"]
    month = month_number(month_word)
    if month is None:
        return None
    return month, day, int(year) if year else None


def impossible_date(text: str) -> bool:
    """Whether a wire date names a day no calendar has.

    >>> impossible_date("Oct. 32"), impossible_date("Feb. 30"), impossible_date("Feb. 29")
    (True, True, False)
    >>> impossible_date("Feb. 29, 2025"), impossible_date("Thursday")
    (True, False)
    """
    parts = parse_wire_date(text)
    if parts is None:
        return False
    month, day, year = parts
    try:
        dt.date(year or 2000, month, day)  # 2000 was a leap year: Feb. 29 without a year is fine
    except ValueError:
        return True
    return False
