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

from ._regex import words
from .models import Mention, NameOrder, Person, Title
from .text import Block
from .titles import (
    CHINESE_SURNAMES,
    HONORIFICS,
    KOREAN_SURNAMES,
    NATIONALITIES,
    PARTICLES,
    PLURAL_ROLES,
    QUALIFIERS,
    ROLE_NOUNS,
    ROLES,
)

__all__ = ["find_people", "split_name"]

# One word of a name: ``Zhang``, ``Jee-ho``, ``O'Brien``, ``McCain``, ``MacLeod``, ``DeSantis``.
_NAME_WORD = r"(?:Mc|Mac|De|Di|La|Le)?[A-Z][a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ'’]+)?"
_PARTICLE = rf"(?:{words(PARTICLES)})\s|al-|el-"
_NAME = rf"{_NAME_WORD}(?:\s(?:[A-Z]\.\s)?(?:{_PARTICLE})?{_NAME_WORD}){{1,2}}(?:,?\sJr\.)?"
_PRE_ROLES = words(r for r in ROLES if r[0].isupper())
_TITLE = (
    rf"(?:(?P<country>{words(NATIONALITIES)})\s)?"
    rf"(?:(?:{words(QUALIFIERS)})\s)*(?:{_PRE_ROLES})"
)
# Apposition: ``, also a member of ... ,`` -- up to the next comma outside brackets, or a full stop.
_APPOSITION = r",\s(?:also\s)?(?:(?:a|an|the)\s)?(?P<appos>(?:[^,;()]|\([^()]*\)){3,200}?)(?=,|;|\.(?:\s|$|[\"”]))"
_HONORIFIC = rf"(?:(?:{words(HONORIFICS)})\s)?"
# Both are tried only at a capitalised word (see find_people), never over the whole text.
# After a title a name may be one word (``British Prime Minister Cameron``).
_TITLED = re.compile(
    rf"(?P<title>{_TITLE})\s{_HONORIFIC}(?P<name>{_NAME_WORD}"
    rf"(?:\s(?:[A-Z]\.\s)?(?:{_PARTICLE})?{_NAME_WORD}){{0,2}}(?:,?\sJr\.)?)(?:{_APPOSITION})?"
)
_APPOSED = re.compile(rf"{_HONORIFIC}(?P<name>{_NAME}){_APPOSITION}")
# The words a title can begin with, as a paragraph's word set holds them (no final full stop):
# where _TITLED is worth trying.
_TITLE_STARTS = frozenset(
    phrase.split()[0].rstrip(".")
    for phrase in (*NATIONALITIES, *QUALIFIERS, *ROLES, *HONORIFICS)
    if phrase[0].isupper()
)
_ROLE_WORDS = (
    frozenset(w.lower() for r in ROLES for w in r.split() if len(w) > 2) | ROLE_NOUNS
) - {"of", "the"}
# A name standing right after a role noun: one to three words (``President Reagan`` too).
_NAME_AFTER_ROLE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s(?:[A-Z]\.\s)?(?:{_PARTICLE})?{_NAME_WORD}){{0,2}}(?:,?\sJr\.)?)"
    rf"(?:{_APPOSITION})?"
)
# A capital letter right after a lowercase word: where a name may follow a role noun. The
# literal space first makes the scan fast; the look-behind then checks the letter before it.
_AFTER_LOWERCASE = re.compile(r" (?<=[a-z] )[A-Z]")
# Words that make a capitalised pair a place or an organisation, not a person.
_NOT_NAMES = frozenset(
    """
    The A An In On At For From With By This That These Those It Its He She They We His Her Their
    Province City County State Republic Party Committee Bureau Council Ministry University Company
    Group Bank Department Agency Association Street Road Airport Station Center Centre Institute
    Office Parliament Congress Senate Court House Museum Hospital School College Corporation Inc.
    Ltd. Co. Times Post News Daily Press Service Union Nations Organization Forum Summit Games
    Police Army Navy Force Market Exchange Festival Week Day Year Region District Island Islands
    Assembly Officer Electric Motors Fund Foundation Agency Administration
    Sea Ocean River Mountain Mountains Valley Lake Park Square Hall Palace Embassy Consulate
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    China Chinese American British Russian French German Japanese Korean European African Asian
    North South East West Northern Southern Eastern Western Central New Old United Great Royal
    Communist Democratic Republican Labour Socialist National International Federal People's
    Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. President Premier Minister Chancellor Secretary
    """.split()
)
# Lowercase words that may open a title before a name: ``former President``, ``senior SPD member``.
_LEADING_QUALIFIERS = frozenset(
    "former senior interim acting assistant deputy opposition company then-president "
    "outgoing incoming principal chief executive".split()
)
# Capitalised words that never qualify a title: sentence openers, days, months, pronouns.
_NOT_MODIFIERS = frozenset(
    """
    The A An In On At For From With By This That These Those It Its He She They We His Her Their
    But And Yet Also Meanwhile However When While After Before As If So Then Now Still Last Next
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    """.split()
)
_CLAUSE = re.compile(r"(?:^|\s)(?:who|which|that|whose|where|when)\s")
_REPORT = re.compile(r"\b(?:said|says|told|added|according|reported)\b")
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


def _has_role(words: list[str]) -> bool:
    """Whether one of the words (possessives dropped) is a role: ``director``, ``head``."""
    return any(_possessive(w.lower()) in _ROLE_WORDS for w in words)


def _possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _appositive_titles(block: Block, match: re.Match[str]) -> list[Title]:
    appos = match["appos"]
    if appos is None:
        return []
    # A relative clause or a report is no title: ``..., which regulates ...``, ``..., officials said``.
    cut = _CLAUSE.search(appos)
    if cut is not None:
        appos = appos[: cut.start()]
    if not appos or _REPORT.search(appos) or not _has_role(appos.split()[:5]):
        return []
    titles = []
    start = match.start("appos")
    for piece in _APPOS_SPLIT.split(appos):
        offset = appos.find(piece)
        piece_stripped = re.sub(r"^(?:also\s)?(?:(?:a|an|the)\s)?", "", piece)
        lead = len(piece) - len(piece_stripped)
        if not piece_stripped or not _has_role(piece_stripped.split()[:5]):
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
    start = _extend_back(block.text, match.start("title"))
    organization = block.text[start : match.start("title")].strip() or None
    if organization is not None and organization.lower() in _LEADING_QUALIFIERS:
        organization = None
    return Title(
        raw=block.text[start : match.end("title")],
        role=role,
        organization=organization,
        country=NATIONALITIES[country_word] if country_word else None,
        span=block.span(start, match.end("title")),
    )


def _extend_back(text: str, start: int) -> int:
    """Where a title really begins: back over the words that qualify it, as written before it.

    ``Interim BART Police Chief``, ``former Vice President``, ``New Jersey Sen.``, ``company CEO``:
    capitalised words and possessives (not weekdays or sentence openers), and a few lowercase
    qualifiers; never across punctuation.
    """
    for _ in range(4):
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalnum():
            break
        word_start = text.rfind(" ", 0, start - 1) + 1
        word = text[word_start : start - 1]
        lowered = word.lower()
        if lowered in _LEADING_QUALIFIERS:
            start = word_start
            continue
        if (
            not word[:1].isupper()
            or _possessive(word) in _NOT_MODIFIERS
            or (word.isupper() and len(word) == 1)
        ):
            break
        start = word_start
    return start


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


def _after_role_nouns(block: Block, taken: set[int]) -> Iterator[tuple[int, re.Match[str]]]:
    """Names right after a lowercase role noun: ``Commerzbank analyst Carsten Fritsch``.

    Yields where the role noun starts and the match of the name after it.
    """
    text = block.text
    for hit in _AFTER_LOWERCASE.finditer(text):
        at = hit.end() - 1
        if at in taken:
            continue
        role_start = text.rfind(" ", 0, at - 1) + 1
        role = text[role_start : at - 1]
        if role not in ROLE_NOUNS or not role[:1].islower():
            continue
        match = _NAME_AFTER_ROLE.match(text, at)
        if match is not None and match["name"].split(None, 1)[0] not in _NOT_NAMES:
            yield role_start, match


def _add(found: dict[str, _Found], name: str, candidates: Sequence[Title | None]) -> None:
    """Record ``name`` with its titles, if it has any and is a person's name."""
    titles = [t for t in candidates if t is not None]
    words = _possessive(name).split()
    while words and words[0] in _NOT_MODIFIERS:
        words = words[1:]  # ``Yet Chris Wright`` -> ``Chris Wright``
    name = " ".join(words)
    if not titles or not name or not _is_name(name):
        return
    person = found.get(name) or found.setdefault(name, _Found(name))
    for new in titles:
        if all(t.raw != new.raw for t in person.titles):
            person.titles.append(new)


def _merge_single_words(found: dict[str, _Found]) -> None:
    """``Vice Premier Zhang`` after ``Zhang Guoqing``: the one word is the known person, not another."""
    for name in [n for n in found if " " not in n]:
        same = [p for p in found.values() if " " in p.name and p.short == name]
        if len(same) == 1:
            for title in found.pop(name).titles:
                if all(t.raw != title.raw for t in same[0].titles):
                    same[0].titles.append(title)


def _drop_untitled_first_mentions(blocks: Sequence[Block], found: dict[str, _Found]) -> None:
    """``Vice President Biden`` after an untitled ``Joe Biden``: a later mention, not a new person."""
    for name in [n for n in found if " " not in n]:
        titled_at = min(t.span.start for t in found[name].titles)
        for block in blocks:
            if block.start >= titled_at:
                break
            text = block.text
            for at in block.find_word(name):
                before = text.rfind(" ", 0, max(0, at - 1)) + 1
                if at > 1 and text[at - 1] == " " and text[before : before + 1].isupper():
                    found.pop(name)
                    break
            if name not in found:
                break


def _add_listed(
    found: dict[str, _Found], block: Block, match: re.Match[str], title: Title | None
) -> None:
    """The second name of ``Sens. Cory Booker and Kamala Harris`` shares a plural title."""
    if title is None or title.role.lower() not in PLURAL_ROLES:
        return
    text = block.text
    end = match.end("name")
    if text.startswith(" and ", end):
        second = _NAME_AFTER_ROLE.match(text, end + 5)
        if second is not None:
            _add(found, second["name"], [title])


def find_people(blocks: Sequence[Block]) -> list[Person]:
    """Everyone the blocks name with a title, each with every mention, in order of first mention."""
    found: dict[str, _Found] = {}
    for block in blocks:
        taken: set[int] = set()
        for match in _candidates(block):
            taken.add(match.start("name"))
            title = _pre_title(block, match)
            _add(found, match["name"], [title, *_appositive_titles(block, match)])
            _add_listed(found, block, match, title)
        for role_start, match in _after_role_nouns(block, taken):
            role_end = match.start() - 1
            start = _extend_back(block.text, role_start)
            raw = block.text[start:role_end]
            role = block.text[role_start:role_end]
            noun = Title(
                raw=raw,
                role=role,
                organization=block.text[start:role_start].strip() or None,
                span=block.span(start, role_end),
            )
            _add(found, match["name"], [noun, *_appositive_titles(block, match)])
    _merge_single_words(found)
    _drop_untitled_first_mentions(blocks, found)
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
