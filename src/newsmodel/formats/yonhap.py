"""Yonhap (South Korea): ``SEOUL, Nov. 24 (Yonhap) --``, ``(LEAD)``, ``By Yoo Jee-ho``, ``(END)``.

Conventions:

- Dateline ``PLACE, DATE (Yonhap) --`` with an AP-style date (``Nov. 24``, ``Sept. 3``).
- Marks above the byline (whole paragraphs, one or several): ``(LEAD)``, ``(2ND LEAD)``,
  ``(3RD LD)``, ``(URGENT)``, ``(ATTN: UPDATES with ...)``, ``(News Focus)``,
  ``(Yonhap Interview)``.
- Byline ``By Yoo Jee-ho`` (family name first) on its own line before the dateline paragraph.
- Sign-off: the reporter's address and ``(END)``: ``jeeho@yna.co.kr (END)``, or ``(END)`` alone.
- Photo captions end ``(Yonhap)``, or ``(Pool photo) (Yonhap)``. Numeric dates are year first.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("Yonhap", "YONHAP", "Yonhap News Agency", "Yonhap News TV")

# Korean names: family name then a hyphenated given name (``Yoo Jee-ho``, ``Kim Soo-yeon``).
_NAME = r"[A-Z][\w.'’\-]*+(?: [A-Z][\w.'’\-]*+)*+"
_NAMES = rf"{_NAME}(?:(?:, (?!Yonhap\b)| and | & ){_NAME})*+"
_INNER = r"[^()]*(?:\([^()]*\)[^()]*)*"
_ONE_MARK = (
    r"\((?:(?:\d+(?:ST|ND|RD|TH) )?(?:LEAD|LD)|URGENT|ATTN:" + _INNER + r"|News (?:Focus|Analysis)"
    r"|Yonhap (?:Interview|Feature|Special)|Photo News|Profile|CORRECTION|Correction|EDITORIAL"
    r"[^()]*|Herald Interview)\)"
)
_EMAIL = r"[\w.\-]+@yna\.co\.kr"

FORMAT = WireFormat(
    name="yonhap",
    label="Yonhap",
    agencies=_AGENCIES,
    signature=re.compile(r"\(Yonhap\)"),
    example="SEOUL, Nov. 24 (Yonhap) --",
    marks=(re.compile(rf"{_ONE_MARK}(?:\s?{_ONE_MARK})*"),),
    bylines=(re.compile(rf"By (?P<names>{_NAMES})"),),
    sign_offs=(
        re.compile(rf"(?:{_EMAIL}(?:[,;]?\s?{_EMAIL})*\s?)?\(END\)|{_EMAIL}(?:[,;]?\s?{_EMAIL})*"),
    ),
)
