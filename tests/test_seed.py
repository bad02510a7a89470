"""Every row of shared/seed/expected.md holds for the story the project was created from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsmodel import Article, NameOrder, SegmentKind, parse_file

SEED = "seed/xinhua-2025-10-13-zhang-guoqing.txt"


@pytest.fixture
def seed(shared: Path) -> tuple[Article, str]:
    path = shared / SEED
    return parse_file(path), path.read_text(encoding="utf-8")


class TestSeed:
    """The rows of expected.md, one test each."""

    def test_wire_format(self, seed: tuple[Article, str]) -> None:
        assert seed[0].wire_format == "xinhua"

    def test_headline(self, seed: tuple[Article, str]) -> None:
        assert (
            seed[0].headline
            == "Chinese vice premier urges efforts to boost growth of specialized enterprises"
        )

    def test_publication_date_agrees(self, seed: tuple[Article, str]) -> None:
        article, _ = seed
        assert article.published == dt.date(2025, 10, 13)
        assert not [d for d in article.diagnostics if d.code == "date-mismatch"]

    def test_dateline(self, seed: tuple[Article, str]) -> None:
        dateline = seed[0].dateline
        assert dateline is not None
        assert dateline.raw == "HANGZHOU, Oct. 11 (Xinhua) --"
        assert (dateline.place, dateline.normalized_place) == ("HANGZHOU", "Hangzhou")
        assert (dateline.date_text, dateline.date) == ("Oct. 11", dt.date(2025, 10, 11))
        assert dateline.agencies == ("Xinhua",)

    def test_body(self, seed: tuple[Article, str]) -> None:
        body = seed[0].body
        assert len(body) == 7
        assert body[0].text.startswith(
            "Chinese Vice Premier Zhang Guoqing has called for further work"
        )
        assert body[-1].text.startswith("He said work should be done")

    def test_photos(self, seed: tuple[Article, str]) -> None:
        article, text = seed
        assert len(article.photos) == 2
        for photo in article.photos:
            assert len(photo.occurrences) == 1
            assert photo.credit is not None
            assert (photo.credit.agency, photo.credit.photographers) == ("Xinhua", ("Jiang Han",))
            assert photo.credit.span.of(text) == "(Xinhua/Jiang Han)"

    def test_caption_1(self, seed: tuple[Article, str]) -> None:
        article, _ = seed
        first = article.photos[0]
        assert first.occurrences[0].end < article.dateline.span.start  # type: ignore[union-attr]
        assert "inspects a petrochemical base" in first.text
        assert [article.people[i].name for i in first.people] == ["Zhang Guoqing"]
        assert (first.place, first.date) == (
            "Zhoushan City, Zhejiang Province",
            dt.date(2025, 10, 9),
        )

    def test_caption_2(self, seed: tuple[Article, str]) -> None:
        article, _ = seed
        second = article.photos[1]
        assert second.occurrences[0].start > article.body[-1].span.end
        assert "all-solid-state battery" in second.text.replace("batteries", "battery")
        assert [article.people[i].name for i in second.people] == ["Zhang Guoqing"]
        assert (second.place, second.date) == ("Zhejiang Province", dt.date(2025, 10, 10))

    def test_repeated_caption_text(self, seed: tuple[Article, str]) -> None:
        first, second = seed[0].photos
        sentence = "Zhang made a research trip to east China's Zhejiang Province from Thursday to Saturday."
        assert sentence in first.shared and sentence in second.shared
        assert any(
            s.startswith("Chinese Vice Premier Zhang Guoqing, also a member") for s in first.shared
        )

    def test_person(self, seed: tuple[Article, str]) -> None:
        [person] = seed[0].people
        assert (person.name, person.family_name, person.given_name) == (
            "Zhang Guoqing",
            "Zhang",
            "Guoqing",
        )
        assert person.name_order is NameOrder.FAMILY_FIRST

    def test_titles(self, seed: tuple[Article, str]) -> None:
        [person] = seed[0].people
        roles = [(t.role, t.country) for t in person.titles]
        assert ("Vice Premier", "China") in roles
        assert (
            "member of the Political Bureau of the Communist Party of China Central Committee"
            in [t.raw for t in person.titles]
        )

    def test_mentions(self, seed: tuple[Article, str]) -> None:
        article, text = seed
        [person] = article.people
        texts = [m.text for m in person.mentions]
        assert texts.count("Zhang Guoqing") >= 3
        assert texts.count("Zhang") >= 5
        assert all(m.span.of(text) == m.text for m in person.mentions)
        titled = [
            m for m in person.mentions if text[: m.span.start].endswith("Chinese Vice Premier ")
        ]
        assert len(titled) == 3

    def test_relative_dates(self, seed: tuple[Article, str]) -> None:
        ranges = {(t.start, t.end) for t in seed[0].times if t.text == "from Thursday to Saturday"}
        assert ranges == {(dt.date(2025, 10, 9), dt.date(2025, 10, 11))}

    def test_nothing_lost(self, seed: tuple[Article, str]) -> None:
        article, text = seed
        kinds = {s.kind for s in article.segments}
        assert kinds == {
            SegmentKind.HEADER,
            SegmentKind.DATE_LINE,
            SegmentKind.CAPTION,
            SegmentKind.DATELINE,
            SegmentKind.BODY,
        }
        covered = [0] * len(text)
        for segment in article.segments:
            for i in range(segment.span.start, segment.span.end):
                covered[i] += 1
        assert all(covered[i] == 1 for i, ch in enumerate(text) if not ch.isspace())
        assert not article.unparsed and not article.diagnostics
