"""People with titles, name order and linked mentions."""

from __future__ import annotations

import pytest

from newsmodel import NameOrder
from newsmodel.people import find_people, split_name
from newsmodel.text import split_blocks

# id, text, name, titles (raw)
CASES = [
    (
        "nationality-title",
        "Chinese Vice Premier Zhang Guoqing spoke.",
        "Zhang Guoqing",
        ["Chinese Vice Premier"],
    ),
    (
        "apposition-also",
        "Zhang Guoqing, also a member of the Political Bureau of the Communist Party of China Central Committee, spoke.",
        "Zhang Guoqing",
        ["member of the Political Bureau of the Communist Party of China Central Committee"],
    ),
    (
        "title-and-apposition",
        "Chinese Premier Li Qiang, also a member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) Central Committee, spoke.",
        "Li Qiang",
        [
            "Chinese Premier",
            "member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) Central Committee",
        ],
    ),
    (
        "apposition-director",
        "Alberto Crescenti, director of the capital's Emergency Medical Assistance Service, said 90 people were treated.",
        "Alberto Crescenti",
        ["director of the capital's Emergency Medical Assistance Service"],
    ),
    (
        "two-appositions",
        "Ding Xuexiang, a member of the Standing Committee of the Political Bureau of the CPC Central Committee and vice premier of the State Council, attended.",
        "Ding Xuexiang",
        [
            "member of the Standing Committee of the Political Bureau of the CPC Central Committee",
            "vice premier of the State Council",
        ],
    ),
    (
        "us-title",
        "U.S. Secretary of State Jane Miller arrived.",
        "Jane Miller",
        ["U.S. Secretary of State"],
    ),
    (
        "title-split-by-line-break",
        "Italian Foreign\nMinister Angelo Rossi said.",
        "Angelo Rossi",
        ["Italian Foreign Minister"],
    ),
]


class TestTitles:
    """Titles before the name and in apposition after it are kept as written."""

    @pytest.mark.parametrize(
        ("text", "name", "titles"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
    )
    def test_person(self, text: str, name: str, titles: list[str]) -> None:
        [person] = find_people(split_blocks(text))
        assert person.name == name
        assert [t.raw for t in person.titles] == titles

    def test_country_and_role(self) -> None:
        [person] = find_people(split_blocks("Chinese Vice Premier Zhang Guoqing spoke."))
        [title] = person.titles
        assert (title.role, title.country) == ("Vice Premier", "China")

    def test_list_of_people(self) -> None:
        people = find_people(split_blocks("Premier Li Qiang and Vice Premier Ding Xuexiang met."))
        assert [p.name for p in people] == ["Li Qiang", "Ding Xuexiang"]

    @pytest.mark.parametrize(
        "text",
        [
            "The Zhejiang Province, a major hub of industry, grew.",
            "Officials in Beijing said on Monday.",
            "A senior official said.",
        ],
        ids=["place-with-apposition", "no-title", "unnamed-role"],
    )
    def test_no_invented_people(self, text: str) -> None:
        assert find_people(split_blocks(text)) == []


class TestNames:
    """Name order follows the culture of the name, and the reason is kept."""

    @pytest.mark.parametrize(
        ("name", "given", "family", "order"),
        [
            ("Zhang Guoqing", "Guoqing", "Zhang", NameOrder.FAMILY_FIRST),
            ("Yoo Jee-ho", "Jee-ho", "Yoo", NameOrder.FAMILY_FIRST),
            ("Evan Vucci", "Evan", "Vucci", NameOrder.GIVEN_FIRST),
            ("Linda Zhao", "Linda", "Zhao", NameOrder.GIVEN_FIRST),
            ("Erik van Sebille", "Erik", "van Sebille", NameOrder.GIVEN_FIRST),
            ("Anwar bin Ibrahim", "Anwar", None, NameOrder.GIVEN_FIRST),
        ],
    )
    def test_split(self, name: str, given: str, family: str | None, order: NameOrder) -> None:
        got_given, got_family, got_order, reason = split_name(name)
        assert (got_given, got_family, got_order) == (given, family, order)
        assert reason

    def test_mentions_linked(self) -> None:
        text = "Chinese Vice Premier Zhang Guoqing spoke.\n\nZhang said more. Zhang's visit ended."
        [person] = find_people(split_blocks(text))
        assert [m.text for m in person.mentions] == ["Zhang Guoqing", "Zhang", "Zhang"]
        assert all(m.span.of(text) == m.text for m in person.mentions)


def test_western_mentions_do_not_overlap() -> None:
    text = (
        "Housing Minister Julie Branagan said so. Julie Branagan added that Branagan's bill passed."
    )
    [person] = find_people(split_blocks(text))
    assert [m.text for m in person.mentions] == ["Julie Branagan", "Julie Branagan", "Branagan"]


# id, text, expected (name, titles) pairs: the shapes of pre-name titles seen in agency copy.
QUALIFIED = [
    (
        "role-noun",
        "Shares fell, said Commerzbank analyst Carsten Fritsch.",
        [("Carsten Fritsch", ["Commerzbank analyst"])],
    ),
    (
        "qualified-title",
        "Interim BART Police Chief Ed Alvarez said the attack was random.",
        [("Ed Alvarez", ["Interim BART Police Chief"])],
    ),
    (
        "former",
        "It was former Vice President Joe Biden who spoke.",
        [("Joe Biden", ["former Vice President"])],
    ),
    (
        "plural-title",
        "Sens. Cory Booker and Kamala Harris spoke.",
        [("Cory Booker", ["Sens."]), ("Kamala Harris", ["Sens."])],
    ),
    (
        "single-word-name",
        "British Prime Minister Cameron said on Monday.",
        [("Cameron", ["British Prime Minister"])],
    ),
    ("mc-name", "Sen. John McCain visited Hanoi.", [("John McCain", ["Sen."])]),
    (
        "sentence-opener",
        "Yet Chris Wright, professor at South Dakota State University, disagreed.",
        [("Chris Wright", ["professor at South Dakota State University"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "people"), [c[1:] for c in QUALIFIED], ids=[c[0] for c in QUALIFIED]
)
def test_qualified_titles(text: str, people: list[tuple[str, list[str]]]) -> None:
    found = find_people(split_blocks(text))
    assert [(p.name, [t.raw for t in p.titles]) for p in found] == people


@pytest.mark.parametrize(
    "text",
    [
        "The Electoral Commission, which regulates campaign finances, said so.",
        "Rain fell in Tamil Nadu, officials said.",
        "Joe Biden spoke first. Later Vice President Biden was named again.",
    ],
    ids=["relative-clause", "report-verb", "later-mention-with-title"],
)
def test_not_titled_people(text: str) -> None:
    assert find_people(split_blocks(text)) == []
