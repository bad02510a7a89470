"""Titles: what a role before a name, an apposition after it or a role noun gives.

``Chinese Vice Premier`` (role ``Vice Premier``, country China), ``director of GAC's Department of
Statistics`` (role ``director``, organisation ``GAC's Department of Statistics``), ``Commerzbank
analyst`` (role ``analyst``, organisation ``Commerzbank``): each a :class:`~newsmodel.models.Title`
with its span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import Title, new_title
from ...text import Block, lowered
from .names import possessive
from .rules import SENTENCE_STOPS, Rules

__all__ = [
    "apposition",
    "appositive_titles",
    "find_role_start",
    "has_role",
    "is_position",
    "make_title",
    "opens_sentence",
    "phrase_titles",
    "plural_role",
    "pre_title",
    "role_noun_titles",
]

# How long an apposition may be: shorter or longer is no title.
_APPOSITION_LENGTH = range(3, 201)
# A relative clause ends an apposition's title (``..., which regulates ...``). It is looked for
# in the apposition with a space put before it, so that a clause opening it is found too.
_CLAUSE = re.compile(r" (?:who|which|that|whose|where|when) ")
# What every relative word above holds: where neither stands, there is no clause to look for.
_CLAUSE_HINTS = ("wh", "that")
# A report ends it too: ``..., a physical oceanographer at ... told Reuters``.
_REPORT_WORDS = ("said", "says", "told", "added", "according", "reported")
# (Each word is followed by a look-behind for the word boundary before it: a pattern that opens
# with the words themselves lets the engine try only where one of their first letters stands.)
_REPORT = re.compile(
    "(?:" + "|".join(rf"{word}(?<!\w.{{{len(word)}}})" for word in _REPORT_WORDS) + r")\b"
)
# An organisation's acronym in brackets, inside a title: ``... Operations Office (PCOO) Secretary``.
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-Z][A-Z0-9&\-]+\)")
# A plural verb inside what follows a name's comma: the name heads a list, not an apposition
# (``Rep. X, businessman Y and Z are under pressure``).
_LIST_VERBS = (" are ", " were ", " have ")
# Where an apposition may hold two titles: ``... supporter and former Republican senator``.
_APPOS_SPLIT = re.compile(r" (?:and|as well as) ")
_SECOND_TITLE_OPENERS = frozenset("a an the former also".split())
_LEADING_ARTICLE = re.compile(r"(?:also\s)?(?:(?:a|an|the)\s)?")
_ROLE_OF = re.compile(r" (?:of|at|for|with|to|in) ")


def _holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether one of ``parts`` stands in ``text``. (A few ``in`` tests, each a scan in C, cost
    less than a search for them as alternatives, which the regex engine starts at every place
    where one of them may begin: apposition 23.7K -> 14.1K instructions a story.)"""
    for part in parts:  # noqa: SIM110 (a loop: a generator for ``any`` costs more)
        if part in text:
            return True
    return False


def has_role(rules: Rules, words: list[str]) -> bool:
    """Whether one of the words (possessives dropped) is a role: ``director``, ``head``. A plain
    loop: a generator for ``any`` cost more than the look-ups (0.86 -> 0.27 us an apposition)."""
    role_words = rules.role_words
    for word in words:  # noqa: SIM110 (see above)
        if possessive(word.lower()) in role_words:
            return True
    return False


def plural_role(rules: Rules, word: str) -> bool:
    """``coaches``, ``officials``: the plural of a role word."""
    return word.endswith("s") and (
        word[:-1] in rules.role_words or (word.endswith("es") and word[:-2] in rules.role_words)
    )


def appositive_titles(
    rules: Rules, block: Block, match: re.Match[str], appos: str | None
) -> list[Title]:
    """The titles the apposition after a name gives: ``appos``, as :func:`apposition` read it
    from ``match`` (read once a match: several finders look at it). A position in a photo
    (``center``) gives none."""
    if appos is None or is_position(rules, appos):
        return []
    return phrase_titles(rules, block, match.start("appos"), appos)


def is_position(rules: Rules, words: str) -> bool:
    """Whether ``words`` say where a caption's person stands (``center``, ``2nd R``): no title."""
    # (split no further than a position's words: most appositions have more, and are not lowered)
    parts = words.split(None, rules.position_words)
    return (
        len(parts) <= rules.position_words
        and " ".join(parts).lower() in rules.lexicon.caption_positions
    )


def apposition(match: re.Match[str]) -> str | None:
    """What may give titles in the apposition after a name, or None."""
    appos = match["appos"]
    if appos is None or len(appos) not in _APPOSITION_LENGTH or _holds_any(appos, _LIST_VERBS):
        return None
    # A relative clause or a report ends the title: ``..., which regulates ...``,
    # ``..., a physical oceanographer at the University of New South Wales told Reuters``.
    clause = _CLAUSE.search(" " + appos) if _holds_any(appos, _CLAUSE_HINTS) else None
    if clause is not None:
        # (its offset there is one past the space before it here, and that space is stripped)
        appos = appos[: clause.start()].rstrip()
    report = _REPORT.search(appos) if _holds_any(appos, _REPORT_WORDS) else None
    if report is not None:
        appos = appos[: report.start()].rstrip()
    return appos or None


def phrase_titles(rules: Rules, block: Block, start: int, phrase: str) -> list[Title]:
    """The titles a descriptive phrase (at ``start`` in the block) gives.

    ``and`` joins two titles when what follows it opens like one (an article, ``former``, a role
    word), else it is inside one (``preparedness and response``). A part that is no role is left
    out (``a longtime Reagan supporter and former Republican senator from Texas``); roles that
    each name their organisation are separate titles (``member of X and vice premier of Y``),
    others one title (``founder and former CEO``).
    """
    if _APPOS_SPLIT.search(phrase) is None:  # (one piece, as most are: no lists built for it)
        return (
            [make_title(rules, block, start, phrase)]
            if has_role(rules, phrase.split(None, 6)[:6])
            else []
        )
    pieces: list[tuple[int, str]] = []
    at = 0
    for joint in _APPOS_SPLIT.finditer(phrase):
        following = phrase[joint.end() :].split(None, 1)[0]
        if following in rules.second_title_openers or has_role(rules, [following]):
            pieces.append((at, phrase[at : joint.start()]))
            at = joint.end()
    pieces.append((at, phrase[at:]))
    roles = [(at, piece) for at, piece in pieces if has_role(rules, piece.split(None, 6)[:6])]
    if len(roles) == len(pieces) > 1 and not all(_ROLE_OF.search(p) for _, p in pieces):
        roles = [(0, phrase)]
    return [make_title(rules, block, start + at, piece) for at, piece in roles]


def make_title(
    rules: Rules, block: Block, lo: int, piece: str, country: str | None = None
) -> Title:
    """A title, its leading article dropped, split into role and organisation (``country``: the
    country its qualifiers name, if any)."""
    raw = _without_article(piece)
    lo += len(piece) - len(raw)
    role, organization = role_and_organization(rules, raw)
    return _title_at(block, lo, raw, role, organization=organization, country=country)


def _title_at(
    block: Block,
    start: int,
    normalized: str,
    role: str,
    *,
    organization: str | None,
    country: str | None = None,
) -> Title:
    """The title ``normalized`` written at ``start`` in the block, with its span and its source
    as written there (what :meth:`~newsmodel.text.Block.raw` gives, from the one span)."""
    span = block.span(start, start + len(normalized))
    return new_title(
        block.source[span.start : span.end], normalized, role, span, organization, country
    )


def role_and_organization(rules: Rules, raw: str) -> tuple[str, str | None]:
    """``director of GAC`` -> (``director``, ``GAC``); a role holding ``of`` is kept whole, its
    organisation what follows it or else the owner before it: ``city's head of government`` ->
    (``head of government``, ``city``)."""
    start, end = role_holding_of(rules, raw)
    rest = raw[end:]
    joint = _ROLE_OF.search(rest)
    if joint is None:
        organization = possessive(raw[:start].strip())
        return (raw[start:end] if end else rest), organization or None
    organization = _without_article(rest[joint.end() :])
    return (raw[start:end] if end else rest[: joint.start()]), organization or None


def _without_article(text: str) -> str:
    """``text`` without the article (and ``also``) it may open with."""
    article = _LEADING_ARTICLE.match(text)  # (it matches everywhere, if only nothing)
    return text if article is None else text[article.end() :]


def role_holding_of(rules: Rules, raw: str) -> tuple[int, int]:
    """Where one of ``rules.roles_with_of`` stands in ``raw`` as whole words, else (0, 0).

    (A few ``find`` calls on the lowered title: faster than one case-blind search, which the
    regex engine must try at every character.)
    """
    lower = lowered(raw)  # (offsets into it are offsets into ``raw``)
    for role in rules.roles_with_of:
        at = lower.find(role)
        if at >= 0 and (at == 0 or raw[at - 1] == " "):
            return at, at + len(role)
    return 0, 0


def pre_title(
    rules: Rules, block: Block, match: re.Match[str], known: Sequence[Title] = ()
) -> Title | None:
    """The title before the name of a ``rules.titled`` match (only that pattern has one).

    Where the person holds the same title already, as written (``known``: the person's titles),
    that one: the new one would add nothing, and only its text and role are read (a plural role's
    title is built anew: it is given to a second name too, with its own span).
    """
    if match.re is not rules.titled:
        return None
    raw = match["title"]
    country_word = match["country"]
    role = raw[len(country_word) + 1 :] if country_word else raw
    text = block.text
    title_start = match.start("title")
    start = extend_back(rules, text, title_start)
    normalized = text[start : match.end("title")]
    if known and role.lower() not in rules.plural_roles:
        same = next((t for t in known if t.normalized == normalized and t.role == role), None)
        if same is not None:
            return same
    return _title_at(
        block,
        start,
        normalized,
        role,
        organization=organization(rules, text[start:title_start]),
        country=rules.demonyms[country_word] if country_word else None,
    )


def organization(rules: Rules, before: str) -> str | None:
    """The organisation in the words qualifying a role: their last run of capitalised words.

    ``Interim BART Police`` -> ``BART Police``; ``prominent rights`` -> None; ``WeWork's`` -> ``WeWork``.
    """
    if not before:
        return None  # (the usual case: nothing before the role)
    words = before.split()
    run: list[str] = []
    for word in reversed(words):
        if _ACRONYM_IN_BRACKETS.fullmatch(word):
            run.append(word)  # ``... Operations Office (PCOO)``
            continue
        if not word[:1].isupper() or word.lower() in rules.leading_qualifiers:
            break
        run.append(word)
    name = possessive(" ".join(reversed(run)))
    return name if name and name not in rules.demonyms else None


def country(rules: Rules, before: str) -> str | None:
    """The country a nationality among the words before a role names: ``British aid`` -> ``United Kingdom``."""
    return next((rules.demonyms[w] for w in before.split() if w in rules.demonyms), None)


def extend_back(rules: Rules, text: str, start: int, *, lowercase_role: bool = False) -> int:
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
        if lowered in rules.leading_qualifiers:
            start = word_start
            continue
        if word[:1].islower():
            lowercase += 1
            if lowercase > 3 or not modifier(rules, lowered):
                break
        elif (
            not word[:1].isupper()
            or possessive(word) in rules.not_modifiers
            or (word.isupper() and len(word) == 1)
        ):
            break
        else:
            lowercase = 3  # no lowercase word before a capitalised one: ``last week State ...``
        start = word_start
    return start


def modifier(rules: Rules, word: str) -> bool:
    """Whether a lowercase word may qualify a role: ``rights``, ``planetary``, ``airline``, a
    possessive (``president's``)."""
    word = possessive(word)
    return (
        word not in rules.function_words
        and word.replace("-", "").isalpha()
        and not word.endswith(("ing", "ed", "ly"))
    )


def role_noun_titles(rules: Rules, block: Block, role_start: int, role_end: int) -> list[Title]:
    """The title a role noun heads, with what qualifies it (``Commerzbank analyst``), and the one
    joined to it by ``and`` (``JPL scientist and study co-author``)."""
    text = block.text
    titles = []
    while True:
        start = extend_back(rules, text, role_start, lowercase_role=True)
        before = text[start:role_start]
        titles.append(
            _title_at(
                block,
                start,
                text[start:role_end],
                text[role_start:role_end],
                organization=organization(rules, before),
                country=country(rules, before),
            )
        )
        if len(titles) == 2 or not text.endswith(" and ", 0, start):
            break
        role_end = start - 5
        joined = find_role_start(rules, text, role_end)
        if joined is None:
            break
        role_start = joined
    return titles[::-1]  # in reading order


def find_role_start(rules: Rules, text: str, end: int) -> int | None:
    """Where the role noun or role phrase ending at ``end`` starts, or None if there is none."""
    start = text.rfind(" ", 0, end) + 1
    word = text[start:end]
    if word.lower() not in rules.role_ends:
        return None  # most words: the checks below could only fail
    if word in rules.role_nouns:
        return start
    if word[:1].isupper() and word.lower() in rules.role_nouns and opens_sentence(text, start):
        return start
    if word not in rules.role_phrase_ends:
        return None
    for _ in range(2):
        if start < 2:
            break
        start = text.rfind(" ", 0, start - 1) + 1
        if text[start:end] in rules.role_phrases:
            return start
    return None


def opens_sentence(text: str, start: int) -> bool:
    return start == 0 or (start >= 2 and text[start - 2] in SENTENCE_STOPS)
