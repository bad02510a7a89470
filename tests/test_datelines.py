"""Datelines: the one grammar every agency's datelines are read by, and the hook for shapes it lacks."""

from __future__ import annotations

import datetime as dt
import re

import hypothesis
import pytest
from hypothesis import strategies as st

import newsmodel
from newsmodel.formats import dateline_pattern, default_registry, get, names
from newsmodel.lexicon import Lexicon
from newsmodel.models import Dateline
from newsmodel.recognisers.datelines import (
    GRAMMAR_REACH,
    _Reading,
    _words,
    match_dateline,
    may_open_dateline,
    normalize_place,
    read_dateline,
    read_dateline_parts,
    resolve_dateline,
    resolve_parts,
)
from newsmodel.text import split_blocks

AGENCIES = default_registry.agency_names()
#: the hook's common pattern (``dateline_pattern``), as a plugin would add it
HOOK = (dateline_pattern(["Xinhua", "Reuters", "AP"]),)


def read(text: str) -> tuple[Dateline, int] | None:
    """The grammar's reading of the first paragraph of ``text``, as the pipeline reads it."""
    return read_dateline(split_blocks(text)[0], AGENCIES, agencyless=True)


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


# The two ways a paragraph's dateline is read: the grammar, and a format's own patterns (the hook).
READERS = {
    "grammar": lambda block: read_dateline(block, AGENCIES, agencyless=True),
    "hook": lambda block: match_dateline(block, HOOK),
}


class TestRead:
    """The grammar and the hook read the dateline's raw text, place, date and agencies as written,
    and the body follows."""

    @pytest.mark.parametrize("how", sorted(READERS))
    @pytest.mark.parametrize(
        ("text", "raw", "place", "date_text", "agencies", "body"),
        [c[1:] for c in CASES],
        ids=[c[0] for c in CASES],
    )
    def test_dateline(
        self,
        how: str,
        text: str,
        raw: str,
        place: str,
        date_text: str | None,
        agencies: tuple[str, ...],
        body: str,
    ) -> None:
        block = split_blocks(text)[0]
        found = READERS[how](block)
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
        assert read(text) is None


class TestHook:
    """A format's own patterns are the hook for shapes the grammar lacks."""

    def test_no_built_in_format_needs_it(self) -> None:
        assert [name for name in names() if get(name).datelines] == []


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
        found = read("SURABAYA, Indonesia/JAKARTA (Reuters) - x")
        assert found is not None
        assert found[0].places == ("SURABAYA", "JAKARTA")
        assert found[0].region == "Indonesia"


class TestResolve:
    """The dateline's year comes from the story, never from today."""

    def _dateline(self, text: str):  # type: ignore[no-untyped-def]
        found = read(text)
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


# (id, text, published, story date): each way a dateline's year is found, or is not.
PARTS_CASES = [
    ("own-year", "WASHINGTON, Jan. 5, 2024 (AP) -- x", dt.date(2025, 3, 1), None),
    ("publication", "HANGZHOU, Oct. 11 (Xinhua) -- x", dt.date(2025, 10, 13), None),
    ("year-boundary", "BEIJING, Dec. 31 (Xinhua) -- x", dt.date(2026, 1, 2), None),
    ("story-date", "Baku, April 21 (Xinhua) -- x", None, dt.date(2025, 4, 20)),
    ("no-anchor", "Baku, April 21 (Xinhua) -- x", None, None),
    ("no-date", "MOSCOW (Reuters) - x", dt.date(2025, 4, 20), None),
    ("brackets", "SEOUL, South Korea, March 3 (Yonhap) -- x", dt.date(2025, 3, 4), None),
]


@pytest.mark.parametrize(
    ("text", "published", "story_date"),
    [c[1:] for c in PARTS_CASES],
    ids=[c[0] for c in PARTS_CASES],
)
def test_parts_give_the_dateline_read_and_resolved(
    text: str, published: dt.date | None, story_date: dt.date | None
) -> None:
    """The pipeline builds a dateline once from its parts: the same model as read, then resolved."""
    block = split_blocks(text)[0]
    whole = read_dateline(block, AGENCIES, agencyless=True)
    parts = read_dateline_parts(block, AGENCIES, agencyless=True)
    assert whole is not None
    assert parts is not None
    assert parts[1] == whole[1]
    assert resolve_parts(parts[0], published, story_date) == resolve_dateline(
        whole[0], published, story_date
    )


# The dateline grammar: (text, place, date_text, agencies, raw), written in several services' styles.
AGENCIES = frozenset({"xinhua", "ap", "reuters", "pti", "ansa", "tass", "kuna", "upi", "aap"})
GRAMMAR = [
    # no agency at all: Reuters of the 1980s, AP and UPI today
    (
        "SALVADOR, Feb 26 - Rains fell over the cocoa zone.",
        "SALVADOR",
        "Feb 26",
        (),
        "SALVADOR, Feb 26 -",
    ),
    (
        "MIDLAND, Mich., March 4 - Dow Chemical said it would cut jobs.",
        "MIDLAND, Mich.",
        "March 4",
        (),
        "MIDLAND, Mich., March 4 -",
    ),
    (
        "VANCOUVER, British Columbia, March 4 - The mine reopened.",
        "VANCOUVER, British Columbia",
        "March 4",
        (),
        "VANCOUVER, British Columbia, March 4 -",
    ),
    ("TORONTO, March 2 - Shr loss 11 cts", "TORONTO", "March 2", (), "TORONTO, March 2 -"),
    (
        "PYONGYANG -- State media reported a parade on Sunday.",
        "PYONGYANG",
        None,
        (),
        "PYONGYANG --",
    ),
    (
        "NEW DELHI: The monsoon reached the capital two days early.",
        "NEW DELHI",
        None,
        (),
        "NEW DELHI:",
    ),
    (
        "ISLAMABAD, Pakistan: Talks resumed on Monday after a pause.",
        "ISLAMABAD, Pakistan",
        None,
        (),
        "ISLAMABAD, Pakistan:",
    ),
    (
        "LITTLE ROCK, Ark., March 2 - <Acme Corp> said it sold a unit.",
        "LITTLE ROCK, Ark.",
        "March 2",
        (),
        "LITTLE ROCK, Ark., March 2 -",
    ),
    # an agency in brackets, slashes or bare after a comma
    (
        "ISLAMABAD, May 27 (APP): The prime minister spoke on Monday.",
        "ISLAMABAD",
        "May 27",
        ("APP",),
        "ISLAMABAD, May 27 (APP):",
    ),
    (
        "TEHRAN (Fars News Agency)- The minister said on Sunday ...",
        "TEHRAN",
        None,
        ("Fars News Agency",),
        "TEHRAN (Fars News Agency)-",
    ),
    (
        "United Nations, New York, Sept 14, IRNA -- The minister met envoys.",
        "United Nations, New York",
        "Sept 14",
        ("IRNA",),
        "United Nations, New York, Sept 14, IRNA --",
    ),
    (
        "MOSCOW, June 27. /TASS/. Grain exports rose in May.",
        "MOSCOW",
        "June 27",
        ("TASS",),
        "MOSCOW, June 27. /TASS/.",
    ),
    (
        "KIEV. May 3 (Interfax) - The parliament met on Friday.",
        "KIEV",
        "May 3",
        ("Interfax",),
        "KIEV. May 3 (Interfax) -",
    ),
    (
        "Mumbai, Apr 22 (PTI) A minister said on Friday the action was lawful.",
        "Mumbai",
        "Apr 22",
        ("PTI",),
        "Mumbai, Apr 22 (PTI)",
    ),
    (
        "ABU DHABI, 2nd May, 2021 (WAM) -- The ministry said ...",
        "ABU DHABI",
        "2nd May, 2021",
        ("WAM",),
        "ABU DHABI, 2nd May, 2021 (WAM) --",
    ),
    (
        "Rio de Janeiro, 11 may (EFE) - The carnival opened.",
        "Rio de Janeiro",
        "11 may",
        ("EFE",),
        "Rio de Janeiro, 11 may (EFE) -",
    ),
    (
        "BEIRUT [Lebanon], Oct 3 (ANI/WAM) -- The port reopened.",
        "BEIRUT",
        "Oct 3",
        ("ANI", "WAM"),
        "BEIRUT [Lebanon], Oct 3 (ANI/WAM) --",
    ),
    (
        "By PTI, Kolkata, March 4: The port handled more ships in February.",
        "Kolkata",
        "March 4",
        ("PTI",),
        "By PTI, Kolkata, March 4:",
    ),
    (
        "(ANSA) - Rome, October 11 - The museum opened a new wing.",
        "Rome",
        "October 11",
        ("ANSA",),
        "(ANSA) - Rome, October 11 -",
    ),
    ("(Reuters) - Oil prices rose on Monday.", None, None, ("Reuters",), "(Reuters) -"),
    ("June 3 (UPI) -- A storm warning was issued.", None, "June 3", ("UPI",), "June 3 (UPI) --"),
    (
        "CANBERRA, March 14 AAP - The bill passed.",
        "CANBERRA",
        "March 14",
        ("AAP",),
        "CANBERRA, March 14 AAP -",
    ),
    (
        "SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers searched the sea.",
        "SURABAYA, Indonesia/JAKARTA",
        None,
        ("Reuters",),
        "SURABAYA, Indonesia/JAKARTA (Reuters) -",
    ),
    (
        "Jakarta (Antara) - Indonesia's exports rose in May, officials said.",
        "Jakarta",
        None,
        ("Antara",),
        "Jakarta (Antara) -",
    ),
    (
        "SINGAPORE, Oct. 2, 2024 /PRNewswire/ --",
        "SINGAPORE",
        "Oct. 2, 2024",
        ("PRNewswire",),
        "SINGAPORE, Oct. 2, 2024 /PRNewswire/ --",
    ),
    # a bracket that closes on its own date needs no dash (syndicated copy of APP and WAM)
    (
        "LAHORE, (Pakistan Point News / APP - 3rd June, 2024) The minister said ...",
        "LAHORE",
        "3rd June, 2024",
        ("Pakistan Point News", "APP"),
        "LAHORE, (Pakistan Point News / APP - 3rd June, 2024)",
    ),
    (
        "DUBAI, (Gulf Wire - 14 March 2023) The ruler received the delegation.",
        "DUBAI",
        "14 March 2023",
        ("Gulf Wire",),
        "DUBAI, (Gulf Wire - 14 March 2023)",
    ),
    # the agency after the separator, closing the line or before a colon (Gulf agencies' copy)
    ("Riyadh - SPA", "Riyadh", None, ("SPA",), "Riyadh - SPA"),
    ("Amman - Petra: The cabinet met on Sunday.", "Amman", None, ("Petra",), "Amman - Petra:"),
    ("PYONGYANG - KCNA: The party met.", "PYONGYANG", None, ("KCNA",), "PYONGYANG - KCNA:"),
    # a publisher, then the agency whose story it carries
    (
        "Gulf24 – WAM: The ruler received the delegation on Sunday.",
        None,
        None,
        ("Gulf24", "WAM"),
        "Gulf24 – WAM:",
    ),
    (
        "Emirates247 - WAM: The ministry said on Monday.",
        None,
        None,
        ("Emirates247", "WAM"),
        "Emirates247 - WAM:",
    ),
    # a known place word in title case, and no agency
    (
        "Nairobi - Kenya's parliament passed the budget on Tuesday.",
        "Nairobi",
        None,
        (),
        "Nairobi -",
    ),
    ("Lahore: Heavy rain flooded the old city on Monday.", "Lahore", None, (), "Lahore:"),
    # a region in round brackets before the date (ANI, IANS)
    (
        "SRINAGAR (Jammu and Kashmir), Oct 11 (ANI) - Snow fell on Friday.",
        "SRINAGAR",
        "Oct 11",
        ("ANI",),
        "SRINAGAR (Jammu and Kashmir), Oct 11 (ANI) -",
    ),
    (
        "Kathmandu (Nepal) (PTI) Snow fell on Friday in the hills.",
        "Kathmandu",
        None,
        ("PTI",),
        "Kathmandu (Nepal) (PTI)",
    ),
]
IDS = [
    "reuters-1987",
    "reuters-1987-state",
    "reuters-1987-province",
    "reuters-1987-short-body",
    "ap-no-date",
    "colon-separator",
    "region-and-colon",
    "body-opens-with-a-tag",
    "bracket-and-colon",
    "bracket-of-words",
    "bare-acronym-after-a-comma",
    "tass-slashes",
    "full-stop-after-the-place",
    "pti-no-separator",
    "ordinal-date-with-year",
    "efe-spanish-joiner",
    "country-in-square-brackets",
    "agency-byline-before-the-place",
    "agency-first-then-place",
    "agency-first-alone",
    "date-first-no-place",
    "known-agency-bare-after-date",
    "second-place-after-a-region",
    "title-case-place-unknown-agency-sentence",
    "alone-in-its-paragraph",
    "dated-bracket-app",
    "dated-bracket-one-source",
    "agency-after-the-separator-alone",
    "agency-after-the-separator-and-colon",
    "agency-after-a-place-in-capitals",
    "publisher-then-agency",
    "publisher-with-digits-then-agency",
    "known-place-word-no-agency",
    "known-place-word-colon",
    "region-in-round-brackets-ani",
    "region-in-round-brackets-pti",
]
# What the grammar must not take: sentence openers, labels, headlines in capitals, company tickers.
NOT_DATELINES = [
    ("LONDON is bracing for a week of strikes by rail workers.", "sentence-opener"),
    ("WASHINGTON'S budget fight resumed on Monday.", "possessive-opener"),
    ("FILE - In this photo, workers repair a bridge.", "ap-file-caption"),
    ("UPDATE 2-Oil prices rise after the storm.", "wire-mark"),
    ("ECONOMIC SPOTLIGHT - JAPAN'S BUDGET WOES", "headline-in-capitals"),
    ("EC DRIVING TO CAPTURE WHEAT MARKET - USDA", "headline-with-a-source"),
    ("Gould Inc (GLD) - a maker of parts", "company-ticker"),
    ("Bombay Stock Exchange (BSE) building is closed.", "bracket-without-dash"),
    ("Meanwhile - the talks went on.", "title-case-word-and-dash"),
    ("The Hague - the court ruled on Monday.", "sentence-with-a-dash"),
    ("By Meera Iyengar, Staff Writer - The city ...", "person-byline"),
    ("(Reuters Graphic) - chart of prices", "unknown-agency-first"),
    ("KARACHI, (City Paper - the agency) said on Monday", "bracket-with-a-dash-but-no-date"),
    ("The council (meeting - 3rd June, 2024) voted.", "dated-bracket-after-no-place"),
    ("Meeting - Minutes", "two-words-and-a-dash"),
    ("Exclusive - Ukraine: talks resume", "label-then-a-name"),
    ("Springfield - Officials said the plant would reopen.", "unknown-title-case-place"),
    ("TRADE TALKS RESUME - USDA", "capitals-headline-with-an-acronym"),
]


class TestGrammar:
    """The dateline grammar reads every shape in the table, and nothing that only looks like one."""

    @pytest.mark.parametrize(("text", "place", "date_text", "agencies", "raw"), GRAMMAR, ids=IDS)
    def test_reads(
        self, text: str, place: str, date_text: str | None, agencies: tuple[str, ...], raw: str
    ) -> None:
        block = split_blocks(text)[0]
        found = read_dateline(block, AGENCIES, agencyless=True)
        assert found is not None
        dateline, body_start = found
        assert (dateline.place, dateline.date_text, dateline.agencies) == (
            place,
            date_text,
            agencies,
        )
        assert dateline.raw == raw
        # the body starts right after it, or in the next paragraph when it stands alone
        assert body_start == len(block.text) or not block.text[body_start].isspace()

    @pytest.mark.parametrize(("text", "why"), NOT_DATELINES, ids=[w for _, w in NOT_DATELINES])
    def test_does_not_read(self, text: str, why: str) -> None:
        assert read_dateline(split_blocks(text)[0], AGENCIES, agencyless=True) is None

    @pytest.mark.xfail(
        strict=True,
        reason="a company and its ticker in a first paragraph read like a title-case place and an "
        "agency no format knows (Jakarta (Antara) - ...): known limit of the grammar",
    )
    def test_company_ticker_in_the_first_paragraph(self) -> None:
        text = "Apple (AAPL) - Shares rose sharply on Monday after the results."
        assert read_dateline(split_blocks(text)[0], AGENCIES, agencyless=True) is None

    def test_company_ticker_later_is_no_dateline(self) -> None:
        text = "Apple (AAPL) - Shares rose sharply on Monday after the results."
        assert read_dateline(split_blocks(text)[0], AGENCIES, agencyless=False) is None

    def test_no_agency_only_in_the_first_paragraph(self) -> None:
        """A dash after capitals deep in a story is no dateline; at its top it is one."""
        lead = "Parade held\n\nPYONGYANG -- State media reported a parade on Sunday."
        assert newsmodel.parse(lead).dateline is not None
        later = (
            "Parade held\n\n"
            + "State media reported a parade on Sunday, with music. " * 4
            + "\n\nPYONGYANG -- Officials said more would follow."
        )
        assert newsmodel.parse(later).dateline is None

    def test_an_agency_is_not_needed_in_the_first_paragraph_only(self) -> None:
        assert (
            read_dateline(split_blocks("PYONGYANG -- State media reported a parade.")[0], AGENCIES)
            is None
        )

    def test_a_format_pattern_goes_first(self) -> None:
        article = newsmodel.parse("BEIJING, Oct. 11 (Xinhua) -- Officials met on Friday.")
        assert article.wire_format == "xinhua"
        assert (
            article.dateline is not None and article.dateline.raw == "BEIJING, Oct. 11 (Xinhua) --"
        )


UNREAD = [
    (
        "Talks stall\n\nBEIJING, Octob 11 (Xinhua) -- Officials met on Friday.",
        "BEIJING",
        "misspelt-month",
    ),
    (
        "Budget\n\nWASHINGTON - the talks stalled on Monday over spending.",
        "WASHINGTON",
        "lower-case-body",
    ),
    (
        "Rain\n\nSAO PAULO, March 9 - THE FOLLOWING RAINFALL WAS RECORDED.",
        "SAO PAULO",
        "body-in-capitals",
    ),
]
READ_OR_PLAIN = [
    ("NASA, the space agency, said on Monday it would delay the launch.", "acronym-and-comma"),
    ("UN chief Antonio Guterres said on Monday the talks would resume.", "capitals-then-words"),
    ("SALVADOR, Feb 26 - Showers continued throughout the week.", "a-dateline-read"),
]


class TestUnreadDateline:
    """A first paragraph that opens like a dateline no rule reads gets a diagnostic (and --strict fails)."""

    @pytest.mark.parametrize(("text", "opening", "why"), UNREAD, ids=[w for *_, w in UNREAD])
    def test_flagged(self, text: str, opening: str, why: str) -> None:
        article = newsmodel.parse(text)
        assert article.dateline is None
        [diagnostic] = [d for d in article.diagnostics if d.code == "unread-dateline"]
        assert diagnostic.span.of(text) == opening
        with pytest.raises(newsmodel.ParseError, match="opens like a dateline"):
            newsmodel.parse(text, strict=True)

    @pytest.mark.parametrize(("text", "why"), READ_OR_PLAIN, ids=[w for _, w in READ_OR_PLAIN])
    def test_not_flagged(self, text: str, why: str) -> None:
        assert not [d for d in newsmodel.parse(text).diagnostics if d.code == "unread-dateline"]


# id, story, the dateline's raw text, the kind of the piece before it, the body's first words
LEAD_PREFIXES = [
    (
        "aggregator-tag-kuna-style",
        "( MENAFN - Jordan News Agency (Petra)) AMMAN, March 3 (Petra) -- The cabinet approved "
        "the draft budget on Sunday.",
        "AMMAN, March 3 (Petra) --",
        "furniture",
        "The cabinet approved",
    ),
    (
        "aggregator-tag-antara-style",
        "(NewsFeed - Antara) JAKARTA, May 5 (Antara) - Indonesia will raise fuel prices next "
        "month, the minister said.",
        "JAKARTA, May 5 (Antara) -",
        "furniture",
        "Indonesia will raise",
    ),
    (
        "scraper-date-header-pti-style",
        "date 2024-11-02 New Delhi, Nov 2 (PTI) The Delhi government on Saturday announced "
        "new curbs on construction.",
        "New Delhi, Nov 2 (PTI)",
        "date-line",
        "The Delhi government",
    ),
    (
        "scraper-date-header-xinhua-style",
        "date 2025-03-08 BEIJING, March 8 (Xinhua) -- China's exports rose in February, "
        "customs data showed.",
        "BEIJING, March 8 (Xinhua) --",
        "date-line",
        "China's exports rose",
    ),
    (
        "picture-file-name-glued",
        "Talks in Tehran\n\nB0012345.jpgTEHRAN (IRNA) - The foreign minister met his "
        "counterpart on Saturday.",
        "TEHRAN (IRNA) -",
        "furniture",
        "The foreign minister",
    ),
    (
        "picture-file-name-spaced",
        "Floods in Lagos\n\nflood-lagos_02.png LAGOS, Aug. 4 (AP) — Heavy rain flooded the "
        "city's main roads on Sunday.",
        "LAGOS, Aug. 4 (AP) —",
        "furniture",
        "Heavy rain flooded",
    ),
]


class TestLead:
    """A dateline opens the story's first paragraph after what a scraper left before it."""

    @pytest.mark.parametrize(
        ("story", "raw", "kind", "body"),
        [c[1:] for c in LEAD_PREFIXES],
        ids=[c[0] for c in LEAD_PREFIXES],
    )
    def test_after_scraped_furniture(self, story: str, raw: str, kind: str, body: str) -> None:
        article = newsmodel.parse(story)
        assert article.dateline is not None and article.dateline.raw == raw
        assert article.body[0].text.startswith(body)
        # nothing lost: the piece before the dateline is a segment of its own, just before it
        kinds = [segment.kind for segment in article.segments]
        at = kinds.index("dateline")
        assert kinds[at - 1] == kind
        assert article.segments[at - 1].span.end <= article.dateline.span.start
        assert not article.unparsed and not article.diagnostics

    @pytest.mark.parametrize(
        ("story", "place"),
        [
            (
                "Parade in Pyongyang\n\n09:14, October 10, 2025\n\n"
                "Soldiers march in Kim Il Sung Square in Pyongyang, Oct. 10, 2025. "
                "(Xinhua file photo)\n\n"
                "PYONGYANG -- State media said the parade marked the party's anniversary.",
                "PYONGYANG",
            ),
            (
                "Rail strike\n\n"
                "Commuters wait at a station in Lagos, Nigeria, Aug. 4, 2025. (AP Photo/Sunday "
                "Alamba)\n\n"
                "LAGOS, Nigeria - Rail workers began a two-day strike on Monday over unpaid "
                "wages, the union said.",
                "LAGOS, Nigeria",
            ),
        ],
        ids=["after-a-file-photo-caption", "after-an-ap-caption"],
    )
    def test_agencyless_after_the_captions(self, story: str, place: str) -> None:
        article = newsmodel.parse(story)
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.agencies) == (place, ())
        assert len(article.photos) == 1

    @pytest.mark.parametrize(
        ("story", "raw"),
        [
            (
                "Lucknow: Commuters wade through a flooded road in Lucknow, Monday, July 7, 2025. "
                "(PTI Photo/Nand Kumar)\n\nLucknow, Jul 8 (PTI) Schools stayed shut on Tuesday.",
                "Lucknow, Jul 8 (PTI)",
            ),
            (
                "Nairobi - Traders cover their stalls in Nairobi, Kenya, on Monday, May 5, 2025. "
                "(AP Photo/Brian Inganga)\n\nNAIROBI, Kenya (AP) — Flooding closed schools.",
                "NAIROBI, Kenya (AP) —",
            ),
        ],
        ids=["pti-caption-opens-with-its-place", "ap-caption-opens-with-its-place"],
    )
    def test_a_caption_that_opens_with_a_place_is_no_dateline(self, story: str, raw: str) -> None:
        article = newsmodel.parse(story)
        assert article.dateline is not None and article.dateline.raw == raw
        assert len(article.photos) == 1


class TestBrackets:
    """A region in round brackets and a country in square ones fill their fields, not the place."""

    @pytest.mark.parametrize(
        ("text", "place", "region", "country"),
        [
            ("BEIRUT [Lebanon], Oct 3 (ANI/WAM) -- The port reopened.", "BEIRUT", None, "Lebanon"),
            (
                "Gaza City [Palestine], May 5 (ANI/WAFA): Talks resumed.",
                "Gaza City",
                None,
                "Palestine",
            ),
            (
                "SRINAGAR (Jammu and Kashmir), Oct 11 (ANI) - Snow fell.",
                "SRINAGAR",
                "Jammu and Kashmir",
                None,
            ),
            (
                "Kathmandu (Nepal) (PTI) Snow fell on Friday in the hills.",
                "Kathmandu",
                "Nepal",
                None,
            ),
            ("COLUMBIA, S.C. (AP) — Body.", "COLUMBIA, S.C.", "S.C.", None),
            ("TEHRAN (Fars News Agency)- The minister spoke.", "TEHRAN", None, None),
        ],
        ids=[
            "country-ani",
            "country-two-words",
            "region-ani",
            "region-pti",
            "region-after-comma",
            "agency-not-region",
        ],
    )
    def test_fields(self, text: str, place: str, region: str | None, country: str | None) -> None:
        found = read(text)
        assert found is not None
        dateline = found[0]
        assert (dateline.place, dateline.region, dateline.country) == (place, region, country)


class TestTurnedAway:
    """What the grammar turns away before reading a word, and what it still reads."""

    @pytest.mark.parametrize(
        ("text", "raw"),
        [
            ("june 3 (UPI) -- A month in small letters opens a dateline.", "june 3 (UPI) --"),
            ("3 June (UPI) -- A day opens a dateline too, before its month.", "3 June (UPI) --"),
            ("date 2022-04-22 Mumbai, Apr 22 (PTI) -- Only a header's date.", None),
            ('"BEIJING, Oct. 11 (Xinhua) -- A quotation mark opens no dateline.', None),
        ],
    )
    def test_opening(self, text: str, raw: str | None) -> None:
        found = read(text)
        assert (found and found[0].raw) == raw

    @pytest.mark.parametrize("at", [0, 150, 200, 201, 260])
    @pytest.mark.parametrize("mark", ["-", "(", "/", ":", "_", "—", "–"])
    @pytest.mark.parametrize("rest", ["", " café"])
    def test_mark_within_reach(self, at: int, mark: str, rest: str) -> None:
        # ASCII or not, a mark opens the way within GRAMMAR_REACH characters and not after
        text = "A" * at + mark + rest
        assert may_open_dateline(text) == (at <= GRAMMAR_REACH)
        assert may_open_dateline("xx" + text, 2) == (at <= GRAMMAR_REACH)


def _date_end_step_by_step(reading: _Reading, at: int) -> int | None:
    """Where a date at ``at`` ends, read one part at a time (what the grammar's two patterns,
    ``_MONTH_DAY`` and ``_DAY_MONTH``, read in one match each)."""
    text, months = reading.text, reading.words.months

    def run(pattern: str, start: int) -> int | None:
        found = re.compile(pattern).match(text, start)
        return None if found is None else found.end()

    def year_after(end: int) -> int:
        for lead in (", ", " "):
            year = run(r"\d{4}+(?!\d)", end + len(lead)) if text.startswith(lead, end) else None
            if year is not None:
                return year
        return end

    day = r"\d{1,2}+(?!\d)(?:st|nd|rd|th)?"
    if at < reading.end and text[at].isalpha():
        if not reading.words.may_be_month(text, at):
            return None
        month_end = run(r"[^\W\d_]*+", at) or at
        if text[at:month_end].lower() not in months:
            return None
        at = month_end + (1 if text.startswith(".", month_end) else 0)
        day_end = run(day, at + 1) if text.startswith(" ", at) else None
        return None if day_end is None else year_after(day_end)
    day_end = run(day, at)
    if day_end is None or not text.startswith(" ", day_end):
        return None
    month_end = run(r"[^\W\d_]*+", day_end + 1) or day_end + 1
    if text[day_end + 1 : month_end].lower() not in months:
        return None
    return year_after(month_end + (1 if text.startswith(".", month_end) else 0))


_MONTHS = ["Oct", "Oct.", "October", "oct", "OCT", "Sept.", "mayo", "Xinhua", "Octo", "é", ""]
_DAYS = ["1", "11", "111", "3rd", "1st", "11th", "1x", "x", ""]
_GAPS = [" ", ". ", ", ", ",", "", "  ", "-"]
_YEARS = ["2025", "20251", "202", "2025x", ""]


@hypothesis.settings(max_examples=500, deadline=None)
@hypothesis.given(
    parts=st.tuples(*(st.sampled_from(p) for p in (_MONTHS, _GAPS, _DAYS, _GAPS, _YEARS))),
    day_first=st.booleans(),
    before=st.sampled_from(["", "X ", ", "]),
    after=st.sampled_from(["", " (Xinhua)", ".", "-", "7"]),
)
def test_a_date_is_read_as_part_by_part(
    parts: tuple[str, ...], day_first: bool, before: str, after: str
) -> None:
    """The grammar reads a date (``Oct. 11``, ``11 Oct, 2025``, ``3rd June``) in one match of
    the engine where it read each part by a call of its own: it ends where that reading did."""
    month, gap, day, lead, year = parts
    date = f"{day}{gap}{month}{lead}{year}" if day_first else f"{month}{gap}{day}{lead}{year}"
    text = before + date + after
    at = len(before)
    reading = _Reading(text, AGENCIES, _words(Lexicon.default()))
    assert reading._read_date(at) == _date_end_step_by_step(reading, at)


@pytest.mark.parametrize(
    ("text", "agencies", "known"),
    [
        ("BEIJING, Oct. 11 (Xinhua) -- Body", ("Xinhua",), True),
        ("AHMEDABAD, (Xinhua / PTI ) -- Body", ("Xinhua", "PTI"), True),
        ("ROME (ANSA) -- Body", ("ANSA",), True),
        ("ROME ( / Unknown Wire/ ) -- Body", ("Unknown Wire",), False),
        ("ROME (Unknown Wire) -- Body", ("Unknown Wire",), False),
    ],
    ids=["one", "two-spaced", "acronym", "empty-names", "unknown"],
)
def test_an_agency_marks_names(text: str, agencies: tuple[str, ...], known: bool) -> None:
    """The names of a bracket, each stripped and none empty, and whether a format knows one."""
    reading = _Reading(text, AGENCIES, _words(Lexicon.default()))
    reading.at = text.index("(")
    names, is_known, closed = reading._agency_mark()
    assert (names, is_known, closed) == (agencies, known, True)
    assert is_known == any(name.lower() in AGENCIES for name in names)
