"""Words that make a run of capitalised words a place, an organisation or a work, not a person (data).

Where the entries come from: the generic terms of place names (the UN Group of Experts on
Geographical Names' glossary: ``River``, ``Lake``, ``Province``, ``District``), the words that head
organisations' names in wire copy (``Ministry``, ``Bureau``, ``University``, ``Inc.``), and the
capitalised words that qualify such names (directions, nationalities, party names). A name
holding one of them is not read as a person's, unless it reads family name first (``Park
Geun-hye``: see :mod:`newsmodel.lexicon.surnames`).
"""

from __future__ import annotations

__all__ = [
    "EVENT_HEADS",
    "ORGANISATION_ENDS",
    "ORGANISATION_HEADS",
    "PLACE_HEADS",
    "PLACE_QUALIFIERS",
    "POLITICAL_WORDS",
]

# Places and buildings: ``Zhejiang Province``, ``Yangtze River``, ``Tiananmen Square``.
PLACE_HEADS: tuple[str, ...] = tuple(
    """
    Province City County State Republic Street Road Airport Station Center Centre Region District
    Island Islands Sea Ocean River Mountain Mountains Valley Lake Park Square Hall Palace Embassy
    Consulate House Museum Hospital
    """.split()
)

# Organisations: ``Communist Party``, ``Bank of China``, ``Toyota Motors``, ``Reuters News``.
ORGANISATION_HEADS: tuple[str, ...] = tuple(
    """
    Party Committee Bureau Council Ministry University Company Group Bank Department Agency
    Association Institute Office Parliament Congress Senate Court School College Corporation Inc.
    Ltd. Co. Times Post News Daily Press Service Union Nations Organization Police Army Navy Force
    Market Exchange Assembly Officer Electric Motors Fund Foundation Administration
    """.split()
)

# Words that end an organisation's name without heading it: ``Ministry of Foreign Affairs``,
# ``Coordinating Minister for Political, Legal and Security Affairs``.
ORGANISATION_ENDS: tuple[str, ...] = ("Affairs", "Relations", "Development", "Intelligence")

# Events and periods: ``Asian Games``, ``G20 Summit``, ``Book Week``.
EVENT_HEADS: tuple[str, ...] = tuple("Forum Summit Games Festival Week Day Year".split())

# Capitalised words that qualify places and organisations: ``North Korean``, ``New Delhi``.
PLACE_QUALIFIERS: tuple[str, ...] = tuple(
    """
    China Chinese American British Russian French German Japanese Korean European African Asian
    North South East West Northern Southern Eastern Western Central New Old United Great Royal
    """.split()
)

# Party and political words: ``Democratic Party``, ``People's Congress``.
POLITICAL_WORDS: tuple[str, ...] = tuple(
    """
    Communist Democratic Republican Labour Socialist National International Federal People's
    """.split()
)
