"""Time expressions in the text, resolved to calendar dates against the story's anchor date.

One compiled pattern finds them all; each reading is resolved with :mod:`newsmodel.dates`:

- weekdays and weekday ranges: ``on Thursday``, ``from Thursday to Saturday``;
- month and day, with or without a year, and day ranges: ``Oct. 9, 2025``, ``Sept 29``, ``Oct. 9-11``,
  ``9 October 2025``;
- numeric dates in the agency's order: ``06/08/2019``;
- relative expressions: ``yesterday``, ``last week``, ``earlier this month``, ``this year``.

A weekday in news narrative is the nearest such day on or before the anchor; where the sentence
speaks of the future (``will``, ``next``, ``is scheduled to``) the nearest on or after it, and the
other reading is kept as an alternative.

>>> import datetime as dt
>>> from newsmodel.text import split_blocks
>>> [t] = find_times(split_blocks("He toured the city from Thursday to Saturday."), dt.date(2025, 10, 11))
>>> t.text, t.start.isoformat(), t.end.isoformat(), t.rule
('from Thursday to Saturday', '2025-10-09', '2025-10-11', 'weekday-range')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from ._regex import words
from .dates import (
    FUTURE_GRACE,
    month_number,
    past_month_day,
    resolve_month_day,
    resolve_weekday,
    weekday_number,
)
from .models import DateRange, TimeExpression
from .months import MONTHS, WEEKDAYS
from .text import Block

__all__ = ["find_times"]

_WEEKDAY_NAMES = [group[-1] for group in WEEKDAYS]  # full names only
_WEEKDAY = rf"(?:{words(_WEEKDAY_NAMES)})"
_MONTH = rf"(?:{words(w for group in MONTHS for w in group)})"
# Tried only where a trigger word stands (see find_times), never over the whole text.
_PATTERN = re.compile(
    rf"(?:"
    rf"(?:from\s)?(?P<w1>{_WEEKDAY})(?:\s(?:to|through|until|till)\s|\s?[-–—]\s?)(?P<w2>{_WEEKDAY})"
    rf"|(?P<m>{_MONTH})\.?\s(?P<d>\d{{1,2}})(?:\s?[-–]\s?(?P<d2>\d{{1,2}}))?(?:,\s(?P<y>\d{{4}}))?\b"
    rf"|(?P<d3>\d{{1,2}})(?:\s?[-–]\s?(?P<d4>\d{{1,2}}))?\s(?P<m2>{_MONTH})(?:\s(?P<y2>\d{{4}}))?\b"
    rf"|(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})/(?P<ny>\d{{4}})\b"
    rf"|(?P<mod>next|last|this|on|late|early|since|until|by)?\s?(?P<w>{_WEEKDAY})\b"
    rf")",
    re.IGNORECASE,
)
# Relative expressions, found from their last word: ``last week``, ``earlier this month``.
_RELATIVE = re.compile(
    r"(?:yesterday|today|tomorrow|(?:(?:earlier|later)\s)?(?:last|next|this)\s(?:week|month|year))\Z",
    re.IGNORECASE,
)
_RELATIVE_ENDS = ("yesterday", "today", "tomorrow", " week", " month", " year")
# How the story's lowered source is searched for them, once, before any paragraph is read. A pattern
# led by a literal lets the regex engine jump to that literal's first letter, fast where the letter
# is rare (``str.find`` is slower on such words), so words sharing a rare start share one scan and
# ``tomorrow`` is found by its ``morrow``; ``today``, whose ``t`` is everywhere, is an ``in`` test.
_END_SCANS = (re.compile("ye(?:sterday|ar)"), re.compile("mo(?:nth|rrow)"), re.compile("week"))
_END_FOUND_AS = {
    "yesterday": "yesterday",
    "year": " year",
    "month": " month",
    "morrow": "tomorrow",
    "week": " week",
}
# Words a trigger may stand after, that belong to the expression.
_LEAD_WORDS = frozenset("from next last this on late early since until by".split())
# Month and weekday words as they may stand in the text (as listed, capitalised, upper case):
# intersected with a paragraph's capitalised words to find where to look.
_TRIGGERS = frozenset(
    case
    for group in (*MONTHS, *((name,) for name in _WEEKDAY_NAMES))
    for word in group
    for case in (word, word.capitalize(), word.upper())
) | frozenset(
    # A range written as one hyphenated word, ``Thursday-Saturday``, is one word of a paragraph.
    case
    for first in _WEEKDAY_NAMES
    for last in _WEEKDAY_NAMES
    if first != last
    for case in (f"{first}-{last}", f"{first}-{last}".upper())
)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
# A slash between digits, which every numeric date holds: looked for first, since a pattern that
# starts with a literal lets the engine jump from slash to slash (``_NUMERIC_DATE`` tries every
# position; captions hold slashes in credits such as ``Xinhua/Shi Yalan``).
_SLASHED_DIGITS = re.compile(r"/(?<=\d/)\d")
# Words that turn a sentence toward the future.
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s(?:scheduled|set|due|expected|planned)\sto|are\s(?:scheduled|set|due|expected)\sto"
    r"|plans?\sto|to\sbe\sheld|upcoming)\b",
    re.IGNORECASE,
)
# A word every reading of _FUTURE holds, as a substring: a sentence with none of them is not
# searched (the pattern has no literal to jump to). Keep it in step with _FUTURE.
_FUTURE_WORDS = ("will", "shall", "upcoming", "to")
# ... or that stand right before the expression: ``a ruling is expected on Monday``, ``the vote
# is scheduled for Tuesday`` (the words before it, lowered, end with one of these).
_EXPECTED_BEFORE = tuple(
    f" {aux} {verb}{preposition}"
    for aux in ("is", "are")
    for verb in ("scheduled", "set", "due", "expected", "slated")
    for preposition in ("", " for", " on")
)
_EXPECTED_REACH = 30


# How far back the sentence of a date is read: longer than a wire sentence, and a bound on the
# work per date in a paragraph that has no stop at all (else each date reads it all: quadratic).
_SENTENCE_REACH = 400


def _future(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` (its last :data:`_SENTENCE_REACH` characters)
    speaks of the future."""
    reach = max(0, start - _SENTENCE_REACH)
    sentence_start = max(
        text.rfind(". ", reach, start),
        text.rfind("? ", reach, start),
        text.rfind("! ", reach, start),
        reach - 1,
    )
    sentence = text[sentence_start + 1 : start].lower()
    before = " " + sentence[-_EXPECTED_REACH:].rstrip()
    return before.endswith(_EXPECTED_BEFORE) or (
        any(word in sentence for word in _FUTURE_WORDS)
        and _FUTURE.search(text, sentence_start + 1, start) is not None
    )


def _may_hold_numeric_date(text: str) -> bool:
    """Whether ``text`` has a slash between digits, as a numeric date does."""
    return "/" in text and _SLASHED_DIGITS.search(text) is not None


def _month_length(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _candidates(block: Block, triggers: frozenset[str]) -> list[int]:
    """Where a time expression may start: at a month or weekday word (``triggers``, those the
    block holds) or the word before it that belongs to it (``from``, ``next``, a day number),
    at a numeric date."""
    text = block.text
    starts = []
    for word in triggers:
        for start in block.find_word(word):
            before = text.rfind(" ", 0, start - 1) + 1
            lead = text[before : start - 1]
            if start and (lead.lower() in _LEAD_WORDS or lead.replace("-", "").isdigit()):
                starts.append(before)
            starts.append(start)
    if _may_hold_numeric_date(text):
        starts += [m.start() for m in _NUMERIC_DATE.finditer(text)]
    return sorted(starts)


def _relative_ends(lowered: str) -> tuple[str, ...]:
    """Those of ``_RELATIVE_ENDS`` that the ``lowered`` source may hold, in their order
    (``morrow`` is taken for ``tomorrow``: the paragraphs are searched for the word itself)."""
    found = {_END_FOUND_AS[word] for scan in _END_SCANS for word in scan.findall(lowered)}
    if "today" in lowered:
        found.add("today")
    return tuple(word for word in _RELATIVE_ENDS if word in found)


def _relative_matches(text: str, ends: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of ``yesterday``, ``last week``, ``earlier this month`` ... found by their last
    word (``ends``: those of the story)."""
    lowered = text.lower()
    found = []
    for end_word in ends:
        at = lowered.find(end_word)
        while at >= 0:
            end = at + len(end_word)
            if end == len(text) or not text[end].isalpha():
                match = _RELATIVE.search(text, max(0, at - 20), end)
                if match is not None and (
                    match.start() == 0 or not text[match.start() - 1].isalpha()
                ):
                    found.append((match.start(), match.end()))
            at = lowered.find(end_word, end)
    return found


def find_times(
    blocks: Sequence[Block], anchor: dt.date, *, day_first: bool = False
) -> list[TimeExpression]:
    """Every time expression in ``blocks`` resolved against ``anchor``."""
    # The last words of relative expressions that the story may hold, looked for once in its
    # source (normalising never touches letters), then only in paragraphs.
    ends = _relative_ends("\n".join(dict.fromkeys(block.source for block in blocks)).lower())
    seen: dict[str, list[tuple[int, int, _Resolved]]] = {}  # a repeated caption is read once
    found = []
    for block in blocks:
        text = block.text
        spans = seen.get(text)
        if spans is None:
            spans = seen[text] = _read(block, ends, anchor, day_first)
        for lo, hi, (start_date, end_date, rule, confidence, alternatives) in spans:
            found.append(
                TimeExpression(
                    text=text[lo:hi],
                    span=block.span(lo, hi),
                    start=start_date,
                    end=end_date,
                    anchor=anchor,
                    rule=rule,
                    confidence=confidence,
                    alternatives=alternatives,
                )
            )
    return found


def _read(
    block: Block, ends: Sequence[str], anchor: dt.date, day_first: bool
) -> list[tuple[int, int, _Resolved]]:
    """The time expressions of one block: where each stands and what it resolves to, in order."""
    text = block.text
    spans: list[tuple[int, int, _Resolved]] = []
    triggers = _TRIGGERS.intersection(block.words)
    if triggers or "/" in text:  # (``_candidates`` looks closer for a numeric date)
        covered = -1
        for start in _candidates(block, triggers):
            if start < covered:
                continue
            match = _PATTERN.match(text, start)
            if match is None:
                continue
            resolved = _resolve(match, text, anchor, day_first)
            if resolved is not None:
                spans.append((match.start(), match.end(), resolved))
                covered = match.end()
    relative = _relative_matches(text, ends) if ends else None
    if relative:
        spans += [(lo, hi, _relative(text[lo:hi].lower(), anchor)) for lo, hi in relative]
        spans.sort(key=lambda item: item[0])
    return spans


_Resolved = tuple[dt.date, dt.date, str, float, tuple[DateRange, ...]]


def _weekday_range(match: re.Match[str], text: str, anchor: dt.date) -> _Resolved:
    first_day = weekday_number(match["w1"]) or 0
    last_day = weekday_number(match["w2"]) or 0
    if _future(text, match.start()):  # ``will run from Thursday to Saturday``
        first = resolve_weekday(first_day, anchor, future=True)
        last = resolve_weekday(last_day, first, future=True)
    else:
        last = resolve_weekday(last_day, anchor)
        first = resolve_weekday(first_day, last)
    return first, last, "weekday-range", 0.9, ()


def _month_day(match: re.Match[str], text: str, anchor: dt.date) -> _Resolved | None:
    month = month_number(match["m"] or match["m2"])
    day = int(match["d"] or match["d3"])
    day_end = match["d2"] or match["d4"]
    year = match["y"] or match["y2"]
    if month is None:
        return None
    if year:
        try:
            first = dt.date(int(year), month, day)
            last = dt.date(int(year), month, int(day_end)) if day_end else first
        except ValueError:
            return None
        return first, last, "explicit-date", 1.0, ()
    future = _future(text, match.start())
    first_or_none = resolve_month_day(month, day, anchor, future=future)
    if first_or_none is None:
        return None
    first = last = first_or_none
    if day_end:
        if int(day_end) > _month_length(first.year, month):
            return None
        last = first.replace(day=int(day_end))
    alternatives: tuple[DateRange, ...] = ()
    if not future and first > anchor + FUTURE_GRACE:
        # Ahead of the story with no word of the future: the year before stays possible.
        past = past_month_day(month, day, anchor)
        if past is not None:
            alternatives = (DateRange(start=past, end=past, reading="past"),)
    return first, max(first, last), "month-day", 0.7 if alternatives else 0.95, alternatives


def _resolve(match: re.Match[str], text: str, anchor: dt.date, day_first: bool) -> _Resolved | None:
    if match["w1"]:
        return _weekday_range(match, text, anchor)
    if match["m"] or match["m2"]:
        return _month_day(match, text, anchor)
    if match["n1"]:
        a, b, year = int(match["n1"]), int(match["n2"]), int(match["ny"])
        day, month = (a, b) if day_first else (b, a)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        return date, date, "numeric-date", 0.9, ()
    if match["w"]:
        weekday = weekday_number(match["w"]) or 0
        modifier = (match["mod"] or "").lower()
        future = modifier in ("next", "until", "by") or (
            modifier != "last" and _future(text, match.start())
        )
        past_day = resolve_weekday(weekday, anchor)
        future_day = resolve_weekday(weekday, anchor, future=True)
        if modifier == "next" and future_day == anchor:
            future_day += dt.timedelta(days=7)
        if modifier == "last" and past_day == anchor:
            past_day -= dt.timedelta(days=7)
        chosen, other, reading = (
            (future_day, past_day, "past") if future else (past_day, future_day, "future")
        )
        alternatives = (
            () if chosen == other else (DateRange(start=other, end=other, reading=reading),)
        )
        return chosen, chosen, "weekday-future" if future else "weekday-past", 0.8, alternatives
    return None


def _relative(phrase: str, anchor: dt.date) -> _Resolved:
    phrase = " ".join(phrase.split())
    day = dt.timedelta(days=1)
    if phrase in ("yesterday", "today", "tomorrow"):
        date = anchor + {"yesterday": -day, "today": 0 * day, "tomorrow": day}[phrase]
        return date, date, "relative-day", 0.9, ()
    unit = phrase.rsplit(maxsplit=1)[-1]
    week_start = anchor - dt.timedelta(days=anchor.weekday())
    month_start = anchor.replace(day=1)
    year_start = anchor.replace(month=1, day=1)
    if phrase.startswith("last"):
        ranges = {
            "week": (week_start - 7 * day, week_start - day),
            "month": ((month_start - day).replace(day=1), month_start - day),
            "year": (year_start.replace(year=anchor.year - 1), year_start - day),
        }
    elif phrase.startswith("next"):
        next_month = (month_start + 32 * day).replace(day=1)
        ranges = {
            "week": (week_start + 7 * day, week_start + 13 * day),
            "month": (next_month, (next_month + 32 * day).replace(day=1) - day),
            "year": (
                year_start.replace(year=anchor.year + 1),
                anchor.replace(month=12, day=31).replace(year=anchor.year + 1),
            ),
        }
    elif phrase.startswith("earlier"):
        ranges = {
            "week": (week_start, anchor),
            "month": (month_start, anchor),
            "year": (year_start, anchor),
        }
    else:  # this / later this
        month_end = (month_start + 32 * day).replace(day=1) - day
        ranges = {
            "week": (week_start, week_start + 6 * day),
            "month": (month_start, month_end),
            "year": (year_start, anchor.replace(month=12, day=31)),
        }
        if phrase.startswith("later"):
            ranges = {k: (anchor, v[1]) for k, v in ranges.items()}
    start, end = ranges[unit]
    return start, end, f"relative-{unit}", 0.85, ()
