"""Mentions: every place a found person is named again (``Zhang``, ``Mr. Stegner``,
``the vice premier``), and the merging of found names that are one person."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import filterfalse

from ...models import new_mention
from ...text import Block, lowered
from .names import Found
from .rules import Rules

__all__ = ["drop_untitled_first_mentions", "link_mentions", "merge_single_words"]


def link_mentions(rules: Rules, blocks: Sequence[Block], found: dict[str, Found]) -> None:
    """Every full-name and short-name mention, looked for only where the paragraph has the word."""
    by_word: dict[str, list[Found]] = {}
    for person in found.values():
        for word in {person.name.split()[0].rstrip("."), person.short}:  # (``K. Annamalai``: K)
            by_word.setdefault(word, []).append(person)
    read: dict[str, list[tuple[int, int, Found]]] = {}  # a repeated caption is read once
    for block in blocks:
        words = block.words
        if words.isdisjoint(by_word):
            continue  # most paragraphs name no one
        text = block.text
        mentions = read.get(text)
        if mentions is None:
            shared = words.intersection(by_word)
            mentions = read[text] = _mentions_in(rules, block, by_word, shared)
        for start, end, person in mentions:
            person.mentions.append(new_mention(text[start:end], block.span(start, end)))
    link_roles(blocks, found)


def _mentions_in(
    rules: Rules, block: Block, by_word: dict[str, list[Found]], shared: frozenset[str]
) -> list[tuple[int, int, Found]]:
    """Where the paragraph names someone (the words of ``shared`` start the names), in order."""
    text = block.text
    hits = [(lo, word) for word in shared for lo in block.find_word(word)]
    hits.sort()
    mentions: list[tuple[int, int, Found]] = []
    covered = 0
    for lo, word in hits:
        if lo < covered:
            continue
        candidates = by_word[word]
        for full in candidates:  # (a loop, not a generator: most words are one person's)
            if text.startswith(full.name, lo):
                covered = lo + len(full.name)
                mentions.append((lo, covered, full))
                break
        if lo < covered:
            continue
        short = [p for p in candidates if p.short == word]
        end = lo + len(word)
        after = text[end : end + 2]
        if len(short) == 1 and not (after[:1] == " " and after[1:].isupper()):
            # (a capitalised word right after would make this part of another name)
            honorific = rules.honorific_before.search(text, max(0, lo - rules.honorific_reach), lo)
            start = lo if honorific is None else honorific.start()  # ``Mr. Stegner``
            mentions.append((start, end, short[0]))
    return mentions


def in_own_title(person: Found, start: int, end: int) -> bool:
    """Whether source offsets ``start``-``end`` overlap one of the person's titles: the
    apposition ``X, the vice premier,`` is the title itself, not a later mention."""
    return any(t.span.start < end and start < t.span.end for t in person.titles)


def link_roles(blocks: Sequence[Block], found: dict[str, Found]) -> None:
    """``the vice premier``: a role with ``the``, after the one person who holds it is named."""
    holders: dict[str, list[Found]] = {}
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
    ascii_lowered = "\n".join(filter(str.isascii, texts)).lower()
    others = "\n".join(filterfalse(str.isascii, texts))  # (one 'in' a phrase, not a generator)
    # The others as UTF-8 with their ASCII letters lowered hold an ASCII phrase where the text
    # lowered does (no other character lowers into ASCII but the Kelvin sign): asking the Unicode
    # database of each character cost twice the instructions (a lead with a dash: 23K).
    if "\u212a" in others or not all(phrase.isascii() for phrase, _ in phrases):
        others_lowered = lowered(others).encode()
    else:
        others_lowered = others.encode().lower()
    phrases = [
        (phrase, person)
        for phrase, person in phrases
        if phrase in ascii_lowered or phrase.encode() in others_lowered
    ]
    if not phrases:
        return
    ascii_texts = iter(ascii_lowered.split("\n"))
    other_texts = iter([lowered(t) for t in filterfalse(str.isascii, texts)])  # (offsets kept)
    lowered_texts = [next(ascii_texts) if t.isascii() else next(other_texts) for t in texts]
    for block, lowered_text in zip(blocks, lowered_texts, strict=True):
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
                    and not in_own_title(person, block.offset(at), block.offset(end))
                ):
                    person.mentions.append(new_mention(block.text[at:end], block.span(at, end)))
                at = lowered_text.find(phrase, end)


def merge_single_words(found: dict[str, Found]) -> None:
    """``Vice Premier Zhang`` after ``Zhang Guoqing``: the one word is the known person, not another."""
    for name in [n for n in found if " " not in n]:
        same = [p for p in found.values() if " " in p.name and p.short == name]
        if not same and not found[name].titles:  # ``Tengku Razaleigh``: a style and a given name
            same = [p for p in found.values() if name in p.name.split()[1:2] or p.given == name]
        if len(same) == 1:
            single = found.pop(name)
            for title in single.titles:
                if all(t.normalized != title.normalized for t in same[0].titles):
                    same[0].titles.append(title)
            same[0].honorifics.extend(h for h in single.honorifics if h not in same[0].honorifics)


def drop_untitled_first_mentions(blocks: Sequence[Block], found: dict[str, Found]) -> None:
    """``Vice President Biden`` after an untitled ``Joe Biden``: a later mention, not a new person."""
    for name in [n for n in found if " " not in n]:
        titled_at = min((t.span.start for t in found[name].titles), default=0)
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
