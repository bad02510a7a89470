"""Dates resolved against the story, where the usual tools go wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmodel.dates import (
    WireParserInfo,
    month_number,
    resolve_month_day,
    resolve_weekday,
    weekday_number,
)
from newsmodel.months import MONTHS, WEEKDAYS
from newsmodel.text import split_blocks
from newsmodel.times import find_times

D = dt.date
SATURDAY = D(2025, 10, 11)

# id, sentence, anchor, text found, start, end, rule
CASES = [
    (
        "weekday-range",
        "He toured from Thursday to Saturday.",
        SATURDAY,
        "from Thursday to Saturday",
        D(2025, 10, 9),
        D(2025, 10, 11),
        "weekday-range",
    ),
    (
        "weekday-range-hyphen",
        "The fair ran Thursday-Saturday.",
        SATURDAY,
        "Thursday-Saturday",
        D(2025, 10, 9),
        D(2025, 10, 11),
        "weekday-range",
    ),
    (
        "weekday-range-hyphen-upper-case",
        "THE FAIR RAN THURSDAY-SATURDAY.",
        SATURDAY,
        "THURSDAY-SATURDAY",
        D(2025, 10, 9),
        D(2025, 10, 11),
        "weekday-range",
    ),
    (
        "weekday-range-en-dash",
        "The fair ran Thursday–Saturday.",
        SATURDAY,
        "Thursday–Saturday",
        D(2025, 10, 9),
        D(2025, 10, 11),
        "weekday-range",
    ),
    (
        "weekday-future-is-expected-on",
        "A ruling is expected on Monday.",
        SATURDAY,
        "on Monday",
        D(2025, 10, 13),
        D(2025, 10, 13),
        "weekday-future",
    ),
    (
        "weekday-future-scheduled-for",
        "The vote is scheduled for Tuesday.",
        SATURDAY,
        "Tuesday",
        D(2025, 10, 14),
        D(2025, 10, 14),
        "weekday-future",
    ),
    (
        "weekday-past-expected-earlier",
        "A ruling was expected, and came on Monday.",
        SATURDAY,
        "on Monday",
        D(2025, 10, 6),
        D(2025, 10, 6),
        "weekday-past",
    ),
    (
        "weekday-past",
        "She spoke on Thursday.",
        SATURDAY,
        "on Thursday",
        D(2025, 10, 9),
        D(2025, 10, 9),
        "weekday-past",
    ),
    (
        "same-day",
        "Rain fell on Saturday.",
        SATURDAY,
        "on Saturday",
        SATURDAY,
        SATURDAY,
        "weekday-past",
    ),
    (
        "weekday-future",
        "The talks will resume on Thursday.",
        SATURDAY,
        "on Thursday",
        D(2025, 10, 16),
        D(2025, 10, 16),
        "weekday-future",
    ),
    (
        "future-verb-then-a-comma",
        "The firm plans to, on Thursday, unveil it.",
        SATURDAY,
        "on Thursday",
        D(2025, 10, 16),
        D(2025, 10, 16),
        "weekday-future",
    ),
    (
        "next-weekday",
        "They meet next Monday.",
        SATURDAY,
        "next Monday",
        D(2025, 10, 13),
        D(2025, 10, 13),
        "weekday-future",
    ),
    (
        "until",
        "Roads stay shut until Thursday.",
        D(2025, 6, 3),
        "until Thursday",
        D(2025, 6, 5),
        D(2025, 6, 5),
        "weekday-future",
    ),
    (
        "explicit",
        "It opened Oct. 9, 2025.",
        SATURDAY,
        "Oct. 9, 2025",
        D(2025, 10, 9),
        D(2025, 10, 9),
        "explicit-date",
    ),
    (
        "day-month-year",
        "It opened 9 October 2025.",
        SATURDAY,
        "9 October 2025",
        D(2025, 10, 9),
        D(2025, 10, 9),
        "explicit-date",
    ),
    (
        "reuters-month",
        "Shares fell on Sept 29.",
        SATURDAY,
        "Sept 29",
        D(2025, 9, 29),
        D(2025, 9, 29),
        "month-day",
    ),
    (
        "day-range",
        "The fair ran Oct. 9-11.",
        SATURDAY,
        "Oct. 9-11",
        D(2025, 10, 9),
        D(2025, 10, 11),
        "month-day",
    ),
    (
        "old-story-year",
        "Voting ended Oct. 11.",
        D(2019, 10, 13),
        "Oct. 11",
        D(2019, 10, 11),
        D(2019, 10, 11),
        "month-day",
    ),
    (
        "year-boundary",
        "Figures for Dec. 31 came out.",
        D(2026, 1, 2),
        "Dec. 31",
        D(2025, 12, 31),
        D(2025, 12, 31),
        "month-day",
    ),
    (
        "last-week",
        "Prices rose last week.",
        SATURDAY,
        "last week",
        D(2025, 9, 29),
        D(2025, 10, 5),
        "relative-week",
    ),
    (
        "earlier-this-month",
        "It began earlier this month.",
        SATURDAY,
        "earlier this month",
        D(2025, 10, 1),
        SATURDAY,
        "relative-month",
    ),
    (
        "this-year",
        "Output grew this year.",
        SATURDAY,
        "this year",
        D(2025, 1, 1),
        D(2025, 12, 31),
        "relative-year",
    ),
    (
        "yesterday",
        "It rained yesterday.",
        SATURDAY,
        "yesterday",
        D(2025, 10, 10),
        D(2025, 10, 10),
        "relative-day",
    ),
]


class TestFindTimes:
    """Each form resolves to the right dates and names its rule."""

    @pytest.mark.parametrize(
        ("text", "anchor", "found", "start", "end", "rule"),
        [c[1:] for c in CASES],
        ids=[c[0] for c in CASES],
    )
    def test_resolves(
        self, text: str, anchor: dt.date, found: str, start: dt.date, end: dt.date, rule: str
    ) -> None:
        [time] = find_times(split_blocks(text), anchor)
        assert (time.text, time.start, time.end, time.rule) == (found, start, end, rule)
        assert time.span.of(text) == found
        assert time.anchor == anchor

    def test_numeric_day_first(self) -> None:
        [time] = find_times(split_blocks("Filed 06/08/2019."), SATURDAY, day_first=True)
        assert time.start == D(2019, 8, 6)

    def test_numeric_month_first(self) -> None:
        [time] = find_times(split_blocks("Filed 06/08/2019."), SATURDAY)
        assert time.start == D(2019, 6, 8)

    def test_ambiguous_weekday_keeps_other_reading(self) -> None:
        [time] = find_times(split_blocks("She spoke on Thursday."), SATURDAY)
        [other] = time.alternatives
        assert (other.start, other.reading) == (D(2025, 10, 16), "future")


class TestPeerPitfalls:
    """Cases that dateparser and dateutil get wrong and we get right."""

    def test_old_story_month_day_is_not_next_year(self) -> None:
        # dateparser resolves a bare "Oct. 11" relative to today; the story's own date decides here.
        assert resolve_month_day(10, 11, D(2015, 10, 13)) == D(2015, 10, 11)

    def test_bare_weekday_looks_back(self) -> None:
        # dateutil's parser returns the next Thursday; news narrative means the last one.
        assert resolve_weekday(3, SATURDAY) == D(2025, 10, 9)

    @pytest.mark.parametrize(
        ("word", "month"),
        [("Sept.", 9), ("Sept", 9), ("Oct", 10), ("mayo", 5), ("MAG", 5), ("ottobre", 10)],
    )
    def test_month_words(self, word: str, month: int) -> None:
        assert month_number(word) == month


@pytest.mark.parametrize("word", [w for group in (*MONTHS, *WEEKDAYS) for w in group])
def test_month_and_weekday_numbers_are_the_parserinfos(word: str) -> None:
    info = WireParserInfo()
    for spelling in (word, word.upper(), word.capitalize() + "."):
        assert month_number(spelling) == info.month(spelling.rstrip("."))
        assert weekday_number(spelling) == info.weekday(spelling.rstrip("."))
