"""The regex helpers the vocabularies and the formats share: literal alternations, longest first;
compiled patterns joined into one; the longest text a pattern can match whole."""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable
from typing import Any

__all__ = ["either", "widest", "words", "words_by_initial"]


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


@functools.cache
def either(patterns: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...]:
    """``patterns`` as one pattern that matches a whole text where one of them does (one call of
    the engine for two cost 0.35 us against 0.76 us a paragraph, for the sign-offs every body
    paragraph is tried against). Each keeps its own flags in a scoped group; the patterns are kept
    as given where joining could change a match: a group (its number or name would move), a
    verbose pattern (a comment would run on), other flags, an inline flag (no longer at the start
    once joined)."""
    if len(patterns) < 2:
        return patterns
    parts = []
    for pattern in patterns:
        if pattern.groups or pattern.flags & ~_SCOPED_FLAGS:
            return patterns
        letters = "".join(letter for flag, letter in _SCOPED if pattern.flags & flag)
        parts.append(f"(?{letters}:{pattern.pattern})")
    try:
        return (re.compile("|".join(parts)),)
    except re.error:
        return patterns


# The flags a scoped group can give its part of a joined pattern, and their letters.
_SCOPED = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_SCOPED_FLAGS = re.UNICODE | re.IGNORECASE | re.MULTILINE | re.DOTALL


@functools.cache
def widest(patterns: tuple[re.Pattern[str], ...]) -> int | None:
    """The most characters a text can hold that one of ``patterns`` matches whole, or None where
    one of them matches texts of any length (or its width cannot be read). A longer text needs no
    try: the sign-offs are tried against every body paragraph, and a call of the engine costs
    about half a microsecond where a length test costs nothing.

    The width is the one ``re`` reads from its own parse of the pattern (``re._parser``, the
    standard library's since Python 3.11); where a Python has no such parser, none is known.
    """
    if _PARSER is None:
        return None
    try:
        widths = [_PARSER.parse(p.pattern, p.flags).getwidth()[1] for p in patterns]
    except (AttributeError, TypeError, IndexError):  # (a private module: it may change)
        return None
    most = max(widths, default=0)
    return None if most >= _PARSER.MAXREPEAT else int(most)


# ``re``'s own parser: the standard library's since Python 3.11 (imported by ``re`` itself, so
# this costs nothing), private, so read with care; where a Python has none, no width is known.
try:
    _PARSER: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - every supported Python has it
    _PARSER = None
