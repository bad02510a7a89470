"""The regex helpers the vocabularies share: literal alternations, longest first."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["words", "words_by_initial"]


def words(names: Iterable[str]) -> str:
    """A regex alternation of literal names, longest first (so ``Sept`` wins over ``Sep``)."""
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


def words_by_initial(
    names: Iterable[str], *, ignore_case: bool = False, not_after: str = ""
) -> str:
    """:func:`words` grouped by first letter, ``J(?:anuary|an)|F(?:eb)``: the same matches, the
    longest name first, but where a name could start the regex engine tries one group, not every
    name. ``ignore_case`` (for ASCII names in a case-blind pattern) groups ``Jan`` with ``jan``.

    ``not_after``, a pattern of one character, is a look-behind before each name, written after
    its first letter: ``J(?<![\\w.]J)(?:anuary|an)``. A search then still skips to the first
    letters (a pattern opening with the look-behind is tried at every character).
    """
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0].lower() if ignore_case else name[0], []).append(name[1:])
    parts = []
    for initial, rest in groups.items():
        first = re.escape(initial)
        behind = f"(?<!{not_after}{first})" if not_after else ""
        parts.append(f"{first}{behind}(?:{words(rest)})")
    return "|".join(parts)
