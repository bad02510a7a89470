"""The fallback format: any ``PLACE[, DATE] (SOURCE) -`` dateline, common photo agencies."""

from __future__ import annotations

import re

from .base import BRACKET_NEAR, DATE, PLACE, SEPARATOR, WireFormat


def _never(text: str) -> float:
    """Generic never claims a story: it is what detection falls back to."""
    return 0.0


_SOURCE = r"[A-Za-z][\w.&'\-]*(?:[ /][A-Za-z][\w.&'\-]*){0,3}"

FORMAT = WireFormat(
    name="generic",
    label="Generic",
    agencies=(),
    signature=re.compile(r"(?!)"),
    score=_never,
    # Only a comma, a space or the bracket follows the place (as in ``dateline_pattern``): shorter
    # readings of a run of capitalised words fail at once.
    # Without a known agency the separator is required, so ``Bombay Stock Exchange (BSE) building``
    # is not taken for a dateline.
    datelines=(
        re.compile(
            rf"{BRACKET_NEAR}(?P<place>{PLACE}(?=[,\s(]))(?:,?\s(?P<date>{DATE}))?,?\s?"
            rf"\((?P<agencies>{_SOURCE})\)"
            rf"\s?(?P<sep>{SEPARATOR})\s?"
        ),
    ),
    example="PLACE, Month Day (Agency) -",
    # End marks many services share; every format's own sign-offs are tried first.
    sign_offs=(re.compile(r"■|\(END\)|-30-|#{3}|# # #|\(more\)"),),
    # Photo agencies and syndicates seen in credits of many services' copy.
    photo_agencies=(
        "AP",
        "AFP",
        "Reuters",
        "REUTERS",
        "Xinhua",
        "Getty Images",
        "EPA",
        "EPA-EFE",
        "NTB",
        "VCG",
        "PTI",
        "IANS",
        "ANSA",
        "Yonhap",
        "Kyodo",
        "dpa",
        "Bernama",
        "Anadolu",
        "AAP",
        "TASS",
        "UPI",
        "Associated Press",
    ),
    priority=-1,
)
