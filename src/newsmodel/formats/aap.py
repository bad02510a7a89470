"""AAP (Australian Associated Press): ``SYDNEY, Jan 3 AAP -``, also ``SYDNEY (AAP) -``.

Conventions:

- dateline: upper-case place, a month-first date without a period (``Jan 3``) or none, then the
  agency without brackets (``AAP``) or in brackets (``(AAP)``), and a hyphen;
- raw wire files open ``ZCZC AAP`` with header fields, the place in ``:(BRISBANE)``, and close
  ``AAP RTV`` / ``NNNN``; a story may end with the staff initials (``AAP jmc/gm``);
- bylines: ``By Claire Hutton``;
- photo captions end ``(AAP Image/Dean Lewins)`` or ``(Dean Lewins/AAP PHOTOS)``;
- numeric dates day first.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("AAP",)

FORMAT = WireFormat(
    name="aap",
    label="AAP",
    agencies=(*_AGENCIES, "Australian Associated Press"),
    # A dateline (``AAP -``, ``(AAP)``), a photo credit, or the raw wire file's envelope.
    signature=re.compile(r"\bAAP\s?[—–\-]|\(AAP\)|\(AAP Image/|/AAP PHOTOS\)|ZCZC AAP"),
    example="SYDNEY, Jan 3 AAP -",
    photo_agencies=("AAP Image", "AAP PHOTOS", "AAP Photos"),
    bylines=(
        re.compile(
            r"By\s(?P<names>[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){1,3}"
            r"(?:(?:,\s|,?\sand\s)[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){1,3})*)"
        ),
        # ``Jane Doe (AAP)`` above the story.
        re.compile(r"(?P<names>[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){1,3})\s?\(AAP\)"),
    ),
    sign_offs=(
        re.compile(r"AAP\sRTV"),
        re.compile(r"NNNN"),
        # Staff initials: ``AAP jmc/gm``, ``AAP cjh/jlw/dm``.
        re.compile(r"AAP\s[a-z]{1,4}(?:/[a-z]{1,4})*"),
        re.compile(r"Australian Associated Press"),
    ),
    day_first=True,
)
