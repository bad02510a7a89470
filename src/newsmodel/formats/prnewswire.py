"""PR Newswire (press releases): ``AUSTIN, Texas, Feb. 1, 2017 /PRNewswire/ --``.

Conventions:

- dateline: upper-case city with an optional state or country (``AUSTIN, Texas``, ``SINGAPORE``),
  the full date with its year (``Feb. 1, 2017``, ``March 4, 2025``), the source between slashes,
  often with a partner network (``/PRNewswire-AsiaNet/``, ``/PRNewswire-HISPANIC PR WIRE/``), and a
  double hyphen; in some copy the dateline stands on a line of its own;
- photo captions end ``(PRNewsfoto/Company Name)``;
- the release ends with the media links (``Photo - https://mma.prnewswire.com/...``,
  ``Logo - ...``), ``View original content ...:`` and ``SOURCE Company Name``;
- numeric dates month first.
"""

from __future__ import annotations

import re

from .base import WireFormat

FORMAT = WireFormat(
    name="prnewswire",
    label="PR Newswire",
    agencies=("PRNewswire", "PR Newswire", "PRNewswire-AsiaNet"),
    # The slashed source or a photo credit.
    signature=re.compile(r"/PRNewswire(?:-[\w ]+?)?/|\(PRNewsfoto/"),
    example="AUSTIN, Texas, Feb. 1, 2017 /PRNewswire/ --",
    photo_agencies=("PRNewsfoto",),
    sign_offs=(
        re.compile(r"SOURCE\s\S.*"),
        re.compile(r"View original content(?:\sto\sdownload\smultimedia)?:?\s?.*"),
        re.compile(r"(?:Photo|Logo|Video)\s?[—–\-]\s?https?://\S+"),
    ),
)
