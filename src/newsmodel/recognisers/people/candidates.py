"""Candidates: the places in a paragraph where a titled name may stand, each tried with one
anchored match (a title word, a name before a comma, a name after a role noun, a role phrase and
a comma before a name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text import Block
from .names import honorifics_apart, person_name
from .rules import Rules
from .titles import find_role_start

__all__ = [
    "after_role_nouns",
    "candidates",
    "commas_in",
    "may_hold_role_of",
    "named_after_comma",
    "named_after_role_of",
    "positioned_names",
]

# What a role phrase before a name may open with, and is not part of the title.
_DETERMINER = re.compile(
    r"(?:(?:the|a|an|another|his|her|their|its|our|my|your)\s)?(?:(?:newest|latest)\s)?",
    re.IGNORECASE,
)
# What ends the word before a name's start (``President; Khaldoon``), unless the word is an
# honorific (``H.H.``) or initials (``R.N.``).
_ENDS_A_CLAUSE = frozenset(".;:)!?")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def commas_in(text: str) -> list[int]:
    """Where the paragraph's commas followed by a space stand (none when it opens with one): the
    finders after a comma read them all."""
    found = []
    comma = text.find(", ")
    while comma > 0:
        found.append(comma)
        comma = text.find(", ", comma + 2)
    return found


def candidates(
    rules: Rules, block: Block, named_at: dict[str, list[int]], commas: list[int]
) -> Iterator[re.Match[str]]:
    """Each place a titled or apposed name starts, tried with one anchored match (``named_at``:
    where each word of ``rules.name_starts`` that the paragraph holds stands; ``commas``: where
    its commas stand, as :func:`commas_in` gives them). An apposed name that would be turned
    away as no person's is not tried (:func:`_turned_away`)."""
    text = block.text
    starts = [start for places in named_at.values() for start in places]
    starts += _comma_starts(rules, text, commas)
    ordered = sorted(set(starts))
    ordered.append(len(text))  # (where the last start's name may run to)
    covered = 0
    for i in range(len(ordered) - 1):
        start = ordered[i]
        if start < covered:
            continue
        first_word = text[start : text.find(" ", start)].rstrip(".,")
        match = rules.titled.match(text, start) if first_word in rules.title_starts else None
        if match is None and first_word in rules.style_starts:
            match = rules.styled.match(text, start)
        if match is None and not _turned_away(rules, text, start, ordered[i + 1]):
            match = rules.apposed.match(text, start)
        if match is not None:
            covered = match.end("name")
            yield match


def _turned_away(rules: Rules, text: str, start: int, following: int) -> bool:
    """Whether an apposed name at ``start`` would be turned away as no person's name
    (``the United Nations, ...``, ``China's Anhui Province, ...``) or cannot match at all (one
    word before the comma, ``Hefei, ...``: the pattern's name has two), so the pattern need not be
    tried: its name would run to the first comma, and no other start (``following``: the next)
    stands before that comma for the match to pass over.

    (The pattern costs more than the words' test: on the benchmark's caption, whose two place
    names at a comma are no longer tried, find_people 589K -> 570K instructions; with the one
    word of the caption's ``Hefei,`` and the lead's ``BEIJING,``, 958.7K -> 952.7K a story.)
    """
    comma = text.find(",", start)
    if comma < 0:
        return True  # (an apposition opens with a comma: there is none to match)
    if following < comma:
        return False
    name = text[start:comma]
    words = name.split()
    if len(words) < 2:
        return True  # (a name has two words at least, before its apposition's comma)
    if rules.not_names.isdisjoint(words) or rules.comma_suffix.match(text, comma):
        return False  # (most names: the pattern decides; a name's suffix may follow its comma)
    return person_name(rules, honorifics_apart(rules, None, name)[1]) is None


def _comma_starts(rules: Rules, text: str, commas: list[int]) -> list[int]:
    """Where a name that ends at a comma may start, for each of the ``commas``: a name with an
    apposition ends in ", ". Walks back over at most five capitalised words (and the particles
    and honorifics between them: ``Jan van Dijk``, ``Ayman al-Safadi``)."""
    particles, honorifics = rules.particle_words, rules.honorific_words  # (read per word)
    starts: list[int] = []
    for comma in commas:
        word_start = comma
        words = 0  # capitalised words passed: at most five (particles and honorifics are free)
        while words < 5:
            before = text.rfind(" ", 0, word_start - 1) + 1
            first = text[before]
            # (only a word opening with an a or an e is tried for al- and el-: most words before
            # a comma are lowercase)
            if not first.isupper() and not (
                first in "ae" and text.startswith(("al-", "el-"), before)
            ):
                if text[before : word_start - 1] in particles and before > 0:
                    word_start = before
                    continue
                break
            word = text[before : word_start if word_start == comma else word_start - 1]
            if word[-1] in _ENDS_A_CLAUSE and not (word in honorifics or _INITIALS.fullmatch(word)):
                break  # ``Palace. Falah Mohammed Al Ahbabi,``: the name starts after it
            word_start = before
            if word not in honorifics and word not in particles:
                words += 1
            if before == 0:
                break
        if word_start < comma:
            starts.append(word_start)
    return starts


def after_role_nouns(
    rules: Rules, block: Block, taken: set[int]
) -> Iterator[tuple[int, re.Match[str]]]:
    """Names right after a lowercase role noun: ``Commerzbank analyst Carsten Fritsch``.

    Also after a role phrase (``Chiefs tight end Travis Kelce``) and after a capitalised role
    noun opening a sentence (``Employee Steve Castro``). Yields where the role starts and the
    match of the name after it.
    """
    text = block.text
    for hit in rules.after_lowercase.finditer(text):
        at = hit.end() - 1
        if at in taken:
            continue
        role_start = find_role_start(rules, text, at - 1)
        if role_start is None:
            continue
        match = rules.name_after_role.match(text, at)
        if match is not None:
            yield role_start, match


def named_after_comma(
    rules: Rules, block: Block, taken: set[int], commas: list[int]
) -> Iterator[tuple[int, re.Match[str]]]:
    """A role phrase, a comma, then the name: ``The mayor of Surabaya, Tri Rismaharini,``.

    Yields where the phrase starts and the match of the name (``commas``: where the paragraph's
    commas stand, as :func:`commas_in` gives them).
    """
    text = block.text
    for comma in commas:
        # (a name opens with a capital: most commas are followed by none)
        match = (
            rules.name_then.match(text, comma + 2)
            if text[comma + 2 : comma + 3].isupper()
            else None
        )
        if match is not None and match.start() not in taken:
            start = phrase_start(rules, text, comma)
            if start is not None:
                yield start, match


# How many words back from a caption's position a name's start is looked for.
_POSITIONED_REACH = 4


def positioned_names(rules: Rules, block: Block, taken: set[int]) -> Iterator[re.Match[str]]:
    """Names a caption places in the photo: ``Han Duck-soo (C), Choe Son-hui (2nd R) and ...``.

    At each bracket holding a position, the name is looked for over the capitalised words before
    it, longest first (particles are passed over: ``Jan van Dijk (L)``).
    """
    text = block.text
    bracket = text.find(" (")
    while bracket > 0:
        close = text.find(")", bracket + 2)
        if close < 0:
            break
        if text[bracket + 2 : close].lower() in rules.lexicon.caption_positions:
            starts: list[int] = []
            at = bracket
            while len(starts) < _POSITIONED_REACH and at > 0:
                before = text.rfind(" ", 0, at - 1) + 1
                word = text[before:at]
                if word in rules.particle_words:
                    at = before
                    continue
                if not word[:1].isupper() or word[-1] in ",;:":
                    break
                starts.append(before)
                at = before
            for start in reversed(starts):
                if start in taken:
                    break  # a titled name: found already
                match = rules.positioned.match(text, start)
                if match is not None and match.start("position") == bracket + 2:
                    yield match
                    break
        bracket = text.find(" (", bracket + 2)


def phrase_start(rules: Rules, text: str, end: int) -> int | None:
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
        if not word or not (word[-1].isalnum() or word[-1] in "'’") or opens_clause(rules, word):
            break  # ``In August, another ...``: the phrase starts after this word
        start = word_start
    else:
        return None
    phrase = text[start:end]
    stripped = _DETERMINER.sub("", phrase, count=1)
    if not stripped or stripped.split(None, 1)[0] in rules.not_modifiers:
        return None
    return start + len(phrase) - len(stripped)


def opens_clause(rules: Rules, word: str) -> bool:
    lowered = word.lower()
    return (
        lowered in rules.clause_openers
        or word in rules.not_modifiers
        or (
            word[0].islower()
            and lowered.endswith(("ed", "ing"))
            and lowered not in rules.qualifying
        )
    )


# A word in a run of capitalised words (what a comma, a bracket or a space ends).
_RUN_WORD = re.compile(r"[^\s,;:()\"“”]+")
# Lowercase words inside an organisation's name: ``Minister of Agriculture and Fisheries``.
_JOINERS = frozenset("and of the for & to".split())
# The words that join a role to what it is held in: ``Ambassador to India``, ``Head of``.
_ROLE_JOINTS = (" of ", " for ", " to ")
_RUN_LENGTH = 16


def may_hold_role_of(rules: Rules, block: Block, named_at: dict[str, list[int]]) -> bool:
    """Whether the paragraph has a capitalised role word and a word that may end an organisation
    (most have not: then :func:`named_after_role_of` is not called at all). ``named_at``: where
    the words of ``rules.name_starts`` stand, the capitalised roles among them."""
    return not rules.capital_roles.isdisjoint(named_at) and not rules.organisation_ends.isdisjoint(
        block.words
    )


def named_after_role_of(
    rules: Rules, block: Block, taken: set[int], named_at: dict[str, list[int]]
) -> Iterator[tuple[int, int, int, int]]:
    """A role with what it is held in, then the name: ``Indonesian Ambassador to Australia Najib
    Riphat Kesoema``, ``Minister of Agriculture, Fisheries and Forestry Affairs Jane Doe said``.

    The organisation ends at its last word that heads an organisation or names a country; two or
    three capitalised words after it, up to a comma, a lowercase word or a full stop, are the name.
    Yields where the role's word starts, where the title ends, and the name's start and end.
    (Worth calling only where the paragraph has a role word and a word that ends an organisation:
    :func:`may_hold_role_of`. ``named_at``: where the words of ``rules.name_starts`` stand, the
    roles among them: a one-word role the paragraph holds is one of its words, so one of those.)
    """
    text = block.text
    for role, places in named_at.items():
        if role not in rules.capital_roles:
            continue
        for word_start in places:
            at = word_start + len(role)
            if not text.startswith(_ROLE_JOINTS, at):
                continue  # (the three tried in one call: most roles are followed by none)
            joint = next(j for j in _ROLE_JOINTS if text.startswith(j, at))
            found = _name_after_organisation(rules, text, at + len(joint))
            if found is not None and found[1] not in taken:
                yield (word_start, *found)


def _name_after_organisation(rules: Rules, text: str, pos: int) -> tuple[int, int, int] | None:
    """Where the organisation starting at ``pos`` ends, and the name after it (start, end)."""
    run: list[tuple[int, int, bool]] = []  # each word's span, and whether a boundary follows it
    while len(run) < _RUN_LENGTH:
        word = _RUN_WORD.match(text, pos)
        if word is None or not (word[0][0].isupper() or word[0] in _JOINERS):
            break
        end = word.end()
        last = text[end - 1] == "." and not _INITIALS.fullmatch(word[0])
        if last:
            end -= 1
        comma = text.startswith(", ", end)
        run.append((word.start(), end, last or comma or text[end + 1 : end + 2].islower()))
        if last:
            break
        pos = end + (2 if comma else 1)
        if pos > len(text) or text[pos - 1] not in " \n":
            break
    for i in range(len(run) - 2, -1, -1):
        last_word = text[run[i][0] : run[i][1]]
        if last_word not in rules.organisation_ends:
            continue
        name = run[i + 1 :]
        stop = next((k for k, (_, _, boundary) in enumerate(name) if boundary), None)
        if stop is None or not 1 <= stop <= 2:
            return None
        words = [text[lo:hi] for lo, hi, _ in name[: stop + 1]]
        if any(w in _JOINERS or not w[:1].isupper() for w in words):
            return None
        return run[i][1], name[0][0], name[stop][1]
    return None
