"""The one regex helper the vocabularies share: a literal alternation, longest first."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["words"]


def words(names: Iterable[str]) -> str:
    """A regex alternation of literal names, longest first (so ``Sept`` wins over ``Sep``)."""
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
