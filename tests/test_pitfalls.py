"""Where the usual tools go wrong on wire copy, newsmodel gets it right: one case per pitfall.

The peers' readings in the comments were checked with nameparser 2.6, dateparser 1.5 and
python-dateutil 4.0. Every story is written for this file, in wire style.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsmodel import Article, NameOrder, TimeExpression, parse

D = dt.date


def _body_time(article: Article, text: str) -> TimeExpression:
    """The one time expression written ``text`` after the dateline (the dateline's date is not it)."""
    start = article.dateline.span.end if article.dateline is not None else 0
    [time] = [t for t in article.times if t.text == text and t.span.start >= start]
    return time


# --- people: nameparser ------------------------------------------------------------------------
# story, name, given name, family name, order, titles as (raw, role, country)
PEOPLE = [
    pytest.param(
        "October 11, 2025\n\nBEIJING, Oct. 11 (Xinhua) -- Chinese Vice Premier Zhang Guoqing on "
        "Thursday called for steady grain output. Zhang visited a farm in Hebei Province.",
        "Zhang Guoqing",
        "Guoqing",
        "Zhang",
        NameOrder.FAMILY_FIRST,
        [("Chinese Vice Premier", "Vice Premier", "China")],
        # nameparser: first "Chinese", middle "Vice Premier Zhang", last "Guoqing", no title.
        id="nameparser-nationality-read-as-first-name",
    ),
    pytest.param(
        "SEOUL, Oct. 11 (Yonhap) -- South Korean President Yoon Suk Yeol met business leaders on "
        "Friday. Yoon urged them to invest at home.",
        "Yoon Suk Yeol",
        "Suk Yeol",
        "Yoon",
        NameOrder.FAMILY_FIRST,
        [("South Korean President", "President", "South Korea")],
        # nameparser: first "South", middle "Korean President Yoon Suk", last "Yeol".
        id="nameparser-two-word-nationality",
    ),
    pytest.param(
        "SEOUL, Oct. 11 (Yonhap) -- Yoo Jee-ho, coach of the national team, named his squad on "
        "Friday.",
        "Yoo Jee-ho",
        "Jee-ho",
        "Yoo",
        NameOrder.FAMILY_FIRST,
        [("coach of the national team", "coach", None)],
        # nameparser: first "Yoo", last "Jee-ho" (Western order for a Korean name).
        id="nameparser-korean-name-order",
    ),
    pytest.param(
        "WASHINGTON, Oct. 11 (Xinhua) -- Former U.S. Secretary of State Jane Miller criticized the "
        "plan on Friday. Miller spoke at a think tank.",
        "Jane Miller",
        "Jane",
        "Miller",
        NameOrder.GIVEN_FIRST,
        [("Former U.S. Secretary of State", "Secretary of State", "United States")],
        # nameparser: first "Former", middle "U.S. Secretary of State Jane", last "Miller".
        id="nameparser-qualified-title-read-as-names",
    ),
    pytest.param(
        "SEOUL, Oct. 11 (Yonhap) -- South Korean President Park Geun-hye met business leaders on "
        "Friday.",
        "Park Geun-hye",
        "Geun-hye",
        "Park",
        NameOrder.FAMILY_FIRST,
        [("South Korean President", "President", "South Korea")],
        # nameparser: first "South", middle "Korean President Park", last "Geun-hye".
        id="nameparser-korean-family-name-park",
    ),
]


@pytest.mark.parametrize(("story", "name", "given", "family", "order", "titles"), PEOPLE)
def test_person_with_title(
    story: str,
    name: str,
    given: str,
    family: str,
    order: NameOrder,
    titles: list[tuple[str, str, str | None]],
) -> None:
    article = parse(story)
    [person] = article.people
    assert (person.name, person.given_name, person.family_name, person.name_order) == (
        name,
        given,
        family,
        order,
    )
    assert [(t.raw, t.role, t.country) for t in person.titles] == titles
    assert all(t.span.of(story) == t.raw for t in person.titles)
    assert person.mentions[0].text == name
    assert person.mentions[0].span.of(story) == name


# --- datelines: dateparser ---------------------------------------------------------------------
# story, published, dateline date, how it was resolved
DATELINES = [
    pytest.param(
        "October 13, 2019\n\nBEIJING, Oct. 11 (Xinhua) -- Polling stations closed on Oct. 11 "
        "after a week of voting, officials said.",
        D(2019, 10, 13),
        D(2019, 10, 11),
        "publication-date",
        # dateparser.parse("Oct. 11") gives 11 October of the year it is run in.
        id="dateparser-old-story-keeps-its-year",
    ),
    pytest.param(
        "January 2, 2026\n\nBEIJING, Dec. 31 (Xinhua) -- Fireworks lit up the sky over the "
        "capital at midnight.",
        D(2026, 1, 2),
        D(2025, 12, 31),
        "publication-date",
        # dateparser, even with RELATIVE_BASE 2026-01-02, gives 2026-12-31.
        id="dateparser-year-boundary-dateline",
    ),
]


@pytest.mark.parametrize(("story", "published", "date", "resolution"), DATELINES)
def test_dateline_date(story: str, published: D, date: D, resolution: str) -> None:
    article = parse(story)
    assert article.published == published
    assert article.dateline is not None
    assert (article.dateline.date, article.dateline.date_resolution) == (date, resolution)


# --- time expressions: dateparser, dateutil, HeidelTime ----------------------------------------
# story, expression, anchor, start, end, rule, alternatives as (start, end, reading)
TIMES = [
    pytest.param(
        "October 13, 2019\n\nBEIJING, Oct. 11 (Xinhua) -- Polling stations closed on Oct. 11 "
        "after a week of voting, officials said.",
        "Oct. 11",
        D(2019, 10, 13),  # (the publication line is the anchor; the dateline's date comes after it)
        D(2019, 10, 11),
        D(2019, 10, 11),
        "month-day",
        [],
        id="dateparser-old-story-body-date",
    ),
    pytest.param(
        "January 2, 2026\n\nSHANGHAI (AP) — Figures for Dec. 31 showed record crowds, the city "
        "said.",
        "Dec. 31",
        D(2026, 1, 2),
        D(2025, 12, 31),
        D(2025, 12, 31),
        "month-day",
        [],
        id="dateparser-year-boundary-body-date",
    ),
    pytest.param(
        "October 11, 2025\n\nBEIJING, Oct. 11 (Xinhua) -- Polls close Oct. 19, the election "
        "commission said.",
        "Oct. 19",
        D(2025, 10, 11),
        D(2025, 10, 19),
        D(2025, 10, 19),
        "month-day",
        # No word of the future: the year before is kept as the other reading.
        [(D(2024, 10, 19), D(2024, 10, 19), "past")],
        # dateparser with RELATIVE_BASE 2025-10-11 gives 2025-10-19.
        id="dateparser-date-eight-days-ahead-keeps-year",
    ),
    pytest.param(
        "October 11, 2025\n\nBEIJING, Oct. 11 (Xinhua) -- The ministers met on Thursday to "
        "review the trade plan.",
        "on Thursday",
        D(2025, 10, 11),
        D(2025, 10, 9),
        D(2025, 10, 9),
        "weekday-past",
        [(D(2025, 10, 16), D(2025, 10, 16), "future")],
        # dateutil.parser.parse("Thursday", default=<Saturday 2025-10-11>) gives 2025-10-16.
        id="dateutil-bare-weekday-looks-back",
    ),
    pytest.param(
        "October 11, 2025\n\nBEIJING, Oct. 11 (Xinhua) -- The two sides will hold a new round of "
        "talks on Thursday, the ministry said.",
        "on Thursday",
        D(2025, 10, 11),
        D(2025, 10, 16),
        D(2025, 10, 16),
        "weekday-future",
        [(D(2025, 10, 9), D(2025, 10, 9), "past")],
        id="dateutil-will-weekday-looks-ahead",
    ),
    pytest.param(
        "October 11, 2025\n\nBEIJING, Oct. 11 (Xinhua) -- The ministers are scheduled to meet on "
        "Thursday, the ministry said.",
        "on Thursday",
        D(2025, 10, 11),
        D(2025, 10, 16),
        D(2025, 10, 16),
        "weekday-future",
        [(D(2025, 10, 9), D(2025, 10, 9), "past")],
        id="dateutil-scheduled-weekday-looks-ahead",
    ),
    pytest.param(
        "October 12, 2025\n\nZHENGZHOU, Oct. 12 (Xinhua) -- Zhang toured grain farms in "
        "central China's Henan Province from Thursday to Saturday.",
        "from Thursday to Saturday",
        D(2025, 10, 12),
        D(2025, 10, 9),
        D(2025, 10, 11),
        "weekday-range",
        [],
        id="heideltime-weekday-range",
    ),
    pytest.param(
        "October 12, 2025\n\nZHENGZHOU, Oct. 12 (Xinhua) -- The expo, held Oct. 9-11, drew "
        "200,000 visitors.",
        "Oct. 9-11",
        D(2025, 10, 12),
        D(2025, 10, 9),
        D(2025, 10, 11),
        "month-day",
        [],
        id="heideltime-day-range",
    ),
    pytest.param(
        "January 2, 2026\n\nSHANGHAI (AP) — The festival ran Dec. 29-31 and drew big crowds.",
        "Dec. 29-31",
        D(2026, 1, 2),
        D(2025, 12, 29),
        D(2025, 12, 31),
        "month-day",
        [],
        id="heideltime-day-range-across-year-boundary",
    ),
    pytest.param(
        "October 11, 2025\n\nBEIJING, Oct. 11 (Xinhua) -- The fair will run from Thursday to "
        "Saturday, organizers said.",
        "from Thursday to Saturday",
        D(2025, 10, 11),
        D(2025, 10, 16),
        D(2025, 10, 18),
        "weekday-range",
        [],
        id="heideltime-weekday-range-in-future-sentence",
    ),
]


@pytest.mark.parametrize(("story", "text", "anchor", "start", "end", "rule", "alternatives"), TIMES)
def test_time_expression(
    story: str,
    text: str,
    anchor: D,
    start: D,
    end: D,
    rule: str,
    alternatives: list[tuple[D, D, str]],
) -> None:
    time = _body_time(parse(story), text)
    assert time.span.of(story) == text
    assert time.anchor == anchor
    assert (time.start, time.end, time.rule) == (start, end, rule)
    assert [(a.start, a.end, a.reading) for a in time.alternatives] == alternatives


def test_ranges_end_before_the_anchor() -> None:
    """Narrative ranges lie wholly before a story filed the day after (HeidelTime gives no range)."""
    story = (
        "October 12, 2025\n\nZHENGZHOU, Oct. 12 (Xinhua) -- Zhang toured the province from "
        "Thursday to Saturday. The expo, held Oct. 9-11, drew 200,000 visitors."
    )
    article = parse(story)
    ranges = [_body_time(article, text) for text in ("from Thursday to Saturday", "Oct. 9-11")]
    for time in ranges:
        assert time.start < time.end < time.anchor == D(2025, 10, 12)
        assert (time.end - time.start).days == 2
