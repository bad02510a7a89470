"""United Press International: ``BEIRUT, Lebanon, Sept. 20 (UPI) --``, ``June 3 (UPI) --``.

Conventions:

- Dateline ``PLACE[, COUNTRY], DATE (UPI) --`` with an AP-style date (``Sept. 20``); UPI.com copy
  often keeps only the date (``June 3 (UPI) --``), which :func:`~.base.dateline_pattern` cannot
  express (its date must follow a place), hence a pattern of its own.
- Bylines ``By Jane Doe`` on a line of their own above the dateline.
- Photo captions end ``Photo by Name/UPI`` (no brackets), older ones ``UPI Photo/Name``.
- Sign-off: ``Copyright 2024 United Press International, Inc. (UPI). Any reproduction ...``.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("UPI", "United Press International")

_NAME = r"[A-Z][\w.'’\-]*+(?: (?:(?:de|da|van|von|der|del|la|le|bin|al) )?[A-Z][\w.'’\-]*+)*+"
_NAMES = rf"{_NAME}(?:(?:, (?!UPI\b|United Press\b)| and | & ){_NAME})*+"

FORMAT = WireFormat(
    name="upi",
    label="UPI",
    agencies=_AGENCIES,
    # The dateline with its dash: ``Unified Payments Interface (UPI)`` in Indian copy
    # does not count.
    signature=re.compile(r"\(UPI\) ?(?:--|[—–\-])"),
    example="BEIRUT, Lebanon, Sept. 20 (UPI) --",
    bylines=(re.compile(rf"By (?P<names>{_NAMES})(?:,? (?:UPI|United Press International))?"),),
    sign_offs=(re.compile(r"(?:Copyright|©)\s?(?:\d{4}\s)?United Press International\b.*"),),
)
