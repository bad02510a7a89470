"""Press Trust of India: ``Melbourne, Oct 22 (PTI)``, captions ``(PTI Photo/Name)``, ``PTI Photo``.

Conventions:

- Dateline ``PLACE[/PLACE], DATE (PTI)`` with a bare month (``Oct 22``) and no dash: the body
  follows a space. Places in title case (``Ahmedabad/New Delhi``), older copy in capitals.
- Photo captions open with the place and a colon (``New Delhi: ...``) and end ``(PTI Photo/Name)``,
  ``(PTI Photo)`` or a bare ``PTI Photo``; image codes (``(PTI10_22_2024_000123B)``) may follow.
- Sign-off: the desk's initials, ``PTI ABC DEF``; republishers add ``(This story has not been
  edited ...)``. Numeric dates are day first (``22/10/2024``).
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("PTI", "Press Trust of India")

_NAME = r"[A-Z][\w.'’\-]*+(?: [A-Z][\w.'’\-]*+)*+"
_NAMES = rf"{_NAME}(?:(?:, (?!PTI\b)| and | & ){_NAME})*+"

FORMAT = WireFormat(
    name="pti",
    label="PTI",
    agencies=_AGENCIES,
    signature=re.compile(r"\(PTI\)"),
    example="Melbourne, Oct 22 (PTI)",
    bylines=(re.compile(rf"By (?P<names>{_NAMES})(?:,? (?:PTI|Press Trust of India))?"),),
    sign_offs=(
        re.compile(r"PTI(?: [A-Z]{2,4}){1,6}"),
        re.compile(r"\(This (?:story|article|report) has not been edited\b[^()]*\)\.?"),
    ),
    day_first=True,
)
