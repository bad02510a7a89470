"""What scrapers and wire systems leave above a story: publication dates and page furniture.

>>> import datetime as dt
>>> publication_date("date 2025-10-13 Headline", first=True)  # (a block: trimmed)
(datetime.date(2025, 10, 13), 'Headline')
>>> publication_date("4:00 am CST, Wednesday, November 20, 2019")
(datetime.date(2019, 11, 20), None)
>>> publication_date("06/08/2019 10:07 PM", day_first=True)
(datetime.date(2019, 8, 6), None)
>>> is_furniture("Back to Gallery"), is_furniture("Officials said on Monday.")
(True, False)
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import calendar_date

__all__ = ["is_furniture", "publication_date"]

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A scraper's header line: `` date 2025-10-13 Headline words``.
_HEADER = re.compile(r"date\s(?P<iso>\d{4}-\d{2}-\d{2})\s(?P<headline>.+)")
# A date in words, its parts captured (all a date needs: no second parse): ``November 20, 2019``.
_WORDS = r"(?P<month>[A-Z][a-z]+)\.?\s(?P<day>\d{1,2}),\s(?P<year>\d{4})"
_DATE_LINES = (
    # ``October 13, 2025``; ``Wednesday, November 20, 2019``; ``Published Nov. 20, 2019``
    re.compile(rf"(?:Published:?\s|Updated:?\s)?(?:{_WEEKDAY},\s)?{_WORDS}"),
    # ``4:00 am CST, Wednesday, November 20, 2019`` (web pages of AP members)
    re.compile(
        rf"\d{{1,2}}:\d{{2}}\s?[ap]\.?m\.?\s[A-Z]{{2,4}},\s(?:{_WEEKDAY},\s)?"
        rf"{_WORDS}"
    ),
    # ``Source: Xinhua| 2020-08-17 22:11:14``, ``2020-08-17 22:11``
    re.compile(
        r"(?:Source:\s?[\w ]+\|\s?)?(?P<iso>\d{4}-\d{2}-\d{2})(?:\s\d{1,2}:\d{2}(?::\d{2})?)?"
    ),
    # ``06/08/2019 10:07 PM`` (Bernama: day first)
    re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?:\s\d{1,2}:\d{2}(?:\s?[AP]M)?)?"),
)
# Page furniture: gallery controls and labels that web pages put around a story.
_FURNITURE = re.compile(
    r"(?:Published|Updated|Close|Back to Gallery|Advertisement|Share|Read more|Related"
    r"|Image \d+ of /? ?\d+|\d+ / \d+|Photo: [^.]{2,80}|[A-Z][\w ]{1,40} Press)",
    re.IGNORECASE,
)


def publication_date(
    text: str, *, first: bool = False, day_first: bool = False
) -> tuple[dt.date, str | None] | None:
    """The date a header or date line gives, and the headline a header carries; None if not one.

    ``first`` allows the scraper header, which only the first paragraph can be.
    """
    if first:
        header = _HEADER.fullmatch(text)
        if header is not None:
            try:
                return dt.date.fromisoformat(header["iso"]), header["headline"].strip()
            except ValueError:
                return None
    for pattern in _DATE_LINES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        groups = match.groupdict()
        try:
            if groups.get("iso"):
                return dt.date.fromisoformat(groups["iso"]), None
            if groups.get("a"):  # day and month in figures
                a, b = int(groups["a"]), int(groups["b"])
                day, month = (a, b) if day_first else (b, a)
                return dt.date(int(groups["year"]), month, day), None
            date = calendar_date(groups["month"], groups["day"], groups["year"])  # in words
            return (date, None) if date is not None else None
        except ValueError:
            return None
    return None


def is_furniture(text: str) -> bool:
    """Whether a paragraph is page furniture (``Close``, ``Image 1 of 9``, ``Photo: NAME / AP``)."""
    return len(text) <= 100 and _FURNITURE.fullmatch(text) is not None
