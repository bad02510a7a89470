"""The lexicon's data: each list without repeats, no word in two lists that contradict, sources cited."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsmodel.lexicon
from newsmodel.lexicon import (
    Lexicon,
    LexiconAdditions,
    honorifics,
    months,
    particles,
    roles_en,
    surnames,
)
from newsmodel.lexicon.heads import EVENT_HEADS, ORGANISATION_HEADS, PLACE_HEADS

MODULES = sorted(
    info.name for info in pkgutil.iter_modules(newsmodel.lexicon.__path__, "newsmodel.lexicon.")
)


def _literal_lists(tree: ast.AST) -> Iterator[tuple[int, list[str]]]:
    """Every literal list of words in a module: tuples, lists and sets of strings, a string's
    ``.split()``, and a dict's keys."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            entries = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if len(entries) > 1 and all(isinstance(e, str) for e in entries):
                yield node.lineno, [str(e) for e in entries]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            yield node.lineno, node.func.value.value.split()
        elif isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            yield node.lineno, [str(k) for k in keys]


class TestData:
    """Every data module cites its sources and lists each entry once."""

    @pytest.mark.parametrize("name", MODULES)
    def test_no_entry_twice(self, name: str) -> None:
        module = importlib.import_module(name)
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        for line, entries in _literal_lists(tree):
            repeated = sorted(w for w, n in Counter(entries).items() if n > 1)
            assert not repeated, f"{name} line {line}: {repeated}"

    @pytest.mark.parametrize("name", MODULES)
    def test_says_where_entries_come_from(self, name: str) -> None:
        doc = importlib.import_module(name).__doc__ or ""
        assert "where the entries come from" in doc.lower() or "sources:" in doc.lower(), name


# id, one list, another, what the two would mean at once
CONTRADICTIONS = [
    (
        "particle-or-title",
        particles.PARTICLES,
        roles_en.ROLES + honorifics.COURTESY_TITLES + honorifics.NAME_STYLES,
        "a particle is inside a name, a title before it",
    ),
    (
        "suffix-or-surname",
        particles.GENERATIONAL_SUFFIXES,
        surnames.CHINESE_SURNAMES + surnames.KOREAN_SURNAMES + surnames.JAPANESE_SURNAMES,
        "a suffix ends a name, a family name may open it",
    ),
    (
        "courtesy-or-role",
        honorifics.COURTESY_TITLES,
        roles_en.ROLES,
        "a courtesy title is no role",
    ),
    (
        "month-or-surname",
        months.MONTH_NAMES + months.WEEKDAY_NAMES,
        surnames.CHINESE_SURNAMES + surnames.KOREAN_SURNAMES + surnames.VIETNAMESE_SURNAMES,
        "a month or a day is no name",
    ),
    (
        "head-or-role",
        PLACE_HEADS + ORGANISATION_HEADS + EVENT_HEADS,
        tuple(r for r in roles_en.ROLES if r[0].isupper()),
        "a word that heads a place is no title before a name",
    ),
]


class TestNoContradictions:
    """No word is in two lists that would read it two ways."""

    @pytest.mark.parametrize(
        ("one", "other", "meaning"),
        [c[1:] for c in CONTRADICTIONS],
        ids=[c[0] for c in CONTRADICTIONS],
    )
    def test_disjoint(self, one: tuple[str, ...], other: tuple[str, ...], meaning: str) -> None:
        both = {w.lower() for w in one} & {w.lower() for w in other}
        assert not both, f"{meaning}: {sorted(both)}"


class TestLexicon:
    """The lexicon is built once, immutable, and extended into a new object."""

    def test_default_is_built_once(self) -> None:
        assert Lexicon.default() is Lexicon.default()

    def test_immutable(self) -> None:
        with pytest.raises(AttributeError):
            Lexicon.default().roles = frozenset()  # type: ignore[misc]
        with pytest.raises(TypeError):
            Lexicon.default().demonyms["Atlantean"] = "Atlantis"  # type: ignore[index]

    def test_extended_adds_to_a_copy(self) -> None:
        base = Lexicon.default()
        more = base.extended(
            LexiconAdditions(name_styles=("Datuk Paduka",), demonyms=(("Bruneian", "Brunei"),))
        )
        assert "Datuk Paduka" in more.name_styles and "Datuk Paduka" not in base.name_styles
        assert more.demonyms["Bruneian"] == "Brunei" and "Bruneian" not in base.demonyms
        assert more.roles is base.roles  # what is not extended is shared

    def test_empty_words_refused(self) -> None:
        with pytest.raises(ValueError, match="roles: every entry must be a non-empty word"):
            LexiconAdditions(roles=("",))
