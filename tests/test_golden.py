"""Golden stories we wrote ourselves: each parses to its stored JSON, and its facts hold.

``pytest --update-goldens`` rewrites ``tests/golden/<format>/<slug>.json``; read the diff line by
line before committing. The table of facts below is written by hand, so a wrong golden cannot
hide a bug.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsmodel import Article, from_json, json_schema, parse, to_json

GOLDEN = Path(__file__).parent / "golden"
STORIES = sorted(GOLDEN.glob("*/*.txt"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("story", STORIES, ids=_id)
def test_golden(story: Path, golden: Callable[[Path, str], None]) -> None:
    article = parse(story.read_text(encoding="utf-8"))
    assert article.wire_format == story.parent.name
    produced = to_json(article, indent=2) + "\n"
    golden(story.with_suffix(".json"), produced)
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


# Every agency's golden stories, as their authors wrote them down: the dateline (raw, place, date
# as written, agencies), the credits in order of occurrence (without brackets), the body's start.
WIRE_FACTS: list[tuple[str, str, str | None, str | None, tuple[str, ...], list[str], str]] = [
    (
        "aap/canberra-housing-bill",
        "CANBERRA, March 14 AAP -",
        "CANBERRA",
        "March 14",
        ("AAP",),
        ["Sarah Whitfield/AAP PHOTOS"],
        "The federal government's housing bill ha",
    ),
    (
        "aap/melbourne-grand-prix-crowds",
        "MELBOURNE (AAP) -",
        "MELBOURNE",
        None,
        ("AAP",),
        [],
        "Organisers of this weekend's motorsport ",
    ),
    (
        "aap/sydney-harbour-ferries",
        "SYDNEY, Jan 3 AAP -",
        "SYDNEY",
        "Jan 3",
        ("AAP",),
        ["AAP Image/Mark Doherty"],
        "Sydney commuters face weeks of reduced f",
    ),
    (
        "afp/geneva-title-case-updates",
        "Geneva (AFP) -",
        "Geneva",
        None,
        ("AFP",),
        [],
        "The World Health Organization on Thursda",
    ),
    (
        "afp/nairobi-getty-credit-flood",
        "NAIROBI, March 5 (AFP) -",
        "NAIROBI",
        "March 5",
        ("AFP",),
        ["Peter Kamau/AFP via Getty Images"],
        "Floods triggered by days of torrential r",
    ),
    (
        "afp/paris-dated-farm-protest",
        "PARIS, Jan 14 (AFP) -",
        "PARIS",
        "Jan 14",
        ("AFP",),
        ["AFP PHOTO / Julien MERCIER"],
        "Hundreds of farmers drove tractors into ",
    ),
    (
        "anadolu/ankara-export-figures",
        "ANKARA (AA) -",
        "ANKARA",
        None,
        ("AA",),
        [],
        "Türkiye's exports rose 8.4% year-on-year",
    ),
    (
        "anadolu/istanbul-bosphorus-swim",
        "ISTANBUL (AA) -",
        "ISTANBUL",
        None,
        ("AA",),
        ["Emre Kaya - Anadolu Agency"],
        "More than 2,500 swimmers from 80 countri",
    ),
    (
        "anadolu/washington-drought-aid",
        "WASHINGTON (AA) -",
        "WASHINGTON",
        None,
        ("AA",),
        [],
        "The US on Tuesday pledged $150 million i",
    ),
    (
        "ansa/roma-pasta-exports",
        "(ANSA) - Roma, 16 MAG -",
        "Roma",
        "16 MAG",
        ("ANSA",),
        [],
        "Italian pasta exports rose by 7% in valu",
    ),
    (
        "ansa/rome-museum-tickets",
        "(ANSA) - ROME, JUL 11 -",
        "ROME",
        "JUL 11",
        ("ANSA",),
        [],
        "Italian Culture Minister Lorenzo Ferrett",
    ),
    (
        "ansa/rome-wildfire-sardinia",
        "(ANSA) - Rome, October 11 -",
        "Rome",
        "October 11",
        ("ANSA",),
        [],
        "Firefighters on Saturday were still batt",
    ),
    (
        "ap/atlanta-anpa-underscore-hawks",
        "ATLANTA (AP) _",
        "ATLANTA",
        None,
        ("AP",),
        [],
        "Devin Okafor scored 31 points and the At",
    ),
    (
        "ap/columbia-sc-school-board",
        "COLUMBIA, S.C. (AP) —",
        "COLUMBIA, S.C.",
        None,
        ("AP",),
        ["AP Photo/Caleb Norwood"],
        "A South Carolina school board voted earl",
    ),
    (
        "ap/grosseto-italy-double-dash",
        "GROSSETO, Italy (AP) --",
        "GROSSETO, Italy",
        None,
        ("AP",),
        [],
        "Firefighters in Tuscany on Sunday brough",
    ),
    (
        "ap/washington-senate-water-bill",
        "WASHINGTON (AP) —",
        "WASHINGTON",
        None,
        ("AP",),
        ["AP Photo/Tobias Wren, File", "AP Photo"],
        "The Senate on Thursday passed a bipartis",
    ),
    (
        "bernama/kota-kinabalu-tourism",
        "KOTA KINABALU, Jan 3 (Bernama) --",
        "KOTA KINABALU",
        "Jan 3",
        ("Bernama",),
        [],
        "Sabah is aiming to attract four million ",
    ),
    (
        "bernama/kuala-lumpur-flood-plan",
        "KUALA LUMPUR, Sept 29 (Bernama) --",
        "KUALA LUMPUR",
        "Sept 29",
        ("Bernama",),
        ["--fotoBERNAMA (2025) HAK CIPTA TERPELIHARA"],
        "The government has allocated RM1.5 billi",
    ),
    (
        "bernama/putrajaya-ev-chargers",
        "PUTRAJAYA, Oct 3 (Bernama) --",
        "PUTRAJAYA",
        "Oct 3",
        ("Bernama",),
        [],
        "The Putrajaya Corporation (PPj) will ins",
    ),
    (
        "cna/kaohsiung-port-expansion",
        "Kaohsiung, Oct. 1 (CNA)",
        "Kaohsiung",
        "Oct. 1",
        ("CNA",),
        [],
        "A new container terminal at the Port of ",
    ),
    (
        "cna/taipei-typhoon-closures",
        "Taipei, Sept. 23 (CNA)",
        "Taipei",
        "Sept. 23",
        ("CNA",),
        ["CNA photo Sept. 23, 2025"],
        "Schools and government offices in Taipei",
    ),
    (
        "cna/washington-semiconductor-talks",
        "Washington, Nov. 14 (CNA)",
        "Washington",
        "Nov. 14",
        ("CNA",),
        [],
        "Taiwanese and American officials met in ",
    ),
    (
        "dpa/berlin-rail-strike",
        "Berlin (dpa) -",
        "Berlin",
        None,
        ("dpa",),
        [],
        "Most long-distance and regional trains a",
    ),
    (
        "dpa/brussels-farm-subsidies",
        "Brussels (dpa) -",
        "Brussels",
        None,
        ("dpa",),
        [],
        "European Union agriculture ministers fai",
    ),
    (
        "dpa/seattle-drawbridge-closure",
        "Seattle (tca/dpa) -",
        "Seattle",
        None,
        ("tca", "dpa"),
        [],
        "A century-old drawbridge that carries te",
    ),
    (
        "dpa/vienna-coalition-talks",
        "Vienna (dpa) -",
        "Vienna",
        None,
        ("dpa",),
        [],
        "Talks on forming a new coalition governm",
    ),
    (
        "efe/bogota-river-cleanup",
        "Bogotá, 11 may (EFE).-",
        "Bogotá",
        "11 may",
        ("EFE",),
        [],
        "Colombia's government on Sunday presente",
    ),
    (
        "efe/madrid-heat-warning",
        "Madrid, Jul 14 (EFE).-",
        "Madrid",
        "Jul 14",
        ("EFE",),
        ["EFE/Fernando Alba"],
        "Spain's weather agency on Monday raised ",
    ),
    (
        "efe/mexico-city-metro-line",
        "Mexico City (EFE).-",
        "Mexico City",
        None,
        ("EFE",),
        ["EFE/Isaac Morales"],
        "Mexico City on Saturday opened the first",
    ),
    (
        "ians/chennai-nov-12-metro",
        "Chennai, Nov 12 (IANS)",
        "Chennai",
        "Nov 12",
        ("IANS",),
        [],
        "The second phase of the Chennai Metro Ra",
    ),
    (
        "ians/kolkata-guwahati-tea-auction",
        "Kolkata/Guwahati, July 18 (IANS)",
        "Kolkata/Guwahati",
        "July 18",
        ("IANS",),
        [],
        "Prices of CTC tea at auctions in Kolkata",
    ),
    (
        "ians/new-delhi-byline-air-quality",
        "New Delhi, March 4 (IANS)",
        "New Delhi",
        "March 4",
        ("IANS",),
        ["Photo: IANS"],
        "Delhi recorded its cleanest February air",
    ),
    (
        "kyodo/naha-okinawa-byline-feature",
        "NAHA, Japan (Kyodo) --",
        "NAHA, Japan",
        None,
        ("Kyodo",),
        ["Kyodo"],
        "On a quiet street in Okinawa's capital, ",
    ),
    (
        "kyodo/osaka-dated-expo-site",
        "OSAKA, Nov. 2 (Kyodo) --",
        "OSAKA",
        "Nov. 2",
        ("Kyodo",),
        [],
        "Osaka Prefecture on Sunday unveiled a pl",
    ),
    (
        "kyodo/tokyo-undated-rice-prices",
        "TOKYO (Kyodo) --",
        "TOKYO",
        None,
        ("Kyodo",),
        ["Kyodo"],
        "The Japanese government will release an ",
    ),
    (
        "prnewswire/austin-warehouse-robots",
        "AUSTIN, Texas, Feb. 10, 2025 /PRNewswire/ --",
        "AUSTIN, Texas",
        "Feb. 10, 2025",
        ("PRNewswire",),
        ["PRNewsfoto/Nordvale Robotics"],
        "Nordvale Robotics, a developer of wareho",
    ),
    (
        "prnewswire/new-york-museum-grant",
        "NEW YORK, March 4, 2025 /PRNewswire/ --",
        "NEW YORK",
        "March 4, 2025",
        ("PRNewswire",),
        [],
        "The Halvard Foundation today announced $",
    ),
    (
        "prnewswire/singapore-battery-partnership",
        "SINGAPORE, Oct. 2, 2024 /PRNewswire-AsiaNet/ --",
        "SINGAPORE",
        "Oct. 2, 2024",
        ("PRNewswire-AsiaNet",),
        [],
        "Helio Grid Pte. Ltd., a Singapore-based ",
    ),
    (
        "pti/ahmedabad-new-delhi-bullet-train",
        "Ahmedabad/New Delhi, Jan 22 (PTI)",
        "Ahmedabad/New Delhi",
        "Jan 22",
        ("PTI",),
        ["PTI Photo"],
        "The first trial run of the Mumbai-Ahmeda",
    ),
    (
        "pti/chennai-monsoon-caption-photographer",
        "Chennai, Oct 14 (PTI)",
        "Chennai",
        "Oct 14",
        ("PTI",),
        ["PTI Photo/Kavya Raman"],
        "Schools and colleges in Chennai and thre",
    ),
    (
        "pti/melbourne-cricket-practice",
        "Melbourne, Oct 22 (PTI)",
        "Melbourne",
        "Oct 22",
        ("PTI",),
        [],
        "India skipper Rohan Kulkarni on Tuesday ",
    ),
    (
        "reuters/kyiv-power-grid-caption",
        "KYIV (Reuters) -",
        "KYIV",
        None,
        ("Reuters",),
        ["REUTERS/Irina Kovalenko"],
        "Ukraine's grid operator ordered schedule",
    ),
    (
        "reuters/new-york-treasury-yields",
        "NEW YORK, Aug 10 (Reuters) -",
        "NEW YORK",
        "Aug 10",
        ("Reuters",),
        [],
        "U.S. Treasury yields slipped on Thursday",
    ),
    (
        "reuters/no-place-exclusive-em-dash",
        "(Reuters) —",
        None,
        None,
        ("Reuters",),
        [],
        "Harrowgate Logistics is exploring a sale",
    ),
    (
        "reuters/surabaya-jakarta-ferry-search",
        "SURABAYA, Indonesia/JAKARTA (Reuters) -",
        "SURABAYA, Indonesia/JAKARTA",
        None,
        ("Reuters",),
        [],
        "Indonesian rescuers found 23 more surviv",
    ),
    (
        "tass/genischesk-june-27-water-supply",
        "GENISCHESK, June 27. /TASS/.",
        "GENISCHESK",
        "June 27",
        ("TASS",),
        [],
        "A new water pipeline supplying the town ",
    ),
    (
        "tass/kaliningrad-itar-tass-ferry",
        "KALININGRAD, March 3. /ITAR-TASS/.",
        "KALININGRAD",
        "March 3",
        ("ITAR-TASS",),
        [],
        "A new ferry linking Kaliningrad with Ust",
    ),
    (
        "tass/moscow-october-5-grain-exports",
        "MOSCOW, October 5. /TASS/.",
        "MOSCOW",
        "October 5",
        ("TASS",),
        [],
        "Russia's grain exports in the current ag",
    ),
    (
        "upi/beirut-lebanon-dated-port",
        "BEIRUT, Lebanon, Sept. 20 (UPI) --",
        "BEIRUT, Lebanon",
        "Sept. 20",
        ("UPI",),
        [],
        "Lebanon's parliament on Friday approved ",
    ),
    (
        "upi/date-only-storm-warning",
        "June 3 (UPI) --",
        None,
        "June 3",
        ("UPI",),
        ["Photo by Kyle Benton/UPI"],
        "Forecasters warned of a multiday outbrea",
    ),
    (
        "upi/washington-dated-fda-approval",
        "WASHINGTON, Feb. 11 (UPI) --",
        "WASHINGTON",
        "Feb. 11",
        ("UPI",),
        [],
        "The Food and Drug Administration on Tues",
    ),
    (
        "yonhap/busan-2nd-lead-attn-typhoon",
        "BUSAN, Sept. 3 (Yonhap) --",
        "BUSAN",
        "Sept. 3",
        ("Yonhap",),
        [],
        "Typhoon Saobien brought heavy rain and s",
    ),
    (
        "yonhap/sejong-plain-exports",
        "SEJONG, Feb. 6 (Yonhap) --",
        "SEJONG",
        "Feb. 6",
        ("Yonhap",),
        [],
        "South Korea's exports rose for a fifth c",
    ),
    (
        "yonhap/seoul-lead-byline-baseball",
        "SEOUL, Nov. 24 (Yonhap) --",
        "SEOUL",
        "Nov. 24",
        ("Yonhap",),
        ["Yonhap"],
        "South Korea's national baseball team wil",
    ),
]


@pytest.mark.parametrize(
    ("name", "raw", "place", "date_text", "agencies", "credits", "body"),
    WIRE_FACTS,
    ids=[f[0] for f in WIRE_FACTS],
)
def test_wire_facts(
    name: str,
    raw: str,
    place: str | None,
    date_text: str | None,
    agencies: tuple[str, ...],
    credits: list[str],
    body: str,
) -> None:
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    article = parse(text)
    assert article.wire_format == name.split("/", maxsplit=1)[0]
    d = article.dateline
    assert d is not None
    assert (d.raw, d.place, d.date_text, d.agencies) == (raw, place, date_text, agencies)
    placed = sorted(
        (o.start, p.credit.raw.strip("()[]"))
        for p in article.photos
        if p.credit
        for o in p.occurrences
    )
    assert [raw for _, raw in placed] == credits
    assert article.body[0].text.startswith(body)
    assert not article.unparsed


def test_every_format_has_three_goldens() -> None:
    from newsmodel import formats

    for name in formats.names():
        if name != "generic":
            assert len(list((GOLDEN / name).glob("*.txt"))) >= 3, name


# story, name, honorifics, a title (raw), family name, name order: people in our golden stories
# as a careful editor reads them (honorifics apart, family name first where the culture writes it).
PEOPLE_FACTS: list[tuple[str, str, tuple[str, ...], str, str | None, str]] = [
    (
        "bernama/putrajaya-ev-chargers",
        "Hazlan Mohd Yusof",
        ("Datuk",),
        "Putrajaya Corporation president",
        "Yusof",
        "given-first",
    ),
    (
        "bernama/kuala-lumpur-flood-plan",
        "Azman Hakimi",
        ("Datuk Seri",),
        "Deputy Prime Minister",
        "Hakimi",
        "given-first",
    ),
    (
        "cna/washington-semiconductor-talks",
        "Tsai Wen-lung",
        (),
        "Deputy Economics Minister",
        "Tsai",
        "family-first",
    ),
    (
        "ians/chennai-nov-12-metro",
        "K. Ilango Selvan",
        (),
        "Tamil Nadu Industries Minister",
        "Selvan",
        "given-first",
    ),
    (
        "xinhua/repeated-four-times",
        "Tan Shuyi",
        (),
        "Chinese Ambassador to Azerbaijan",
        "Tan",
        "family-first",
    ),
]


@pytest.mark.parametrize(
    ("story", "name", "honorifics", "title", "family", "order"),
    PEOPLE_FACTS,
    ids=[f"{f[0]}:{f[1]}" for f in PEOPLE_FACTS],
)
def test_people_facts(
    story: str,
    name: str,
    honorifics: tuple[str, ...],
    title: str,
    family: str | None,
    order: str,
) -> None:
    article = parse((GOLDEN / f"{story}.txt").read_text(encoding="utf-8"))
    person = next(p for p in article.people if p.name == name)
    assert person.honorifics == honorifics
    assert title in [t.raw for t in person.titles]
    assert (person.family_name, person.name_order.value) == (family, order)
