"""The words of credits and bylines that are neither agencies nor names (data).

Where the entries come from: the photo credits of the AP Stylebook (``AP Photo/Name, File``),
Reuters (``REUTERS/Name/File Photo``, ``Pool``), AFP (``Handout``) and Xinhua (``Xinhua file
photo``), as the wire services' caption guides write them; the byline roles of AP and Reuters
bylines (``AP Business Writer``, ``Reuters Correspondent``, ``Bureau Chief``); the marker words
before or after a credit in English, Spanish and the Nordic agencies (``Photo by``, ``Foto: Name /
AP / NTB``, ``Image:``, ``PTI Photo``, ``Courtesy of``).
"""

from __future__ import annotations

__all__ = [
    "BYLINE_ROLES",
    "COURTESY_MARKERS",
    "CREDIT_QUALIFIERS",
    "PHOTO_MARKERS",
    "PHOTO_SUFFIXES",
]

#: A credit's qualifier, lower case, and the form the model keeps (``file photo`` -> ``File``).
CREDIT_QUALIFIERS: dict[str, str] = {
    "file": "File",
    "file photo": "File",
    "pool": "Pool",
    "handout": "Handout",
}

#: Words that make a chunk after a byline's names a role, not a name (``AP Business Writer``).
BYLINE_ROLES: tuple[str, ...] = tuple(
    "writer writers correspondent correspondents reporter reporters editor editors staff "
    "columnist analyst photographer bureau chief".split()
)

#: Words that open a credit (``Photo by``, ``Foto:``), in the order they are tried.
PHOTO_MARKERS: tuple[str, ...] = ("photo", "foto", "photos", "image")
#: Words that close a credit's part (``PTI Photo``), in the order they are tried.
PHOTO_SUFFIXES: tuple[str, ...] = ("photo", "foto", "photos")
#: Words that open a courtesy credit (``Courtesy of the family``), the longest first.
COURTESY_MARKERS: tuple[str, ...] = ("courtesy of", "courtesy")
