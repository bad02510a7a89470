"""Bernama (Malaysia): ``KUALA LUMPUR, Sept 29 (Bernama) --``, sign-off ``-- BERNAMA``.

Conventions:

- dateline: upper-case place, a month-first date without a period (``Sept 29``, ``Oct 1``),
  ``(Bernama)`` and a double hyphen;
- above it: a time stamp with the date day first (``06/08/2019 10:07 PM``); features carry a byline
  (``By Nurul Huda Rahim``);
- photo captions end ``--fotoBERNAMA (2024) HAK CIPTA TERPELIHARA`` (all rights reserved);
- the story ends with a paragraph ``-- BERNAMA``.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("Bernama", "BERNAMA")

FORMAT = WireFormat(
    name="bernama",
    label="Bernama",
    agencies=_AGENCIES,
    # The dateline bracket, the sign-off or a photo credit.
    signature=re.compile(r"\((?:Bernama|BERNAMA)\)|(?:--|[—–])\s?BERNAMA\b|fotoBERNAMA"),
    # ``--fotoBERNAMA (2025) HAK CIPTA TERPELIHARA`` (all rights reserved) ends a caption.
    credits=(
        re.compile(
            r"[—\-]*\s?foto(?P<credit>BERNAMA)(?:\s\(\d{4}\))?(?:\sHAK CIPTA TERPELIHARA)?$"
        ),
    ),
    example="KUALA LUMPUR, Sept 29 (Bernama) --",
    bylines=(
        re.compile(
            r"By\s(?P<names>[A-Z][\w'’@.\-]+(?:\s[A-Z][\w'’@.\-]+){1,5}"
            r"(?:\sand\s[A-Z][\w'’@.\-]+(?:\s[A-Z][\w'’@.\-]+){1,5})?)"
        ),
    ),
    # ``-- BERNAMA`` (``--`` is an em dash in the normalised text).
    sign_offs=(re.compile(r"(?:-{1,2}|[—–])\s?BERNAMA\.?"),),
    day_first=True,
)
