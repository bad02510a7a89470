"""TASS (Russia): ``MOSCOW, October 5. /TASS/.``; older copy ``/ITAR-TASS/``.

Conventions:

- Dateline ``PLACE, DATE. /TASS/.``: the month in full (``October 5``), a period after the date and
  another after the closing slash, then the body. The date is kept as written, period included
  (``June 27.``, as the base module's ``DATE`` examples have it). Slashes instead of brackets are
  beyond :func:`~.base.dateline_pattern`, hence a pattern of its own; the raw dateline ends at
  ``/TASS/.`` (the closing period is the ``sep`` group).
- Partner copy sometimes brackets the agency: ``MOSCOW, June 27 (TASS) -``.
- No bylines or sign-offs on the wire; photo credits are ``Name/TASS``. Numeric dates day first.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("TASS", "ITAR-TASS")

FORMAT = WireFormat(
    name="tass",
    label="TASS",
    agencies=_AGENCIES,
    signature=re.compile(r"/(?:ITAR-)?TASS/|\((?:ITAR-)?TASS\)"),
    example="MOSCOW, October 5. /TASS/.",
    day_first=True,
)
