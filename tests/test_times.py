"""Dates resolved against the story, where the usual tools go wrong."""

from __future__ import annotations

import calendar
import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import (
    Article,
    DateRange,
    Span,
    TimeExpression,
    TimeRule,
    ValidationError,
    parse,
)
from newsmodel.lexicon.months import MONTHS, WEEKDAYS
from newsmodel.recognisers.dates import (
    WireParserInfo,
    month_number,
    resolve_month_day,
    resolve_weekday,
    weekday_number,
)
from newsmodel.recognisers.times import (
    _EXPECTED_BEFORE,
    _EXPECTED_REACH,
    _FUTURE,
    _RELATIVE_ENDS,
    WEEKDAY_MISMATCH_CONFIDENCE,
    _add_months,
    _future,
    _month_length,
    _relative_ends,
    _sentence_end,
    _sentence_start,
    find_times,
)
from newsmodel.serialization import from_json, json_schema, to_json
from newsmodel.text import split_blocks

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
    # A weekday that opens a full date is part of it (AP, Reuters, AAP, Xinhua styles).
    (
        "weekday-opens-full-date-ap",
        "The board voted Tuesday, March 16, 2021, to close the school.",
        SATURDAY,
        "Tuesday, March 16, 2021",
        D(2021, 3, 16),
        D(2021, 3, 16),
        "explicit-date",
    ),
    (
        "weekday-opens-day-first-date-reuters",
        "The accord was signed on Thursday 25 June 2015 in Vienna.",
        SATURDAY,
        "Thursday 25 June 2015",
        D(2015, 6, 25),
        D(2015, 6, 25),
        "explicit-date",
    ),
    (
        "weekday-opens-full-date-after-on",
        "The firm said on Friday, January 5, 2018, that sales rose.",
        SATURDAY,
        "Friday, January 5, 2018",
        D(2018, 1, 5),
        D(2018, 1, 5),
        "explicit-date",
    ),
    (
        "weekday-opens-yearless-date-xinhua",
        "The fair opened on Tuesday, Oct. 7 in Hangzhou, east China's Zhejiang Province.",
        SATURDAY,
        "Tuesday, Oct. 7",
        D(2025, 10, 7),
        D(2025, 10, 7),
        "month-day",
    ),
    (
        "weekday-names-the-year-of-a-yearless-date",
        "The index peaked on Wednesday, Oct. 16.",  # a Wednesday in 2024, a Thursday in 2025
        SATURDAY,
        "Wednesday, Oct. 16",
        D(2024, 10, 16),
        D(2024, 10, 16),
        "month-day",
    ),
    # ``a.m.`` and ``p.m.`` do not end a sentence.
    (
        "pm-does-not-end-the-sentence",
        "The rocket will lift off at 10:14 p.m. Friday from Cape Canaveral.",
        SATURDAY,
        "Friday",
        D(2025, 10, 17),
        D(2025, 10, 17),
        "weekday-future",
    ),
    (
        "am-upper-case",
        "Polls will open at 7 A.M. Tuesday across the state.",
        SATURDAY,
        "Tuesday",
        D(2025, 10, 14),
        D(2025, 10, 14),
        "weekday-future",
    ),
    (
        "am-without-its-last-dot",
        "The ferry will sail at 6 a.m on Monday, the port said.",
        SATURDAY,
        "on Monday",
        D(2025, 10, 13),
        D(2025, 10, 13),
        "weekday-future",
    ),
    (
        "a-real-stop-still-ends-the-sentence",
        "Talks will go on. The envoy arrived on Thursday.",
        SATURDAY,
        "on Thursday",
        D(2025, 10, 9),
        D(2025, 10, 9),
        "weekday-past",
    ),
    # Relative days two away.
    (
        "day-before-yesterday",
        "The ship left port the day before yesterday, officials said.",
        SATURDAY,
        "the day before yesterday",
        D(2025, 10, 9),
        D(2025, 10, 9),
        "relative-day",
    ),
    (
        "day-after-tomorrow",
        "Talks resume the day after tomorrow in Geneva.",
        SATURDAY,
        "the day after tomorrow",
        D(2025, 10, 13),
        D(2025, 10, 13),
        "relative-day",
    ),
    (
        "day-before-yesterday-without-the",
        "Xinhua learned that the accord was signed day before yesterday.",
        SATURDAY,
        "day before yesterday",
        D(2025, 10, 9),
        D(2025, 10, 9),
        "relative-day",
    ),
    # A yearless date with a year word.
    (
        "month-day-last-year",
        "The plant has been shut since June 3 last year.",
        SATURDAY,
        "June 3 last year",
        D(2024, 6, 3),
        D(2024, 6, 3),
        "month-day-relative",
    ),
    (
        "day-month-next-year-xinhua",
        "The expo will open on 1 May next year, the organizers said.",
        SATURDAY,
        "1 May next year",
        D(2026, 5, 1),
        D(2026, 5, 1),
        "month-day-relative",
    ),
    (
        "month-day-comma-this-year",
        "Sales fell after Feb. 2, this year.",
        SATURDAY,
        "Feb. 2, this year",
        D(2025, 2, 2),
        D(2025, 2, 2),
        "month-day-relative",
    ),
    # Weekends: Saturday and Sunday.
    (
        "this-weekend",
        "Crowds are expected this weekend.",
        D(2025, 10, 8),  # a Wednesday
        "this weekend",
        D(2025, 10, 11),
        D(2025, 10, 12),
        "relative-weekend",
    ),
    (
        "last-weekend",
        "Storms hit the coast last weekend.",
        D(2025, 10, 8),
        "last weekend",
        D(2025, 10, 4),
        D(2025, 10, 5),
        "relative-weekend",
    ),
    (
        "next-weekend",
        "The derby is next weekend.",
        D(2025, 10, 8),
        "next weekend",
        D(2025, 10, 18),
        D(2025, 10, 19),
        "relative-weekend",
    ),
    (
        "over-the-weekend-on-monday",
        "Talks stalled over the weekend, Reuters learned.",
        D(2025, 10, 13),  # a Monday
        "over the weekend",
        D(2025, 10, 11),
        D(2025, 10, 12),
        "relative-weekend",
    ),
    # Parts of a month: days 1-10, 11-20, 21 to the end.
    (
        "mid-month",
        "Rates will be set by mid-March.",
        SATURDAY,
        "mid-March",
        D(2026, 3, 11),
        D(2026, 3, 20),
        "part-of-month",
    ),
    (
        "mid-month-past",
        "Prices have risen since mid-March.",
        SATURDAY,
        "mid-March",
        D(2025, 3, 11),
        D(2025, 3, 20),
        "part-of-month",
    ),
    (
        "mid-month-opens-a-sentence",
        "Mid-September saw the first frost in Harbin, capital of Heilongjiang Province.",
        SATURDAY,
        "Mid-September",
        D(2025, 9, 11),
        D(2025, 9, 20),
        "part-of-month",
    ),
    (
        "early-month",
        "The harvest began in early October.",
        SATURDAY,
        "early October",
        D(2025, 10, 1),
        D(2025, 10, 10),
        "part-of-month",
    ),
    (
        "late-month",
        "The rains came in late September.",
        SATURDAY,
        "late September",
        D(2025, 9, 21),
        D(2025, 9, 30),
        "part-of-month",
    ),
    (
        "end-of-month-february",
        "The line is due to open at the end of February.",
        SATURDAY,
        "end of February",
        D(2026, 2, 21),
        D(2026, 2, 28),
        "part-of-month",
    ),
    (
        "mid-month-with-its-year",
        "The plant closed in mid-March 2024.",
        SATURDAY,
        "mid-March 2024",
        D(2024, 3, 11),
        D(2024, 3, 20),
        "explicit-date",
    ),
    # Periods counted back or on from the anchor.
    (
        "past-two-days",
        "Over the past two days, 40 flights were cancelled.",
        SATURDAY,
        "the past two days",
        D(2025, 10, 9),
        SATURDAY,
        "relative-period",
    ),
    (
        "last-n-days-in-figures",
        "Xinhua counted 12 quakes in the last 10 days.",
        SATURDAY,
        "the last 10 days",
        D(2025, 10, 1),
        SATURDAY,
        "relative-period",
    ),
    (
        "past-three-weeks",
        "Shares have fallen in the past three weeks.",
        SATURDAY,
        "the past three weeks",
        D(2025, 9, 20),
        SATURDAY,
        "relative-period",
    ),
    (
        "past-week-is-seven-days-back",
        "Prices rose 3 percent in the past week.",
        SATURDAY,
        "the past week",
        D(2025, 10, 4),
        SATURDAY,
        "relative-period",
    ),
    (
        "next-five-years",
        "The group will invest 2 billion yuan over the next five years.",
        SATURDAY,
        "the next five years",
        SATURDAY,
        D(2030, 10, 11),
        "relative-period",
    ),
    # Parts of a relative week, month or year.
    (
        "early-next-year",
        "The line opens early next year.",
        SATURDAY,
        "early next year",
        D(2026, 1, 1),
        D(2026, 4, 30),
        "relative-year",
    ),
    (
        "late-next-year",
        "Elections are due late next year.",
        SATURDAY,
        "late next year",
        D(2026, 9, 1),
        D(2026, 12, 31),
        "relative-year",
    ),
    (
        "end-of-this-year",
        "The bridge will be finished by the end of this year.",
        SATURDAY,
        "end of this year",
        D(2025, 12, 1),
        D(2025, 12, 31),
        "relative-year",
    ),
    (
        "mid-next-month",
        "The envoy visits mid-next month.",
        SATURDAY,
        "mid-next month",
        D(2025, 11, 11),
        D(2025, 11, 20),
        "relative-month",
    ),
    (
        "early-next-month",
        "The report comes early next month.",
        SATURDAY,
        "early next month",
        D(2025, 11, 1),
        D(2025, 11, 10),
        "relative-month",
    ),
    (
        "early-next-week",
        "Talks resume early next week.",
        SATURDAY,
        "early next week",
        D(2025, 10, 13),
        D(2025, 10, 14),
        "relative-week",
    ),
    (
        "end-of-last-week",
        "The deal was struck at the end of last week.",
        SATURDAY,
        "end of last week",
        D(2025, 10, 3),
        D(2025, 10, 5),
        "relative-week",
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


# id, sentence, date kept
MISMATCHES = [
    ("ap-explicit", "The vote was held Monday, March 16, 2021.", D(2021, 3, 16)),
    ("reuters-day-first", "It closed on Friday 25 June 2015.", D(2015, 6, 25)),
    # Oct. 14 is a Tuesday in 2025, a Monday in 2024, a Wednesday in 2026: no year is a Sunday.
    ("xinhua-yearless", "The forum opened on Sunday, Oct. 14 in Beijing.", D(2025, 10, 14)),
]


class TestWeekdayOfAFullDate:
    """A weekday the date does not fall on keeps the date as written, with a lower confidence."""

    @pytest.mark.parametrize(
        ("text", "date"), [c[1:] for c in MISMATCHES], ids=[c[0] for c in MISMATCHES]
    )
    def test_mismatch_keeps_the_date(self, text: str, date: dt.date) -> None:
        [time] = find_times(split_blocks(text), SATURDAY)
        assert (time.start, time.end) == (date, date)
        assert time.confidence == WEEKDAY_MISMATCH_CONFIDENCE < 0.8
        assert time.text.split(",")[0].split()[0] in {"Monday", "Friday", "Sunday"}

    def test_a_matching_weekday_is_full_confidence(self) -> None:
        [time] = find_times(split_blocks("It was held Tuesday, March 16, 2021."), SATURDAY)
        assert time.confidence == 1.0

    def test_a_weekday_before_may_the_verb_is_still_a_weekday(self) -> None:
        [time] = find_times(split_blocks("Officials on Friday may announce 5 new sites."), SATURDAY)
        assert (time.text, time.start) == ("on Friday", D(2025, 10, 10))


class TestNoAnchor:
    """Without an anchor every expression is found; what needs one waits for it, unresolved."""

    TEXT = (
        "The envoy arrived on Thursday, a week after talks on Oct. 2, 2025 and 10/09/2025, and "
        "will leave next week."
    )

    def test_expressions_are_kept(self) -> None:
        found = find_times(split_blocks(self.TEXT), None)
        assert [(t.text, t.rule, t.resolved) for t in found] == [
            ("on Thursday", "weekday-past", False),
            ("Oct. 2, 2025", "explicit-date", True),
            ("10/09/2025", "numeric-date", True),
            ("next week", "relative-week", False),
        ]
        for time in found:
            assert time.anchor is None
            assert (time.start is None) is time.rule.needs_anchor
            assert (time.start is None) is (time.end is None)
            assert time.span.of(self.TEXT) == time.text

    def test_the_same_expressions_as_with_an_anchor(self) -> None:
        blocks = split_blocks(self.TEXT)
        with_anchor = find_times(blocks, SATURDAY)
        without = find_times(blocks, None)
        assert [(t.span, t.rule) for t in without] == [(t.span, t.rule) for t in with_anchor]
        for alone, anchored in zip(without, with_anchor, strict=True):
            if alone.resolved:
                assert (alone.start, alone.end) == (anchored.start, anchored.end)
            else:
                assert alone.alternatives == ()

    @pytest.mark.parametrize(
        ("text", "rule"),
        [
            ("Rates rise in mid-March.", "part-of-month"),
            ("It opened June 3 last year.", "month-day-relative"),
            ("Crowds came this weekend.", "relative-weekend"),
            ("Over the past two days it rained.", "relative-period"),
            ("The vote is on Tuesday, Oct. 7.", "month-day"),
        ],
        ids=["part-of-month", "month-day-relative", "weekend", "period", "weekday-yearless"],
    )
    def test_new_rules_wait_too(self, text: str, rule: str) -> None:
        [time] = find_times(split_blocks(text), None)
        assert (time.rule, time.start, time.end, time.anchor) == (rule, None, None, None)

    def test_a_full_date_with_its_weekday_needs_no_anchor(self) -> None:
        [time] = find_times(split_blocks("It opened Thursday 25 June 2015."), None)
        assert (time.start, time.rule) == (D(2015, 6, 25), "explicit-date")


def _time(**changes: object) -> TimeExpression:
    fields: dict[str, object] = {
        "text": "on Thursday",
        "span": Span(start=0, end=11),
        "start": None,
        "end": None,
        "anchor": None,
        "rule": "weekday-past",
    }
    return TimeExpression(**{**fields, **changes})  # type: ignore[arg-type]


REFUSED = [
    ("start-without-end", {"start": SATURDAY}, "TimeExpression.end"),
    ("end-without-start", {"end": SATURDAY}, "TimeExpression.end"),
    ("anchor-but-no-dates", {"anchor": SATURDAY}, "TimeExpression.start"),
    ("explicit-date-unresolved", {"rule": "explicit-date"}, "TimeExpression.start"),
    (
        "resolved-weekday-without-anchor",
        {"start": SATURDAY, "end": SATURDAY},
        "TimeExpression.anchor",
    ),
    (
        "end-before-start",
        {"start": SATURDAY, "end": D(2025, 10, 10), "anchor": SATURDAY},
        "TimeExpression.end",
    ),
    (
        "unresolved-with-alternatives",
        {"alternatives": (DateRange(start=SATURDAY, end=SATURDAY, reading="past"),)},
        "TimeExpression.alternatives",
    ),
    ("no-occurrences", {"occurrences": ()}, "TimeExpression.occurrences"),
    (
        "occurrences-not-opening-with-span",
        {"occurrences": (Span(start=20, end=31),)},
        "TimeExpression.occurrences[0]",
    ),
    (
        "occurrences-out-of-order",
        {"occurrences": (Span(start=0, end=11), Span(start=5, end=16))},
        "TimeExpression.occurrences[1]",
    ),
]


class TestTheModel:
    """Resolved means ordered dates (and an anchor where the rule reads one); unresolved, none."""

    @pytest.mark.parametrize(
        ("changes", "where"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED]
    )
    def test_refused(self, changes: dict[str, object], where: str) -> None:
        with pytest.raises(ValidationError, match=r"^" + where.replace("[", r"\[")):
            _time(**changes)

    def test_occurrences_default_to_the_span(self) -> None:
        assert _time().occurrences == (Span(start=0, end=11),)

    def test_an_explicit_date_needs_no_anchor(self) -> None:
        time = _time(rule="explicit-date", start=SATURDAY, end=SATURDAY)
        assert time.resolved and not TimeRule.EXPLICIT_DATE.needs_anchor

    def test_round_trip_and_schema(self) -> None:
        jsonschema = pytest.importorskip("jsonschema")
        text = "She spoke on Thursday. (Xinhua/Li Hua)\n\nShe spoke on Thursday. (Xinhua/Li Hua)"
        found = find_times(split_blocks(text), None) + find_times(split_blocks(text), SATURDAY)
        article = Article(wire_format="generic", text_length=len(text), times=tuple(found))
        assert from_json(Article, to_json(article)) == article
        validator = jsonschema.Draft202012Validator(
            json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        validator.validate(json.loads(to_json(article)))
        schema = json_schema()["$defs"]["TimeExpression"]
        assert "occurrences" not in schema["required"]
        assert {"type": "null"} in schema["properties"]["start"]["anyOf"]


_XINHUA_CAPTION = (
    "Vice Premier Zhang inspects a port in Zhoushan City, east China's Zhejiang Province, "
    "Oct. 9, 2025. Zhang made a research trip from Thursday to Saturday. (Xinhua/Li Hua)"
)
_AP_CAPTION = (
    "Firefighters battle a blaze in Malibu, Calif., on Thursday. The fire burned 2,000 acres by "
    "Friday evening. (AP Photo/Jae C. Hong)"
)
# id, text, each expression's words and its number of occurrences
_OCCURRENCES = [
    (
        "a-caption-repeated-twice-xinhua",
        f"{_XINHUA_CAPTION}\n\nHANGZHOU, Oct. 11 (Xinhua) -- Zhang spoke.\n\n{_XINHUA_CAPTION}",
        [("Oct. 9, 2025", 2), ("from Thursday to Saturday", 2), ("Oct. 11", 1)],
    ),
    (
        "a-shared-sentence-in-different-captions-ap",
        f"{_AP_CAPTION}\n\nA resident hoses down a roof in Malibu, Calif. The fire burned 2,000 "
        "acres by Friday evening. (AP Photo/Jae C. Hong)",
        [("on Thursday", 1), ("by Friday", 2)],
    ),
    (
        # Words read at one place (the caption repeated as written) are one expression without
        # their sentence looked up; words read elsewhere too are joined by their sentence.
        "a-repeated-caption-beside-one-sharing-its-sentence-ap",
        f"{_AP_CAPTION}\n\nA resident hoses down a roof on Thursday. The fire burned 2,000 acres "
        f"by Friday evening. (AP Photo/Jae C. Hong)\n\n{_AP_CAPTION}",
        [("on Thursday", 2), ("by Friday", 3), ("on Thursday", 1)],
    ),
]


class TestRepeatedOccurrences:
    """The same expression in the same sentence again is one expression with several occurrences."""

    @pytest.mark.parametrize(
        ("text", "expected"), [c[1:] for c in _OCCURRENCES], ids=[c[0] for c in _OCCURRENCES]
    )
    def test_occurrences(self, text: str, expected: list[tuple[str, int]]) -> None:
        found = find_times(split_blocks(text), SATURDAY)
        assert [(t.text, len(t.occurrences)) for t in found] == expected
        for time in found:
            assert time.span == time.occurrences[0]
            assert all(text[s.start : s.end] == time.text for s in time.occurrences)

    def test_the_same_words_in_other_sentences_stay_apart_reuters(self) -> None:
        text = "Shares fell on Thursday.\n\nBonds rallied on Thursday."
        found = find_times(split_blocks(text), SATURDAY)
        assert [len(t.occurrences) for t in found] == [1, 1]
        assert found[0].span != found[1].span

    def test_a_parsed_story_keeps_one_expression(self) -> None:
        caption = "A worker checks a turbine in Gansu, Oct. 9, 2025. (Xinhua/Li Hua)"
        article = parse(
            f"{caption}\n\nLANZHOU, Oct. 11 (Xinhua) -- Output rose on Thursday.\n\n{caption}"
        )
        [time] = [t for t in article.times if t.text == "Oct. 9, 2025"]
        assert len(time.occurrences) == 2
        assert from_json(Article, to_json(article)) == article


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


# Where a sentence around a time expression begins and ends (what groups an expression repeated in
# the same sentence of repeated captions): the nearest stop of any kind on each side, a clock's
# ``a.m.`` being none. Written to hold the search that looks for ``. `` first, then ``? ``, ``! ``.
_AROUND = "Was it Monday? Yes! It was Monday, at 9 a.m. on Monday! Then? Later. Done"


@pytest.mark.parametrize(
    ("expression", "start", "end"),
    [
        pytest.param("Monday?", "Was it", "Was it Monday", id="question-mark-ends-the-first"),
        pytest.param("Monday,", "It was", "on Monday", id="exclamation-before-a-later-question"),
        pytest.param("Monday!", "It was", "on Monday", id="a-m-is-no-stop"),
        pytest.param("Later.", "Later", "Later", id="full-stop-after-a-question"),
    ],
)
def test_sentence_bounds_are_the_nearest_stops(expression: str, start: str, end: str) -> None:
    at = _AROUND.index(expression)
    words_end = at + len(expression.rstrip("?!,."))
    assert _AROUND[_sentence_start(_AROUND, at) :].lstrip().startswith(start)
    assert _AROUND[: _sentence_end(_AROUND, words_end)].endswith(end)


@pytest.mark.parametrize(
    ("before", "future"),
    [
        pytest.param("The vote WILL be held ", True, id="a-future-word-in-a-short-sentence"),
        pytest.param(
            "The minister said the delegation will travel across the region and meet officials ",
            True,
            id="a-future-word-before-the-last-words",
        ),
        pytest.param("A ruling IS EXPECTED on ", True, id="a-schedule-verb-right-before"),
        pytest.param("The İstanbul vote is scheduled for ", True, id="a-letter-lowered-to-two"),
        pytest.param("The İstanbul vote was held ", False, id="no-future-word"),
        pytest.param("It will rain. The vote was held ", False, id="future-in-the-sentence-before"),
    ],
)
def test_future_reads_the_sentence_before(before: str, future: bool) -> None:
    text = before + "Monday."
    assert _future(text, len(before)) is future


def _plain_future(text: str, start: int) -> bool:
    """``_future`` as written plainly: the last words before ``start`` lowered alone and tried
    against every schedule phrase, then the sentence searched for a word of the future."""
    first = _sentence_start(text, start)
    last_words = text[max(first, start - _EXPECTED_REACH) : start].lower()
    if (" " + last_words[-_EXPECTED_REACH:].rstrip()).endswith(_EXPECTED_BEFORE):
        return True
    return _FUTURE.search(text, first, start) is not None


# What a sentence before a date may hold: words of the future or nearly so, stops, letters that
# lower to two or by their neighbours (``İ``, ``Σ``); then maybe a schedule phrase, in any case.
_SENTENCE_PIECES = st.lists(
    st.sampled_from(
        [
            *"is are will shall to upcoming This Wills toward plans planned be held".split(),
            *"said the vote a.m. p.m. İstanbul ΟΔΟΣ İ Σ . ? !".split(),
            "x" * 12,
        ]
    ),
    max_size=12,
).map(" ".join)
_PHRASES = st.tuples(
    st.sampled_from(["", "is", "are", "IS", "Are", "this"]),
    st.sampled_from(["", "scheduled", "set", "due", "EXPECTED", "slated", "planned"]),
    st.sampled_from(["", "for", "on", "to"]),
).map(" ".join)


@given(_SENTENCE_PIECES, _PHRASES, st.sampled_from(["", " "]))
def test_future_is_the_plain_reading(words: str, phrase: str, space: str) -> None:
    # The sentence is lowered once and the phrases tried only after an auxiliary: the same answer.
    before = f"{words} {phrase}".strip() + space
    text = before + "Monday."
    assert _future(text, len(before)) is _plain_future(text, len(before))


@pytest.mark.parametrize("months", [-25, -12, -4, -1, 0, 1, 3, 4, 12, 13])
def test_month_arithmetic_is_relativedeltas(months: int) -> None:
    # Relative periods and parts of a year move by months as dateutil's relativedelta does: the
    # day kept, else the month's last (March 31 less a month is February 28, or 29 in a leap year).
    relativedelta = pytest.importorskip("dateutil.relativedelta").relativedelta
    day = D(2023, 1, 1)
    while day < D(2025, 1, 1):
        assert _add_months(day, months) == day + relativedelta(months=months)
        day += dt.timedelta(days=1)


def test_month_lengths_are_the_calendars() -> None:
    for year in (1900, 2000, 2023, 2024):
        for month in range(1, 13):
            assert _month_length(year, month) == calendar.monthrange(year, month)[1]


@pytest.mark.parametrize("end", _RELATIVE_ENDS)
@pytest.mark.parametrize("after", ["", ".", "'s", " and"])
@pytest.mark.parametrize("before", ["", "it was ", "(", "the day before "])
def test_the_story_scan_finds_every_end_a_paragraph_reads(
    end: str, before: str, after: str
) -> None:
    # The scans read ``today`` and ``days`` back from their ``y`` and ``tomorrow`` by ``morrow``:
    # every end word standing as a word is among those the story's source may hold.
    assert end in _relative_ends(f"{before}{end}{after}".lower())
    assert end in _relative_ends(f"yesterday, {before}{end}{after} years".lower())
