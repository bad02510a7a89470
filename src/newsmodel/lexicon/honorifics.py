"""Honorifics: courtesy titles and styles that stand before a name and are not part of it (data).

Where the entries come from: English courtesy titles as the AP Stylebook's "courtesy titles" entry
lists them (``Mr.``, ``Mrs.``, ``Ms.``, ``Miss``, with the British forms without a full stop, and
``Sir``, ``Dame``, ``Lady``); the Malaysian federal and state honours (``Tun``, ``Tan Sri``,
``Datuk Seri``, ``Datuk``, ``Dato'``, ``Datin``) as the Prime Minister's Department's list of
federal honours names them and Bernama copy writes them before a name; the Gulf and royal styles
(``His Highness``, ``H.H.``, ``Sheikh``, Malay ``Syeikh``, ``Tengku``) as the Emirates News Agency
(WAM), KUNA and Bernama write them before a ruler's or a minister's name, and the Fijian chiefly
style ``Ratu``; Wikipedia's "Sheikh Hasina" and "Sheikh Mujibur Rahman" for the names in which
``Sheikh`` is the family's name and no style.
"""

from __future__ import annotations

__all__ = ["COURTESY_TITLES", "NAMES_WITH_HONORIFIC", "NAME_STYLES"]

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

# Styles before a name, with or without a role before them, kept apart from the name in
# ``Person.honorifics``: ``Foreign Minister Datuk Seri Mohamad Hasan``, ``Dr Wee Ka Siong``,
# ``His Highness Sheikh Mohamed bin Zayed Al Nahyan``. A style alone marks a person.
NAME_STYLES: tuple[str, ...] = (
    "Datuk Seri",  # Malaysian federal and state honours
    "Tan Sri",
    "Datuk",
    "Dato'",
    "Dato",
    "Datin",
    "Tun",
    "Dato' Sri",
    "Dr.",  # academic styles (British copy writes them without the full stop)
    "Dr",
    "His Highness",  # Gulf and royal styles
    "Her Highness",
    "His Majesty",
    "Her Majesty",
    "His Royal Highness",
    "H.H.",
    "H.H",
    "Sheikh",
    "Sheikha",
    "Syeikh",  # Malay spelling of Sheikh
    "Tengku",  # Malaysian royal style
    "Ratu",  # Fijian chiefly style
)

# Names that open with a word that is elsewhere a style: here it is the family's name.
NAMES_WITH_HONORIFIC: tuple[str, ...] = (
    "Sheikh Hasina",
    "Sheikh Mujibur Rahman",
)
