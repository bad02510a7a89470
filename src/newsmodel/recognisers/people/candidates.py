"""Candidates: the places in a paragraph where a titled name may stand, each tried with one
anchored match (a title word, a name before a comma, a name after a role noun, a role phrase and
a comma before a name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...text import Block
from .rules import Rules
from .titles import find_role_start

__all__ = ["after_role_nouns", "candidates", "named_after_comma"]

# What a role phrase before a name may open with, and is not part of the title.
_DETERMINER = re.compile(
    r"(?:(?:the|a|an|another|his|her|their|its|our|my|your)\s)?(?:(?:newest|latest)\s)?",
    re.IGNORECASE,
)


def candidates(rules: Rules, block: Block) -> Iterator[re.Match[str]]:
    """Each place a titled or apposed name starts, tried with one anchored match."""
    text = block.text
    starts = [
        at for word in rules.title_starts.intersection(block.words) for at in block.find_word(word)
    ]
    # A name with an apposition ends in ", ": walk back over at most three capitalised words
    # (and the particles between them: ``Jan van Dijk``, ``Ayman al-Safadi``).
    comma = text.find(", ")
    while comma > 0:
        word_start = comma
        words = 0  # capitalised words passed: at most five (particles and honorifics are free)
        while words < 5:
            before = text.rfind(" ", 0, word_start - 1) + 1
            word = text[before : word_start - 1]
            if not word[:1].isupper() and not word.startswith(("al-", "el-")):
                if word in rules.particle_words and before > 0:
                    word_start = before
                    continue
                break
            word_start = before
            words += word not in rules.honorific_words and word not in rules.particle_words
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
        match = rules.titled.match(text, start) if first_word in rules.title_starts else None
        if match is not None and not (match["title"] or match["honorifics"]):
            match = None  # a name alone: only an apposition can give it a title
        match = match or rules.apposed.match(text, start)
        if match is not None:
            covered = match.end("name")
            yield match


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
    rules: Rules, block: Block, taken: set[int]
) -> Iterator[tuple[int, re.Match[str]]]:
    """A role phrase, a comma, then the name: ``The mayor of Surabaya, Tri Rismaharini,``.

    Yields where the phrase starts and the match of the name.
    """
    text = block.text
    comma = text.find(", ")
    while comma > 0:
        match = rules.name_then.match(text, comma + 2)
        if match is not None and match.start() not in taken:
            start = phrase_start(rules, text, comma)
            if start is not None:
                yield start, match
        comma = text.find(", ", comma + 2)


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
