"""Bylines: ``By NAME[, NAME][ and NAME][, AGENCY | , ROLE]`` above a story, read by one grammar.

Every agency writes its bylines the same way at heart: ``By``, the writers' names separated by
commas and ``and``, and perhaps the agency or the writer's role after a last comma. The names come
out as people write them: a name the wire sent in capitals is given its case back
(``By BERNICE NAPACH, Reuters`` gives ``Bernice Napach``), and the agency is kept apart.

>>> read_byline("By BERNICE NAPACH, Reuters", frozenset({"reuters"}))
Reading(names=('Bernice Napach',), agencies=('Reuters',))
>>> read_byline("By Norma Cohen and Geert Linnebank, Reuters", frozenset({"reuters"})).names
('Norma Cohen', 'Geert Linnebank')
>>> read_byline("By JUAN DE LA CRUZ and Mary O'NEILL, AP Business Writer", frozenset({"ap"}))
Reading(names=('Juan de la Cruz', "Mary O'Neill"), agencies=('AP',))
>>> read_byline("By the end of the year, prices rose.", frozenset()) is None
True

A wire format's own byline patterns (:attr:`~newsmodel.formats.base.WireFormat.bylines`) are the
hook for a shape this grammar lacks (``(by Marco Bellini)``, a byline closing the story).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..lexicon import Lexicon

__all__ = ["Reading", "read_byline"]

#: A byline is a short paragraph.
BYLINE_MAX = 160
# Between the names of a byline, and before its agency or role.
_SEPARATOR = re.compile(r",\s(?:and\s)?|\sand\s|\s&\s")
# A word of a name: a capital, then letters, apostrophes, hyphens and full stops (``O'Neill``,
# ``Jean-Pierre``, ``J.``, ``St.``); any case after the capital (``D'AFFLISIO``, ``McCune``).
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.\-]*+(?:['’.\-][^\W\d_]*+)*+")
# Where a word in capitals splits into parts that each take a capital (``D'AFFLISIO``, ``JEAN-PIERRE``).
_JOINS = re.compile(r"(['’\-])")
# How many words one name may have (``Juan Carlos de la Cruz Martinez``).
_NAME_WORDS = 6


class Reading(NamedTuple):
    """What a byline says: the writers' names, as people write them, and the agencies."""

    names: tuple[str, ...]
    agencies: tuple[str, ...]


def read_byline(
    text: str, agencies: frozenset[str], lexicon: Lexicon | None = None
) -> Reading | None:
    """The names and agencies of a byline paragraph, or None if ``text`` is no byline.

    ``agencies`` are the agency names every format knows, lower case. Every chunk between the
    separators must be a name, a known agency, or (after the names) a role; else it is no byline
    (``By the end of the year, ...``). ``lexicon`` gives the role words (``writer``) and the
    particles kept inside a name (``de la``): the default lexicon unless a format extends it.
    """
    if len(text) > BYLINE_MAX or text[:3] not in ("By ", "BY ", "by "):
        return None
    if lexicon is None:
        lexicon = Lexicon.default()
    particles, roles = lexicon.particles, lexicon.byline_roles
    names: list[str] = []
    found: list[str] = []
    for chunk in _SEPARATOR.split(text[3:].rstrip(" .=")):  # (`` =`` ends an IPTC 7901 line)
        if chunk.lower() in agencies or chunk.lower().removesuffix("s") == "reuter":
            found.append(chunk)
        elif names and chunk.startswith("The "):
            found.append(chunk)  # a publication: ``The San Diego Union-Tribune``
        elif names and any(word.lower() in roles for word in chunk.split(" ")):
            # ``AP Business Writer``, ``Associated Press Writer``: the agency the role names
            found += [name for name in _agency_of(chunk, agencies) if name not in found]
        elif not found and _is_name(chunk, particles):
            names.append(_as_written(chunk, particles))
        else:
            return None
    if not names:
        return None
    return Reading(tuple(names), tuple(found))


def _is_name(chunk: str, particles: frozenset[str]) -> bool:
    """Two to six words, each a capitalised word or a particle between them (``de la``)."""
    words = chunk.split(" ")
    if not 2 <= len(words) <= _NAME_WORDS:
        return False
    for index, word in enumerate(words):
        if 0 < index < len(words) - 1 and word.lower() in particles:
            continue
        if not (word[:1].isupper() or any(c.isupper() for c in word[1:4])):
            return False  # (a particle glued on may be small: ``d'Alema``, ``al-Hassan``)
        match = _NAME_WORD.fullmatch(word)
        if match is None:
            return False
    return True


def _agency_of(role: str, agencies: frozenset[str]) -> tuple[str, ...]:
    """The known agency a role opens with (``AP`` of ``AP Business Writer``), if any."""
    words = role.split(" ")
    for size in range(min(3, len(words) - 1), 0, -1):
        name = " ".join(words[:size])
        if name.lower() in agencies:
            return (name,)
    return ()


def _as_written(name: str, particles: frozenset[str]) -> str:
    """A name sent in capitals with its case given back; a name in mixed case as it is.

    Only words wholly in capitals change: ``NAPACH`` -> ``Napach``, ``D'AFFLISIO`` -> ``D'Afflisio``,
    ``JEAN-PIERRE`` -> ``Jean-Pierre``, a particle inside the name to lower case (``DE`` -> ``de``);
    an initial (``J.``) stays.
    """
    words = name.split(" ")
    out = []
    for index, word in enumerate(words):
        letters = [c for c in word if c.isalpha()]
        if len(letters) < 2 or not all(c.isupper() for c in letters):
            out.append(word)
        elif 0 < index < len(words) - 1 and word.lower() in particles:
            out.append(word.lower())
        else:
            out.append(_capitalise(word))
    return " ".join(out)


def _capitalise(word: str) -> str:
    """``D'AFFLISIO`` -> ``D'Afflisio``, ``JEAN-PIERRE`` -> ``Jean-Pierre``: a capital after each
    apostrophe or hyphen that starts a part of two letters or more."""
    parts = _JOINS.split(word)
    return "".join(part if part in "'’-" else part[:1] + part[1:].lower() for part in parts)
