"""CNA (Central News Agency, Taiwan; Focus Taiwan): ``Taipei, Sept. 23 (CNA)`` with no dash.

Conventions:

- dateline: title-case place, an AP-style date (``Sept. 23``, ``Oct. 1``), ``(CNA)``, and then the
  body after a plain space: there is no separator;
- photo captions end ``CNA photo Sept. 23, 2025`` or ``CNA file photo``;
- the story ends with the writers in brackets, ``(By Lin Yu-hsuan and Kevin Chou)``, and
  ``Enditem/`` with the editor's initials (``Enditem/ASG``);
- numeric dates year first (``2025/09/23``).
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("CNA",)
# ``(By Lin Yu-hsuan and Kevin Chou)`` at the end of the story.
_WRITERS = re.compile(
    r"\(By\s(?P<names>[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){1,3}"
    r"(?:(?:,\s|,?\sand\s)[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){1,3})*)\)"
)

FORMAT = WireFormat(
    name="cna",
    label="CNA",
    agencies=(*_AGENCIES, "Central News Agency"),
    # The dateline bracket, or the closing ``Enditem/`` with an editor's initials.
    signature=re.compile(r"\((?:\w++/){0,3}CNA(?:/\w++){0,3}\)|Enditem/[A-Za-z]"),
    # ``CNA photo Sept. 23, 2025`` or ``CNA file photo`` ends a caption.
    credits=(
        re.compile(
            r"(?<=\s)(?P<credit>CNA(?: file)? photo)(?:\s[A-Z][a-z]+\.?\s\d{1,2},\s\d{4})?$"
        ),
    ),
    example="Taipei, Sept. 23 (CNA)",
    bylines=(_WRITERS,),
    # The writers' line closes the story too: after the body it is a sign-off, not body text.
    sign_offs=(_WRITERS, re.compile(r"Enditem(?:/[A-Za-z]{1,5})*\.?", re.IGNORECASE)),
)
