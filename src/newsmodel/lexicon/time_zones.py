"""Time-zone abbreviations and their offsets from UTC, in minutes (data).

Where the entries come from: the IANA time zone database's abbreviations (``tzdata``) for the
zones wire copy prints after a time, and ISO 8601's ``Z``. Abbreviations that name two or more
offsets are left out on purpose (see the comment below).
"""

from __future__ import annotations

__all__ = ["ZONES"]

# Zone abbreviations that name one offset wherever they are printed. Those that name two or more
# (``CST``: US Central or China; ``IST``: India, Ireland or Israel; ``BST``: British Summer or
# Bangladesh) are left out: a time with one of them is kept without a zone.
ZONES: dict[str, int] = {
    "GMT": 0,
    "UTC": 0,
    "UT": 0,
    "Z": 0,
    "WET": 0,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "EST": -300,
    "EDT": -240,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "JST": 540,
    "KST": 540,
    "HKT": 480,
    "SGT": 480,
    "AEST": 600,
    "AEDT": 660,
}
