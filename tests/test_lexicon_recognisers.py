"""Every recogniser reads its words from the Lexicon: a plugin extends datelines, credits, bylines
and site furniture without editing the core, and month words live in one place."""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import newsmodel
from newsmodel import Article, WireFormat
from newsmodel.formats import Registry, dateline_pattern
from newsmodel.lexicon import (
    Lexicon,
    LexiconAdditions,
    credit_words,
    dateline_words,
    lexicon_with,
    months,
    places,
    site_labels,
)
from newsmodel.pipeline import run
from newsmodel.recognisers import datelines
from newsmodel.recognisers.bylines import read_byline
from newsmodel.recognisers.captions import parse_credit
from newsmodel.recognisers.furniture import is_site_label, publication_date
from newsmodel.recognisers.times import find_times, grammar_for
from newsmodel.text import split_blocks

SRC = Path(newsmodel.__file__).parent


def _fmt(additions: LexiconAdditions | None) -> WireFormat:
    """A plugin's format for the agency ``KPA``, with ``additions`` to the lexicon."""
    return WireFormat(
        name="kpa",
        label="KPA",
        agencies=("KPA",),
        signature=re.compile(r"\(KPA\) -"),
        datelines=(dateline_pattern(["KPA"]),),
        example="PLACE (KPA) -",
        lexicon=additions,
    )


def _parse(story: str, additions: LexiconAdditions | None) -> Article:
    fmt = _fmt(additions)
    registry = Registry(entry_points=list)
    registry.register(fmt)
    return run(story, fmt, registry.snapshot())


def _place(article: Article) -> object:
    return article.dateline and (article.dateline.place, article.dateline.agencies)


def _credit(article: Article) -> object:
    credit = article.photos[0].credit
    return credit and (credit.photographers, credit.qualifiers)


def _bylines(article: Article) -> object:
    return [byline.names for byline in article.bylines]


def _kinds(article: Article) -> object:
    return [segment.kind.value for segment in article.segments]


# id, story (our own), what the plugin adds, what is read, without the addition, with it
EXTENSIONS: list[tuple[str, str, LexiconAdditions, Callable[[Article], object], object, object]] = [
    (
        "place-word-agency-after",  # Gulf style: the agency after the dash
        "Tromso - NTB: The ferry ran late on Monday because of the storm in the north.",
        LexiconAdditions(place_words=("Tromso",)),
        _place,
        None,
        ("Tromso", ("NTB",)),
    ),
    (
        "place-word-no-agency",  # a lead in title case with no agency at all
        "Tromso - The ferry ran late on Monday because of the storm in the north, police said.",
        LexiconAdditions(place_words=("Tromso",)),
        _place,
        None,
        ("Tromso", ()),
    ),
    (
        "not-a-place",  # a desk label in capitals that opens the lead
        "ROUNDUP - The roads were closed on Monday after the storm, officials said.",
        LexiconAdditions(not_places=("ROUNDUP",)),
        _place,
        ("ROUNDUP", ()),
        None,
    ),
    (
        "credit-qualifier",
        "OSLO, 3 March (KPA) - The road was closed.\n\n"
        "Workers repair the bridge in Oslo, March 3, 2025. (KPA/Ola Nordmann, Archive)",
        LexiconAdditions(credit_qualifiers=(("Archive", "File"),)),
        _credit,
        (("Ola Nordmann", "Archive"), ()),
        (("Ola Nordmann",), ("File",)),
    ),
    (
        "site-label",
        "Fjords\n\nRoad closed in the north\n\nOSLO, 3 March (KPA) - The road was closed.",
        LexiconAdditions(site_labels=("Fjords",)),
        _kinds,
        ["headline", "unparsed", "dateline", "body"],
        ["furniture", "headline", "dateline", "body"],
    ),
    (
        "byline-role",
        "By Ola Nordmann, Fjord Desk\n\nOSLO, 3 March (KPA) - The road was closed on Monday.",
        LexiconAdditions(byline_roles=("desk",)),
        _bylines,
        [("Ola Nordmann", "Fjord Desk")],
        [("Ola Nordmann",)],
    ),
]


class TestPluginExtends:
    """A plugin format's lexicon additions change what the recognisers read in its stories."""

    @pytest.mark.parametrize(
        ("story", "additions", "read", "without", "with_"),
        [case[1:] for case in EXTENSIONS],
        ids=[case[0] for case in EXTENSIONS],
    )
    def test_addition_shows(
        self,
        story: str,
        additions: LexiconAdditions,
        read: Callable[[Article], object],
        without: object,
        with_: object,
    ) -> None:
        assert read(_parse(story, None)) == without
        assert read(_parse(story, additions)) == with_

    def test_default_lexicon_unchanged(self) -> None:
        for case in EXTENSIONS:
            _parse(case[1], case[2])
        default = Lexicon.default()
        assert "tromso" not in default.place_words and "archive" not in default.credit_qualifiers
        assert "fjords" not in default.site_labels and "desk" not in default.byline_roles


class TestRecognisersTakeALexicon:
    """Each recogniser reads the lexicon it is given, the default one when none is."""

    LEXICON = Lexicon.default().extended(
        LexiconAdditions(
            byline_roles=("Desk",),
            credit_qualifiers=(("archive", "File"),),
            site_labels=("Fjords",),
        )
    )

    def test_byline(self) -> None:
        text = "By Ola Nordmann, Fjord Desk"
        assert read_byline(text, frozenset(), self.LEXICON) is not None
        reading = read_byline(text, frozenset())
        assert reading is not None and reading.names == ("Ola Nordmann", "Fjord Desk")

    def test_credit(self) -> None:
        assert parse_credit("KPA/Ola Nordmann, Archive", frozenset({"kpa"}), self.LEXICON) == (
            ("KPA",),
            ("Ola Nordmann",),
            ("File",),
        )

    def test_site_label(self) -> None:
        assert is_site_label("Fjords", self.LEXICON)
        assert not is_site_label("Fjords")

    def test_time_zone(self) -> None:
        line = "7 Apr 2021 16:05 EST"
        found = publication_date(line)
        assert found is not None and found.when.utcoffset() == dt.timedelta(hours=-5)
        zoneless = attrs.evolve(Lexicon.default(), time_zones={})
        found = publication_date(line, lexicon=zoneless)
        assert found is not None and found.when.utcoffset() is None

    def test_times(self) -> None:
        blocks = split_blocks("He toured the city from Thursday to Saturday.")
        anchor = dt.date(2025, 10, 11)
        assert [t.text for t in find_times(blocks, anchor)] == ["from Thursday to Saturday"]
        # a lexicon without Thursday: the range is no longer read, Saturday alone is
        lexicon = attrs.evolve(
            Lexicon.default(), weekdays=[g for g in Lexicon.default().weekdays if g[0] != "Thu"]
        )
        assert [t.text for t in find_times(blocks, anchor, lexicon=lexicon)] == ["Saturday"]


class TestBuiltOnce:
    """What the grammars derive from a lexicon is built once per lexicon, never per story."""

    def test_time_grammar_cached(self) -> None:
        lexicon = lexicon_with(LexiconAdditions(place_words=("Tromso",)))
        assert grammar_for(lexicon) is grammar_for(lexicon)
        assert grammar_for(Lexicon.default()) is grammar_for(lexicon_with(None))

    def test_dateline_words_cached(self) -> None:
        lexicon = lexicon_with(LexiconAdditions(place_words=("Tromso",)))
        assert datelines._words(lexicon) is datelines._words(lexicon)
        assert "tromso" in datelines._words(lexicon).places

    def test_default_holds_the_data_modules(self) -> None:
        lexicon = Lexicon.default()
        assert lexicon.place_words == places.PLACE_WORDS
        assert lexicon.site_labels == site_labels.SITE_LABELS
        assert lexicon.place_joiners == frozenset(dateline_words.PLACE_JOINERS)
        assert lexicon.not_places == frozenset(dateline_words.NOT_PLACES)
        assert lexicon.byline_roles == frozenset(credit_words.BYLINE_ROLES)
        assert dict(lexicon.credit_qualifiers) == credit_words.CREDIT_QUALIFIERS
        assert lexicon.months == tuple(tuple(g) for g in months.WireParserInfo.MONTHS)
        assert lexicon.weekdays == tuple(tuple(g) for g in months.WireParserInfo.WEEKDAYS)

    def test_extended_words_compared_in_lower_case(self) -> None:
        more = Lexicon.default().extended(
            LexiconAdditions(place_words=("TROMSO",), credit_qualifiers=(("ARCHIVE", "File"),))
        )
        assert "tromso" in more.place_words and more.credit_qualifiers["archive"] == "File"
        assert more.credit_qualifiers["file photo"] == "File"  # the default's kept


# Month and weekday words spelled out in full; no module but lexicon/months.py keeps a list of them.
_CALENDAR_WORDS = frozenset(w.lower() for w in (*months.MONTH_NAMES, *months.WEEKDAY_NAMES)) | {
    "sept",
    "tues",
    "thurs",
}


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes of a module, its classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _calendar_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[A-Za-z]+", text.lower()) if w in _CALENDAR_WORDS}


def _month_lists(path: Path) -> list[tuple[int, list[str]]]:
    """Literal lists of two or more month or weekday words in one source file, and strings
    holding three or more (an alternation, a ``.split()`` list); docstrings are prose."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            entries = [
                e.value
                for e in node.elts
                if isinstance(e, ast.Constant)
                and isinstance(e.value, str)
                and e.value.lower().rstrip(".") in _CALENDAR_WORDS
            ]
            if len(entries) > 1:
                found.append((node.lineno, entries))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docs
            and len(_calendar_words(node.value)) > 2
        ):
            found.append((node.lineno, sorted(_calendar_words(node.value))))
    return found


SOURCES = sorted(p for p in SRC.rglob("*.py") if p != SRC / "lexicon" / "months.py")


class TestMonthsInOnePlace:
    """Month and weekday words come from lexicon/months.py (WireParserInfo) alone."""

    @pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(SRC)))
    def test_no_copy(self, path: Path) -> None:
        assert _month_lists(path) == []

    def test_the_check_sees_a_copy(self, tmp_path: Path) -> None:
        copy = tmp_path / "copy.py"
        copy.write_text(
            '_MONTHS = ("January", "February")\n_ALT = re.compile("Monday|Tuesday|Friday")\n',
            encoding="utf-8",
        )
        assert [line for line, _ in _month_lists(copy)] == [1, 2]

    def test_the_dateline_grammar_reads_the_parserinfo(self) -> None:
        lexicon = Lexicon.default()
        assert lexicon.months[8][:3] == ("Sep", "Sept", "September")
        spelled = {w.lower() for group in months.WireParserInfo.MONTHS for w in group}
        assert datelines._words(lexicon).months == spelled
