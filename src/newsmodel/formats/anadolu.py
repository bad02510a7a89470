"""Anadolu Agency (Türkiye, English service): ``ANKARA (AA) -``.

Conventions:

- dateline: upper-case place, no date, ``(AA)`` and a hyphen (``ISTANBUL (AA) -``);
- bylines: ``By Selin Aydin`` above the story, or ``*Writing by Selin Aydin`` at its end;
- photo captions in the Getty style: ``ANKARA, TURKIYE - SEPTEMBER 22: ... (Emre Kaya - Anadolu
  Agency)``;
- the website's notice ends a story: ``Anadolu Agency website contains only a portion of the news
  stories offered to subscribers ...``;
- numeric dates day first with dots (``22.09.2023``).
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("AA", "Anadolu", "Anadolu Agency")

FORMAT = WireFormat(
    name="anadolu",
    label="Anadolu Agency",
    agencies=(*_AGENCIES, "Anadolu Ajansı"),
    # The dateline bracket with its hyphen (a bare ``(AA)`` is also Alcoholics Anonymous), or the
    # website's notice.
    signature=re.compile(
        r"\((?:\w++/){0,3}AA(?:/\w++){0,3}\)\s?[—–\-]|Anadolu Agency website contains only a portion"
    ),
    example="ANKARA (AA) -",
    bylines=(
        re.compile(
            r"\*?(?:By|Writing\sby)\s(?P<names>[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){1,3}"
            r"(?:(?:,\s|,?\sand\s)[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){1,3})*)"
        ),
    ),
    sign_offs=(
        # ``*Writing by Selin Aydin`` closes the story: after the body it is a sign-off.
        re.compile(r"\*Writing\sby\s[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){1,3}"),
        re.compile(r"Anadolu Agency website contains only a portion of the news stories.*"),
    ),
    day_first=True,
)
