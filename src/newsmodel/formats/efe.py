"""EFE (Spain, English and Spanish services): ``Madrid, Jan 3 (EFE).-``, ``Madrid, 11 may (EFE).-``.

Conventions:

- dateline: title-case place, a date month first (``Jan 3``, English service) or day first with a
  lower-case Spanish month (``11 may``, ``3 ene``), or none; ``(EFE)`` and the closing mark ``.-``
  (a plain hyphen in some copy);
- byline above the dateline: ``By Lucia Ortega``;
- captions end with a bare credit: ``EFE/Chema Moya``, ``EFE-EPA/Name``;
- after the body: ``EFE`` with the writers' and editors' initials (``EFE lmr/jgb``), or the initials
  alone (``lmr/jgb``);
- numeric dates day first.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("EFE", "Efe")

FORMAT = WireFormat(
    name="efe",
    label="EFE",
    agencies=_AGENCIES,
    # The dateline bracket with its closing mark: ``(EFE).-``, ``(EFE) -``.
    signature=re.compile(r"\((?:\w++/){0,3}EFE(?:/\w++){0,3}\)\s?\.?\s?[—–\-]"),
    example="Madrid, Jan 3 (EFE).-",
    photo_agencies=("EFE-EPA", "EPA-EFE", "EPA"),
    bylines=(
        re.compile(
            r"By\s(?P<names>[A-Z][\w'’.\-]+(?:\s(?:de\s|del\s|la\s)?[A-Z][\w'’.\-]+){1,4}"
            r"(?:\sand\s[A-Z][\w'’.\-]+(?:\s(?:de\s|del\s|la\s)?[A-Z][\w'’.\-]+){1,4})?)"
        ),
    ),
    sign_offs=(
        # ``EFE``, ``EFE-EPA``, ``EFE lmr/jgb``, ``EFE-EPA ll-mc/ig``
        re.compile(r"EFE(?:-EPA)?(?:\s[a-z]{1,4}(?:[/\-][a-z]{1,4})*)?"),
        # The initials alone: ``lmr/jgb``, ``ac-mmr/mr``.
        re.compile(r"[a-z]{1,4}(?:[/\-][a-z]{1,4})+"),
    ),
    day_first=True,
)
