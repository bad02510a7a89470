"""dpa (Deutsche Presse-Agentur, English service): ``Berlin (dpa) -``, ``San Diego (tca/dpa) -``.

Conventions:

- dateline: title-case place, no date, ``(dpa)`` or a partner's name joined by a slash
  (``(tca/dpa)``), then a hyphen;
- above it: a keyword line (``Germany/politics/``), marks on lines of their own (``EXTRA``,
  ``REFILE``, ``1ST LEAD``, ``2ND LEAD``, ``3RD NET``), a headline ending `` =`` when no byline
  follows, a byline ending ``=`` (``By Helen Maguire, dpa =``, ``By dpa correspondents =``);
- after the body: the notebook trailer (``# Notebook``, ``## Note to editors``, ``* * * *``,
  ``The following information is not intended for publication``, ``## Editorial contacts``),
  the editors' initials (``dpa hm bs wjh``) and a time stamp (``101137 GMT Dec 18``);
- photos: ``Name/dpa``, ``picture alliance/dpa``; numeric dates day first.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("dpa", "DPA", "dpa-AFX")

FORMAT = WireFormat(
    name="dpa",
    label="dpa",
    agencies=_AGENCIES,
    # The dateline bracket (alone or with a partner: ``(tca/dpa)``), or the desk's address.
    signature=re.compile(
        r"\((?:[\w\-]++/){0,3}dpa(?:/[\w\-]++){0,3}\)\s?[—–\-]|(?:international|englishservice)@dpa\.com"
    ),
    example="Berlin (dpa) -",
    photo_agencies=("picture alliance", "dpa-Zentralbild", "dpa-pool"),
    marks=(
        # Take keys: ``EXTRA``, ``REFILE``, ``1ST LEAD``, ``2ND LEAD``, ``3RD NET``, ``REFILE 1ST LEAD``.
        re.compile(
            r"(?:(?:REFILE|CORRECTION|CORRECTED|URGENT|EXTRA|SUMMARY|ADVISORY|FEATURE|INTERVIEW"
            r"|BACKGROUND|PREVIEW|ANALYSIS|REPEAT|(?:\d+(?:ST|ND|RD|TH)\s)?(?:LEAD|NET|WRITETHRU))"
            r"(?:\s|$))+"
        ),
        # The keyword line: ``Germany-politics/``, ``/politics/Britain/EU/Brexit/justice/``.
        re.compile(r"/?(?:[\w\-.]+(?:\s[\w\-.]+){0,3}/)+"),
    ),
    bylines=(
        # ``By Helen Maguire, dpa =``, ``By dpa correspondents =``,
        # ``By Tom Krasovic, The San Diego Union-Tribune =``
        re.compile(r"By\s(?P<names>[^,=]+?)(?:,\s?[^=]+?)?\s?="),
        # ``By Helen Maguire, dpa`` without the closing ``=``.
        re.compile(
            r"By\s(?P<names>[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){1,3}"
            r"(?:(?:,\s|\sand\s)[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){1,3})*),\sdpa"
        ),
    ),
    sign_offs=(
        re.compile(r"#\s?(?:dpa\s)?notebook\b.*", re.IGNORECASE),
        re.compile(
            r"##\s?(?:dpa\s)?(?:Editorial\scontacts|Contacts|Note\sto\seditors|Internet\slinks"
            r"|Refile|Correction)\b.*",
            re.IGNORECASE,
        ),
        re.compile(r"\*\s\*\s\*(?:\s\*)*+.*"),
        re.compile(r"The following information is not (?:intended )?for publication.*"),
        # The editors' initials: ``dpa wsz jln npr``, ``dpa tca bag``.
        re.compile(r"dpa(?:\s[a-z]{2,4}){1,6}"),
        # The time stamp: ``212322 GMT Nov 18``, ``101137 GMT Dez 18``.
        re.compile(r"\d{6}\s(?:GMT\s)?[A-Z][a-z]{2}\s\d{2}"),
    ),
    day_first=True,
)
