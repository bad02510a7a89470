"""Headlines, publication lines, the publication date a caller knows, and the anchor of a story's
times. Every story here is our own text, written in the agencies' layouts."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import (
    Article,
    Dateline,
    DateResolution,
    Span,
    from_json,
    json_schema,
    parse,
    to_json,
)
from newsmodel.exceptions import ValidationError
from newsmodel.parsing import parse_bytes, parse_file
from newsmodel.pipeline import story_anchor
from newsmodel.recognisers.furniture import (
    _PUBLICATION_LINES,
    _PUBLICATION_MAX,
    is_furniture,
    is_site_label,
    publication_date,
)

D = dt.date
T = dt.datetime
UTC = dt.UTC
ROOT = Path(__file__).resolve().parent.parent

# id, story, the headline
HEADLINES = [
    (
        "reuters-1987-capitals",
        "GRAIN EXPORTS SEEN HIGHER IN MARCH\n\nCHICAGO, March 4 - Exports rose, dealers said.",
        "GRAIN EXPORTS SEEN HIGHER IN MARCH",
    ),
    (
        "reuters-1987-ticker-first",
        "<HARBOUR MILLS INC> 2ND QTR NET\n\nTORONTO, March 9 - Shr 12 cts vs nine cts.",
        "<HARBOUR MILLS INC> 2ND QTR NET",
    ),
    (
        "reuters-1987-corrected",
        "(CORRECTED)-PORT TALKS RESUME IN ROTTERDAM\n\nROTTERDAM, March 5 - Talks resumed.",
        "(CORRECTED)-PORT TALKS RESUME IN ROTTERDAM",
    ),
    (
        "reuters-1987-figure-first",
        "12 HURT IN BUS CRASH NEAR LYON\n\nLYON, March 6 - Twelve people were hurt.",
        "12 HURT IN BUS CRASH NEAR LYON",
    ),
    (
        "reuters-1987-full-stop-in-capitals",
        "BANK MANDATED FOR NEW EURONOTE.\n\nLONDON, March 3 - The bank said it won the mandate.",
        "BANK MANDATED FOR NEW EURONOTE.",
    ),
    (
        "ends-in-an-abbreviation",
        "Carmaker to build engines in the U.S.\n\nTOKYO, Oct. 2 (Kyodo) -- The carmaker said so.",
        "Carmaker to build engines in the U.S.",
    ),
    (
        "ends-in-a-quoted-phrase",
        'MINISTER CALLS RUMOURS "MISCHIEVOUS"\n\nACCRA, March 17 - The minister spoke.',
        'MINISTER CALLS RUMOURS "MISCHIEVOUS"',
    ),
    (
        "afp-site-label-above",
        "Top\n\nFloods cut roads in western Kenya\n\nKISUMU, March 5 (AFP) - Roads were cut.",
        "Floods cut roads in western Kenya",
    ),
    (
        "afp-inside-afp-label",
        "Inside AFP\n\nHow we covered the vote\n\nPARIS, Jan 14 (AFP) - Reporters worked late.",
        "How we covered the vote",
    ),
    (
        "xinhua-navigation-line",
        "Home | World | Asia\n\nRail link opens in Laos\n\nVIENTIANE, Oct. 9 (Xinhua) -- It opened.",
        "Rail link opens in Laos",
    ),
    (
        "reuters-section-names",
        "Business\n\nMarkets\n\nYields slip after data\n\nNEW YORK, Aug 10 (Reuters) - Yields fell.",
        "Yields slip after data",
    ),
    (
        "navigation-with-arrows",
        "News > Sport\n\nHosts win opener\n\nSYDNEY, Jan 3 AAP - The hosts won by six runs.",
        "Hosts win opener",
    ),
]

# id, story: none of its paragraphs is a headline
NO_HEADLINE = [
    (
        "lead-paragraph-without-dateline",
        "Officials said on Monday that the bridge would reopen.\n\nWork took a year.",
    ),
    (
        "quoted-sentence",
        '"We will reopen the bridge," the mayor said, "as soon as we can."\n\nWork took a year.',
    ),
    ("clause-ending-in-a-comma", "Despite the rain,\n\nTOKYO, Oct. 2 (Kyodo) -- Crowds came."),
    ("one-paragraph-is-a-body", "Rescuers search for survivors of the ferry"),
    (
        "caption-before-the-dateline",
        "A worker checks a pump in Yangzhou, Jiangsu Province, Dec. 30, 2025. "
        "(Xinhua/Lu Wen)\n\nYANGZHOU, Dec. 31 (Xinhua) -- Water flowed north.",
    ),
    ("labels-only", "World\n\nHome | News\n\nTOKYO, Oct. 2 (Kyodo) -- Crowds came."),
]


class TestHeadline:
    """The headline is the story's title: not a site label, a navigation line, a caption or the lead."""

    @pytest.mark.parametrize(
        ("story", "headline"), [c[1:] for c in HEADLINES], ids=[c[0] for c in HEADLINES]
    )
    def test_title(self, story: str, headline: str) -> None:
        article = parse(story)
        assert article.headline == headline
        assert article.body, "the paragraph after the headline is the body"
        assert not article.unparsed

    @pytest.mark.parametrize("story", [c[1] for c in NO_HEADLINE], ids=[c[0] for c in NO_HEADLINE])
    def test_none(self, story: str) -> None:
        article = parse(story)
        assert article.headline is None
        assert article.body

    def test_labels_are_furniture_not_unparsed(self) -> None:
        article = parse(
            "Top\n\nWorld\n\nRail link opens\n\nVIENTIANE, Oct. 9 (Xinhua) -- It opened."
        )
        kinds = [s.kind for s in article.segments]
        assert kinds[:3] == ["furniture", "furniture", "headline"]
        assert not article.diagnostics


# id, paragraph, whether it is a label or navigation line
LABELS = [
    ("section", "World", True),
    ("section-in-capitals", "BUSINESS", True),
    ("site-heading", "Inside AFP", True),
    ("region", "Middle East", True),
    ("kicker", "EXCLUSIVE", True),
    ("navigation-bars", "Home | World | Asia", True),
    ("navigation-chevrons", "News » Asia Pacific", True),
    ("title-with-site-name", "Quake hits northern Japan | Reuters", False),
    ("place-alone", "TOKYO", False),
    ("country-alone", "China", False),
    ("dpa-keyword-line", "Germany/transport/labour/", False),
    ("headline", "Floods cut roads in western Kenya", False),
    ("long-navigation-items", "Home | Rescuers search the coast for survivors", False),
]


class TestSiteLabels:
    """Site and section labels and navigation lines are told from titles by data and shape."""

    @pytest.mark.parametrize(("text", "label"), [c[1:] for c in LABELS], ids=[c[0] for c in LABELS])
    def test_label(self, text: str, label: bool) -> None:
        assert is_site_label(text) is label
        assert is_furniture(text) is label

    @pytest.mark.parametrize("text", ["ID : 12345", "ID: 9", "10:07 PM", "16:05", "9:15 a.m. EDT"])
    def test_scraped_furniture(self, text: str) -> None:
        assert is_furniture(text)


EDT = dt.timezone(dt.timedelta(hours=-4))
PLUS_8 = dt.timezone(dt.timedelta(hours=8))
# id, paragraph, day first (the format's order), what it says, an update line
PUBLICATION_LINES: list[tuple[str, str, bool, dt.date, bool]] = [
    ("published-words-time", "Published Oct 2, 2024 9:15 am", False, T(2024, 10, 2, 9, 15), False),
    ("day-first-words-time", "7 Apr 2021 16:05", False, T(2021, 4, 7, 16, 5), False),
    ("day-first-words-gmt", "7 Apr 2021 16:05 GMT", False, T(2021, 4, 7, 16, 5, tzinfo=UTC), False),
    ("published-figures", "Published 3/14/2004", False, D(2004, 3, 14), False),
    ("figures-over-twelve-first", "14/3/2004", False, D(2004, 3, 14), False),
    ("figures-day-first-format", "06/08/2019 10:07 PM", True, T(2019, 8, 6, 22, 7), False),
    ("figures-full-stops", "14.03.2004", False, D(2004, 3, 14), False),
    (
        "updated-colon-zone",
        "Updated: Oct 3, 2024 10:00 a.m. EDT",
        False,
        T(2024, 10, 3, 10, 0, tzinfo=EDT),
        True,
    ),
    (
        "xinhua-source-line",
        "Source: Xinhua| 2020-08-17 22:11:14",
        False,
        T(2020, 8, 17, 22, 11, 14),
        False,
    ),
    (
        "iso-offset",
        "2020-08-17T22:11:14+08:00",
        False,
        T(2020, 8, 17, 22, 11, 14, tzinfo=PLUS_8),
        False,
    ),
    (
        "time-first-ambiguous-zone",
        "4:00 am CST, Wednesday, November 20, 2019",
        False,
        T(2019, 11, 20, 4, 0),
        False,
    ),
    ("words-only", "October 13, 2025", False, D(2025, 10, 13), False),
    ("weekday-words", "Tuesday, March 16, 2021", False, D(2021, 3, 16), False),
    ("weekday-day-first", "Thursday 25 June 2015", False, D(2015, 6, 25), False),
    (
        "published-weekday-at-offset",
        "Published: Friday, January 5, 2018 at 9:15 p.m. GMT+8",
        False,
        T(2018, 1, 5, 21, 15, tzinfo=PLUS_8),
        False,
    ),
]
NOT_PUBLICATION_LINES = [
    ("sentence-with-a-date", "Officials said 7 Apr 2021"),
    ("not-a-weekday", "Monkey, March 16, 2021"),
    ("no-such-day", "February 30, 2021"),
    ("no-such-time", "Published Oct 2, 2024 25:15"),
    ("pm-hour-over-twelve", "Published Oct 2, 2024 13:15 pm"),
    ("not-a-month", "Published 7 Bar 2021"),
    ("time-alone", "16:05"),
]


class TestPublicationLines:
    """A publication line is read to its date, or datetime where it gives a time."""

    @pytest.mark.parametrize(
        ("text", "day_first", "when", "updated"),
        [c[1:] for c in PUBLICATION_LINES],
        ids=[c[0] for c in PUBLICATION_LINES],
    )
    def test_line(self, text: str, day_first: bool, when: dt.date, updated: bool) -> None:
        found = publication_date(text, day_first=day_first)
        assert found is not None
        assert (found.when, type(found.when), found.updated) == (when, type(when), updated)
        if isinstance(when, dt.datetime):
            assert found.when.utcoffset() == when.utcoffset()  # (== alone ignores a naive one)

    @pytest.mark.parametrize(
        "text", [c[1] for c in NOT_PUBLICATION_LINES], ids=[c[0] for c in NOT_PUBLICATION_LINES]
    )
    def test_not_a_line(self, text: str) -> None:
        assert publication_date(text) is None

    def test_longest_line(self) -> None:
        # every part of the patterns is bounded: a longer paragraph is turned away untried
        for pattern in _PUBLICATION_LINES:
            assert (
                re._parser.parse(pattern.pattern, pattern.flags).getwidth()[1] <= _PUBLICATION_MAX
            )
        label = "Source: " + "X" * 40 + "| "
        longest = f"Last modified on : {label}Wednesday., Sept. 20, 2019 at 10:07:59 p.m. GMT+08:00"
        assert publication_date(longest) is not None

    def test_in_a_story(self) -> None:
        story = (
            "Ferry services cut\n\nPublished Oct 2, 2024 9:15 am\n\n"
            "Updated: Oct 3, 2024 10:00 a.m. EDT\n\nSYDNEY, Oct 2 AAP - Services were cut today."
        )
        article = parse(story)
        assert article.published == T(2024, 10, 2, 9, 15)
        assert article.headline == "Ferry services cut"
        assert not article.diagnostics  # an update line may differ from the publication
        assert article.dateline is not None and article.dateline.date == D(2024, 10, 2)

    def test_update_alone_dates_the_story(self) -> None:
        article = parse("Updated: March 16, 2021\n\nTOKYO, March 16 (Kyodo) -- Rain fell.")
        assert article.published == D(2021, 3, 16)

    def test_scraped_page(self) -> None:
        story = (
            "Home | News | World\n\nID : 48213\n\n16:05\n\nPublished 3/14/2004\n\n"
            "Port strike ends\n\nROTTERDAM, March 14 (Reuters) - Dockers went back to work."
        )
        article = parse(story)
        assert (article.published, article.headline) == (D(2004, 3, 14), "Port strike ends")
        assert article.dateline is not None and article.dateline.date == D(2004, 3, 14)
        assert not article.unparsed


class TestPublishedArgument:
    """published= is the article's publication date, the dateline's year and the anchor."""

    STORY = "TOKYO, Oct. 11 (Kyodo) -- Rain fell yesterday."

    def test_resolves_the_dateline_and_times(self) -> None:
        article = parse(self.STORY, published=D(2025, 10, 13))
        assert article.published == D(2025, 10, 13)
        assert article.dateline is not None
        assert (article.dateline.date, article.dateline.date_resolution) == (
            D(2025, 10, 11),
            "publication-date",
        )
        [yesterday] = [t for t in article.times if t.text == "yesterday"]
        assert (yesterday.start, yesterday.anchor) == (D(2025, 10, 12), D(2025, 10, 13))

    def test_without_it_nothing_resolves(self) -> None:
        article = parse(self.STORY)
        assert article.dateline is not None and article.dateline.date is None
        # The expression is kept, with what it needs: an anchor it does not have.
        [yesterday] = [t for t in article.times if t.text == "yesterday"]
        assert (yesterday.start, yesterday.end, yesterday.anchor) == (None, None, None)

    def test_datetime_kept(self) -> None:
        when = T(2025, 10, 13, 9, 15, tzinfo=PLUS_8)
        article = parse(self.STORY, published=when)
        assert article.published == when and article.published.utcoffset() == when.utcoffset()
        assert article.dateline is not None and article.dateline.date == D(2025, 10, 11)

    def test_before_the_text(self) -> None:
        article = parse("October 12, 2025\n\n" + self.STORY, published=D(2025, 10, 13))
        assert article.published == D(2025, 10, 13)
        assert not article.diagnostics  # a day apart: zones can do that

    def test_disagreeing_line_is_a_diagnostic(self) -> None:
        article = parse("October 1, 2025\n\n" + self.STORY, published=D(2025, 10, 13))
        [diagnostic] = article.diagnostics
        assert (diagnostic.code, diagnostic.line) == ("date-mismatch", 1)
        assert "2025-10-13" in diagnostic.message

    @pytest.mark.parametrize("bad", ["2025-10-13", 20251013, True], ids=["string", "int", "bool"])
    def test_not_a_date(self, bad: object) -> None:
        with pytest.raises(ValidationError, match="published"):
            parse(self.STORY, published=bad)  # type: ignore[arg-type]

    def test_bytes_and_files(self, tmp_path: Path) -> None:
        path = tmp_path / "story.txt"
        path.write_text(self.STORY, encoding="utf-8")
        for article in (
            parse_bytes(self.STORY.encode(), published=D(2025, 10, 13)),
            parse_file(path, published=D(2025, 10, 13)),
        ):
            assert article.dateline is not None and article.dateline.date == D(2025, 10, 11)


def _dateline(date: dt.date | None, resolution: str | None) -> Dateline:
    return Dateline(
        raw="TOKYO, Oct. 11 (Kyodo) --",
        span=Span(start=0, end=25),
        place="TOKYO",
        date_text="Oct. 11",
        date=date,
        date_resolution=resolution,
    )


FILED = D(2025, 10, 11)
GIVEN = D(2025, 10, 14)
PRINTED = T(2025, 10, 13, 9, 15)
# id, published=, the publication line, the dateline's date and how it was resolved, the anchor
ANCHORS: list[tuple[str, Any, Any, Any, Any]] = [
    ("given-before-a-dateline-with-its-year", GIVEN, None, (FILED, DateResolution.EXPLICIT), GIVEN),
    (
        "line-before-a-dateline-with-its-year",
        None,
        PRINTED,
        (FILED, DateResolution.EXPLICIT),
        D(2025, 10, 13),
    ),
    ("dateline-with-its-year", None, None, (FILED, DateResolution.EXPLICIT), FILED),
    (
        "given-before-the-dateline-it-resolved",
        GIVEN,
        PRINTED,
        (FILED, DateResolution.PUBLICATION_DATE),
        GIVEN,
    ),
    ("dateline-from-a-photo-is-not", GIVEN, PRINTED, (FILED, DateResolution.STORY_DATE), GIVEN),
    ("given-before-the-line", GIVEN, PRINTED, None, GIVEN),
    ("line-a-datetime-gives-its-day", None, PRINTED, (None, None), D(2025, 10, 13)),
    ("unresolved-dateline-is-not", None, None, (None, None), None),
    ("photo-dated-dateline-alone", None, None, (FILED, DateResolution.STORY_DATE), None),
    ("nothing", None, None, None, None),
]


class TestAnchor:
    """The anchor: published=, the publication line, the dateline's date with its year, else none."""

    @pytest.mark.parametrize(
        ("given", "printed", "dateline", "anchor"),
        [c[1:] for c in ANCHORS],
        ids=[c[0] for c in ANCHORS],
    )
    def test_order(self, given: Any, printed: Any, dateline: Any, anchor: Any) -> None:
        line = None if dateline is None else _dateline(*dateline)
        assert story_anchor(given, printed, line) == anchor

    def test_file_photo_is_not_the_anchor(self) -> None:
        story = (
            "October 13, 2025\n\n"
            "FILE PHOTO: A ferry leaves the port in Piraeus, Greece, June 3, 2019. "
            "REUTERS/Nikos Pappas/File Photo\n\n"
            "ATHENS (Reuters) - Ferry crews will strike on Tuesday, the union said."
        )
        article = parse(story)
        [tuesday] = [t for t in article.times if t.text == "on Tuesday"]
        assert tuesday.anchor == D(2025, 10, 13)
        assert tuesday.start == D(2025, 10, 14)


class TestPublishedJson:
    """A published datetime, naive or aware, goes to JSON and back, and the schema says which."""

    @given(
        st.none()
        | st.dates()
        | st.datetimes()
        | st.datetimes(timezones=st.sampled_from([UTC, PLUS_8, EDT])),
    )
    def test_round_trip(self, published: dt.date | None) -> None:
        article = Article(wire_format="generic", text_length=0, published=published)
        back = from_json(Article, to_json(article))
        assert back == article
        assert type(back.published) is type(published)
        if isinstance(published, dt.datetime):
            assert back.published is not None
            assert back.published.utcoffset() == published.utcoffset()  # type: ignore[union-attr]

    @pytest.mark.parametrize(
        ("value", "valid"),
        [
            ("2025-10-13", True),
            ("2025-10-13T09:15:00", True),
            ("2025-10-13T09:15:00+08:00", True),
            ("2025-10-13T09:15:00.000001-04:00", True),
            ("2025-10-13T09:15", False),
            ("2025-10-13 09:15:00", False),
            ("2025-10-13T09:15:00\n", False),
            ("2025-10-13T09:15:00Z", False),
        ],
    )
    def test_schema_and_reader_agree(self, value: str, valid: bool) -> None:
        jsonschema = pytest.importorskip("jsonschema")
        data = json.loads(to_json(Article(wire_format="generic", text_length=0)))
        data["published"] = value
        schema_valid = jsonschema.Draft202012Validator(json_schema()).is_valid(data)
        try:
            from_json(Article, json.dumps(data))
            read = True
        except ValueError:
            read = False
        assert (schema_valid, read) == (valid, valid)

    def test_model_refuses_a_string(self) -> None:
        with pytest.raises(ValidationError, match=r"Article\.published"):
            Article(wire_format="generic", text_length=0, published="2025-10-13")  # type: ignore[arg-type]


def _guard() -> Any:
    """scripts/reuters21578.py, which rebuilds Reuters-21578 records as plain wire text."""
    spec = importlib.util.spec_from_file_location(
        "_reuters21578", ROOT / "scripts" / "reuters21578.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestReuters21578:
    """On a tenth of the Reuters-21578 records as plain wire text, the headline is the title."""

    def test_headlines(self, shared: Path) -> None:
        folder = shared / "reuters21578"
        if not folder.is_dir():
            pytest.skip("no reuters21578 in ../shared")
        expected = {}
        with (folder / "expected.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                expected[record["newid"]] = record
        scored = right = 0
        for index, (newid, text) in enumerate(_guard().stories(folder)):
            title = expected[newid]["title"]
            if index % 10 or not title:
                continue
            article = parse(text, published=D.fromisoformat(expected[newid]["date"]))
            scored += 1
            right += article.headline is not None and " ".join(article.headline.split()) == title
        assert scored > 900
        assert right / scored >= 0.98
