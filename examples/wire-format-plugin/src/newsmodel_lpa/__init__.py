"""The Lakeside Press Agency (LPA), a fictional wire service: an example newsmodel format.

Conventions:

- dateline: upper-case place, a day-first date (``3 March``), ``(LPA)`` and a hyphen:
  ``LAKESIDE, 3 March (LPA) -``;
- photo captions end ``Photo: NAME/LPA``;
- stories end with ``(c) LPA ##`` and the desk's initials.
"""

from __future__ import annotations

import re

from newsmodel.formats.base import WireFormat, dateline_pattern

FORMAT = WireFormat(
    name="lpa",
    label="Lakeside Press Agency",
    agencies=("LPA",),
    signature=re.compile(r"\(LPA\) -|\(c\) LPA ##"),
    datelines=(dateline_pattern(["LPA"], separator_required=True),),
    example="LAKESIDE, 3 March (LPA) -",
    sign_offs=(re.compile(r"\(c\) LPA ##(?: [a-z]{2}(?:/[a-z]{2})*)?"),),
    day_first=True,
)
