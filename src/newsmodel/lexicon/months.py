"""Month and weekday words as wire services write them (data).

Where the entries come from: the English month names with the AP Stylebook's abbreviations
(``Sept.``, ``Oct.``) and Reuters' bare ones (``Sept``, ``Oct``); the Spanish months (EFE) and the
Italian months and their three-letter forms (ANSA: ``MAG`` = maggio) as the Unicode CLDR lists
them for ``es`` and ``it``; weekdays with the abbreviations AP and Reuters print. Read through
:class:`WireParserInfo`, a :class:`dateutil.parser.parserinfo`, below: the date grammars
(:mod:`newsmodel.recognisers.dates`) read the words through it.
"""

from __future__ import annotations

from dateutil.parser import parserinfo

__all__ = ["MONTHS", "MONTH_NAMES", "WEEKDAYS", "WEEKDAY_NAMES", "WireParserInfo"]

# One tuple per month, January first: every spelling that names it (case is ignored).
MONTHS: tuple[tuple[str, ...], ...] = (
    ("Jan", "January", "ene", "enero", "gen", "gennaio"),
    ("Feb", "February", "Febr", "feb", "febrero", "febbraio"),
    ("Mar", "March", "marzo"),
    ("Apr", "April", "abr", "abril", "aprile"),
    ("May", "mayo", "mag", "maggio"),
    ("Jun", "June", "jun", "junio", "giu", "giugno"),
    ("Jul", "July", "jul", "julio", "lug", "luglio"),
    ("Aug", "August", "ago", "agosto"),
    # "Sept" is AP style; "set"/"sett" Italian, "sep"/"septiembre"/"setiembre" Spanish.
    ("Sep", "Sept", "September", "septiembre", "setiembre", "set", "sett", "settembre"),
    ("Oct", "October", "oct", "octubre", "ott", "ottobre"),
    ("Nov", "November", "noviembre", "novembre"),
    ("Dec", "December", "dic", "diciembre", "dicembre"),
)

# Monday first, as datetime.date.weekday() counts.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("Mon", "Monday"),
    ("Tue", "Tues", "Tuesday"),
    ("Wed", "Wednesday"),
    ("Thu", "Thur", "Thurs", "Thursday"),
    ("Fri", "Friday"),
    ("Sat", "Saturday"),
    ("Sun", "Sunday"),
)

#: The English names written in full (``January``, ``Monday``): the longest capitalised spelling
#: of each, for recognisers that must know a month or a day is no name or title word.
MONTH_NAMES: tuple[str, ...] = tuple(
    max((w for w in group if w[:1].isupper()), key=len) for group in MONTHS
)
WEEKDAY_NAMES: tuple[str, ...] = tuple(max(group, key=len) for group in WEEKDAYS)


class WireParserInfo(parserinfo):
    """dateutil's parserinfo taught the wire services' month and weekday words."""

    MONTHS = [tuple(dict.fromkeys(words)) for words in MONTHS]  # type: ignore[misc]  # noqa: RUF012
    WEEKDAYS = [tuple(dict.fromkeys(words)) for words in WEEKDAYS]  # type: ignore[misc]  # noqa: RUF012
