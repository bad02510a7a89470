"""How a person's name is read: its given and family parts, and the order they are written in.

Family name first for Chinese, Korean, Japanese and Vietnamese names written that way, a Malay
patronymic with ``bin``/``binti``, Western order otherwise; the reason for the order is kept.

>>> split_name("Zhang Guoqing")
('Guoqing', 'Zhang', <NameOrder.FAMILY_FIRST: 'family-first'>, 'Chinese family name Zhang first')
"""

from __future__ import annotations

import re

from ..models import NameOrder
from .titles import (
    CHINESE_SURNAMES,
    JAPANESE_SURNAMES,
    KOREAN_SURNAMES,
    PARTICLES,
    VIETNAMESE_SURNAMES,
)

__all__ = ["family_first", "split_name"]

# A word in Hepburn romanisation (``Shigeru``, ``Shinzo``, ``Kenta``), not ``Lincoln``.
_ROMANISED_JAPANESE = re.compile(
    r"(?:(?:[kgsztdnhbpmrwfj]|sh|ch|ts)?y?[aeiou]|n|[kstp](?=[kstp]))+"
)

# The family names that may be written first: a name opening with any other is given name first.
_FIRST_FAMILY_NAMES = CHINESE_SURNAMES | JAPANESE_SURNAMES | KOREAN_SURNAMES | VIETNAMESE_SURNAMES


def family_first(name: str) -> bool:
    """Whether ``name`` reads family name first (as :func:`split_name` says), checked cheaply first."""
    return _tokens(name)[0] in _FIRST_FAMILY_NAMES and split_name(name)[2] is NameOrder.FAMILY_FIRST


def split_name(name: str) -> tuple[str | None, str | None, NameOrder, str]:
    """Given name, family name, order, and the reason for the order chosen."""
    tokens = _tokens(name)
    if len(tokens) == 1:
        return None, tokens[0], NameOrder.SINGLE, "one word"
    lowered = [t.lower() for t in tokens]
    if "bin" in lowered or "binti" in lowered or "bint" in lowered:
        cut = next(i for i, t in enumerate(lowered) if t in {"bin", "binti", "bint"})
        return (
            " ".join(tokens[:cut]),
            None,
            NameOrder.GIVEN_FIRST,
            "Malay patronymic: given name, then bin/binti and the father's name",
        )
    first, rest = tokens[0], tokens[1:]
    if first in KOREAN_SURNAMES and ("-" in rest[0] or len(tokens) == 3):
        return " ".join(rest), first, NameOrder.FAMILY_FIRST, f"Korean family name {first} first"
    if first in CHINESE_SURNAMES and len(tokens) <= 3 and all(t[1:].islower() for t in rest):
        return " ".join(rest), first, NameOrder.FAMILY_FIRST, f"Chinese family name {first} first"
    if first in VIETNAMESE_SURNAMES and (
        len(tokens) == 3 or (len(rest[0]) <= 4 and rest[0] not in VIETNAMESE_SURNAMES)
    ):
        return (
            " ".join(rest),
            first,
            NameOrder.FAMILY_FIRST,
            f"Vietnamese family name {first} first",
        )
    if (
        first in JAPANESE_SURNAMES
        and len(tokens) == 2
        and rest[0] not in JAPANESE_SURNAMES
        and _ROMANISED_JAPANESE.fullmatch(rest[0].lower())
    ):
        return rest[0], first, NameOrder.FAMILY_FIRST, f"Japanese family name {first} first"
    family_start = len(tokens) - 1
    while family_start > 1 and lowered[family_start - 1] in PARTICLES:
        family_start -= 1
    return (
        " ".join(tokens[:family_start]),
        " ".join(tokens[family_start:]),
        NameOrder.GIVEN_FIRST,
        "Western order: given name first",
    )


def _tokens(name: str) -> list[str]:
    """The words of a name, without ``Jr.``."""
    return name.replace(", Jr.", "").replace(" Jr.", "").split()
