"""People with titles, name order and linked mentions."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import NameOrder
from newsmodel.lexicon import Lexicon, LexiconAdditions
from newsmodel.recognisers.people import find_people, split_name, titles
from newsmodel.recognisers.people.rules import capitals_open_sentences, rules_for
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
        "Lucas Ferreyra, director of the province's Emergency Medical Service, said 40 people were treated.",
        "Lucas Ferreyra",
        ["director of the province's Emergency Medical Service"],
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
    """Titles before the name and in apposition after it: as written at their span, and normalised."""

    @pytest.mark.parametrize(
        ("text", "name", "titles"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
    )
    def test_person(self, text: str, name: str, titles: list[str]) -> None:
        [person] = find_people(split_blocks(text))
        assert person.name == name
        assert [t.normalized for t in person.titles] == titles
        assert [t.raw for t in person.titles] == [t.span.of(text) for t in person.titles]

    def test_raw_keeps_the_line_break(self) -> None:
        [person] = find_people(split_blocks("Chinese Vice\nPremier Zhang Guoqing spoke."))
        [title] = person.titles
        assert (title.raw, title.normalized) == ("Chinese Vice\nPremier", "Chinese Vice Premier")

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
            "After the meeting, John Smith said.",
            "Besides officials, Anna Berg came.",
        ],
        ids=[
            "place-with-apposition",
            "no-title",
            "unnamed-role",
            "sentence-opener-before-a-comma",
            "no-role-before-a-comma",
        ],
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
            ("Jan van Dijk", "Jan", "van Dijk", NameOrder.GIVEN_FIRST),
            ("Greta van der Berg", "Greta", "van der Berg", NameOrder.GIVEN_FIRST),
            ("Anwar bin Ibrahim", "Anwar", None, NameOrder.GIVEN_FIRST),
            ("Nguyen Van Long", "Van Long", "Nguyen", NameOrder.FAMILY_FIRST),
            ("Mai Tran", "Mai", "Tran", NameOrder.GIVEN_FIRST),
            ("Tanaka Kenta", "Kenta", "Tanaka", NameOrder.FAMILY_FIRST),
            ("Kenta Tanaka", "Kenta", "Tanaka", NameOrder.GIVEN_FIRST),
            ("Abe Lincoln", "Abe", "Lincoln", NameOrder.GIVEN_FIRST),
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


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        pytest.param(
            "Senior SPD member Ralf Stegner agreed.\n\nMr. Stegner left early.",
            ["Ralf Stegner", "Mr. Stegner"],
            id="honorific-with-the-family-name",
        ),
        pytest.param(
            "Chinese Vice Premier Zhang Guoqing spoke. The vice premier said more.",
            ["Zhang Guoqing", "The vice premier"],
            id="the-role-after-the-name",
        ),
        pytest.param(
            "The vice premier arrived. Chinese Vice Premier Zhang Guoqing spoke.",
            ["Zhang Guoqing"],
            id="the-role-before-the-name-is-not-linked",
        ),
        pytest.param(
            "Vice Premier Zhang Guoqing and Vice Premier Liu Wei spoke. The vice premier left.",
            ["Zhang Guoqing"],
            id="a-role-two-people-hold-is-not-linked",
        ),
        pytest.param(
            "Talks opened. Marta Quiroga, the head of the agency, spoke. The head of the agency left.",
            ["Marta Quiroga", "The head"],
            id="the-apposition-itself-is-no-mention",
        ),
    ],
)
def test_later_mentions(text: str, mentions: list[str]) -> None:
    person = find_people(split_blocks(text))[0]
    assert [m.text for m in person.mentions] == mentions
    assert all(m.span.of(text) == m.text for m in person.mentions)


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        pytest.param(
            "Pablo Ruiz, director of the Port Authority, spoke.",
            "director",
            "Port Authority",
            id="role-of-organization",
        ),
        pytest.param(
            "Marta Quiroga, the city's head of government, spoke.",
            "head of government",
            "city",
            id="a-role-holding-of-keeps-it",
        ),
        pytest.param(
            "Anna Berg, chief of staff to the governor, spoke.",
            "chief of staff",
            "governor",
            id="a-role-holding-of-then-to-whom",
        ),
        pytest.param(
            "Lakeland Water Supply Authority (LWSA) Managing Director Rosa Mendez said so.",
            "Managing Director",
            "Lakeland Water Supply Authority (LWSA)",
            id="an-organisation-with-its-acronym-before-the-role",
        ),
        pytest.param(
            "Tom Vale, chief of staff of the Navy, spoke.",
            "chief of staff",
            "Navy",
            id="a-role-holding-of-then-its-organization",
        ),
    ],
)
def test_role_and_organization(text: str, role: str, organization: str | None) -> None:
    [person] = find_people(split_blocks(text))
    [title] = person.titles
    assert (title.role, title.organization) == (role, organization)


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
        "Shares fell, said Halvorsen Bank analyst Petra Lindqvist.",
        [("Petra Lindqvist", ["Halvorsen Bank analyst"])],
    ),
    (
        "qualified-title",
        "Interim Metro Transit Police Chief Rosa Delgado said the attack was random.",
        [("Rosa Delgado", ["Interim Metro Transit Police Chief"])],
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
        "Yet Mark Ellison, professor at Northfield State University, disagreed.",
        [("Mark Ellison", ["professor at Northfield State University"])],
    ),
    (
        "role-noun-with-lowercase-modifiers",
        "Her husband, prominent rights lawyer Wu Tao, was held on a charge of subversion.",
        [("Wu Tao", ["prominent rights lawyer"])],
    ),
    (
        "role-noun-with-nationality",
        "In May, British aid worker Tom Pryce fell ill.",
        [("Tom Pryce", ["British aid worker"])],
    ),
    (
        "role-noun-after-a-verb",
        "Miami was missing center Joel Banks on Friday.",
        [("Joel Banks", ["center"])],
    ),
    (
        "no-lowercase-words-before-a-capitalised-title",
        "Democrats moved to impeach President Daniel Ward.",
        [("Daniel Ward", ["President"])],
    ),
    (
        "no-lowercase-words-before-an-organisation",
        "Last week State Department official Ann Roe testified.",
        [("Ann Roe", ["State Department official"])],
    ),
    (
        "role-phrase",
        "Falcons tight end Jordan Pike caught two passes.",
        [("Jordan Pike", ["Falcons tight end"])],
    ),
    (
        "capitalised-role-noun-opening-a-sentence",
        "Employee Dana Ruiz says she saw him.",
        [("Dana Ruiz", ["Employee"])],
    ),
    (
        "capitalised-role-noun-opening-a-later-sentence",
        "Traffic stopped. Employee Dana Ruiz says she saw him; Analyst Jo Kim agreed.",
        [("Dana Ruiz", ["Employee"]), ("Jo Kim", ["Analyst"])],
    ),
    (
        "capitalised-word-mid-sentence-is-no-role-noun",
        "The old Employee Dana Ruiz case was closed.",
        [],
    ),
    (
        "two-role-nouns-joined",
        '"It works," NASA scientist and study co-author Lena Ortiz said.',
        [("Lena Ortiz", ["NASA scientist", "study co-author"])],
    ),
    (
        "role-noun-and-apposition",
        "said study co-author Nadia Petrou, a European Space Agency research fellow.",
        [("Nadia Petrou", ["study co-author", "European Space Agency research fellow"])],
    ),
    (
        "title-before-the-name-set-off-by-commas",
        "The city's head of government, Marta Quiroga, called it serious.",
        [("Marta Quiroga", ["city's head of government"])],
    ),
    (
        "possessive-before-the-title",
        "His lawyer, Paolo Ferri, told reporters.",
        [("Paolo Ferri", ["lawyer"])],
    ),
    (
        "another-before-the-title",
        "In May, another Dutch aid worker, Pieter Jansen, fell ill.",
        [("Pieter Jansen", ["Dutch aid worker"])],
    ),
    (
        "clause-word-before-the-title",
        "They asked whether Halvex's founder and former CEO, Adam Kessler, profited.",
        [("Adam Kessler", ["Halvex's founder and former CEO"])],
    ),
    (
        "title-before-a-three-word-name",
        "Later the head of the search and rescue agency, Budi Hartono Santoso, said more.",
        [("Budi Hartono Santoso", ["head of the search and rescue agency"])],
    ),
    (
        "apposition-cut-at-a-report",
        '"It is shallow," Jan van Dijk, a physical oceanographer at Leiden University told Reuters.',
        [("Jan van Dijk", ["physical oceanographer at Leiden University"])],
    ),
    (
        "and-inside-one-title",
        "Mark Hale, Orbis's senior director of emergency preparedness and response, said so.",
        [("Mark Hale", ["Orbis's senior director of emergency preparedness and response"])],
    ),
    (
        "and-joining-a-description-and-a-title",
        "Board chairman Carl Dunmore, a longtime party donor and former Republican senator from Ohio, spoke.",
        [("Carl Dunmore", ["Board chairman", "former Republican senator from Ohio"])],
    ),
    (
        "two-roles-in-one-title",
        "Juan Soto, senior foreign exchange trader and strategist at Tempus Inc., said.",
        [("Juan Soto", ["senior foreign exchange trader and strategist at Tempus Inc."])],
    ),
    (
        "malaysian-style-between-title-and-name",
        "Foreign Minister Datuk Seri Ahmad Rizal said.",
        [("Ahmad Rizal", ["Foreign Minister"])],
    ),
    (
        "korean-family-name-that-is-also-a-place-word",
        "South Korean President Park Min-jun spoke.",
        [("Park Min-jun", ["South Korean President"])],
    ),
    (
        "arabic-particle-before-an-apposition",
        "Karim al-Nasser, the Jordanian foreign minister, said.",
        [("Karim al-Nasser", ["Jordanian foreign minister"])],
    ),
    (
        "capitalised-adviser-before-a-name",
        "The panel was led by former National Security Adviser Ben Carrow on Monday.",
        [("Ben Carrow", ["former National Security Adviser"])],
    ),
    (
        "a-plural-apposition-after-a-list-of-two",
        "Few fans recall that Joe Marten and Al Ruske, coaches in the first final, met there.",
        [
            ("Joe Marten", ["coaches in the first final"]),
            ("Al Ruske", ["coaches in the first final"]),
        ],
    ),
    (
        "an-acronym-in-brackets-inside-a-title",
        "Lakeland Water Supply Authority (LWSA) Managing Director Rosa Mendez said so.",
        [("Rosa Mendez", ["Lakeland Water Supply Authority (LWSA) Managing Director"])],
    ),
    (
        "a-name-heading-a-list-has-no-apposition",
        "Ohio Rep. Mae Tolan, businessman Andrew Yee and Tom Steyn are under pressure to win.",
        [("Mae Tolan", ["Ohio Rep."]), ("Andrew Yee", ["businessman"])],
    ),
    (
        "lowercase-possessive-before-a-role-noun",
        "The deal was drafted by the president's lawyer Ruth Gandry last year.",
        [("Ruth Gandry", ["president's lawyer"])],
    ),
    (
        "a-day-is-no-qualifier",
        "The crowd cheered as yesterday's captain Omar Haddad arrived.",
        [("Omar Haddad", ["captain"])],
    ),
    (
        "particles-in-a-name",
        "Commission President Greta van der Berg said.",
        [("Greta van der Berg", ["Commission President"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "people"), [c[1:] for c in QUALIFIED], ids=[c[0] for c in QUALIFIED]
)
def test_qualified_titles(text: str, people: list[tuple[str, list[str]]]) -> None:
    found = find_people(split_blocks(text))
    assert [(p.name, [t.normalized for t in p.titles]) for p in found] == people


@pytest.mark.parametrize(
    "text",
    [
        "The Boundary Commission, which draws electoral maps, said so.",
        "Rain fell in Tamil Nadu, officials said.",
        "Joe Biden spoke first. Later Vice President Biden was named again.",
    ],
    ids=["relative-clause", "report-verb", "later-mention-with-title"],
)
def test_not_titled_people(text: str) -> None:
    assert find_people(split_blocks(text)) == []


# Every form the people issue names, in sentences of our own: id, text, the person expected,
# and each of their titles as (raw, role, organization, country).
FORMS = [
    (
        "pre-name-nationality",
        "Chinese Vice Premier Zhou Minghai visited.",
        "Zhou Minghai",
        [("Chinese Vice Premier", "Vice Premier", None, "China")],
    ),
    (
        "pre-name-us-secretary-of-state",
        "U.S. Secretary of State Dana Whitcombe arrived.",
        "Dana Whitcombe",
        [("U.S. Secretary of State", "Secretary of State", None, "United States")],
    ),
    (
        "pre-name-russian-president",
        "Russian President Ilya Voronov spoke.",
        "Ilya Voronov",
        [("Russian President", "President", None, "Russia")],
    ),
    (
        "pre-name-italian-foreign-minister",
        "Italian Foreign Minister Paolo Ferri spoke.",
        "Paolo Ferri",
        [("Italian Foreign Minister", "Foreign Minister", None, "Italy")],
    ),
    (
        "pre-name-chancellor",
        "Chancellor Greta Holm spoke.",
        "Greta Holm",
        [("Chancellor", "Chancellor", None, None)],
    ),
    (
        "pre-name-lowercase-qualifiers",
        "The plan was backed by senior SPD member Jonas Reiter on Monday.",
        "Jonas Reiter",
        [("senior SPD member", "member", "SPD", None)],
    ),
    (
        "pre-name-judge",
        "Judge Omar Bell ruled on Friday.",
        "Omar Bell",
        [("Judge", "Judge", None, None)],
    ),
    (
        "pre-name-asp",
        "ASP Rosli Hamid said the case was closed.",
        "Rosli Hamid",
        [("ASP", "ASP", None, None)],
    ),
    (
        "apposition-director-of",
        "Wen Dalong, director of the bureau's Department of Trade Statistics, said so.",
        "Wen Dalong",
        [
            (
                "director of the bureau's Department of Trade Statistics",
                "director",
                "bureau's Department of Trade Statistics",
                None,
            )
        ],
    ),
    (
        "apposition-chief-economist-at",
        "Lukas Brandt, chief economist at Swiss research institute Oekonomia, said so.",
        "Lukas Brandt",
        [
            (
                "chief economist at Swiss research institute Oekonomia",
                "chief economist",
                "Swiss research institute Oekonomia",
                None,
            )
        ],
    ),
    (
        "apposition-also-a-member",
        "Zhou Minghai, also a member of the Political Bureau of the Central Committee, spoke.",
        "Zhou Minghai",
        [
            (
                "member of the Political Bureau of the Central Committee",
                "member",
                "Political Bureau of the Central Committee",
                None,
            )
        ],
    ),
    (
        "apposition-possessive-head-of-government",
        "Rosa Llano, the city's head of government, spoke.",
        "Rosa Llano",
        [("city's head of government", "head of government", "city", None)],
    ),
    (
        "apposition-role-of-organisation",
        "Pavel Ostrov, spokesman for the Dnipro Region governor, said so.",
        "Pavel Ostrov",
        [
            (
                "spokesman for the Dnipro Region governor",
                "spokesman",
                "Dnipro Region governor",
                None,
            )
        ],
    ),
    (
        "title-split-by-a-line-break",
        "The talks were opened by Vice\nPresident Sara Quill on Monday.",
        "Sara Quill",
        [("Vice President", "Vice President", None, None)],
    ),
    (
        "occupation-before-a-possessive-xinhua",
        "Visitors admired Chinese painter Fan Zeng's work at the museum.",
        "Fan Zeng",
        [("Chinese painter", "painter", None, "China")],
    ),
    (
        "occupation-before-a-possessive-afp",
        "French sculptor Anne Moreau's statue was unveiled on Friday.",
        "Anne Moreau",
        [("French sculptor", "sculptor", None, "France")],
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "titles"), [c[1:] for c in FORMS], ids=[c[0] for c in FORMS]
)
def test_issue_forms(
    text: str, name: str, titles: list[tuple[str, str, str | None, str | None]]
) -> None:
    [person] = find_people(split_blocks(text))
    assert person.name == name
    assert [(t.normalized, t.role, t.organization, t.country) for t in person.titles] == titles


def test_a_list_shares_nothing_but_gives_each_their_title() -> None:
    text = "Premier Wang Dehai and Vice Premier Liu Jianfeng attended."
    found = find_people(split_blocks(text))
    assert [(p.name, [t.normalized for t in p.titles]) for p in found] == [
        ("Wang Dehai", ["Premier"]),
        ("Liu Jianfeng", ["Vice Premier"]),
    ]


@pytest.mark.parametrize(
    ("name", "given", "family", "order"),
    [
        pytest.param(
            "Siti Aminah binti Yusof", "Siti Aminah", None, NameOrder.GIVEN_FIRST, id="binti"
        ),
        pytest.param("Rashid bin Omar", "Rashid", None, NameOrder.GIVEN_FIRST, id="bin"),
        pytest.param("Hassan al-Tamimi", "Hassan", "al-Tamimi", NameOrder.GIVEN_FIRST, id="al-"),
    ],
)
def test_particles_in_names(name: str, given: str, family: str | None, order: NameOrder) -> None:
    got_given, got_family, got_order, reason = split_name(name)
    assert (got_given, got_family, got_order) == (given, family, order)
    assert reason


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A senior official said talks would resume.", id="unnamed-role"),
        pytest.param("The Ministry of Commerce said exports rose.", id="organisation"),
        pytest.param("Officials in Hefei, east China's Anhui Province, agreed.", id="place"),
        pytest.param("Analysts at Harbor Capital, a research firm, agreed.", id="firm-apposition"),
        pytest.param("Plan B, a fallback, failed.", id="one-letter-word-before-a-comma"),
    ],
)
def test_no_invented_people(text: str) -> None:
    assert find_people(split_blocks(text)) == []


# id, text, name, honorifics, titles (raw): honorifics are kept apart from the name and the titles
HONORIFICS = [
    ("bernama-datuk", "Datuk Faridah Osman opened the fair.", "Faridah Osman", ["Datuk"], []),
    ("ap-dr", "Dr. Helen Marsh led the study.", "Helen Marsh", ["Dr."], []),
    (
        "bernama-dr-without-stop",
        "Transport Minister Dr Lim Kah Seng said the line would open.",
        "Lim Kah Seng",
        ["Dr"],
        ["Transport Minister"],
    ),
    (
        "bernama-style-after-role",
        "Deputy Prime Minister Datuk Seri Rahman Yusof chaired the meeting.",
        "Rahman Yusof",
        ["Datuk Seri"],
        ["Deputy Prime Minister"],
    ),
    (
        "bernama-tan-sri-apposition",
        "Tan Sri Aziz Kamal, chairman of the Port Authority, spoke.",
        "Aziz Kamal",
        ["Tan Sri"],
        ["chairman of the Port Authority"],
    ),
    (
        "wam-highness-sheikh",
        "His Highness Sheikh Saif bin Khalid Al Qasimi, Ruler of Fujairah, received the envoy.",
        "Saif bin Khalid Al Qasimi",
        ["His Highness", "Sheikh"],
        ["Ruler of Fujairah"],
    ),
    (
        "wam-hh-sheikh-two-bins",
        "H.H. Sheikh Majid bin Saeed bin Rashid Al Falasi, Chairman of the Ports Authority, attended.",
        "Majid bin Saeed bin Rashid Al Falasi",
        ["H.H.", "Sheikh"],
        ["Chairman of the Ports Authority"],
    ),
    (
        "kuna-hyphenated-al",
        "His Highness Sheikh Fahad Al-Nasser Al-Jaber Al-Sabah, the Amir, met him.",
        "Fahad Al-Nasser Al-Jaber Al-Sabah",
        ["His Highness", "Sheikh"],
        ["Amir"],
    ),
    (
        "bernama-syeikh",
        "Syeikh Omar Haris, the mufti of Perak, spoke at the mosque.",
        "Omar Haris",
        ["Syeikh"],
        ["mufti of Perak"],
    ),
    (
        "bernama-role-noun-then-style",
        "Port Klang Authority chairman Datuk Seri Kamal Yusri said the berths were ready.",
        "Kamal Yusri",
        ["Datuk Seri"],
        ["Port Klang Authority chairman"],
    ),
    (
        "ap-role-noun-then-style",
        "Hospital spokesman Dr. Ann Cole said two patients were treated.",
        "Ann Cole",
        ["Dr."],
        ["Hospital spokesman"],
    ),
    (
        "sheikh-part-of-the-name",
        "Prime Minister Sheikh Hasina opened the bridge.",
        "Sheikh Hasina",
        [],
        ["Prime Minister"],
    ),
    (
        "courtesy-title-kept-with-a-title",
        "Ms. Clara Nguyen, a spokeswoman for the council, declined to comment.",
        "Clara Nguyen",
        ["Ms."],
        ["spokeswoman for the council"],
    ),
]


class TestHonorifics:
    """Honorifics stand apart from the name and from the titles; a style alone marks a person."""

    @pytest.mark.parametrize(
        ("text", "name", "honorifics", "titles"),
        [c[1:] for c in HONORIFICS],
        ids=[c[0] for c in HONORIFICS],
    )
    def test_apart(self, text: str, name: str, honorifics: list[str], titles: list[str]) -> None:
        [person] = find_people(split_blocks(text))
        assert (person.name, list(person.honorifics)) == (name, honorifics)
        assert [t.normalized for t in person.titles] == titles

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            pytest.param(
                "Dr. Helen Marsh led the study. Dr. Marsh said it took a year.",
                "Dr. Marsh",
                id="ap-dr",
            ),
            pytest.param(
                "Tan Sri Aziz Kamal, chairman of the Port Authority, spoke. "
                "Tan Sri Aziz Kamal said Tan Sri Kamal would stay.",
                "Tan Sri Kamal",
                id="bernama-tan-sri",
            ),
        ],
    )
    def test_later_mention_with_its_honorific(self, text: str, mention: str) -> None:
        [person] = find_people(split_blocks(text))
        assert mention in [m.text for m in person.mentions]

    def test_courtesy_title_alone_marks_no_one(self) -> None:
        assert find_people(split_blocks("Mr. Paul Grant arrived late.")) == []

    def test_later_style_and_given_name_is_the_same_person(self) -> None:
        text = (
            "The MP for Kuala Kangsar, Tengku Idris Hamzah, spoke. "
            "Later Tengku Idris left the hall."
        )
        [person] = find_people(split_blocks(text))
        assert (person.name, person.honorifics) == ("Idris Hamzah", ("Tengku",))


# id, text, name, given, family, suffix
NAME_PARTS = [
    ("pti-one-initial", "BJP state president K. Annamalai said.", "K. Annamalai", None, None),
    ("pti-two-initials", "Governor R.N. Ravi spoke.", "R.N. Ravi", None, None),
    (
        "ani-initial-minister",
        "External Affairs Minister S. Jaishankar met him.",
        "S. Jaishankar",
        None,
        None,
    ),
    (
        "pna-middle-initial",
        "Senator Jose C. Reyes filed the bill.",
        "Jose C. Reyes",
        "Jose C.",
        "Reyes",
    ),
    (
        "cna-two-middle-initials",
        "Chairman Henry T.C. Wu spoke.",
        "Henry T.C. Wu",
        "Henry T.C.",
        "Wu",
    ),
    ("ap-junior", "Sen. Robert Casey Jr. voted no.", "Robert Casey Jr.", "Robert", "Casey"),
    ("pna-comma-junior", "Secretary Ramon Diaz, Jr. said.", "Ramon Diaz, Jr.", "Ramon", "Diaz"),
    ("reuters-regnal", "King Felipe VI opened parliament.", "Felipe VI", None, None),
    ("afp-pope", "Pope Leo XIV spoke in Rome.", "Leo XIV", None, None),
    # Malaysian and Singaporean Chinese names in Hokkien spelling are family name first
    ("bernama-hokkien-family-first", "Dr Wee Ka Siong said.", "Wee Ka Siong", "Ka Siong", "Wee"),
    (
        "straits-hokkien-family-first",
        "Minister Khoo Boon Hui spoke.",
        "Khoo Boon Hui",
        "Boon Hui",
        "Khoo",
    ),
    # Hungarian order where the text shows it: a Hungarian given name second
    (
        "mti-hungarian-order",
        "Prime Minister Orban Viktor spoke.",
        "Orban Viktor",
        "Viktor",
        "Orban",
    ),
    (
        "reuters-hungarian-order",
        "Mayor Karacsony Gergely said.",
        "Karacsony Gergely",
        "Gergely",
        "Karacsony",
    ),
    ("western-order-kept", "Prime Minister Viktor Orban spoke.", "Viktor Orban", "Viktor", "Orban"),
]


class TestNameParts:
    """Initials, generational suffixes and regnal numerals are read as parts of a name."""

    @pytest.mark.parametrize(
        ("text", "name", "given", "family"),
        [c[1:] for c in NAME_PARTS],
        ids=[c[0] for c in NAME_PARTS],
    )
    def test_parts(self, text: str, name: str, given: str | None, family: str | None) -> None:
        [person] = find_people(split_blocks(text))
        assert person.name == name
        if given or family:
            assert (person.given_name, person.family_name) == (given, family)

    @pytest.mark.parametrize(
        ("text", "suffix"),
        [
            pytest.param("Sen. Robert Casey Jr. voted no.", "Jr.", id="junior"),
            pytest.param("Mayor Carl Brandt III spoke.", "III", id="third"),
            pytest.param("King Felipe VI opened parliament.", None, id="regnal-no-suffix"),
        ],
    )
    def test_suffix_apart(self, text: str, suffix: str | None) -> None:
        [person] = find_people(split_blocks(text))
        assert person.suffix == suffix

    def test_a_name_with_initials_is_mentioned_whole(self) -> None:
        text = "State BJP president K. Annamalai said so. Governor R.N. Ravi agreed with Annamalai."
        found = {p.name: [m.text for m in p.mentions] for p in find_people(split_blocks(text))}
        assert found == {"K. Annamalai": ["K. Annamalai", "Annamalai"], "R.N. Ravi": ["R.N. Ravi"]}

    def test_regnal_name_is_one_name(self) -> None:
        [person] = find_people(split_blocks("King Felipe VI opened parliament. Felipe left."))
        assert person.name_order is NameOrder.SINGLE
        assert [m.text for m in person.mentions] == ["Felipe VI", "Felipe"]


# id, text, name, title (raw), role
ROLE_HELD_IN = [
    (
        "antara-ambassador-to-a-country",
        "He met Malaysian Ambassador to Japan Rahim Ismail here on Friday.",
        "Rahim Ismail",
        "Malaysian Ambassador to Japan",
    ),
    (
        "irna-minister-of-affairs",
        "Danish Minister of Foreign Affairs Lars Holm met him in Tehran.",
        "Lars Holm",
        "Danish Minister of Foreign Affairs",
    ),
    (
        "antara-minister-with-commas",
        "Coordinating Minister for Economic, Social and Cultural Affairs Budi Santoso said here.",
        "Budi Santoso",
        "Coordinating Minister for Economic, Social and Cultural Affairs",
    ),
]


class TestRoleHeldIn:
    """A role held of, to or for an organisation or a country, then the name."""

    @pytest.mark.parametrize(
        ("text", "name", "title"),
        [c[1:] for c in ROLE_HELD_IN],
        ids=[c[0] for c in ROLE_HELD_IN],
    )
    def test_found(self, text: str, name: str, title: str) -> None:
        [person] = find_people(split_blocks(text))
        assert (person.name, [t.normalized for t in person.titles]) == (name, [title])

    def test_no_name_after_the_organisation(self) -> None:
        text = "The Minister of Foreign Affairs said talks would resume."
        assert find_people(split_blocks(text)) == []


# Captions that place people in the photo, in several agencies' styles: (id, caption, people with
# their titles). A position is never a name nor a title.
PLACED = [
    (
        "yonhap-letters",
        "Han Duck-soo (C), Choe Son-hui (L) and Lee Jae-myung (R) pose for a photo in Seoul on "
        "Oct. 9, 2025. (Yonhap)",
        [("Han Duck-soo", []), ("Choe Son-hui", []), ("Lee Jae-myung", [])],
    ),
    (
        "xinhua-ordinal",
        "Chinese Vice Premier Liu Guozhong (2nd R) talks with farmers in Yichun, Jiangxi "
        "Province, Oct. 9, 2025. (Xinhua/Wang Peng)",
        [("Liu Guozhong", ["Chinese Vice Premier"])],
    ),
    (
        "ap-words",
        "Tom Harlan, center, and Sen. Mary Jones, right, talk at the Capitol, Tuesday, "
        "Oct. 7, 2025, in Washington. (AP Photo/Mark Dunne)",
        [("Tom Harlan", []), ("Mary Jones", ["Sen."])],
    ),
    (
        "ap-titled-word",
        "President Joe Walsh, left, arrives at the White House. (AP Photo/Evan Vucci)",
        [("Joe Walsh", ["President"])],
    ),
    (
        "aap-centre",
        "Ann Kerr (centre) and Prime Minister Anthony Albanese (left) speak to media in "
        "Canberra. (AAP Image/Lukas Coch)",
        [("Ann Kerr", []), ("Anthony Albanese", ["Prime Minister"])],
    ),
]

# Brackets and commas that place no one: (id, text).
NOT_PLACED = [
    ("building", "Visitors look at the Great Hall (C) in Beijing. (Xinhua/Li Tao)"),
    ("organisation", "Students of Peking University (R) sing at the gala."),
    ("no-position", "Tom Harlan (pictured) spoke on Tuesday."),
    ("untitled-apposition", "Tom Harlan, 54, spoke on Tuesday."),
]


class TestPlacedInPhoto:
    """Caption-style people: a name placed in the photo is a person; the place is no title."""

    @pytest.mark.parametrize(
        ("text", "people"), [c[1:] for c in PLACED], ids=[c[0] for c in PLACED]
    )
    def test_placed(self, text: str, people: list[tuple[str, list[str]]]) -> None:
        found = find_people(split_blocks(text))
        assert sorted((p.name, [t.normalized for t in p.titles]) for p in found) == sorted(people)

    @pytest.mark.parametrize("text", [c[1] for c in NOT_PLACED], ids=[c[0] for c in NOT_PLACED])
    def test_not_placed(self, text: str) -> None:
        assert find_people(split_blocks(text)) == []

    def test_position_is_lexicon_data(self) -> None:
        lexicon = Lexicon.default()
        assert {"center", "centre", "c", "2nd r", "second from left"} <= lexicon.caption_positions
        extended = lexicon.extended(LexiconAdditions(caption_positions=("Extreme Left",)))
        [person] = find_people(split_blocks("Tom Harlan (extreme left) waves."), extended)
        assert person.name == "Tom Harlan"


def test_people_come_in_order_of_first_mention_whatever_route_found_them() -> None:
    """A role held in an organisation (found by a later route) does not move its person last."""
    text = (
        "Coordinating Minister Budi Santoso spoke first. Indonesian Ambassador to Australia "
        "Najib Riphat Kesoema arrived. Foreign Minister Retno Wati closed the meeting."
    )
    found = find_people(split_blocks(text))
    assert [p.name for p in found] == ["Budi Santoso", "Najib Riphat Kesoema", "Retno Wati"]
    starts = [p.mentions[0].span.start for p in found]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # Names at a comma turned away before the pattern is tried (a place, an organisation) ...
        (
            "Delegates from the United Nations, including Vice Premier Li Mingyuan, met.",
            [("Li Mingyuan", ["Vice Premier"])],
        ),
        (
            "Visitors to China's Anhui Province, Mr. Wang Yi, the foreign minister, and others arrived.",
            [("Wang Yi", ["foreign minister"])],
        ),
        (
            "A spokesman for the White House, Karine Jean, said the talks, held in New York, ended.",
            [("Karine Jean", ["spokesman for the White House"])],
        ),
        # ... but not where a suffix after the comma may lengthen the name ...
        (
            "Staff of the United Nations, the world body, met John Smith, Jr., the mayor, today.",
            [("John Smith, Jr.", ["mayor"])],
        ),
        (
            "Robert Casey, Jr., a senator from Pennsylvania, spoke.",
            [("Robert Casey, Jr.", ["senator from Pennsylvania"])],
        ),
        # ... nor where another start stands before the comma: the apposed match (a place and a
        # title) still covers the title word, as it did when every start was tried.
        ("Officials in Beijing Premier Li, the host, spoke.", []),
        # A family name that is also a word (Park) is a name.
        ("Park Geun-hye, the former president, left.", [("Park Geun-hye", ["former president"])]),
        # One word before a comma is no apposed name (a name has two words at least) ...
        (
            "Officials in Hefei, the capital, met Vice Premier Li Mingyuan.",
            [("Li Mingyuan", ["Vice Premier"])],
        ),
        (
            "WASHINGTON, the capital, hosted Vice Premier Li Mingyuan.",
            [("Li Mingyuan", ["Vice Premier"])],
        ),
        ("Later J.Smith, a lawyer, left.", []),
    ],
)
def test_names_turned_away_before_the_pattern(
    text: str, people: list[tuple[str, list[str]]]
) -> None:
    found = find_people(split_blocks(text))
    assert [(p.name, [t.normalized for t in p.titles]) for p in found] == people


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a paragraph past ASCII (its dashes), the phrase in capitals
        (
            "Chinese Vice Premier Zhang Guoqing spoke.\n\nLater — at noon — THE VICE PREMIER left.\n",
            ("THE VICE PREMIER", 61),
        ),
        # the Kelvin sign lowers to an ASCII k
        (
            "Company spokesman John Smith spoke.\n\nLater — at noon — the spo\u212aesman left.\n",
            ("the spo\u212aesman", 55),
        ),
        (
            "Company spokesman John Smith spoke.\n\nLater — at noon — the spokesmen left.\n",
            None,
        ),
    ],
)
def test_a_role_recurs_as_a_phrase_in_a_paragraph_past_ascii(
    text: str, mention: tuple[str, int] | None
) -> None:
    [person] = find_people(split_blocks(text))
    later = [(m.text, m.span.start) for m in person.mentions[1:]]
    assert later == ([] if mention is None else [mention])


# Paragraphs whose capitals all open sentences (the gate of find_people then skips the search for a
# capital after a lowercase word) and paragraphs where one does not.
_SENTENCE_CAPITALS = [
    ("no-capital", "officials said the plan would expand trade.", True),
    ("first-word-only", "Officials said the plan would expand trade.", True),
    ("each-sentence", "Officials said so. Local firms grew. Trade rose.", True),
    ("after-lowercase", "Officials said Wang would expand trade.", False),
    ("second-sentence-then-name", "Trade rose. Officials met Wang on Friday.", False),
    ("abbreviation-before-capital", "Trade rose in the U.S. Officials said so.", False),
    ("after-bracket", "Trade rose (Xinhua reported).", False),
    ("inside-a-word", "Sales of the iPhone rose.", False),
    ("after-a-question", "Why? Officials said so.", False),
    ("lowercase-after-full-stop", "Trade rose 2.5 pct. officials said so.", True),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in _SENTENCE_CAPITALS],
    ids=[c[0] for c in _SENTENCE_CAPITALS],
)
def test_capitals_that_open_sentences(text: str, expected: bool) -> None:
    [block] = split_blocks(text)
    assert capitals_open_sentences(block) is expected
    if expected:  # the shortcut stands for the search it skips
        assert rules_for(Lexicon.default()).after_lowercase.search(text) is None


@given(st.text(alphabet="aAzZ .,?(-'\u00e9\u00c9", max_size=40))
def test_capitals_that_open_sentences_leave_no_capital_after_a_lowercase_word(text: str) -> None:
    """Where the full stops account for every capitalised word but a first, the search for a
    capital after a lowercase word finds nothing: skipping it changes no gate's answer."""
    for block in split_blocks(text):
        if capitals_open_sentences(block):
            assert rules_for(Lexicon.default()).after_lowercase.search(block.text) is None


# One word (no white space in it), as it may stand before a comma.
_ONE_WORDS = st.text(st.sampled_from("AJMcSaxl.-'’é"), min_size=1, max_size=12)


@given(word=_ONE_WORDS, rest=st.sampled_from(["the mayor, said", "Jr., the mayor, said", "x; y"]))
def test_one_word_at_a_comma_is_no_apposed_name(word: str, rest: str) -> None:
    """What lets candidates._turned_away pass over a name of one word before its comma: the
    apposed pattern never matches there."""
    assert rules_for(Lexicon.default()).apposed.match(f"{word}, {rest}") is None


# Appositions made of the words the title finders look for (and of pieces of them), so that the
# word tests meet them whole, in part and inside other words.
_APPOSITIONS = st.lists(
    st.sampled_from(
        [
            *titles._REPORT_WORDS,
            *("who", "which", "that", "whose", "where", "when", "wh", "elsewhere"),
            *("are", "were", "have", "fareware"),
            *(" ", " ", ",", "x", "Xsaid"),
        ]
    ),
    max_size=10,
).map("".join)


@given(_APPOSITIONS)
def test_word_tests_agree_with_the_patterns(appos: str) -> None:
    """titles._holds_any says what a pattern would (the list verbs), or passes over a pattern only
    where it would find nothing (a clause, a report)."""
    list_verb = re.search(" (?:are|were|have) ", appos) is not None
    assert titles._holds_any(appos, titles._LIST_VERBS) is list_verb
    if titles._CLAUSE.search(" " + appos) is not None:
        assert titles._holds_any(appos, titles._CLAUSE_HINTS)
    if titles._REPORT.search(appos) is not None:
        assert titles._holds_any(appos, titles._REPORT_WORDS)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param("Ann Lee, a lawyer who works here, spoke.", ["lawyer"], id="clause"),
        pytest.param("Ann Lee, a lawyer that won, spoke.", ["lawyer"], id="clause-that"),
        pytest.param("Ann Lee, a lawyer elsewhere, spoke.", ["lawyer elsewhere"], id="no-clause"),
        pytest.param(
            "Ann Lee, a lawyer at the firm told Reuters.", ["lawyer at the firm"], id="report"
        ),
        pytest.param(
            "Ann Lee, a lawyer at the firm unsaid, spoke.",
            ["lawyer at the firm unsaid"],
            id="no-report",
        ),
        pytest.param("Ann Lee, lawyers who are here, spoke.", None, id="list-verb"),
        pytest.param("Ann Lee, a lawyer fareware, spoke.", ["lawyer fareware"], id="no-list-verb"),
    ],
)
def test_the_words_that_end_an_apposition(text: str, people: list[str] | None) -> None:
    found = find_people(split_blocks(text))
    expected = [] if people is None else [("Ann Lee", people)]
    assert [(p.name, [t.normalized for t in p.titles]) for p in found] == expected
