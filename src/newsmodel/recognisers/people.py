"""People with titles: ``Chinese Vice Premier Zhang Guoqing, also a member of ...``.

A person is recognised where the text gives a name a title: a role before it (with its qualifiers
and nationality: ``Chinese Vice Premier``, ``former U.S. Secretary of State``) or an apposition
after it (``Lyu Daliang, director of GAC's Department of Statistics and Analysis,``). The parts of
the name are read in the order its culture writes them (:mod:`newsmodel.recognisers.names`), and later
mentions (``Zhang``) are linked.

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

from .._regex import words
from ..lexicon.months import MONTH_NAMES, WEEKDAY_NAMES
from ..models import Mention, NameOrder, Person, Title
from ..text import Block
from .names import family_first, split_name
from .titles import (
    HONORIFICS,
    NAME_STYLES,
    NATIONALITIES,
    PARTICLES,
    PLURAL_ROLES,
    QUALIFIERS,
    ROLE_NOUNS,
    ROLE_PHRASES,
    ROLES,
    ROLES_WITH_OF,
)

__all__ = ["find_people", "split_name"]

# One word of a name: ``Zhang``, ``Jee-ho``, ``O'Brien``, ``McCain``, ``MacLeod``, ``DeSantis``.
_NAME_WORD = r"(?:Mc|Mac|De|Di|La|Le)?[A-Z][a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ'’]+)?"
_PARTICLE = rf"(?:{words(PARTICLES)})\s|al-|el-"
# A further word of a name, after an initial or particles: `` J. Smith``, `` von der Leyen``.
_NAME_NEXT = rf"\s(?:[A-Z]\.\s)?(?:{_PARTICLE}){{0,2}}{_NAME_WORD}"
_JUNIOR = r"(?:,?\sJr\.)?"
_NAME = rf"{_NAME_WORD}(?:{_NAME_NEXT}){{1,2}}{_JUNIOR}"
# After a title a name may be one word (``British Prime Minister Cameron``).
_NAME_OR_WORD = rf"{_NAME_WORD}(?:{_NAME_NEXT}){{0,2}}{_JUNIOR}"
_PRE_ROLES = words(r for r in ROLES if r[0].isupper())
_TITLE = (
    rf"(?:(?P<country>{words(NATIONALITIES)})\s)?"
    rf"(?:(?:{words(QUALIFIERS)})\s)*(?:{_PRE_ROLES})"
)
# Apposition: ``, also a member of ... ,`` -- up to the next comma or semicolon outside brackets,
# or a full stop that ends a sentence (not the one of ``U.S.``). Runs of plain characters are
# taken whole, so the engine does not stop at every character; its length is checked after.
_APPOSITION = (
    r",\s(?:also\s)?(?:(?:a|an|the)\s)?"
    r"(?P<appos>(?:[^,;().]++|\.(?![\s\"”]|$)|\([^()]*+\))++)(?=[,;]|\.(?:[\s\"”]|$))"
)
# How long an apposition may be: shorter or longer is no title.
_APPOSITION_LENGTH = range(3, 201)
_PARTICLE_WORDS = frozenset(PARTICLES)
_POSSESSIVE_ENDS = frozenset("s'’")
# A courtesy title right before a later mention: ``Mr. Stegner``.
_HONORIFIC_BEFORE = re.compile(rf"(?:{words(HONORIFICS)})\s\Z")
_HONORIFIC = rf"(?:(?:{words(HONORIFICS)})\s)?"
# Both are tried only at a capitalised word (see find_people), never over the whole text.
_TITLED = re.compile(
    rf"(?P<title>{_TITLE})\s(?:(?P<style>{words(NAME_STYLES)})\s)?{_HONORIFIC}"
    rf"(?P<name>{_NAME_OR_WORD})(?:{_APPOSITION})?"
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
_NAME_AFTER_ROLE = re.compile(rf"(?P<name>{_NAME_OR_WORD})(?:{_APPOSITION})?")
# The last words of the role phrases: only after one of them is a phrase looked for.
_ROLE_PHRASE_ENDS = frozenset(phrase.rsplit(None, 1)[-1] for phrase in ROLE_PHRASES)
# The words a role can end with, lowercased: any other word is rejected with one look-up.
_ROLE_ENDS = frozenset(word.lower() for word in ROLE_NOUNS | _ROLE_PHRASE_ENDS)
# Words that most often stand before a capital in news prose (``of China``, ``said Smith``, ``The``
# opening a sentence) and never end a role: the scan below passes over them in C, not in Python.
_NEVER_ROLES = [
    w
    for w in """a of in to at on by as is an the and for was are has his her its from with said says
    told when that were have east west north south but so if out than over about after before
    since while like former between their whether The In On An About""".split()
    if w not in _ROLE_ENDS
]
# What may stand before a word that opens a sentence (see _opens_sentence).
_SENTENCE_STOPS = '.!?:;"”'
# A capital letter right after a lowercase word: where a name may follow a role noun. The
# literal space first makes the scan fast; the capital is checked next (most spaces are followed
# by a lowercase letter, so most tries end there), then the look-behinds check the letter before
# the space and pass over the words of ``_NEVER_ROLES`` and over capitalised words (``Vice
# Premier``, ``Party Chief``) that do not open a sentence: only there is a capitalised word a role
# noun (``Employee Steve Castro``).
_AFTER_LOWERCASE = re.compile(
    r" [A-Z](?<=[a-z] .)"
    + "".join(
        rf"(?<! (?:{'|'.join(group)}) .)"
        for size in sorted({len(w) for w in _NEVER_ROLES})
        if (group := [w for w in _NEVER_ROLES if len(w) == size])
    )
    + "".join(rf"(?<![^{_SENTENCE_STOPS}] [A-Z][a-z]{{{n}}} .)" for n in range(1, 12))
)
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
    China Chinese American British Russian French German Japanese Korean European African Asian
    North South East West Northern Southern Eastern Western Central New Old United Great Royal
    Communist Democratic Republican Labour Socialist National International Federal People's
    Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. President Premier Minister Chancellor Secretary
    """.split()
) | frozenset(WEEKDAY_NAMES)
# Lowercase words that may open a title before a name: ``former President``, ``senior SPD member``.
_LEADING_QUALIFIERS = frozenset(
    "former senior interim acting assistant deputy opposition company then-president "
    "outgoing incoming principal chief executive retired".split()
)
# Capitalised words that never qualify a title: sentence openers, days, months, pronouns.
_NOT_MODIFIERS = frozenset(
    """
    The A An In On At For From With By This That These Those It Its He She They We His Her Their
    But And Yet Also Meanwhile However When While After Before As If So Then Now Still Last Next
    Later Earlier Separately Instead Elsewhere Today Yesterday Besides Like Unlike Among
    """.split()
) | frozenset(WEEKDAY_NAMES + MONTH_NAMES)
# Paragraphs are normalised (their only space is a plain space), so the patterns below that look
# for words between spaces start with a literal space: the engine jumps from space to space
# instead of trying every character.
# A relative clause ends an apposition's title (``..., which regulates ...``). It is looked for
# in the apposition with a space put before it, so that a clause opening it is found too.
_CLAUSE = re.compile(r" (?:who|which|that|whose|where|when) ")
_REPORT = re.compile(r"\b(?:said|says|told|added|according|reported)\b")
# A name right before ``and`` and the name a search ends at: the first of a list of two.
_NAME_AND = re.compile(rf"(?<![\w\-])(?P<name>{_NAME})\sand\s\Z")
_NAME_AND_REACH = 60
# An organisation's acronym in brackets, inside a title: ``... Operations Office (PCOO) Secretary``.
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Z0-9&\-]+\)")
# A plural verb inside what follows a name's comma: the name heads a list, not an apposition
# (``Rep. X, businessman Y and Z are under pressure``).
_LIST_VERB = re.compile(r" (?:are|were|have) ")
# Where an apposition may hold two titles: ``... supporter and former Republican senator``.
_APPOS_SPLIT = re.compile(r" (?:and|as well as) ")
_SECOND_TITLE_OPENERS = frozenset("a an the former also".split())
_LEADING_ARTICLE = re.compile(r"(?:also\s)?(?:(?:a|an|the)\s)?")
# What a role phrase before a name may open with, and is not part of the title.
_DETERMINER = re.compile(
    r"(?:(?:the|a|an|another|his|her|their|its|our|my|your)\s)?(?:(?:newest|latest)\s)?",
    re.IGNORECASE,
)
# A name, then what follows a name set off after a role phrase: a comma, a full stop, a report.
_NAME_THEN = re.compile(rf"(?P<name>{_NAME})(?=,|\.|\s(?:said|says|told|added)\b)")
# Words that open a clause: a role phrase before a name never reaches back over them.
_CLAUSE_OPENERS = frozenset(
    """
    whether that which who whom whose when while where if because although though as than said
    says told tells added by with from to into is was were are be been has have had will would
    can could may might should must did does do
    """.split()
)
# Lowercase words that never qualify a role before a name: the clause openers, and articles,
# pronouns, prepositions, conjunctions and the like (``said analyst Jane Doe``: no title ``said``).
_FUNCTION_WORDS = _CLAUSE_OPENERS | frozenset(
    """
    a an the this these those his her their its our my your what at for in of on onto without
    about after before against among between during under over then and or but nor so yet also
    not no being shall say asked according including like such both another other each every
    many some any all most more fellow why how unless today yesterday tomorrow tonight
    """.split()
)
# Words in -ed or -ing that qualify a role rather than open a clause.
_QUALIFYING = frozenset("retired acting outgoing incoming ruling governing reigning".split())
_ROLE_OF = re.compile(r" (?:of|at|for|with|to|in) ")


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
    """No word of a place or an organisation, unless the name reads family name first
    (``Park Geun-hye``: ``Park`` is a Korean family name, not a park)."""
    return _NOT_NAMES.isdisjoint(name.split()) or family_first(name)


def _has_role(words: list[str]) -> bool:
    """Whether one of the words (possessives dropped) is a role: ``director``, ``head``."""
    return any(_possessive(w.lower()) in _ROLE_WORDS for w in words)


def _plural_role(word: str) -> bool:
    """``coaches``, ``officials``: the plural of a role word."""
    return word.endswith("s") and (
        word[:-1] in _ROLE_WORDS or (word.endswith("es") and word[:-2] in _ROLE_WORDS)
    )


def _possessive(word: str) -> str:
    if word[-1:] not in _POSSESSIVE_ENDS:
        return word
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _appositive_titles(block: Block, match: re.Match[str]) -> list[Title]:
    appos = _apposition(match)
    return _phrase_titles(block, match.start("appos"), appos) if appos else []


def _apposition(match: re.Match[str]) -> str | None:
    """What may give titles in the apposition after a name, or None."""
    appos = match["appos"]
    if appos is None or len(appos) not in _APPOSITION_LENGTH or _LIST_VERB.search(appos):
        return None
    # A relative clause or a report ends the title: ``..., which regulates ...``,
    # ``..., a physical oceanographer at the University of New South Wales told Reuters``.
    clause = _CLAUSE.search(" " + appos)
    if clause is not None:
        # (its offset there is one past the space before it here, and that space is stripped)
        appos = appos[: clause.start()].rstrip()
    report = _REPORT.search(appos)
    if report is not None:
        appos = appos[: report.start()].rstrip()
    return appos or None


def _phrase_titles(block: Block, start: int, phrase: str) -> list[Title]:
    """The titles a descriptive phrase (at ``start`` in the block) gives.

    ``and`` joins two titles when what follows it opens like one (an article, ``former``, a role
    word), else it is inside one (``preparedness and response``). A part that is no role is left
    out (``a longtime Reagan supporter and former Republican senator from Texas``); roles that
    each name their organisation are separate titles (``member of X and vice premier of Y``),
    others one title (``founder and former CEO``).
    """
    pieces: list[tuple[int, str]] = []
    at = 0
    for joint in _APPOS_SPLIT.finditer(phrase):
        following = phrase[joint.end() :].split(None, 1)[0]
        if following in _SECOND_TITLE_OPENERS or _has_role([following]):
            pieces.append((at, phrase[at : joint.start()]))
            at = joint.end()
    pieces.append((at, phrase[at:]))
    roles = [(at, piece) for at, piece in pieces if _has_role(piece.split()[:6])]
    if len(roles) == len(pieces) > 1 and not all(_ROLE_OF.search(p) for _, p in pieces):
        roles = [(0, phrase)]
    return [_title(block, start + at, piece) for at, piece in roles]


def _title(block: Block, lo: int, piece: str) -> Title:
    """A title as written, its leading article dropped, split into role and organisation."""
    raw = _LEADING_ARTICLE.sub("", piece, count=1)
    lo += len(piece) - len(raw)
    role, organization = _role_and_organization(raw)
    return Title(
        raw=raw,
        role=role,
        organization=organization,
        span=block.span(lo, lo + len(raw)),
    )


def _role_and_organization(raw: str) -> tuple[str, str | None]:
    """``director of GAC`` -> (``director``, ``GAC``); a role holding ``of`` is kept whole, its
    organisation what follows it or else the owner before it: ``city's head of government`` ->
    (``head of government``, ``city``)."""
    start, end = _role_holding_of(raw)
    parts = _ROLE_OF.split(raw[end:], maxsplit=1)
    owner = _possessive(raw[:start].strip())
    organization = _LEADING_ARTICLE.sub("", parts[1], count=1) if len(parts) == 2 else owner
    return (raw[start:end] if end else parts[0]), organization or None


def _role_holding_of(raw: str) -> tuple[int, int]:
    """Where one of ``ROLES_WITH_OF`` stands in ``raw`` as whole words, else (0, 0).

    (A few ``find`` calls on the lowered title: faster than one case-blind search, which the
    regex engine must try at every character.)
    """
    lowered = raw.lower()
    for role in ROLES_WITH_OF:
        at = lowered.find(role)
        if at >= 0 and (at == 0 or raw[at - 1] == " "):
            return at, at + len(role)
    return 0, 0


def _named_after_comma(block: Block, taken: set[int]) -> Iterator[tuple[int, re.Match[str]]]:
    """A role phrase, a comma, then the name: ``The mayor of Surabaya, Tri Rismaharini,``.

    Yields where the phrase starts and the match of the name.
    """
    text = block.text
    comma = text.find(", ")
    while comma > 0:
        match = _NAME_THEN.match(text, comma + 2)
        if match is not None and match.start() not in taken:
            start = _phrase_start(text, comma)
            if start is not None:
                yield start, match
        comma = text.find(", ", comma + 2)


def _phrase_start(text: str, end: int) -> int | None:
    """Where the noun phrase ending at ``end`` begins, after any determiner.

    Walks back at most ten words, to the sentence's start, punctuation, or a word that opens a
    clause (``whether``, ``said``, ``After``, a verb in -ed or -ing); None when it finds none.
    """
    start = end
    for _ in range(10):
        stop = end if start == end else start - 1  # where the word before the phrase ends
        if stop <= 0:
            break
        word_start = text.rfind(" ", 0, stop) + 1
        word = text[word_start:stop]
        # (no word: a space before the comma, ``Li Qiang , Wang Yi``: the phrase starts here)
        if not word or not (word[-1].isalnum() or word[-1] in "'’") or _opens_clause(word):
            break  # ``In August, another ...``: the phrase starts after this word
        start = word_start
    else:
        return None
    phrase = text[start:end]
    stripped = _DETERMINER.sub("", phrase, count=1)
    if not stripped or stripped.split(None, 1)[0] in _NOT_MODIFIERS:
        return None
    return start + len(phrase) - len(stripped)


def _opens_clause(word: str) -> bool:
    lowered = word.lower()
    return (
        lowered in _CLAUSE_OPENERS
        or word in _NOT_MODIFIERS
        or (word[0].islower() and lowered.endswith(("ed", "ing")) and lowered not in _QUALIFYING)
    )


def _pre_title(block: Block, match: re.Match[str]) -> Title | None:
    raw = match.groupdict().get("title")
    if raw is None:
        return None
    country_word = match.groupdict().get("country")
    role = raw[len(country_word) + 1 :] if country_word else raw
    start = _extend_back(block.text, match.start("title"))
    return Title(
        raw=block.text[start : match.end("title")],
        role=role,
        organization=_organization(block.text[start : match.start("title")]),
        country=NATIONALITIES[country_word] if country_word else None,
        span=block.span(start, match.end("title")),
    )


def _style(block: Block, match: re.Match[str]) -> Title | None:
    """A style between the title and the name (``Datuk Seri``), a title of its own."""
    if match.groupdict().get("style") is None:
        return None
    lo, hi = match.span("style")
    return Title(raw=match["style"], role=match["style"], span=block.span(lo, hi))


def _organization(before: str) -> str | None:
    """The organisation in the words qualifying a role: their last run of capitalised words.

    ``Interim BART Police`` -> ``BART Police``; ``prominent rights`` -> None; ``WeWork's`` -> ``WeWork``.
    """
    words = before.split()
    run: list[str] = []
    for word in reversed(words):
        if _ACRONYM_IN_BRACKETS.fullmatch(word):
            run.append(word)  # ``... Operations Office (PCOO)``
            continue
        if not word[:1].isupper() or word.lower() in _LEADING_QUALIFIERS:
            break
        run.append(word)
    name = _possessive(" ".join(reversed(run)))
    return name if name and name not in NATIONALITIES else None


def _country(before: str) -> str | None:
    """The country a nationality among the words before a role names: ``British aid`` -> ``United Kingdom``."""
    return next((NATIONALITIES[w] for w in before.split() if w in NATIONALITIES), None)


def _extend_back(text: str, start: int, *, lowercase_role: bool = False) -> int:
    """Where a title really begins: back over the words that qualify it, as written before it.

    ``Interim BART Police Chief``, ``former Vice President``, ``New Jersey Sen.``, ``company CEO``,
    ``prominent rights lawyer``: capitalised words and possessives (not weekdays or sentence
    openers) and a few lowercase qualifiers; right before a lowercase role noun also up to three
    other lowercase words that are not function words, verbs or adverbs (``British aid worker``,
    not ``last week State Department official``). Never across punctuation.
    """
    lowercase = 0 if lowercase_role else 3
    for _ in range(7):
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalnum():
            if start >= 2 and text[start - 2] == ")":
                word_start = text.rfind(" ", 0, start - 1) + 1
                if _ACRONYM_IN_BRACKETS.fullmatch(text, word_start, start - 1):
                    start = word_start  # ``Operations Office (PCOO) Secretary``
                    continue
            break
        word_start = text.rfind(" ", 0, start - 1) + 1
        word = text[word_start : start - 1]
        lowered = word.lower()
        if lowered in _LEADING_QUALIFIERS:
            start = word_start
            continue
        if word[:1].islower():
            lowercase += 1
            if lowercase > 3 or not _modifier(lowered):
                break
        elif (
            not word[:1].isupper()
            or _possessive(word) in _NOT_MODIFIERS
            or (word.isupper() and len(word) == 1)
        ):
            break
        else:
            lowercase = 3  # no lowercase word before a capitalised one: ``last week State ...``
        start = word_start
    return start


def _modifier(word: str) -> bool:
    """Whether a lowercase word may qualify a role: ``rights``, ``planetary``, ``airline``, a
    possessive (``president's``)."""
    word = _possessive(word)
    return (
        word not in _FUNCTION_WORDS
        and word.replace("-", "").isalpha()
        and not word.endswith(("ing", "ed", "ly"))
    )


def _candidates(block: Block) -> Iterator[re.Match[str]]:
    """Each place a titled or apposed name starts, tried with one anchored match."""
    text = block.text
    starts = [
        at for word in _TITLE_STARTS.intersection(block.words) for at in block.find_word(word)
    ]
    # A name with an apposition ends in ", ": walk back over at most three capitalised words
    # (and the particles between them: ``Jan van Dijk``, ``Ayman al-Safadi``).
    comma = text.find(", ")
    while comma > 0:
        word_start = comma
        for _ in range(5):
            before = text.rfind(" ", 0, word_start - 1) + 1
            if not text[before : before + 1].isupper() and not text.startswith(
                ("al-", "el-"), before
            ):
                if text[before : word_start - 1] in _PARTICLE_WORDS and before > 0:
                    word_start = before
                    continue
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

    Also after a role phrase (``Chiefs tight end Travis Kelce``) and after a capitalised role
    noun opening a sentence (``Employee Steve Castro``). Yields where the role starts and the
    match of the name after it.
    """
    text = block.text
    for hit in _AFTER_LOWERCASE.finditer(text):
        at = hit.end() - 1
        if at in taken:
            continue
        role_start = _role_start(text, at - 1)
        if role_start is None:
            continue
        match = _NAME_AFTER_ROLE.match(text, at)
        if match is not None:
            yield role_start, match


def _role_noun_titles(block: Block, role_start: int, role_end: int) -> list[Title]:
    """The title a role noun heads, with what qualifies it (``Commerzbank analyst``), and the one
    joined to it by ``and`` (``JPL scientist and study co-author``)."""
    text = block.text
    titles = []
    while True:
        start = _extend_back(text, role_start, lowercase_role=True)
        before = text[start:role_start]
        titles.append(
            Title(
                raw=text[start:role_end],
                role=text[role_start:role_end],
                organization=_organization(before),
                country=_country(before),
                span=block.span(start, role_end),
            )
        )
        if len(titles) == 2 or not text.endswith(" and ", 0, start):
            break
        role_end = start - 5
        joined = _role_start(text, role_end)
        if joined is None:
            break
        role_start = joined
    return titles[::-1]  # in reading order


def _role_start(text: str, end: int) -> int | None:
    """Where the role noun or role phrase ending at ``end`` starts, or None if there is none."""
    start = text.rfind(" ", 0, end) + 1
    word = text[start:end]
    if word.lower() not in _ROLE_ENDS:
        return None  # most words: the checks below could only fail
    if word in ROLE_NOUNS:
        return start
    if word[:1].isupper() and word.lower() in ROLE_NOUNS and _opens_sentence(text, start):
        return start
    if word not in _ROLE_PHRASE_ENDS:
        return None
    for _ in range(2):
        if start < 2:
            break
        start = text.rfind(" ", 0, start - 1) + 1
        if text[start:end] in ROLE_PHRASES:
            return start
    return None


def _opens_sentence(text: str, start: int) -> bool:
    return start == 0 or (start >= 2 and text[start - 2] in _SENTENCE_STOPS)


def _person_name(name: str) -> str | None:
    """``name`` as a person's name (a sentence opener and a possessive dropped), or None."""
    words = _possessive(name).split()
    while words and words[0] in _NOT_MODIFIERS:
        words = words[1:]  # ``Yet Chris Wright`` -> ``Chris Wright``
    cleaned = " ".join(words)
    return cleaned if cleaned and _is_name(cleaned) else None


def _add(found: dict[str, _Found], name: str, candidates: Sequence[Title | None]) -> bool:
    """Record the person ``name`` with its titles, if it has any; whether it did."""
    titles = [t for t in candidates if t is not None]
    if not titles:
        return False
    person = found.get(name) or found.setdefault(name, _Found(name))
    for new in titles:
        if all(t.raw != new.raw for t in person.titles):
            person.titles.append(new)
    return True


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
        name = _person_name(second["name"]) if second is not None else None
        if name is not None:
            _add(found, name, [title])


def _pair_titles(found: dict[str, _Found], block: Block, match: re.Match[str]) -> list[Title]:
    """``Vince Lombardi and Hank Stram, coaches in the first Super Bowl,``: an apposition with a
    plural role after two names joined by ``and`` is the title of both. Gives the second name's
    title (the first is recorded here), or nothing."""
    appos = _apposition(match)
    if appos is None or not any(_plural_role(_possessive(w.lower())) for w in appos.split()[:6]):
        return []
    start = match.start()
    before = _NAME_AND.search(block.text, max(0, start - _NAME_AND_REACH), start)
    first = _person_name(before["name"]) if before is not None else None
    if first is None:
        return []
    title = _title(block, match.start("appos"), appos)
    _add(found, first, [title])
    return [title]


def find_people(blocks: Sequence[Block]) -> list[Person]:
    """Everyone the blocks name with a title, each with every mention, in order of first mention."""
    found: dict[str, _Found] = {}
    seen: set[str] = set()
    for block in blocks:
        text = block.text
        if text in seen:
            continue  # a repeated caption: same titles (kept once by their raw text), no new people
        seen.add(text)
        if (
            ("," not in text or ", " not in text)  # (the comma first: a space is everywhere)
            and _TITLE_STARTS.isdisjoint(block.words)
            and _AFTER_LOWERCASE.search(text) is None
        ):
            continue  # no title word, no apposition, no name after a lowercase word
        taken: set[int] = set()
        for match in _candidates(block):
            name = _person_name(match["name"])
            if name is None:
                continue
            title = _pre_title(block, match)
            apposed = _appositive_titles(block, match) or _pair_titles(found, block, match)
            if _add(found, name, [title, _style(block, match), *apposed]) and title:
                taken.add(match.start("name"))  # a role noun before it adds nothing new
            _add_listed(found, block, match, title)
        for role_start, match in _after_role_nouns(block, taken):
            name = _person_name(match["name"])
            if name is None:
                continue
            nouns = _role_noun_titles(block, role_start, match.start() - 1)
            if _add(found, name, [*nouns, *_appositive_titles(block, match)]):
                taken.add(match.start("name"))
        for start, match in _named_after_comma(block, taken):
            name = _person_name(match["name"])
            if name is not None:
                phrase = block.text[start : match.start() - 2]
                _add(found, name, _phrase_titles(block, start, phrase))
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
            titles=tuple(sorted(p.titles, key=lambda t: t.span.start)),
            mentions=tuple(sorted(p.mentions, key=lambda m: m.span.start)),
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
        shared = block.words.intersection(by_word)
        if not shared:
            continue  # most paragraphs name no one
        text = block.text
        hits = sorted((lo, word) for word in shared for lo in block.find_word(word))
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
                honorific = _HONORIFIC_BEFORE.search(text, max(0, lo - 6), lo)
                start = lo if honorific is None else honorific.start()  # ``Mr. Stegner``
                short[0].mentions.append(Mention(text=text[start:end], span=block.span(start, end)))
    _link_roles(blocks, found)


def _in_own_title(person: _Found, start: int, end: int) -> bool:
    """Whether source offsets ``start``-``end`` overlap one of the person's titles: the
    apposition ``X, the vice premier,`` is the title itself, not a later mention."""
    return any(t.span.start < end and start < t.span.end for t in person.titles)


def _link_roles(blocks: Sequence[Block], found: dict[str, _Found]) -> None:
    """``the vice premier``: a role with ``the``, after the one person who holds it is named."""
    holders: dict[str, list[_Found]] = {}
    for person in found.values():
        for role in {t.role.lower() for t in person.titles if t.role[:1].isalpha()}:
            holders.setdefault(role, []).append(person)
    phrases = [("the " + role, people[0]) for role, people in holders.items() if len(people) == 1]
    if not phrases:
        return
    # Looked for in the whole story first: most roles never recur as a phrase. Lowering ASCII is
    # cheap and lowering other text is not, so the ASCII paragraphs are lowered together (one
    # paragraph with a dash or a curly quote does not make them all costly).
    texts = [block.text for block in blocks]
    ascii_lowered = "\n".join(t for t in texts if t.isascii()).lower()
    others_lowered = [t.lower() for t in texts if not t.isascii()]
    phrases = [
        (phrase, person)
        for phrase, person in phrases
        if phrase in ascii_lowered or any(phrase in t for t in others_lowered)
    ]
    if not phrases:
        return
    ascii_texts, other_texts = iter(ascii_lowered.split("\n")), iter(others_lowered)
    lowered = [next(ascii_texts) if t.isascii() else next(other_texts) for t in texts]
    for block, lowered_text in zip(blocks, lowered, strict=True):
        for phrase, person in phrases:
            at = lowered_text.find(phrase)
            while at >= 0:
                end = at + len(phrase)
                first = person.mentions[0].span.start if person.mentions else block.end
                if (
                    (at == 0 or not lowered_text[at - 1].isalnum())
                    and not lowered_text[end : end + 1].isalnum()
                    and not block.text[end + 1 : end + 2].isupper()  # ``the president Ann Lee``
                    and block.offset(at) > first
                    and not _in_own_title(person, block.offset(at), block.offset(end))
                ):
                    person.mentions.append(
                        Mention(text=block.text[at:end], span=block.span(at, end))
                    )
                at = lowered_text.find(phrase, end)
