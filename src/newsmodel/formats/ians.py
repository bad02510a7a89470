"""Indo-Asian News Service: ``Chennai, Nov 12 (IANS)``, sign-off ``--IANS`` and desk initials.

Conventions:

- Dateline ``PLACE, DATE (IANS)`` with a bare month (``Nov 12``) and no dash: the body follows a
  space; some republishers add `` -``.
- Bylines ``By Jane Doe`` on features.
- Sign-off ``--IANS`` (normalised ``—IANS``) and a line of desk initials (``ssp/pgh``, ``vn/dan``).
- Photo captions end ``(Photo: IANS)`` or ``(IANS Photo)``. Numeric dates are day first.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("IANS", "Indo-Asian News Service")

_NAME = r"[A-Z][\w.'’\-]*+(?: [A-Z][\w.'’\-]*+)*+"
_NAMES = rf"{_NAME}(?:(?:, (?!IANS\b)| and | & ){_NAME})*+"
_INITIALS = r"[a-z]{2,5}"

FORMAT = WireFormat(
    name="ians",
    label="IANS",
    agencies=_AGENCIES,
    signature=re.compile(r"\(IANS\)|--IANS\b"),
    example="Chennai, Nov 12 (IANS)",
    bylines=(re.compile(rf"By (?P<names>{_NAMES})(?:,? IANS)?"),),
    sign_offs=(
        re.compile(rf"[—–\-]{{1,2}}\s?IANS(?:\s{_INITIALS}(?:/{_INITIALS})+)?"),
        re.compile(rf"{_INITIALS}(?:/{_INITIALS})+"),
    ),
    day_first=True,
)
