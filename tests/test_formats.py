"""Every dateline, credit, mark, byline and sign-off form the built-in formats promise."""

from __future__ import annotations

import re
from pathlib import Path

import hypothesis
import pytest
from hypothesis import strategies as st

from newsmodel import SegmentKind, parse
from newsmodel._regex import either, widest
from newsmodel.formats import default_registry
from newsmodel.formats.base import dateline_pattern
from newsmodel.pipeline import _matches_whole
from newsmodel.text import split_blocks

# id, text, format detected, raw, place, date_text, agencies
DATELINES = [
    (
        "reuters-dated",
        "NEW YORK, Aug 10 (Reuters) - Stocks rose.",
        "reuters",
        "NEW YORK, Aug 10 (Reuters) -",
        "NEW YORK",
        "Aug 10",
        ("Reuters",),
    ),
    (
        "reuters-undated",
        "KYIV (Reuters) - Power returned.",
        "reuters",
        "KYIV (Reuters) -",
        "KYIV",
        None,
        ("Reuters",),
    ),
    (
        "reuters-compound",
        "SURABAYA, Indonesia/JAKARTA (Reuters) - Ships sailed.",
        "reuters",
        "SURABAYA, Indonesia/JAKARTA (Reuters) -",
        "SURABAYA, Indonesia/JAKARTA",
        None,
        ("Reuters",),
    ),
    (
        "reuters-no-place",
        "(Reuters) — The firm said.",
        "reuters",
        "(Reuters) —",
        None,
        None,
        ("Reuters",),
    ),
    (
        "ap",
        "WASHINGTON (AP) — The Senate voted.",
        "ap",
        "WASHINGTON (AP) —",
        "WASHINGTON",
        None,
        ("AP",),
    ),
    (
        "ap-state",
        "COLUMBIA, S.C. (AP) — A board voted.",
        "ap",
        "COLUMBIA, S.C. (AP) —",
        "COLUMBIA, S.C.",
        None,
        ("AP",),
    ),
    ("ap-anpa", "ATLANTA (AP) _ The Hawks won.", "ap", "ATLANTA (AP) _", "ATLANTA", None, ("AP",)),
    (
        "afp",
        "PARIS, Jan 1 (AFP) - Farmers marched.",
        "afp",
        "PARIS, Jan 1 (AFP) -",
        "PARIS",
        "Jan 1",
        ("AFP",),
    ),
    (
        "upi",
        "BEIRUT, Lebanon, Sept. 20 (UPI) -- Parliament met.",
        "upi",
        "BEIRUT, Lebanon, Sept. 20 (UPI) --",
        "BEIRUT, Lebanon",
        "Sept. 20",
        ("UPI",),
    ),
    (
        "upi-date-only",
        "June 3 (UPI) -- Storms hit.",
        "upi",
        "June 3 (UPI) --",
        None,
        "June 3",
        ("UPI",),
    ),
    (
        "kyodo",
        "TOKYO (Kyodo) -- Rice prices rose.",
        "kyodo",
        "TOKYO (Kyodo) --",
        "TOKYO",
        None,
        ("Kyodo",),
    ),
    (
        "yonhap",
        "SEOUL, Nov. 24 (Yonhap) -- Exports rose.",
        "yonhap",
        "SEOUL, Nov. 24 (Yonhap) --",
        "SEOUL",
        "Nov. 24",
        ("Yonhap",),
    ),
    (
        "tass",
        "GENISCHESK, June 27. /TASS/. Water flowed.",
        "tass",
        "GENISCHESK, June 27. /TASS/.",
        "GENISCHESK",
        "June 27",
        ("TASS",),
    ),
    (
        "pti-no-dash",
        "Melbourne, Oct 22 (PTI) India trained.",
        "pti",
        "Melbourne, Oct 22 (PTI)",
        "Melbourne",
        "Oct 22",
        ("PTI",),
    ),
    (
        "pti-two-places",
        "Ahmedabad/New Delhi, Jan 22 (PTI) Trains ran.",
        "pti",
        "Ahmedabad/New Delhi, Jan 22 (PTI)",
        "Ahmedabad/New Delhi",
        "Jan 22",
        ("PTI",),
    ),
    (
        "ians",
        "Chennai, Nov 12 (IANS) The metro opened.",
        "ians",
        "Chennai, Nov 12 (IANS)",
        "Chennai",
        "Nov 12",
        ("IANS",),
    ),
    (
        "dpa-two-agencies",
        "San Diego (tca/dpa) - A bridge closed.",
        "dpa",
        "San Diego (tca/dpa) -",
        "San Diego",
        None,
        ("tca", "dpa"),
    ),
    (
        "efe-spanish-month",
        "Madrid, 11 may (EFE).- The heat rose.",
        "efe",
        "Madrid, 11 may (EFE).-",
        "Madrid",
        "11 may",
        ("EFE",),
    ),
    (
        "ansa-upper",
        "(ANSA) - ROME, JUL 11 - Museums opened.",
        "ansa",
        "(ANSA) - ROME, JUL 11 -",
        "ROME",
        "JUL 11",
        ("ANSA",),
    ),
    (
        "ansa-title",
        "(ANSA) - Rome, October 11 - Fires burned.",
        "ansa",
        "(ANSA) - Rome, October 11 -",
        "Rome",
        "October 11",
        ("ANSA",),
    ),
    (
        "bernama",
        "KUALA LUMPUR, Sept 29 (Bernama) -- Funds rose.",
        "bernama",
        "KUALA LUMPUR, Sept 29 (Bernama) --",
        "KUALA LUMPUR",
        "Sept 29",
        ("Bernama",),
    ),
    (
        "cna",
        "Taipei, Sept. 23 (CNA) Schools closed.",
        "cna",
        "Taipei, Sept. 23 (CNA)",
        "Taipei",
        "Sept. 23",
        ("CNA",),
    ),
    ("anadolu", "ANKARA (AA) - Exports rose.", "anadolu", "ANKARA (AA) -", "ANKARA", None, ("AA",)),
    (
        "prnewswire",
        "AUSTIN, Texas, Feb. 1, 2017 /PRNewswire/ -- A firm said.",
        "prnewswire",
        "AUSTIN, Texas, Feb. 1, 2017 /PRNewswire/ --",
        "AUSTIN, Texas",
        "Feb. 1, 2017",
        ("PRNewswire",),
    ),
]


@pytest.mark.parametrize(
    ("text", "fmt", "raw", "place", "date_text", "agencies"),
    [c[1:] for c in DATELINES],
    ids=[c[0] for c in DATELINES],
)
def test_dateline_forms(
    text: str,
    fmt: str,
    raw: str,
    place: str | None,
    date_text: str | None,
    agencies: tuple[str, ...],
) -> None:
    article = parse(text)
    assert article.wire_format == fmt
    d = article.dateline
    assert d is not None
    assert (d.raw, d.place, d.date_text, d.agencies) == (raw, place, date_text, agencies)
    assert article.body[0].text[0].isupper()


@pytest.mark.parametrize(
    ("text", "is_dateline"),
    [
        pytest.param("BEIJING, Oct. 11 (Xinhua) -- Body.", True, id="bracket-at-once"),
        pytest.param("B" * 150 + " (Xinhua) -- Body.", True, id="bracket-within-reach"),
        pytest.param("B" * 201 + " (Xinhua) -- Body.", False, id="bracket-beyond-reach"),
        pytest.param(
            "Vice Premier Ann Lee visits a plant in Hefei, Oct. 9, 2025, as workers look on and "
            "engineers explain the new line to visitors from the province. (Xinhua/Li Ming)",
            False,
            id="caption-with-its-credit-at-the-end",
        ),
    ],
)
def test_dateline_bracket_must_open_near_the_start(text: str, is_dateline: bool) -> None:
    """``dateline_pattern`` looks for the agency's bracket within the first 200 characters."""
    assert (dateline_pattern(["Xinhua"]).match(text) is not None) is is_dateline


def test_dateline_year_resolved_from_prnewswire_text() -> None:
    d = parse("AUSTIN, Texas, Feb. 1, 2017 /PRNewswire/ -- A firm said.").dateline
    assert d is not None
    assert (d.date.isoformat() if d.date else None, d.region) == ("2017-02-01", "Texas")


# id, story, kind of the paragraph named, that paragraph
PARTS = [
    ("enditem", "BEIJING, Oct. 11 (Xinhua) -- Body.\n\nEnditem", SegmentKind.SIGN_OFF, "Enditem"),
    (
        "bernama",
        "KUALA LUMPUR, Sept 29 (Bernama) -- Body.\n\n-- BERNAMA",
        SegmentKind.SIGN_OFF,
        "-- BERNAMA",
    ),
    ("end-square", "SEOUL, Nov. 24 (Yonhap) -- Body.\n\n■", SegmentKind.SIGN_OFF, "■"),
    (
        "reporting-by",
        "KYIV (Reuters) - Body.\n\n(Reporting by Jane Doe; Editing by John Roe)",
        SegmentKind.SIGN_OFF,
        "(Reporting by Jane Doe; Editing by John Roe)",
    ),
    (
        "correction",
        "KYIV (Reuters) - Body.\n\n(This story has been corrected to fix the name in paragraph 2)",
        SegmentKind.SIGN_OFF,
        "(This story has been corrected to fix the name in paragraph 2)",
    ),
    ("lead", "(LEAD)\n\nSEOUL, Nov. 24 (Yonhap) -- Body.", SegmentKind.MARK, "(LEAD)"),
    (
        "attn",
        "(ATTN: UPDATES with details)\n\nSEOUL, Nov. 24 (Yonhap) -- Body.",
        SegmentKind.MARK,
        "(ATTN: UPDATES with details)",
    ),
    ("refile", "REFILE\n\nBerlin (dpa) - Body.", SegmentKind.MARK, "REFILE"),
    ("first-lead", "1ST LEAD\n\nBerlin (dpa) - Body.", SegmentKind.MARK, "1ST LEAD"),
    ("extra", "EXTRA\n\nBerlin (dpa) - Body.", SegmentKind.MARK, "EXTRA"),
    (
        "ap-byline",
        "By CHARLES ODUM=\n\nATLANTA (AP) _ Body.",
        SegmentKind.BYLINE,
        "By CHARLES ODUM=",
    ),
    (
        "yonhap-byline",
        "By Yoo Jee-ho\n\nSEOUL, Nov. 24 (Yonhap) -- Body.",
        SegmentKind.BYLINE,
        "By Yoo Jee-ho",
    ),
    (
        "dpa-byline",
        "By dpa correspondents =\n\nBerlin (dpa) - Body.",
        SegmentKind.BYLINE,
        "By dpa correspondents =",
    ),
]


@pytest.mark.parametrize(
    ("text", "kind", "part"), [c[1:] for c in PARTS], ids=[c[0] for c in PARTS]
)
def test_marks_bylines_sign_offs(text: str, kind: SegmentKind, part: str) -> None:
    article = parse(text)
    found = [s.span.of(text) for s in article.segments if s.kind is kind]
    assert found == [part]
    assert not article.unparsed


def test_byline_names() -> None:
    [byline] = parse("By Yoo Jee-ho\n\nSEOUL, Nov. 24 (Yonhap) -- Body.").bylines
    assert byline.names == ("Yoo Jee-ho",)


def test_dpa_headline_loses_its_equals_sign() -> None:
    article = parse("Rail strike halts trains =\n\nBerlin (dpa) - Body.")
    assert article.headline == "Rail strike halts trains"


def test_sign_offs_joined_match_as_each_does() -> None:
    """The pipeline tries a story's sign-offs as one pattern where joining keeps every match:
    every paragraph of the golden stories is a sign-off of each format, joined, as it is of
    the patterns one by one (with the generic format's after them, as a story has them)."""
    paragraphs = {
        block.text
        for path in (Path(__file__).parent / "golden").rglob("*.txt")
        for block in split_blocks(path.read_text(encoding="utf-8"))
    }
    paragraphs |= {"Enditem", "ENDITEM.", "(END)", "-30-", "Reuter", "# # #", "enditem"}
    view = default_registry.snapshot()
    generic = view.get("generic").sign_offs
    joined_formats = set()
    for fmt in view:
        patterns = fmt.sign_offs + (generic if fmt.name != "generic" else ())
        joined = either(patterns)
        if len(joined) < len(patterns):
            joined_formats.add(fmt.name)
        for text in paragraphs:
            assert _matches_whole(joined, text) == _matches_whole(patterns, text), (fmt.name, text)
    assert {"xinhua", "reuters", "dpa"} <= joined_formats  # (the test compares joined patterns)


@pytest.mark.parametrize(
    ("patterns", "joined"),
    [
        pytest.param([r"Enditem\.?", r"-30-"], [r"(?:Enditem\.?)|(?:-30-)"], id="plain"),
        pytest.param([r"end", "(?i)ENDE"], [r"end", "(?i)ENDE"], id="inline-flag-kept"),
        pytest.param([r"Enditem", r"(\w+) ends"], [r"Enditem", r"(\w+) ends"], id="group-kept"),
        pytest.param([r"Enditem"], [r"Enditem"], id="one"),
    ],
)
def test_sign_offs_joined_only_where_no_match_can_change(
    patterns: list[str], joined: list[str]
) -> None:
    together = either(tuple(re.compile(p) for p in patterns))
    assert [p.pattern for p in together] == joined


def test_sign_offs_joined_keep_each_ones_flags() -> None:
    (joined,) = either((re.compile("enditem", re.IGNORECASE), re.compile("-30-")))
    assert joined.pattern == "(?i:enditem)|(?:-30-)"
    assert joined.fullmatch("ENDITEM") and not joined.fullmatch("-30-x")


@pytest.mark.parametrize(
    ("patterns", "width"),
    [
        pytest.param([r"Enditem\.?"], 8, id="optional-stop"),
        pytest.param(["■", r"\(END\)", "-30-"], 5, id="the-longest-of-several"),
        pytest.param([r"(?i:enditem)|(?:-30-)"], 7, id="joined"),
        pytest.param([r"(?=End)End\w{0,3}"], 6, id="look-ahead-takes-nothing"),
        pytest.param([r"Enditem", r"\(\w+\)"], None, id="one-of-any-length"),
        pytest.param([r"-30-.*"], None, id="a-star"),
        pytest.param([], 0, id="none"),
    ],
)
def test_widest_is_the_longest_text_a_pattern_matches_whole(
    patterns: list[str], width: int | None
) -> None:
    assert widest(tuple(re.compile(p) for p in patterns)) == width


def _every_formats_sign_offs() -> list[tuple[str, tuple[re.Pattern[str], ...]]]:
    view = default_registry.snapshot()
    generic = view.get("generic").sign_offs
    return [
        (fmt.name, either(fmt.sign_offs + (generic if fmt.name != "generic" else ())))
        for fmt in view
    ]


@pytest.mark.parametrize(
    ("name", "patterns"), _every_formats_sign_offs(), ids=[n for n, _ in _every_formats_sign_offs()]
)
@hypothesis.settings(max_examples=50, deadline=None)
@hypothesis.given(data=st.data())
def test_no_sign_off_is_longer_than_its_width(
    name: str, patterns: tuple[re.Pattern[str], ...], data: st.DataObject
) -> None:
    """The pipeline tries a paragraph as a sign-off only if it is no longer than the widest the
    story's sign-offs match: every text one of them matches whole is within it."""
    width = widest(patterns)
    pattern = data.draw(st.sampled_from(patterns))
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    assert pattern.fullmatch(text)
    assert width is None or len(text) <= width, (name, text, width)
