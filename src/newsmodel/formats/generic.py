"""The fallback format: the grammar's datelines with any agency, common photo agencies and sign-offs."""

from __future__ import annotations

import re

from .base import WireFormat


def _never(text: str) -> float:
    """Generic never claims a story: it is what detection falls back to."""
    return 0.0


FORMAT = WireFormat(
    name="generic",
    label="Generic",
    agencies=(),
    signature=re.compile(r"(?!)"),
    score=_never,
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
