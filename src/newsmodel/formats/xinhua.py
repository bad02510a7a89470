"""Xinhua (China): ``HANGZHOU, Oct. 11 (Xinhua) --``, credits ``(Xinhua/Jiang Han)``, ``Enditem``."""

from __future__ import annotations

import re

from .base import WireFormat

FORMAT = WireFormat(
    name="xinhua",
    label="Xinhua",
    agencies=("Xinhua",),
    # The dateline or credit bracket, or a scraper's ``Source: Xinhua`` line.
    signature=re.compile(r"\(Xinhua[/)]|/Xinhua[)\]]|Source: Xinhua"),
    example="HANGZHOU, Oct. 11 (Xinhua) --",
    # Visual China Group and China News Service photos run in Xinhua copy.
    photo_agencies=("VCG", "CNS"),
    sign_offs=(re.compile(r"Enditem\.?", re.IGNORECASE),),
)
