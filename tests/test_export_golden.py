"""Golden exports of our own golden stories: each writer's output is stored, and its facts hold.

``pytest --update-goldens`` rewrites ``tests/golden_export/<writer>/<format>--<slug>.<ext>`` (the
folder is the key of :data:`newsmodel.export.WRITERS`); read the diff before committing. The
table of facts is written by hand, so a wrong golden cannot hide a bug.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from newsmodel import Article, parse
from newsmodel.export import dumps

GOLDEN = Path(__file__).parent / "golden"
EXPORTS = Path(__file__).parent / "golden_export"
#: The stories exported: a header and a caption above the dateline with a titled person (Xinhua),
#: a byline (Yonhap), an AFP photographer credit, two AP captions (one with no photographer).
STORIES = (
    "xinhua/header-caption-before",
    "yonhap/seoul-lead-byline-baseball",
    "afp/paris-dated-farm-protest",
    "ap/washington-senate-water-bill",
)
EXTENSIONS = {"ninjs": "json", "jsonld": "json", "nitf": "xml"}


def _article(story: str) -> Article:
    return parse((GOLDEN / f"{story}.txt").read_text(encoding="utf-8"))


def _path(writer: str, story: str) -> Path:
    return EXPORTS / writer / f"{story.replace('/', '--')}.{EXTENSIONS[writer]}"


CASES = [(writer, story) for writer in EXTENSIONS for story in STORIES]


@pytest.mark.parametrize(("writer", "story"), CASES, ids=[f"{w}:{s}" for w, s in CASES])
def test_golden_export(writer: str, story: str, golden: Callable[[Path, str], None]) -> None:
    golden(_path(writer, story), dumps(_article(story), writer, indent=2) + "\n")


def _ninjs(story: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_path("ninjs", story).read_text(encoding="utf-8"))
    return data


def _jsonld(story: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_path("jsonld", story).read_text(encoding="utf-8"))
    return data


def _nitf(story: str) -> ElementTree.Element:
    return ElementTree.fromstring(_path("nitf", story).read_bytes())


# What each stored export shows, by hand: ninjs located, by, credit lines, people; JSON-LD
# dateline, datePublished, image credits and authors, one mention's name parts and job titles;
# NITF dateline city and date, byline, paragraphs, media producers.
FACTS: dict[str, dict[str, Any]] = {
    "xinhua/header-caption-before": {
        "located": "Beijing",
        "by": None,
        "credit_lines": ["(Xinhua/Gao Jianmin)"],
        "firstCreated": "2025-10-13T00:00:00Z",
        "datePublished": "2025-10-13",
        "people": ["Wang Lihua"],
        "dateline": "BEIJING, Oct. 11 (Xinhua) --",
        "authors": [["Gao Jianmin"]],
        "mention": ("Wang Lihua", "Lihua", "Wang", ["Vice Premier", "member"]),
        "city": ("BEIJING", "Oct. 11", "20251011"),
        "paragraphs": 7,
        "first_content": "media",
    },
    "yonhap/seoul-lead-byline-baseball": {
        "located": "Seoul",
        "by": "Han Seo-yeon",
        "credit_lines": ["(Yonhap)"],
        "firstCreated": None,
        "people": ["Ryu Jae-won", "Oh Sung-hoon"],
        "dateline": "SEOUL, Nov. 24 (Yonhap) --",
        "authors": [[]],
        "mention": ("Ryu Jae-won", "Jae-won", "Ryu", ["manager"]),
        "city": ("SEOUL", "Nov. 24", "20251124"),  # the year from the caption's date
        "byline": "By Han Seo-yeon",
    },
    "afp/paris-dated-farm-protest": {
        "located": "Paris",
        "by": None,
        "credit_lines": ["(AFP PHOTO / Julien MERCIER)"],
        "firstCreated": None,
        "dateline": "PARIS, Jan 14 (AFP) -",
        "authors": [["Julien MERCIER"]],
        "mention": ("Sophie Lemaire", "Sophie", "Lemaire", ["Minister"]),
        "city": ("PARIS", "Jan 14", "20250114"),  # the year from the caption's date
    },
    "ap/washington-senate-water-bill": {
        "located": "Washington",
        "by": None,
        "credit_lines": ["(AP Photo/Tobias Wren, File)", "(AP Photo)"],
        "firstCreated": None,
        "people": [
            "Carla Whitmore",
            "Douglas Pruitt",
            "Howard Lin",
            "Everett Cole",
            "Marianne Fowler",
        ],
        "dateline": "WASHINGTON (AP) —",
        "authors": [["Tobias Wren"], []],
        "mention": ("Howard Lin", "Howard", "Lin", ["Secretary"]),
        "city": ("WASHINGTON", None, None),
        "paragraphs": 7,
        "first_content": "p",
    },
}


def _credit_lines(item: dict[str, Any]) -> list[str]:
    return [
        d["value"]
        for picture in item.get("associations", [])
        for d in picture["descriptions"]
        if d["role"] == "creditline"
    ]


@pytest.mark.parametrize("story", sorted(FACTS), ids=sorted(FACTS))
class TestFacts:
    """The stored exports say what the stories say."""

    def test_ninjs(self, story: str) -> None:
        facts, item = FACTS[story], _ninjs(story)
        assert item["located"] == facts["located"]
        assert item.get("by") == facts["by"]
        assert item.get("firstCreated") == facts["firstCreated"]
        assert _credit_lines(item) == facts["credit_lines"]
        assert item["bodies"][0]["value"].startswith(facts["dateline"] + " ")
        if "people" in facts:
            assert [p["name"] for p in item["people"]] == facts["people"]

    def test_jsonld(self, story: str) -> None:
        facts, doc = FACTS[story], _jsonld(story)
        assert (doc["@type"], doc["dateline"]) == ("NewsArticle", facts["dateline"])
        assert doc.get("datePublished") == facts.get("datePublished")
        assert [image["creditText"] for image in doc["image"]] == facts["credit_lines"]
        authors = [
            [a["name"] for a in image["author"] if a["@type"] == "Person"] for image in doc["image"]
        ]
        assert authors == facts["authors"]
        name, given, family, roles = facts["mention"]
        mention = next(m for m in doc["mentions"] if m["name"] == name)
        assert (mention["givenName"], mention["familyName"], mention["jobTitle"]) == (
            given,
            family,
            roles,
        )

    def test_nitf(self, story: str) -> None:
        facts, root = FACTS[story], _nitf(story)
        dateline = root.find("body/body.head/dateline")
        assert dateline is not None
        assert "".join(dateline.itertext()) == facts["dateline"]
        city, date_text, norm = facts["city"]
        assert dateline.findtext("location/city") == city
        assert dateline.findtext("story.date") == date_text
        date = dateline.find("story.date")
        assert (date.get("norm") if date is not None else None) == norm
        producers = [m.text for m in root.iter("media-producer")]
        assert producers == facts["credit_lines"]
        assert root.findtext("body/body.head/byline") == facts.get("byline")
        content = root.find("body/body.content")
        assert content is not None
        if "paragraphs" in facts:
            assert len(content.findall("p")) == facts["paragraphs"]
            assert content[0].tag == facts["first_content"]
