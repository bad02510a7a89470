"""Where a person stands in a photo, as captions write it after the name (data): not names, not titles.

Where the entries come from: the position words of the AP Stylebook's caption guidance (``left``,
``center``, ``second from right``, ``front row``), the British spelling of Commonwealth agencies
(AAP, PTI: ``centre``) and the bracketed letters of Asian agencies' captions (Xinhua, Yonhap,
Antara: ``(C)``, ``(L)``, ``(2nd R)``, ``(front, C)``). Kept in lower case; a caption's text is
compared lowered.
"""

from __future__ import annotations

__all__ = ["POSITIONS"]

_SIDES = ("left", "right", "l", "r")
_ORDINALS = ("second", "third", "fourth", "2nd", "3rd", "4th")

POSITIONS: tuple[str, ...] = (
    # words: ``Han Duck-soo, center, and ...``
    "left",
    "right",
    "center",
    "centre",
    "middle",
    "front",
    "rear",
    "back",
    "top",
    "bottom",
    "foreground",
    "background",
    "far left",
    "far right",
    "front row",
    "back row",
    "center left",
    "center right",
    "centre left",
    "centre right",
    "front left",
    "front right",
    "back left",
    "back right",
    "top left",
    "top right",
    "bottom left",
    "bottom right",
    "left to right",
    # bracketed letters: ``Han Duck-soo (C)``, ``(front, C)``
    "c",
    "l",
    "r",
    "front, c",
    "front, l",
    "front, r",
    "back, c",
    "back, l",
    "back, r",
    # ordinals: ``second from left``, ``2nd R``
    *(f"{ordinal} {side}" for ordinal in _ORDINALS for side in _SIDES),
    *(f"{ordinal} from {side}" for ordinal in _ORDINALS for side in ("left", "right")),
)
