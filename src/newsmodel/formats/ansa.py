"""ANSA (Italy, English and Italian services): ``(ANSA) - ROME, JUL 11 -``, ``(ANSA) - Roma, 16 MAG -``.

Conventions:

- dateline: the agency first, then a hyphen, the place and the date, then another hyphen:
  ``(ANSA) - Rome, October 11 -``; the place upper or title case (``ROME``, ``Roma``), the date
  month first in English (``JUL 11``, ``October 11``) or day first in Italian (``16 MAG``), upper
  case in the wire feed; the date may be missing (``(ANSA) - ROME -``);
- some copy puts the agency after the place: ``ROME, JUL 11 (ANSA) -``;
- bylines in brackets: ``(by Marco Bellini)``, Italian ``(di Marco Bellini)``;
- paragraphs often start with an indent of three spaces; numeric dates day first.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("ANSA",)

FORMAT = WireFormat(
    name="ansa",
    label="ANSA",
    agencies=_AGENCIES,
    # The agency bracket followed by its hyphen, at either end of the place.
    signature=re.compile(r"\((?:\w++/){0,3}ANSA(?:/\w++){0,3}\)\s?[—–\-]"),
    example="(ANSA) - ROME, JUL 11 -",
    bylines=(re.compile(r"\((?:by|di)\s(?P<names>[^()]+)\)", re.IGNORECASE),),
    day_first=True,
)
