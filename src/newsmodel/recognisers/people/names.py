"""How a person's name is read: its given and family parts, the order they are written in, and
whether a run of capitalised words is a person's name at all.

Family name first for Chinese, Korean, Japanese and Vietnamese names written that way, a Malay
patronymic with ``bin``/``binti``, Western order otherwise; the reason for the order is kept.

>>> split_name("Zhang Guoqing")
('Guoqing', 'Zhang', <NameOrder.FAMILY_FIRST: 'family-first'>, 'Chinese family name Zhang first')
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...models import Mention, NameOrder, Title
from .rules import Rules

__all__ = [
    "Found",
    "family_first",
    "honorifics_apart",
    "is_name",
    "name_suffix",
    "person_name",
    "possessive",
    "split_name",
]

_POSSESSIVE_ENDS = frozenset("s'’")

# A word in Hepburn romanisation (``Shigeru``, ``Shinzo``, ``Kenta``), not ``Lincoln``.
_ROMANISED_JAPANESE = re.compile(
    r"(?:(?:[kgsztdnhbpmrwfj]|sh|ch|ts)?y?[aeiou]|n|[kstp](?=[kstp]))+"
)


def family_first(rules: Rules, name: str) -> bool:
    """Whether ``name`` reads family name first (as :func:`split_name` says), checked cheaply first."""
    return (
        name.split(None, 1)[0] in rules.first_family_names
        and split_name(name, rules.lexicon)[2] is NameOrder.FAMILY_FIRST
    )


def split_name(
    name: str, lexicon: Lexicon | None = None
) -> tuple[str | None, str | None, NameOrder, str]:
    """Given name, family name, order, and the reason for the order chosen (by ``lexicon``'s
    surnames and particles; the default lexicon's when none is given)."""
    if lexicon is None:
        lexicon = Lexicon.default()
    return _read_order(_suffixed(name, lexicon)[0], lexicon)


def _read_order(
    tokens: list[str], lexicon: Lexicon
) -> tuple[str | None, str | None, NameOrder, str]:
    """:func:`split_name` of the name's words (its suffix left out)."""
    if len(tokens) == 1:
        return None, tokens[0], NameOrder.SINGLE, "one word"
    if len(tokens) == 2 and tokens[1] in lexicon.regnal_numerals:
        return None, None, NameOrder.SINGLE, "one name and a regnal numeral"
    lowered = list(map(str.lower, tokens))
    patronymic = lexicon.patronymic_particles
    if not patronymic.isdisjoint(lowered):
        cut = next(i for i, t in enumerate(lowered) if t in patronymic)
        return (
            " ".join(tokens[:cut]),
            None,
            NameOrder.GIVEN_FIRST,
            "Malay patronymic: given name, then bin/binti and the father's name",
        )
    first, rest = tokens[0], tokens[1:]
    if first in lexicon.korean_surnames and ("-" in rest[0] or len(tokens) == 3):
        return " ".join(rest), first, NameOrder.FAMILY_FIRST, f"Korean family name {first} first"
    if first in lexicon.chinese_surnames and len(tokens) <= 3 and _lower_after_first(rest):
        return " ".join(rest), first, NameOrder.FAMILY_FIRST, f"Chinese family name {first} first"
    if first in lexicon.vietnamese_surnames and (
        len(tokens) == 3 or (len(rest[0]) <= 4 and rest[0] not in lexicon.vietnamese_surnames)
    ):
        return (
            " ".join(rest),
            first,
            NameOrder.FAMILY_FIRST,
            f"Vietnamese family name {first} first",
        )
    if (
        first in lexicon.japanese_surnames
        and len(tokens) == 2
        and rest[0] not in lexicon.japanese_surnames
        and _ROMANISED_JAPANESE.fullmatch(rest[0].lower())
    ):
        return rest[0], first, NameOrder.FAMILY_FIRST, f"Japanese family name {first} first"
    hungarian = lexicon.hungarian_given_names
    if len(tokens) == 2 and rest[0] in hungarian and first not in hungarian:
        return (
            rest[0],
            first,
            NameOrder.FAMILY_FIRST,
            f"Hungarian order: family name {first} first, the given name {rest[0]} after it",
        )
    family_start = len(tokens) - 1
    while family_start > 1 and lowered[family_start - 1] in lexicon.particles:
        family_start -= 1
    return (
        " ".join(tokens[:family_start]),
        " ".join(tokens[family_start:]),
        NameOrder.GIVEN_FIRST,
        "Western order: given name first",
    )


def _lower_after_first(words: list[str]) -> bool:
    """Whether every word is lowercase after its first letter (``Guoqing``, not ``Kim Jong-Un``).
    A plain loop: a generator for ``all`` costs more than the one or two words it reads."""
    for word in words:  # noqa: SIM110 (see above)
        if not word[1:].islower():
            return False
    return True


def name_suffix(name: str, lexicon: Lexicon) -> str | None:
    """The generational suffix ending a name of two words or more: ``Robert Casey Jr.`` -> ``Jr.``
    (``Felipe VI``: a regnal numeral after one name is part of the name, no suffix)."""
    return _suffixed(name, lexicon)[1]


def _suffixed(name: str, lexicon: Lexicon) -> tuple[list[str], str | None]:
    """The words of a name without its generational suffix (``Jr.``), and the suffix."""
    words = name.replace(",", "").split()
    if len(words) > 2 and words[-1] in lexicon.generational_suffixes:
        return words[:-1], words[-1]
    return words, None


def honorifics_apart(rules: Rules, before: str | None, name: str) -> tuple[list[str], str]:
    """The honorifics written before a name (``His Highness Sheikh``), each as written, and the
    name; a style that is part of the name stays in it (``Sheikh Hasina``)."""
    found = rules.honorific_item.findall(before) if before else []
    while (first := name.split(None, 1))[0] in rules.honorific_words and len(first) == 2:
        item = rules.honorific_item.match(name)  # ``Tengku Razaleigh Hamzah`` after a comma
        if item is None or name[item.end() : item.end() + 1] != " ":
            break
        found.append(item[0])
        name = name[item.end() + 1 :]
    while found and any(
        f"{found[-1]} {name}".startswith(whole) for whole in rules.names_with_honorific
    ):
        name = f"{found.pop()} {name}"
    return found, name


class Found:
    """A person as the scan found them, before the model object is built."""

    __slots__ = (
        "family",
        "given",
        "honorifics",
        "mentions",
        "name",
        "order",
        "reason",
        "short",
        "suffix",
        "titles",
    )

    def __init__(self, name: str, lexicon: Lexicon) -> None:
        self.name = name
        tokens, self.suffix = _suffixed(name, lexicon)
        self.given, self.family, self.order, self.reason = _read_order(tokens, lexicon)
        #: the word later mentions use (the family name, or the one name)
        self.short = (
            name.split(maxsplit=1)[0]
            if self.family is None
            else self.family.split()[-1 if self.order is not NameOrder.FAMILY_FIRST else 0]
        )
        self.titles: list[Title] = []
        self.honorifics: list[str] = []
        self.mentions: list[Mention] = []


def is_name(rules: Rules, name: str) -> bool:
    """No word of a place or an organisation, unless the name reads family name first
    (``Park Geun-hye``: ``Park`` is a Korean family name, not a park)."""
    return rules.not_names.isdisjoint(name.split()) or family_first(rules, name)


def possessive(word: str) -> str:
    if word[-1:] not in _POSSESSIVE_ENDS:
        return word
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def person_name(rules: Rules, name: str) -> str | None:
    """``name`` as a person's name (a sentence opener and a possessive dropped), or None."""
    words = possessive(name).split()
    while words and words[0] in rules.not_modifiers:
        words = words[1:]  # ``Yet Chris Wright`` -> ``Chris Wright``
    if not words:
        return None
    cleaned = " ".join(words)
    # (:func:`is_name`, with the words at hand: they are the name's words split again)
    return cleaned if rules.not_names.isdisjoint(words) or family_first(rules, cleaned) else None
