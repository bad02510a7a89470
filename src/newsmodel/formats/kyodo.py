"""Kyodo News (Japan): ``TOKYO (Kyodo) --``, captions ending ``(Kyodo)``, sign-off ``==Kyodo``.

Conventions:

- Dateline ``PLACE[, DATE] (Kyodo) --`` (``TOKYO (Kyodo) --``, ``OSAKA, Nov. 2 (Kyodo) --``);
  Japan Economic Newswire copy writes the agency without brackets: ``TOKYO, Jan. 5 Kyodo -``.
- Bylines on features: ``By Taro Yamada, KYODO NEWS``.
- Photo captions end with the bare agency in brackets: ``... on Nov. 24, 2023. (Kyodo)``.
- Sign-off ``==Kyodo`` closes wire stories. Numeric dates are year first, so not day first.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("Kyodo", "KYODO", "Kyodo News", "KYODO NEWS")

_NAME = r"[A-Z][\w.'’\-]*+(?: [A-Z][\w.'’\-]*+)*+"
_NAMES = rf"{_NAME}(?:(?:, (?!Kyodo\b|KYODO\b)| and | & ){_NAME})*+"

FORMAT = WireFormat(
    name="kyodo",
    label="Kyodo",
    agencies=_AGENCIES,
    signature=re.compile(r"\(Kyodo\)|==\s?Kyodo"),
    example="TOKYO (Kyodo) --",
    bylines=(re.compile(rf"By (?P<names>{_NAMES})(?:,? (?:KYODO NEWS|Kyodo News|Kyodo))?"),),
    sign_offs=(re.compile(r"(?:==|—)\s?(?:Kyodo|KYODO)"),),
)
