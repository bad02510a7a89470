"""People with titles: ``Chinese Vice Premier Zhang Guoqing, also a member of ...``.

A person is recognised where the text gives a name a title: a role before it (with its qualifiers
and nationality: ``Chinese Vice Premier``, ``former U.S. Secretary of State``) or an apposition
after it (``Lyu Daliang, director of GAC's Department of Statistics and Analysis,``). The parts of
the name are read in the order its culture writes them, and later mentions (``Zhang``) are linked.

>>> from newsmodel.text import split_blocks
>>> [person] = find_people(split_blocks("Chinese Vice Premier Zhang Guoqing spoke. Zhang left."))
>>> person.name, person.family_name, person.name_order.value, [t.raw for t in person.titles]
('Zhang Guoqing', 'Zhang', 'family-first', ['Chinese Vice Premier'])
>>> [m.text for m in person.mentions]
['Zhang Guoqing', 'Zhang']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .formats.base import words
from .models import Mention, NameOrder, Person, Title
from .text import Block
from .titles import (
    CHINESE_SURNAMES,
    HONORIFICS,
    KOREAN_SURNAMES,
    NATIONALITIES,
    PARTICLES,
    QUALIFIERS,
    ROLES,
)

__all__ = ["find_people", "split_name"]

_NAME_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ'’]+)?"
_PARTICLE = rf"(?:{words(PARTICLES)})\s|al-|el-"
_NAME = rf"{_NAME_WORD}(?:\s(?:[A-Z]\.\s)?(?:{_PARTICLE})?{_NAME_WORD}){{1,2}}(?:,?\sJr\.)?"
_PRE_ROLES = words(r for r in ROLES if r[0].isupper())
_TITLE = (
    rf"(?:(?P<country>{words(NATIONALITIES)})\s)?"
    rf"(?:(?:{words(QUALIFIERS)})\s)*(?:{_PRE_ROLES})"
)
# Apposition: ``, also a member of ... ,`` -- up to the next comma outside brackets, or a full stop.
_APPOSITION = (
    r",\s(?:also\s)?(?:(?:a|an|the)\s)?(?P<appos>(?:[^,;()]|\([^()]*\)){3,200}?)(?=,|;|\.(?:\s|$))"
)
_HONORIFIC = rf"(?:(?:{words(HONORIFICS)})\s)?"
# Both are tried only at a capitalised word (see find_people), never over the whole text.
_TITLED = re.compile(rf"(?P<title>{_TITLE})\s{_HONORIFIC}(?P<name>{_NAME})(?:{_APPOSITION})?")
_APPOSED = re.compile(rf"{_HONORIFIC}(?P<name>{_NAME}){_APPOSITION}")
# The words a title can begin with, as a paragraph's word set holds them (no final full stop):
# where _TITLED is worth trying.
_TITLE_STARTS = frozenset(
    phrase.split()[0].rstrip(".")
    for phrase in (*NATIONALITIES, *QUALIFIERS, *ROLES, *HONORIFICS)
    if phrase[0].isupper()
)
_ROLE_WORDS = frozenset(w.lower() for r in ROLES for w in r.split() if len(w) > 2) - {"of", "the"}
# Words that make a capitalised pair a place or an organisation, not a person.
_NOT_NAMES = frozenset(
    """
    The A An In On At For From With By This That These Those It Its He She They We His Her Their
    Province City County State Republic Party Committee Bureau Council Ministry University Company
    Group Bank Department Agency Association Street Road Airport Station Center Centre Institute
    Office Parliament Congress Senate Court House Museum Hospital School College Corporation Inc.
    Ltd. Co. Times Post News Daily Press Service Union Nations Organization Forum Summit Games
    Police Army Navy Force Market Exchange Festival Week Day Year Region District Island Islands
    Sea Ocean River Mountain Mountains Valley Lake Park Square Hall Palace Embassy Consulate
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    China Chinese American British Russian French German Japanese Korean European African Asian
    North South East West Northern Southern Eastern Western Central New Old United Great Royal
    Communist Democratic Republican Labour Socialist National International Federal People's
    Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. President Premier Minister Chancellor Secretary
    """.split()
)
_APPOS_SPLIT = re.compile(r"\s(?:and|as well as)\s(?=(?:a|an|the)?\s?\w)")
_ROLE_OF = re.compile(r"\s(?:of|at|for|with|to|in)\s")


def split_name(name: str) -> tuple[str | None, str | None, NameOrder, str]:
    """Given name, family name, order, and the reason for the order chosen."""
    tokens = name.replace(", Jr.", "").replace(" Jr.", "").split()
    if len(tokens) == 1:
        return None, tokens[0], NameOrder.SINGLE, "one word"
    lowered = [t.lower() for t in tokens]
    if "bin" in lowered or "binti" in lowered or "bint" in lowered:
        cut = next(i for i, t in enumerate(lowered) if t in {"bin", "binti", "bint"})
        return (
            " ".join(tokens[:cut]),
            None,
            NameOrder.GIVEN_FIRST,
            "Malay patronymic: given name, then bin/binti and the father's name",
        )
    first, rest = tokens[0], tokens[1:]
    if first in KOREAN_SURNAMES and ("-" in rest[0] or len(tokens) == 3):
        return " ".join(rest), first, NameOrder.FAMILY_FIRST, f"Korean family name {first} first"
    if first in CHINESE_SURNAMES and len(tokens) <= 3 and all(t[1:].islower() for t in rest):
        return " ".join(rest), first, NameOrder.FAMILY_FIRST, f"Chinese family name {first} first"
    family_start = len(tokens) - 1
    while family_start > 1 and lowered[family_start - 1] in PARTICLES:
        family_start -= 1
    return (
        " ".join(tokens[:family_start]),
        " ".join(tokens[family_start:]),
        NameOrder.GIVEN_FIRST,
        "Western order: given name first",
    )


class _Found:
    """A person as the scan found them, before the model object is built."""

    __slots__ = ("family", "given", "mentions", "name", "order", "reason", "titles")

    def __init__(self, name: str) -> None:
        self.name = name
        self.given, self.family, self.order, self.reason = split_name(name)
        self.titles: list[Title] = []
        self.mentions: list[Mention] = []

    @property
    def short(self) -> str:
        """The word later mentions use: the family name, or the one word."""
        return (self.family or self.name).split()[
            -1 if self.order is not NameOrder.FAMILY_FIRST else 0
        ]


def _is_name(name: str) -> bool:
    return not any(word in _NOT_NAMES for word in name.split())


def _appositive_titles(block: Block, match: re.Match[str]) -> list[Title]:
    appos = match["appos"]
    if appos is None:
        return []
    head = appos.split()[:5]
    if not any(w.lower().strip("'’s") in _ROLE_WORDS for w in head):
        return []
    titles = []
    start = match.start("appos")
    for piece in _APPOS_SPLIT.split(appos):
        offset = appos.find(piece)
        piece_stripped = re.sub(r"^(?:also\s)?(?:(?:a|an|the)\s)?", "", piece)
        lead = len(piece) - len(piece_stripped)
        if not any(w.lower().strip("'’s") in _ROLE_WORDS for w in piece_stripped.split()[:5]):
            continue
        role, _, organization = _ROLE_OF.split(piece_stripped, maxsplit=1)[0], None, None
        parts = _ROLE_OF.split(piece_stripped, maxsplit=1)
        if len(parts) == 2:
            role, organization = parts[0], re.sub(r"^the\s", "", parts[1]) or None
        lo = start + offset + lead
        titles.append(
            Title(
                raw=piece_stripped,
                role=role,
                organization=organization,
                span=block.span(lo, lo + len(piece_stripped)),
            )
        )
    return titles


def _pre_title(block: Block, match: re.Match[str]) -> Title | None:
    raw = match.groupdict().get("title")
    if raw is None:
        return None
    country_word = match.groupdict().get("country")
    role = raw[len(country_word) + 1 :] if country_word else raw
    return Title(
        raw=raw,
        role=role,
        country=NATIONALITIES[country_word] if country_word else None,
        span=block.span(match.start("title"), match.end("title")),
    )


def _candidates(block: Block) -> Iterator[re.Match[str]]:
    """Each place a titled or apposed name starts, tried with one anchored match."""
    text = block.text
    starts = [
        at for word in _TITLE_STARTS.intersection(block.words) for at in block.find_word(word)
    ]
    # A name with an apposition ends in ", ": walk back over at most three capitalised words.
    comma = text.find(", ")
    while comma > 0:
        word_start = comma
        for _ in range(3):
            before = text.rfind(" ", 0, word_start - 1) + 1
            if not text[before : before + 1].isupper():
                break
            word_start = before
            if before == 0:
                break
        if word_start < comma:
            starts.append(word_start)
        comma = text.find(", ", comma + 2)
    covered = 0
    for start in sorted(set(starts)):
        if start < covered:
            continue
        first_word = text[start : text.find(" ", start)].rstrip(".,")
        match = _TITLED.match(text, start) if first_word in _TITLE_STARTS else None
        match = match or _APPOSED.match(text, start)
        if match is not None:
            covered = match.end("name")
            yield match


def find_people(blocks: Sequence[Block]) -> list[Person]:
    """Everyone the blocks name with a title, each with every mention, in order of first mention."""
    found: dict[str, _Found] = {}
    for block in blocks:
        for match in _candidates(block):
            name = match["name"]
            title = _pre_title(block, match)
            appositives = _appositive_titles(block, match)
            if (title is None and not appositives) or not _is_name(name):
                continue
            person = found.get(name) or found.setdefault(name, _Found(name))
            for new in (title, *appositives):
                if new is not None and all(t.raw != new.raw for t in person.titles):
                    person.titles.append(new)
    if not found:
        return []
    _link_mentions(blocks, found)
    return [
        Person(
            name=p.name,
            given_name=p.given,
            family_name=p.family,
            name_order=p.order,
            order_reason=p.reason,
            titles=tuple(p.titles),
            mentions=tuple(p.mentions),
        )
        for p in found.values()
        if p.mentions
    ]


def _link_mentions(blocks: Sequence[Block], found: dict[str, _Found]) -> None:
    """Every full-name and short-name mention, looked for only where the paragraph has the word."""
    by_word: dict[str, list[_Found]] = {}
    for person in found.values():
        for word in {person.name.split()[0], person.short}:
            by_word.setdefault(word, []).append(person)
    for block in blocks:
        text = block.text
        hits = sorted(
            (lo, word) for word in block.words.intersection(by_word) for lo in block.find_word(word)
        )
        covered = 0
        for lo, word in hits:
            if lo < covered:
                continue
            candidates = by_word[word]
            full = next((p for p in candidates if text.startswith(p.name, lo)), None)
            if full is not None:
                covered = lo + len(full.name)
                full.mentions.append(Mention(text=full.name, span=block.span(lo, covered)))
                continue
            short = [p for p in candidates if p.short == word]
            end = lo + len(word)
            after = text[end : end + 2]
            if len(short) == 1 and not (after[:1] == " " and after[1:].isupper()):
                # (a capitalised word right after would make this part of another name)
                short[0].mentions.append(Mention(text=word, span=block.span(lo, end)))


def _bare(word: str) -> str:
    """A token without a possessive or closing punctuation: ``Zhang's`` -> ``Zhang``."""
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word.rstrip(".,")
