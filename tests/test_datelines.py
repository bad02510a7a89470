"""Datelines in every Xinhua form, and the generic form other agencies share."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmodel.datelines import match_dateline, normalize_place, resolve_dateline
from newsmodel.formats import get
from newsmodel.text import split_blocks

PATTERNS = (*get("xinhua").datelines, *get("generic").datelines)

# id, text, raw, place, date_text, agencies, body start
CASES = [
    (
        "beijing",
        "BEIJING, Oct. 11 (Xinhua) -- Body",
        "BEIJING, Oct. 11 (Xinhua) --",
        "BEIJING",
        "Oct. 11",
        ("Xinhua",),
        "Body",
    ),
    (
        "comma-before-bracket",
        "WASHINGTON, May 11, (Xinhua) -- Body",
        "WASHINGTON, May 11, (Xinhua) --",
        "WASHINGTON",
        "May 11",
        ("Xinhua",),
        "Body",
    ),
    (
        "title-case",
        "Baku, April 21 (Xinhua) -- Body",
        "Baku, April 21 (Xinhua) --",
        "Baku",
        "April 21",
        ("Xinhua",),
        "Body",
    ),
    (
        "two-words",
        "UNITED NATIONS, Sept. 5 (Xinhua) -- Body",
        "UNITED NATIONS, Sept. 5 (Xinhua) --",
        "UNITED NATIONS",
        "Sept. 5",
        ("Xinhua",),
        "Body",
    ),
    (
        "relay",
        "MOSCOW, June 3 (Xinhua/Reuters) -- Body",
        "MOSCOW, June 3 (Xinhua/Reuters) --",
        "MOSCOW",
        "June 3",
        ("Xinhua", "Reuters"),
        "Body",
    ),
    (
        "em-dash",
        "MOSCOW, June 3 (Xinhua) — Body",
        "MOSCOW, June 3 (Xinhua) —",
        "MOSCOW",
        "June 3",
        ("Xinhua",),
        "Body",
    ),
    (
        "en-dash",
        "NAIROBI, March 14 (Xinhua) – Body",
        "NAIROBI, March 14 (Xinhua) –",
        "NAIROBI",
        "March 14",
        ("Xinhua",),
        "Body",
    ),
    (
        "nbsp-and-spaces",
        "BEIJING,\u00a0Oct.  11 (Xinhua) --  Body",
        "BEIJING,\u00a0Oct.  11 (Xinhua) --",
        "BEIJING",
        "Oct. 11",
        ("Xinhua",),
        "Body",
    ),
    (
        "ap-region",
        "COLUMBIA, S.C. (AP) — Body",
        "COLUMBIA, S.C. (AP) —",
        "COLUMBIA, S.C.",
        None,
        ("AP",),
        "Body",
    ),
    ("anpa-underscore", "ATLANTA (AP) _ Body", "ATLANTA (AP) _", "ATLANTA", None, ("AP",), "Body"),
    (
        "compound",
        "SURABAYA, Indonesia/JAKARTA (Reuters) - Body",
        "SURABAYA, Indonesia/JAKARTA (Reuters) -",
        "SURABAYA, Indonesia/JAKARTA",
        None,
        ("Reuters",),
        "Body",
    ),
]


class TestMatch:
    """The dateline's raw text, place, date and agencies are as written; the body follows."""

    @pytest.mark.parametrize(
        ("text", "raw", "place", "date_text", "agencies", "body"),
        [c[1:] for c in CASES],
        ids=[c[0] for c in CASES],
    )
    def test_dateline(
        self,
        text: str,
        raw: str,
        place: str,
        date_text: str | None,
        agencies: tuple[str, ...],
        body: str,
    ) -> None:
        block = split_blocks(text)[0]
        found = match_dateline(block, PATTERNS)
        assert found is not None
        dateline, offset = found
        assert (dateline.raw, dateline.place, dateline.date_text, dateline.agencies) == (
            raw,
            place,
            date_text,
            agencies,
        )
        assert dateline.span.of(text) == raw
        assert block.text[offset:] == body

    @pytest.mark.parametrize(
        "text",
        [
            "Chinese Vice Premier Zhang Guoqing has called for work.",
            "Bombay Stock Exchange (BSE) building in Mumbai.",
            "(Xinhua/Jiang Han)",
        ],
        ids=["sentence", "abbreviation-in-brackets", "credit"],
    )
    def test_not_a_dateline(self, text: str) -> None:
        assert match_dateline(split_blocks(text)[0], PATTERNS) is None


class TestPlaces:
    """Upper-case places are title-cased, abbreviations kept; compound datelines give every city."""

    @pytest.mark.parametrize(
        ("place", "normal"),
        [
            ("HANGZHOU", "Hangzhou"),
            ("ST. JOSEPH, Mich.", "St. Joseph, Mich."),
            ("UNITED NATIONS", "United Nations"),
            ("Baku", "Baku"),
            ("SURABAYA, Indonesia/JAKARTA", "Surabaya, Indonesia/Jakarta"),
            ("COLUMBIA, S.C.", "Columbia, S.C."),
        ],
    )
    def test_normalize(self, place: str, normal: str) -> None:
        assert normalize_place(place) == normal

    def test_compound(self) -> None:
        found = match_dateline(
            split_blocks("SURABAYA, Indonesia/JAKARTA (Reuters) - x")[0], PATTERNS
        )
        assert found is not None
        assert found[0].places == ("SURABAYA", "JAKARTA")
        assert found[0].region == "Indonesia"


class TestResolve:
    """The dateline's year comes from the story, never from today."""

    def _dateline(self, text: str):  # type: ignore[no-untyped-def]
        found = match_dateline(split_blocks(text)[0], PATTERNS)
        assert found is not None
        return found[0]

    def test_publication_year(self) -> None:
        resolved = resolve_dateline(
            self._dateline("HANGZHOU, Oct. 11 (Xinhua) -- x"), dt.date(2025, 10, 13), None
        )
        assert (resolved.date, resolved.date_resolution) == (
            dt.date(2025, 10, 11),
            "publication-date",
        )

    def test_year_boundary(self) -> None:
        resolved = resolve_dateline(
            self._dateline("BEIJING, Dec. 31 (Xinhua) -- x"), dt.date(2026, 1, 2), None
        )
        assert resolved.date == dt.date(2025, 12, 31)

    def test_story_date_when_no_publication(self) -> None:
        resolved = resolve_dateline(
            self._dateline("Baku, April 21 (Xinhua) -- x"), None, dt.date(2025, 4, 20)
        )
        assert (resolved.date, resolved.date_resolution) == (dt.date(2025, 4, 21), "story-date")

    def test_no_anchor_leaves_date_unresolved(self) -> None:
        resolved = resolve_dateline(self._dateline("Baku, April 21 (Xinhua) -- x"), None, None)
        assert resolved.date is None
        assert resolved.date_text == "April 21"
