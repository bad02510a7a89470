"""People with titles: ``Chinese Vice Premier Zhang Guoqing, also a member of ...``.

A person is recognised where the text gives a name a title: a role before it (with its qualifiers
and nationality: ``Chinese Vice Premier``, ``former U.S. Secretary of State``) or an apposition
after it (``Lyu Daliang, director of GAC's Department of Statistics and Analysis,``). The parts of
the name are read in the order its culture writes them, and later mentions (``Zhang``) are linked.

One module a job: :mod:`~newsmodel.recognisers.people.rules` derives the word sets and patterns
from a :class:`~newsmodel.lexicon.Lexicon` (once per lexicon),
:mod:`~newsmodel.recognisers.people.candidates` finds where a titled name may stand,
:mod:`~newsmodel.recognisers.people.titles` reads its titles,
:mod:`~newsmodel.recognisers.people.names` its name and
:mod:`~newsmodel.recognisers.people.mentions` its later mentions; this module puts them together.

>>> from newsmodel.text import split_blocks
>>> [person] = find_people(split_blocks("Chinese Vice Premier Zhang Guoqing spoke. Zhang left."))
>>> person.name, person.family_name, person.name_order.value, [t.normalized for t in person.titles]
('Zhang Guoqing', 'Zhang', 'family-first', ['Chinese Vice Premier'])
>>> [m.text for m in person.mentions]
['Zhang Guoqing', 'Zhang']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter

from ...lexicon import Lexicon
from ...models import Person, Title, new_person
from ...text import Block
from .candidates import (
    after_role_nouns,
    candidates,
    commas_in,
    may_hold_role_of,
    named_after_comma,
    named_after_role_of,
    positioned_names,
)
from .mentions import drop_untitled_first_mentions, link_mentions, merge_single_words
from .names import Found, honorifics_apart, person_name, possessive, split_name
from .rules import Rules, capitals_open_sentences, rules_for
from .titles import (
    apposition,
    appositive_titles,
    country,
    extend_back,
    is_position,
    make_title,
    phrase_titles,
    plural_role,
    pre_title,
    role_noun_titles,
)

__all__ = ["find_people", "split_name"]

_NAME_AND_REACH = 60
# Where a title or a mention starts in the source: the order a person's are kept in.
_START = attrgetter("span.start")


def _add(
    rules: Rules,
    found: dict[str, Found],
    name: str,
    candidates: Sequence[Title | None],
    honorifics: Sequence[str] = (),
    *,
    placed: bool = False,
) -> bool:
    """Record the person ``name`` with its titles and honorifics, if it has a title or a style
    (a courtesy title alone, ``Mr.``, marks no one) or a caption ``placed`` it in the photo
    (``Han Duck-soo (C)``); whether it did."""
    titles = [t for t in candidates if t is not None]
    if not titles and not placed and rules.styles.isdisjoint(honorifics):
        return False
    person = found.get(name) or found.setdefault(name, Found(name, rules.lexicon))
    held = {t.normalized for t in person.titles}
    for new in titles:
        if new.normalized not in held:
            person.titles.append(new)
            held.add(new.normalized)
    if honorifics:  # (most names have none)
        person.honorifics.extend(h for h in honorifics if h not in person.honorifics)
    return True


def _add_listed(
    rules: Rules, found: dict[str, Found], block: Block, match: re.Match[str], title: Title | None
) -> None:
    """The second name of ``Sens. Cory Booker and Kamala Harris`` shares a plural title."""
    if title is None or title.role.lower() not in rules.plural_roles:
        return
    text = block.text
    end = match.end("name")
    if text.startswith(" and ", end):
        second = rules.name_after_role.match(text, end + 5)
        name = person_name(rules, second["name"]) if second is not None else None
        if name is not None:
            _add(rules, found, name, [title])


def _pair_titles(
    rules: Rules, found: dict[str, Found], block: Block, match: re.Match[str], appos: str | None
) -> list[Title]:
    """``Vince Lombardi and Hank Stram, coaches in the first Super Bowl,``: an apposition with a
    plural role after two names joined by ``and`` is the title of both. Gives the second name's
    title (the first is recorded here), or nothing."""
    if appos is None or not any(
        plural_role(rules, possessive(w.lower())) for w in appos.split(None, 6)[:6]
    ):
        return []
    start = match.start()
    before = rules.name_and.search(block.text, max(0, start - _NAME_AND_REACH), start)
    first = person_name(rules, before["name"]) if before is not None else None
    if first is None:
        return []
    title = make_title(rules, block, match.start("appos"), appos)
    _add(rules, found, first, [title])
    return [title]


def _add_placed(rules: Rules, found: dict[str, Found], block: Block, taken: set[int]) -> None:
    """Record the names a caption places in the photo by a bracket: ``Han Duck-soo (C)``."""
    if " (" not in block.text:
        return
    for match in positioned_names(rules, block, taken):
        honorifics, written = honorifics_apart(rules, None, match["name"])
        name = person_name(rules, written)
        if name is not None:
            _add(rules, found, name, [], honorifics, placed=True)


def find_people(blocks: Sequence[Block], lexicon: Lexicon | None = None) -> list[Person]:
    """Everyone the blocks name with a title, each with every mention, in order of first mention.

    The words come from ``lexicon`` (the default lexicon when none is given); what is derived from
    it is built once per lexicon (:func:`~newsmodel.recognisers.people.rules.rules_for`).
    """
    rules = rules_for(Lexicon.default() if lexicon is None else lexicon)
    found: dict[str, Found] = {}
    seen: set[str] = set()
    name_starts, after_lowercase = rules.name_starts, rules.after_lowercase  # (read per block)
    for block in blocks:
        text = block.text
        words = block.words
        if (
            name_starts.isdisjoint(words)
            and ("," not in text or ", " not in text)  # (the comma first: a space is everywhere)
            and (capitals_open_sentences(block) or after_lowercase.search(text) is None)
        ):
            continue  # no title word, no apposition, no name after a lowercase word
        # (looked for after the tests above: most paragraphs are turned away there, unhashed)
        if text in seen:
            continue  # a repeated caption: same titles (kept once by their raw text), no new people
        seen.add(text)
        named = name_starts.intersection(words)
        _read(rules, found, block, {word: block.find_word(word) for word in named})
    merge_single_words(found)
    drop_untitled_first_mentions(blocks, found)
    if not found:
        return []
    link_mentions(rules, blocks, found)
    # In order of first mention, whatever route found each (the same order in every process).
    people = [_person(p) for p in found.values() if p.mentions]
    return sorted(people, key=lambda person: (person.mentions[0].span.start, person.name))


def _read(
    rules: Rules, found: dict[str, Found], block: Block, named_at: dict[str, list[int]]
) -> None:
    """Record the people one paragraph names with a title, by each route in turn (``named_at``:
    where the paragraph's title and style words stand)."""
    taken: set[int] = set()  # where the names found with a title start
    commas = commas_in(block.text)  # (read by two of the finders)
    _add_candidates(rules, found, block, named_at, taken, commas=commas)
    _add_placed(rules, found, block, taken)
    for role_start, match in after_role_nouns(rules, block, taken):
        honorifics, written = honorifics_apart(rules, match["honorifics"], match["name"])
        name = person_name(rules, written)
        if name is None:
            continue
        nouns = role_noun_titles(rules, block, role_start, match.start() - 1)
        apposed = appositive_titles(rules, block, match, apposition(match))
        if _add(rules, found, name, [*nouns, *apposed], honorifics):
            taken.add(match.start("name"))
    for start, match in named_after_comma(rules, block, taken, commas):
        honorifics, written = honorifics_apart(rules, None, match["name"])
        name = person_name(rules, written)
        if name is not None:
            phrase = block.text[start : match.start() - 2]
            _add(rules, found, name, phrase_titles(rules, block, start, phrase), honorifics)
    if may_hold_role_of(rules, block, named_at):
        _add_roles_of(rules, found, block, named_at, taken)


def _add_candidates(
    rules: Rules,
    found: dict[str, Found],
    block: Block,
    named_at: dict[str, list[int]],
    taken: set[int],
    *,
    commas: list[int],
) -> None:
    """Record the names with a title before them or an apposition after them (adding where
    each starts to ``taken``; ``commas``: where the paragraph's commas stand)."""
    for match in candidates(rules, block, named_at, commas):
        honorifics, written = honorifics_apart(
            rules, None if match.re is rules.apposed else match["honorifics"], match["name"]
        )
        name = person_name(rules, written)
        if name is None:
            continue
        known = found.get(name)
        title = pre_title(rules, block, match, () if known is None else known.titles)
        appos = apposition(match)
        placed = appos is not None and is_position(rules, appos)  # ``X, center, and Y``
        apposed = appositive_titles(rules, block, match, None if placed else appos) or _pair_titles(
            rules, found, block, match, appos
        )
        if _add(rules, found, name, [title, *apposed], honorifics, placed=placed) and title:
            taken.add(match.start("name"))  # a role noun before it adds nothing new
        _add_listed(rules, found, block, match, title)


def _add_roles_of(
    rules: Rules,
    found: dict[str, Found],
    block: Block,
    named_at: dict[str, list[int]],
    taken: set[int],
) -> None:
    """Record the names after a role held in an organisation: ``Minister of Agriculture Jane Doe``."""
    text = block.text
    for role_at, title_end, name_start, name_end in named_after_role_of(
        rules, block, taken, named_at
    ):
        name = person_name(rules, text[name_start:name_end])
        if name is not None:
            start = extend_back(rules, text, role_at)
            nationality = country(rules, text[start:role_at])
            _add(
                rules,
                found,
                name,
                [make_title(rules, block, start, text[start:title_end], nationality)],
            )


def _person(found: Found) -> Person:
    """The model of a person as found (titles and mentions in the order they stand)."""
    return new_person(
        found.name,
        tuple(sorted(found.mentions, key=_START)),
        found.given,
        found.family,
        found.order,
        found.reason,
        tuple(sorted(found.titles, key=_START)),
        tuple(found.honorifics),
        found.suffix,
    )
