"""Bylines: one grammar for every agency's ``By NAME[, AGENCY]``, names as people write them."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.formats import default_registry
from newsmodel.recognisers.bylines import read_byline

AGENCIES = default_registry.agency_names()

# id, byline, names, agencies
BYLINES = [
    ("reuters-1987-capitals", "By BERNICE NAPACH, Reuters", ("Bernice Napach",), ("Reuters",)),
    (
        "reuters-two-writers",
        "By Norma Cohen and Geert Linnebank, Reuters",
        ("Norma Cohen", "Geert Linnebank"),
        ("Reuters",),
    ),
    ("reuters-apostrophe", "BY TED D'AFFLISIO, REUTERS", ("Ted D'Afflisio",), ("REUTERS",)),
    ("reuter-sign", "By Peter Torday, Reuter", ("Peter Torday",), ("Reuter",)),
    ("ap-role", "By JOSH BOAK, AP Economics Writer", ("Josh Boak",), ("AP",)),
    (
        "ap-two-and-role",
        "By Jill Colvin and Zeke Miller, Associated Press",
        ("Jill Colvin", "Zeke Miller"),
        ("Associated Press",),
    ),
    (
        "three-writers",
        "By Lin Yu-hsuan, Kevin Chou and Ko Lin",
        ("Lin Yu-hsuan", "Kevin Chou", "Ko Lin"),
        (),
    ),
    ("particles", "By Juan Carlos de la Cruz, EFE", ("Juan Carlos de la Cruz",), ("EFE",)),
    ("capitals-particles", "BY MARIA VON DER HEYDE", ("Maria von der Heyde",), ()),
    ("initial", "By S. Jaishankar Rao, PTI", ("S. Jaishankar Rao",), ("PTI",)),
    ("hyphenated-capitals", "BY JEAN-PIERRE DUBOIS, AFP", ("Jean-Pierre Dubois",), ("AFP",)),
    ("small-particle-glued", "By Massimo d'Alema, ANSA", ("Massimo d'Alema",), ("ANSA",)),
    ("staff-writer", "By Meera Iyengar, Staff Writer", ("Meera Iyengar",), ()),
    (
        "newspaper",
        "By Tom Krasovic, The San Diego Union-Tribune",
        ("Tom Krasovic",),
        ("The San Diego Union-Tribune",),
    ),
    (
        "the-agency",
        "By Lee Hsin-yu, The Associated Press",
        ("Lee Hsin-yu",),
        ("The Associated Press",),
    ),
]

NOT_BYLINES = [
    ("By the end of the year, prices rose.", "sentence"),
    ("By Monday", "one-word"),
    ("BY LAWS OF THE CITY AND THE STATE OF NEW YORK AND THE NATION", "long-capitals"),
    ("Bystanders said the fire spread fast.", "word-starting-with-by"),
    ("By Reuters", "agency-only"),
]


class TestRead:
    """The names, given their case back, and the agencies kept apart."""

    @pytest.mark.parametrize(
        ("text", "names", "agencies"), [c[1:] for c in BYLINES], ids=[c[0] for c in BYLINES]
    )
    def test_reads(self, text: str, names: tuple[str, ...], agencies: tuple[str, ...]) -> None:
        reading = read_byline(text, AGENCIES)
        assert reading is not None
        assert (reading.names, reading.agencies) == (names, agencies)

    @pytest.mark.parametrize(("text", "why"), NOT_BYLINES, ids=[w for _, w in NOT_BYLINES])
    def test_not_a_byline(self, text: str, why: str) -> None:
        assert read_byline(text, AGENCIES) is None


class TestInAStory:
    """A byline above the dateline is a segment of its own, with its names and agencies."""

    @pytest.mark.parametrize(
        ("story", "names", "agencies"),
        [
            (
                "Dollar slips\n\nBy ALAN WHEATLEY, Reuters\n\nLONDON, March 3 - The dollar fell "
                "against the yen on Tuesday, dealers said.",
                ("Alan Wheatley",),
                ("Reuters",),
            ),
            (
                "Senate passes water bill\n\nBy MARY CLARE JALONICK, Associated Press\n\n"
                "WASHINGTON (AP) — The Senate passed a water bill on Tuesday.",
                ("Mary Clare Jalonick",),
                ("Associated Press",),
            ),
        ],
        ids=["reuters", "ap"],
    )
    def test_story(self, story: str, names: tuple[str, ...], agencies: tuple[str, ...]) -> None:
        article = newsmodel.parse(story)
        [byline] = article.bylines
        assert (byline.names, byline.agencies) == (names, agencies)
        assert byline.span.of(story) == byline.raw
        assert [s.kind for s in article.segments][:3] == ["headline", "byline", "dateline"]
