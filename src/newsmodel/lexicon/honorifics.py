"""Honorifics: courtesy titles and styles that stand before a name and are not part of it (data).

Where the entries come from: English courtesy titles as the AP Stylebook's "courtesy titles" entry
lists them (``Mr.``, ``Mrs.``, ``Ms.``, ``Miss``, with the British forms without a full stop, and
``Sir``, ``Dame``, ``Lady``); the Malaysian federal and state honours (``Tun``, ``Tan Sri``,
``Datuk Seri``, ``Datuk``, ``Dato'``, ``Datin``) as the Prime Minister's Department's list of
federal honours names them and Bernama copy writes them before a name.
"""

from __future__ import annotations

__all__ = ["COURTESY_TITLES", "MALAY_HONOURS", "NAME_STYLES"]

# Courtesy titles: they stand before a name but are not roles (``Mr. Stegner``).
COURTESY_TITLES: tuple[str, ...] = (
    "Mr.",
    "Mrs.",
    "Ms.",
    "Miss",
    "Mr",
    "Mrs",
    "Ms",
    "Sir",
    "Dame",
    "Lady",
)

# Malaysian honours read as titles of their own before a name (``Datuk Seri Anwar Ibrahim``).
MALAY_HONOURS: tuple[str, ...] = (
    "Datuk",
    "Datuk Seri",
    "Datin",
    "Tan Sri",
    "Tun",
)

# Styles that may stand between a role and the name, a title of their own:
# ``Foreign Minister Datuk Seri Mohamad Hasan``, ``Health Minister Dr. Lena Ortiz``.
NAME_STYLES: tuple[str, ...] = (
    "Datuk Seri",  # Malaysian federal and state honours
    "Tan Sri",
    "Datuk",
    "Dato'",
    "Dato",
    "Datin",
    "Tun",
    "Dr.",  # academic styles
    "Prof.",
)
