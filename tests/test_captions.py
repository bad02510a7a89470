"""Credits in every form, captions found at the ends of paragraphs, repeats told apart."""

from __future__ import annotations

import pytest

from newsmodel import parse
from newsmodel.formats.registry import default_registry
from newsmodel.recognisers.captions import (
    _LOCATOR,
    _date_and_place,
    _without_locator,
    parse_credit,
)

AGENCIES = default_registry.agency_names()

# id, credit text, agencies, photographers, qualifiers
CREDITS = [
    ("xinhua", "Xinhua/Jiang Han", ("Xinhua",), ("Jiang Han",), ()),
    ("photo-by", "Photo by Yang Junpeng/Xinhua", ("Xinhua",), ("Yang Junpeng",), ()),
    ("two-photographers", "Xinhua/Li Xueren, Wang Ye", ("Xinhua",), ("Li Xueren", "Wang Ye"), ()),
    ("no-photographer", "Photo/Xinhua", ("Xinhua",), (), ()),
    ("ap-file", "AP Photo/Evan Vucci, File", ("AP",), ("Evan Vucci",), ("File",)),
    ("ap-bare", "AP Photo", ("AP",), (), ()),
    ("afp-upper", "AFP PHOTO / Daniel LEAL-OLIVAS", ("AFP",), ("Daniel LEAL-OLIVAS",), ()),
    (
        "via-getty",
        "Jane Doe/AFP via Getty Images",
        ("AFP", "Getty Images"),
        ("Jane Doe",),
        ("via",),
    ),
    ("foto-ntb", "Foto: Ola Nordmann / AP / NTB", ("AP", "NTB"), ("Ola Nordmann",), ()),
    (
        "reuters-file",
        "REUTERS/Kevin Lamarque/File Photo",
        ("REUTERS",),
        ("Kevin Lamarque",),
        ("File",),
    ),
    ("vcg", "Photo by Wang Ye/VCG", ("VCG",), ("Wang Ye",), ()),
    ("agency-file-photo", "Xinhua file photo", ("Xinhua",), (), ("File",)),
    ("agency-pool-photo", "Reuters pool photo", ("Reuters",), (), ("Pool",)),
    ("agency-handout", "AP handout photo", ("AP",), (), ("Handout",)),
]


class TestParseCredit:
    """A credit splits into agencies, photographers and qualifiers."""

    @pytest.mark.parametrize(
        ("text", "agencies", "photographers", "qualifiers"),
        [c[1:] for c in CREDITS],
        ids=[c[0] for c in CREDITS],
    )
    def test_parts(
        self,
        text: str,
        agencies: tuple[str, ...],
        photographers: tuple[str, ...],
        qualifiers: tuple[str, ...],
    ) -> None:
        assert parse_credit(text, AGENCIES) == (agencies, photographers, qualifiers)

    @pytest.mark.parametrize("text", ["R&D", "CPC", "2025", "in Beijing", "Smith file photo"])
    def test_not_a_credit(self, text: str) -> None:
        assert parse_credit(text, AGENCIES) is None


CAPTION = "A worker checks a panel in Hefei, east China's Anhui Province, Sept. 23, 2025. Officials toured the site on Tuesday. (Xinhua/Shi Yalan)"
OTHER = "A farmer drives a harvester in Hefei, Sept. 24, 2025. Officials toured the site on Tuesday. (Xinhua/Shi Yalan)"
DATELINE = "HEFEI, Sept. 25 (Xinhua) -- Officials toured the site on Tuesday."


class TestCaptions:
    """Photos are kept once with every occurrence; shared sentences are told from descriptions."""

    def test_repeated_caption_is_one_photo(self) -> None:
        article = parse("\n\n".join([CAPTION, DATELINE, CAPTION, "More body.", CAPTION]))
        [photo] = article.photos
        assert len(photo.occurrences) == 3
        assert photo.credit is not None
        assert photo.credit.photographers == ("Shi Yalan",)

    def test_spacing_variant_is_the_same_photo(self) -> None:
        article = parse("\n\n".join([CAPTION, DATELINE, CAPTION.replace(" ", "  ")]))
        assert len(article.photos) == 1

    def test_truncated_copy_is_the_same_photo(self) -> None:
        cut = CAPTION[:90] + "... more (Xinhua/Shi Yalan)"
        article = parse("\n\n".join([CAPTION, DATELINE, cut]))
        assert len(article.photos) == 1
        assert len(article.photos[0].occurrences) == 2

    def test_shared_sentences(self) -> None:
        article = parse("\n\n".join([CAPTION, DATELINE, OTHER]))
        first, second = article.photos
        assert first.shared == second.shared == ("Officials toured the site on Tuesday.",)
        assert first.description is not None
        assert first.description.startswith("A worker checks a panel")

    def test_date_and_place(self) -> None:
        [photo] = parse("\n\n".join([CAPTION, DATELINE])).photos
        assert (photo.date_text, photo.date.isoformat() if photo.date else None) == (
            "Sept. 23, 2025",
            "2025-09-23",
        )
        assert photo.place == "Hefei, Anhui Province"

    def test_credit_span_is_the_source(self) -> None:
        text = "\n\n".join([CAPTION, DATELINE])
        [photo] = parse(text).photos
        assert photo.credit is not None
        assert photo.credit.span.of(text) == photo.credit.raw == "(Xinhua/Shi Yalan)"


# A person named in a caption and in the body, in two agencies' styles: (story, name).
SAME_PERSON = [
    (
        "xinhua",
        "Chinese Vice Premier Liu Guozhong inspects a rice field in Yichun, Jiangxi Province, "
        "Oct. 9, 2025. (Xinhua/Wang Peng)\n\n"
        "BEIJING, Oct. 11 (Xinhua) -- Chinese Vice Premier Liu Guozhong urged efforts to secure "
        "the autumn harvest.\n\nLiu said farmers should be supported.",
        "Liu Guozhong",
    ),
    (
        "ap",
        "WASHINGTON (AP) — House Speaker Tom Harlan said Tuesday the bill would pass.\n\n"
        "House Speaker Tom Harlan speaks with reporters at the Capitol, Tuesday, Oct. 7, 2025, "
        "in Washington. (AP Photo/Mark Dunne)\n\nThe vote is due Friday.",
        "Tom Harlan",
    ),
]


class TestCaptionPeople:
    """A caption's person is the body's person: an index into Article.people, not a copy."""

    @pytest.mark.parametrize(
        ("story", "name"), [c[1:] for c in SAME_PERSON], ids=[c[0] for c in SAME_PERSON]
    )
    def test_caption_refers_to_the_body_person(self, story: str, name: str) -> None:
        article = parse(story)
        [photo] = article.photos
        [index] = photo.people
        person = article.people[index]
        assert person.name == name
        [occurrence] = photo.occurrences
        inside = [m for m in person.mentions if occurrence.start <= m.span.start < occurrence.end]
        assert inside, "the caption's mention is one of the person's mentions"
        assert len(person.mentions) > len(inside), "and so is the body's"


@pytest.mark.parametrize(
    ("caption", "date_text", "date"),
    [
        pytest.param(
            "A farmer works in a field in Hefei, May 3, 2025.", "May 3, 2025", "2025-05-03"
        ),
        pytest.param(
            "Workers in Zürich, 3 mayo 2025.", "3 mayo 2025", "2025-05-03", id="not-ascii"
        ),
        pytest.param("A crowd in Hefei, May 3, 20251.", None, None, id="five-figures-no-year"),
        pytest.param(
            "Fans in Paris, Mar 3, ٢٠٢٥.", "Mar 3, ٢٠٢٥", "2025-03-03", id="other-figures"
        ),
    ],
)
def test_a_captions_full_date(caption: str, date_text: str | None, date: str | None) -> None:
    # ASCII captions are scanned for a year by the figures 0-9, others by any decimal figure.
    found, when, _ = _date_and_place(caption)
    assert (found, when.isoformat() if when else None) == (date_text, date)


def test_a_credit_with_a_qualifier_word_keeps_the_agency_as_written() -> None:
    agencies = frozenset({"xinhua", "reuters"})
    assert parse_credit("XINHUA File/Li Ming", agencies) == (("XINHUA",), ("Li Ming",), ("File",))
    assert parse_credit("Reuters/File", agencies) == (("Reuters",), (), ("File",))


@pytest.mark.parametrize(
    "place",
    [
        "Hefei, east China's Anhui Province",
        "Lhasa, southwest China's Xizang Autonomous Region",
        "Beijing",
        "China's capital Beijing",
        "northwestern China's Gansu and northwestern China's Qinghai",
        "Xnorthwestern China's Gansu",  # (no locator word: only ``China's`` goes)
        "China'sX east China's\tAnhui",
        "east China's",  # (no space after it: no locator)
    ],
)
def test_without_locator_is_the_substitution(place: str) -> None:
    assert _without_locator(place) == _LOCATOR.sub("", place)
