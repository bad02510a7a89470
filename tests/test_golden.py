"""Golden stories we wrote ourselves: each parses to its stored JSON, and its facts hold.

``pytest --update-goldens`` rewrites ``tests/golden/<format>/<slug>.json``; read the diff line by
line before committing. The table of facts below is written by hand, so a wrong golden cannot
hide a bug.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from newsmodel import Article, from_json, json_schema, parse, to_json

GOLDEN = Path(__file__).parent / "golden"
STORIES = sorted(GOLDEN.glob("*/*.txt"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("story", STORIES, ids=_id)
def test_golden(story: Path, update_goldens: bool) -> None:
    article = parse(story.read_text(encoding="utf-8"))
    assert article.wire_format == story.parent.name
    produced = to_json(article, indent=2) + "\n"
    expected = story.with_suffix(".json")
    if update_goldens:
        expected.write_text(produced, encoding="utf-8")
    elif not expected.exists():
        pytest.fail(f"{expected.name} is missing: run pytest --update-goldens and read the diff")
    assert produced == expected.read_text(encoding="utf-8")
    assert from_json(Article, produced) == article


@pytest.mark.parametrize("story", STORIES, ids=_id)
def test_golden_matches_schema(story: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(
        json.loads(story.with_suffix(".json").read_text(encoding="utf-8")), json_schema()
    )


D = dt.date
# What each golden story was written to show, asserted by hand.
FACTS: dict[str, dict[str, Any]] = {
    "xinhua/header-caption-before": {
        "published": D(2025, 10, 13),
        "dateline": (
            "BEIJING, Oct. 11 (Xinhua) --",
            "BEIJING",
            "Oct. 11",
            D(2025, 10, 11),
            ("Xinhua",),
        ),
        "body": (7, "Chinese Vice Premier Wang Lihua has call"),
        "credits": ["(Xinhua/Gao Jianmin)"],
        "photos": [1],
        "before_dateline": 1,
        "person": ("Wang Lihua", "Chinese Vice Premier", "Wang"),
        "range": ("from Thursday to Saturday", D(2025, 10, 9), D(2025, 10, 11)),
    },
    "xinhua/captions-among-after": {
        "published": None,
        "dateline": (
            "UNITED NATIONS, Sept. 5 (Xinhua) --",
            "UNITED NATIONS",
            "Sept. 5",
            D(2024, 9, 5),
            ("Xinhua",),
        ),
        "body": (6, "A Chinese envoy on Thursday called on th"),
        "credits": ["(Xinhua/Liang Wen, Qian Yefei)", "(Photo by Tang Ruiqi/Xinhua)"],
        "photographers": [("Liang Wen", "Qian Yefei"), ("Tang Ruiqi",)],
        "photos": [1, 1],
        "shared": "The UN Security Council held an open debate on strengthening conflict prevention through regional cooperation on Thursday.",
        "sign_off": True,
    },
    "xinhua/repeated-twice": {
        "published": D(2025, 5, 12),
        "dateline": (
            "WASHINGTON, May 11, (Xinhua) --",
            "WASHINGTON",
            "May 11",
            D(2025, 5, 11),
            ("Xinhua",),
        ),
        "body": (7, "Thousands of residents and tourists have"),
        "credits": ["(Xinhua/Pan Yuling)"],
        "photos": [2],
    },
    "xinhua/repeated-four-times": {
        "published": None,
        "dateline": ("Baku, April 21 (Xinhua) --", "Baku", "April 21", D(2025, 4, 21), ("Xinhua",)),
        "body": (6, "An exhibition of contemporary Chinese ar"),
        "credits": ["[Photo/Xinhua]"],
        "photographers": [()],
        "photos": [4],
    },
    "xinhua/em-dash-relay": {
        "published": D(2025, 6, 4),
        "dateline": (
            "MOSCOW, June 3 (Xinhua/Reuters) —",
            "MOSCOW",
            "June 3",
            D(2025, 6, 3),
            ("Xinhua", "Reuters"),
        ),
        "body": (8, "Heavy rain and thunderstorms swept acros"),
        "credits": [],
        "photos": [],
    },
    "xinhua/en-dash": {
        "published": None,
        "dateline": (
            "NAIROBI, March 14 (Xinhua) –",
            "NAIROBI",
            "March 14",
            D(2025, 3, 14),
            ("Xinhua",),
        ),
        "body": (7, "The first group of 180 students graduate"),
        "credits": ["(Xinhua/Han Xueying)"],
        "photos": [1],
    },
    "xinhua/no-dateline": {
        "published": D(2025, 9, 19),
        "dateline": None,
        "body": (6, "Chinese Premier Li Wenjun on Thursday ca"),
        "credits": ["(Xinhua/Deng Yuhang)"],
        "photos": [1],
        "person": ("Li Wenjun", "Chinese Premier", "Li"),
    },
    "xinhua/year-boundary": {
        "published": D(2026, 1, 2),
        "dateline": (
            "BEIJING, Dec. 31 (Xinhua) --",
            "BEIJING",
            "Dec. 31",
            D(2025, 12, 31),
            ("Xinhua",),
        ),
        "body": (6, "China's South-to-North Water Diversion P"),
        "credits": ["(Xinhua/Lu Shaowen)"],
        "photos": [1],
        "sign_off": True,
    },
}


def _facts() -> list[tuple[str, dict[str, Any]]]:
    return sorted(FACTS.items())


@pytest.mark.parametrize(("name", "facts"), _facts(), ids=[n for n, _ in _facts()])
def test_facts(name: str, facts: dict[str, Any]) -> None:
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    article = parse(text)
    assert article.published == facts["published"]
    if facts["dateline"] is None:
        assert article.dateline is None
    else:
        d = article.dateline
        assert d is not None
        assert (d.raw, d.place, d.date_text, d.date, d.agencies) == facts["dateline"]
        assert d.span.of(text) == d.raw
    count, start = facts["body"]
    assert len(article.body) == count
    assert article.body[0].text.startswith(start)
    placed = sorted(
        (o.start, p.credit.raw if p.credit else None) for p in article.photos for o in p.occurrences
    )
    assert list(dict.fromkeys(raw for _, raw in placed)) == facts["credits"]
    assert [len(p.occurrences) for p in article.photos] == facts["photos"]
    if "photographers" in facts:
        assert [p.credit.photographers for p in article.photos if p.credit] == facts[
            "photographers"
        ]
    if "before_dateline" in facts:
        assert article.dateline is not None
        before = [p for p in article.photos if p.occurrences[0].end < article.dateline.span.start]
        assert len(before) == facts["before_dateline"]
    if "shared" in facts:
        assert all(facts["shared"] in p.shared for p in article.photos)
    if "person" in facts:
        name_, title, short = facts["person"]
        person = next(p for p in article.people if p.name == name_)
        assert title in [t.raw for t in person.titles]
        assert short in [m.text for m in person.mentions]
    if "range" in facts:
        phrase, first, last = facts["range"]
        assert {(t.start, t.end) for t in article.times if t.text == phrase} == {(first, last)}
    assert ("sign-off" in {s.kind.value for s in article.segments}) == facts.get("sign_off", False)
    assert not article.unparsed
