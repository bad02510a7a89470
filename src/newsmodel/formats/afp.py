"""Agence France-Presse: ``PARIS, Jan 1 (AFP) -``, credits ``(AFP PHOTO / Daniel LEAL-OLIVAS)``.

Conventions:

- Dateline ``PLACE[, DATE] (AFP) -``: older copy with a bare month (``Jan 1``), today title-case
  places without a date (``Paris (AFP) -``); the dash is always there.
- Bylines ``by Jane Doe`` (lower-case ``by``; some feeds ``By Jane DOE``), ``with Name in Place``
  for contributors is left to the byline text.
- Marks above the story: ``URGENT``, ``FLASH``, ``ALERT``; editors' notes ``(UPDATES with ...)``,
  ``(ADDS quotes)``, ``(CORRECTS spelling ...)``.
- Sign-offs: the desk slug of journalists' initials (``bur-jj/fg``, ``sah/dw``), ``© 2024 AFP``.
- Photo credits ``(AFP PHOTO / Daniel LEAL-OLIVAS)``, ``AFP PHOTO / POOL / Name``, and in partner
  copy ``Name/AFP via Getty Images``. Numeric dates are day first (``01/06/2024``).
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("AFP", "Agence France-Presse", "Agence France Presse")

_WORD = r"[A-Z][\w.'’\-]*+"
_NAME = rf"{_WORD}(?: (?:(?:de|da|van|von|der|del|la|le|bin|al|du|des|el) )?{_WORD})*+"
_NAMES = rf"{_NAME}(?:(?:, (?!AFP\b|Agence\b)| and | & ){_NAME})*+"
_INNER = r"[^()]*(?:\([^()]*\)[^()]*)*"
# One journalist's initials in the desk slug, ``bur``, ``jj``, ``sah``; joined by ``-`` or ``/``.
_INITIALS = r"[a-z]{2,5}"

FORMAT = WireFormat(
    name="afp",
    label="AFP",
    agencies=_AGENCIES,
    # The dateline with its dash; ``Agence France-Presse (AFP)`` in running text does not count.
    signature=re.compile(r"\(AFP\) ?(?:--|[—–\-])"),
    example="PARIS, Jan 1 (AFP) -",
    # Partner credits: ``Name/AFP via Getty Images``, ``AFP/Getty Images``.
    photo_agencies=("Getty Images",),
    marks=(
        re.compile(r"(?:URGENT|FLASH|ALERT|BULLETIN|CORRECTION|EXCLUSIVE)"),
        re.compile(
            r"\((?:UPDATES?|ADDS?|RECASTS?|CORRECTS?|REFILES?|REPEATS?|REWRITES?|CHANGES?"
            rf"|WRITES THRU)\b{_INNER}\)"
        ),
    ),
    # ``by Claire DUBOIS``, ``by Claire Dubois with Omar Haddad in Beirut`` (the contributor stays
    # outside ``names``: the byline names the writer).
    bylines=(
        re.compile(
            rf"[Bb]y (?P<names>{_NAMES})(?:,? (?:AFP|Agence France-Presse))?"
            rf"(?: with {_NAMES}(?: in [A-Z][\w'’\- ]*)?)?"
        ),
    ),
    sign_offs=(
        re.compile(rf"{_INITIALS}(?:-{_INITIALS})*(?:/{_INITIALS}(?:-{_INITIALS})*)+"),
        re.compile(r"(?:©|Copyright)\s?(?:\d{4}\s)?(?:AFP|Agence France-Presse)\b.*"),
    ),
    day_first=True,
)
