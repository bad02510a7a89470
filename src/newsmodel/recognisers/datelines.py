"""Recognising a dateline at the start of a paragraph: ``HANGZHOU, Oct. 11 (Xinhua) --``.

One grammar reads every agency's datelines (:func:`read_dateline`); a wire format may add a shape
it lacks through its own patterns (:func:`match_dateline`, the hook).

>>> from newsmodel.formats import default_registry
>>> from newsmodel.text import split_blocks
>>> block = split_blocks("COLUMBIA, S.C. (AP) — Body.")[0]
>>> found, body_start = read_dateline(block, default_registry.agency_names())
>>> found.place, found.region, found.normalized_place, found.agencies
('COLUMBIA, S.C.', 'S.C.', 'Columbia, S.C.', ('AP',))"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from ..lexicon import Lexicon
from ..models import Dateline, Span, new_dateline
from ..text import Block
from .dates import parse_wire_date, resolve_month_day

__all__ = [
    "GRAMMAR_REACH",
    "DatelineParts",
    "dateline_like",
    "match_dateline",
    "match_dateline_parts",
    "may_open_dateline",
    "normalize_place",
    "read_dateline",
    "read_dateline_parts",
    "resolve_dateline",
    "resolve_parts",
]

_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+")
_CAPITALS = re.compile(r"[A-Z]+")
# Between the places or the agencies of a dateline: ``Ahmedabad/New Delhi``, ``Xinhua / Reuters``.
_SLASH = re.compile(r"\s?/\s?")


def match_dateline(
    block: Block, patterns: Sequence[re.Pattern[str]]
) -> tuple[Dateline, int] | None:
    """The dateline at the start of ``block`` and where the body begins after it, or None.

    The date is kept as written; :func:`resolve_dateline` gives it a year.
    """
    found = match_dateline_parts(block, patterns)
    return None if found is None else (_built(found[0]), found[1])


def match_dateline_parts(
    block: Block, patterns: Sequence[re.Pattern[str]]
) -> tuple[DatelineParts, int] | None:
    """:func:`match_dateline`, the dateline kept as its parts (:class:`DatelineParts`)."""
    text = block.text
    for pattern in patterns:
        match = pattern.match(text)
        if match is None:
            continue
        groups = match.groupdict()
        end = match.end()
        if groups.get("sep"):
            raw_end = match.end("sep")
        elif groups.get("agencies") is not None:
            raw_end = match.end("agencies") + 1  # the closing bracket or slash
        else:
            raw_end = end
        raw_end = len(text[:raw_end].rstrip())
        agencies = tuple(a.strip() for a in _SLASH.split(groups.get("agencies") or "") if a)
        parts = _parts(block, raw_end, groups.get("place"), groups.get("date"), agencies)
        return parts, end
    return None


class DatelineParts(NamedTuple):
    """A dateline as read, its date not yet resolved: the parts its :class:`Dateline` is built
    from, once, when the date's year is known (:func:`resolve_parts`; building a model twice, as
    read and as resolved, cost 40K instructions a story)."""

    block: Block
    #: the dateline's source span
    span: Span
    place: str | None
    date_text: str | None
    agencies: tuple[str, ...]
    #: a region and a country read in brackets after the place
    brackets: tuple[str | None, str | None] = (None, None)


def _parts(
    block: Block,
    raw_end: int,
    place: str | None,
    date_text: str | None,
    agencies: tuple[str, ...],
    *,
    brackets: tuple[str | None, str | None] = (None, None),
) -> DatelineParts:
    """The parts of the dateline that ends at ``raw_end`` of ``block``."""
    return DatelineParts(block, block.span(0, raw_end), place, date_text, agencies, brackets)


def _built(
    parts: DatelineParts, date: dt.date | None = None, resolution: str | None = None
) -> Dateline:
    """The :class:`Dateline` of ``parts``, with ``date`` resolved as ``resolution`` says."""
    block, span, place, date_text, agencies, brackets = parts
    places, region = _split_place(place)
    return new_dateline(
        raw=block.source[span.start : span.end],
        span=span,
        place=place,
        normalized_place=normalize_place(place) if place else None,
        places=places,
        region=region or brackets[0],
        country=brackets[1],
        date_text=date_text,
        date=date,
        date_resolution=resolution,
        agencies=agencies,
    )


def _split_place(place: str | None) -> tuple[tuple[str, ...], str | None]:
    """The cities of ``SURABAYA, Indonesia/JAKARTA`` and the first region given."""
    if not place:
        return (), None
    cities = []
    region = None
    for part in _SLASH.split(place) if "/" in place else (place,):
        city, _, rest = part.partition(", ")
        cities.append(city)
        if rest and region is None:
            region = rest
    return tuple(cities), region


def normalize_place(place: str) -> str:
    """Title case for upper-case place words, abbreviations kept: ``ST. JOSEPH, Mich.`` -> ``St. Joseph, Mich.``."""
    if " " not in place and "/" not in place:
        return _normalize_word(place)  # one word (``WASHINGTON``): nothing to split and join
    return " ".join("/".join(map(_normalize_word, word.split("/"))) for word in place.split(" "))


def _normalize_word(word: str) -> str:
    if not word.isupper():
        return word
    if word.isascii() and word.isalpha():
        return word.capitalize()  # one run of capitals (``WASHINGTON``): no abbreviation, no regex
    if _ABBREVIATION.fullmatch(word.rstrip(",/")):
        return word
    return _CAPITALS.sub(lambda m: m.group().capitalize(), word)


def resolve_dateline(
    dateline: Dateline, published: dt.date | None, story_date: dt.date | None
) -> Dateline:
    """``dateline`` with its date resolved: its own year, else against publication, else the story."""
    resolved = _resolved_date(dateline.date_text, published, story_date)
    if resolved is None:
        return dateline
    date, how = resolved
    return attrs.evolve(dateline, date=date, date_resolution=how)


def resolve_parts(
    parts: DatelineParts, published: dt.date | None, story_date: dt.date | None
) -> Dateline:
    """The :class:`Dateline` of ``parts``, its date resolved as :func:`resolve_dateline` does."""
    resolved = _resolved_date(parts.date_text, published, story_date)
    if resolved is None:
        return _built(parts)
    date, how = resolved
    return _built(parts, date, how)


def _resolved_date(
    date_text: str | None, published: dt.date | None, story_date: dt.date | None
) -> tuple[dt.date, str] | None:
    """The date of a dateline's ``date_text`` and how its year was found; None if unresolved."""
    if date_text is None:
        return None
    parsed = parse_wire_date(date_text)
    if parsed is None:
        return None
    month, day, year = parsed
    if year is not None:
        try:
            return dt.date(year, month, day), "explicit"
        except ValueError:
            return None
    for anchor, how in ((published, "publication-date"), (story_date, "story-date")):
        if anchor is not None:
            resolved = resolve_month_day(month, day, anchor)
            if resolved is not None:
                return resolved, how
    return None


# -- the dateline grammar -----------------------------------------------------------------------
#
# [By AGENCY,] PLACE[/PLACE][, REGION]{0,2} [,|.] [DATE][,] [AGENCY MARK] SEPARATOR body...
#
# read in plain code over the paragraph's first characters: each character is looked at a bounded
# number of times, so the time is linear by construction. It goes first, and a wire format's own
# patterns (match_dateline) are the hook for a shape it lacks. It reads a colon after the
# place (``NEW DELHI:``), an agency named bare before the dash (``..., Sept 14, IRNA --``), several
# words in the bracket (``TEHRAN (Fars News Agency)-``), and datelines with no agency at all
# (``SALVADOR, Feb 26 -``, ``PYONGYANG --``).

#: A dateline ends within this many characters of its paragraph's start.
GRAMMAR_REACH = 200
# What every reading needs within that reach (a separator, a bracket or a slash): a paragraph
# without one is turned away by one scan in C before any word is read.
_MARK_NEAR = re.compile(rf"[^—–\-_:(/]{{0,{GRAMMAR_REACH}}}+[—–\-_:(/]")
# A bare agency before the separator: an acronym of capitals (``IRNA``, ``KUNA``, ``WAM``).
_ACRONYM = range(2, 9)
# Separators, the longest first where two share a start; a full stop only closes an agency mark
# (``/TASS/.``), never a place (``WASHINGTON. The ...`` is a sentence).
_SEPARATORS = (".-", "—", "–", "-", "_", ":")
_ORDINALS = ("st", "nd", "rd", "th")
# An agency-less dateline needs this much body after its separator (a headline has none).
_BODY_MIN = 20
# How much of the body is looked at to tell prose from a headline in capitals.
_BODY_SAMPLE = 60


class _Words:
    """The lexicon's words the grammar reads (:class:`~newsmodel.lexicon.Lexicon`), in the forms
    it compares: built once per lexicon (:func:`_words`)."""

    __slots__ = ("joiners", "month_prefixes", "months", "not_places", "places")

    def __init__(self, lexicon: Lexicon) -> None:
        #: every month word, lower case, and their first three letters
        self.months = frozenset(w.lower() for group in lexicon.months for w in group)
        self.month_prefixes = frozenset(w[:3] for w in self.months)
        #: lower-case words inside a place name: ``Rio de Janeiro``, ``Dar es Salaam``
        self.joiners = lexicon.place_joiners
        #: labels in capitals that open paragraphs which are not datelines (``FILE -``, ``UPDATE 2 -``)
        self.not_places = lexicon.not_places
        #: known place words, lower case (``riyadh``)
        self.places = lexicon.place_words

    def may_be_month(self, text: str, at: int) -> bool:
        """Whether a month word may start at ``at`` (every one has three letters at least)."""
        return text[at : at + 3].lower() in self.month_prefixes


@functools.cache
def _words(lexicon: Lexicon) -> _Words:
    return _Words(lexicon)


def read_dateline(
    block: Block,
    agencies: frozenset[str],
    *,
    agencyless: bool = False,
    lexicon: Lexicon | None = None,
) -> tuple[Dateline, int] | None:
    """The dateline the grammar reads at the start of ``block``, and where the body begins.

    ``agencies`` are the agency names every format knows, lower case. ``agencyless`` allows a
    dateline without any agency (the story's first body paragraph): then it needs a separator, a
    place in capitals or a date, and a body after it.

    >>> from newsmodel.text import split_blocks
    >>> def read(text, agencyless=True):
    ...     found = read_dateline(split_blocks(text)[0], frozenset({"xinhua"}), agencyless=agencyless)
    ...     return found and (found[0].place, found[0].date_text, found[0].agencies, found[0].raw)
    >>> read("SALVADOR, Feb 26 - Showers continued throughout the week.")
    ('SALVADOR', 'Feb 26', (), 'SALVADOR, Feb 26 -')
    >>> read("United Nations, New York, Sept 14, IRNA -- The minister met his counterpart.")
    ('United Nations, New York', 'Sept 14', ('IRNA',), 'United Nations, New York, Sept 14, IRNA --')
    >>> read("TEHRAN (Fars News Agency)- The foreign minister said on Sunday that ...")
    ('TEHRAN', None, ('Fars News Agency',), 'TEHRAN (Fars News Agency)-')
    >>> read("LAHORE, (Pakistan Point News / APP - 3rd June, 2024) The minister said ...")
    ('LAHORE', '3rd June, 2024', ('Pakistan Point News', 'APP'), 'LAHORE, (Pakistan Point News / APP - 3rd June, 2024)')
    >>> read("LONDON is bracing for a week of rail strikes.") is None
    True
    >>> read("FILE - In this photo taken last year, workers repair a bridge.") is None
    True
    """
    found = read_dateline_parts(block, agencies, agencyless=agencyless, lexicon=lexicon)
    return None if found is None else (_built(found[0]), found[1])


def read_dateline_parts(
    block: Block,
    agencies: frozenset[str],
    *,
    agencyless: bool = False,
    lexicon: Lexicon | None = None,
) -> tuple[DatelineParts, int] | None:
    """:func:`read_dateline`, the dateline kept as its parts (:class:`DatelineParts`)."""
    text = block.text
    if not may_open_dateline(text):
        return None  # no separator, bracket or slash where a dateline would have one
    words = _words(lexicon or Lexicon.default())
    first = text[:1]
    # Only a date opens a dateline with anything but a capital, a figure or a bracket (``may 3``):
    # a paragraph opening with a small word that is no month (``date 2025-10-13 ...``) is unread.
    if not (first.isupper() or first.isdigit() or first == "(") and (
        not words.may_be_month(text, 0)
    ):
        return None
    reading = _Reading(text, agencies, words)
    found = reading.read(agencyless)
    if found is None:
        return None
    raw_end, body_start, place, date_text, marks = found
    brackets = (reading.region, reading.country)
    return _parts(block, raw_end, place, date_text, marks, brackets=brackets), body_start


def may_open_dateline(text: str, start: int = 0) -> bool:
    """Whether ``text`` from ``start`` has the separator, bracket or slash a dateline needs near its
    start (one scan in C; False means no reading of the grammar can succeed there)."""
    head = text[start : start + GRAMMAR_REACH + 1]
    if head.isascii():
        # The marks an ASCII opening can hold (— and – are not ASCII), each looked for with ``in``
        # (memchr): less than the class scan, which tests every character in turn (a caption of
        # the lead, with no mark, cost 9K instructions to turn away), or a generator for ``any``.
        return "-" in head or "(" in head or "/" in head or ":" in head or "_" in head
    return _MARK_NEAR.match(text, start) is not None


def dateline_like(
    text: str, agencies: frozenset[str], lexicon: Lexicon | None = None
) -> int | None:
    """Where an opening that looks like a dateline ends, when the grammar did not read one: a
    place in capitals, then a date, a bracket or a separator (``BEIJING, Oct. 32 (Xinhua) --``,
    ``WASHINGTON (AP Photo) —``). None for an opening that does not look like one (``NASA, the
    agency, said ...``).

    >>> dateline_like("BEIJING, Octob 11 (Xinhua) -- Body.", frozenset())
    7
    >>> dateline_like("NASA, the space agency, said on Monday ...", frozenset()) is None
    True
    """
    reach = min(len(text), GRAMMAR_REACH)
    place_end = 0
    for _ in range(4):  # the words of a place in capitals: ``NEW DELHI``
        if place_end >= reach or not text[place_end].isupper():
            break
        end = _word_end(text, place_end)
        if not text[place_end:end].isupper():
            break
        place_end = end
        if not (text.startswith(" ", end) and text[end + 1 : end + 2].isupper()):
            break
        place_end = end + 1
    place_end = len(text[:place_end].rstrip())
    if not _in_capitals(text[:place_end]):
        return None
    # (the lexicon's words and a reading only past that: most paragraphs open with no capitals)
    words = _words(lexicon or Lexicon.default())
    reading = _Reading(text, agencies, words)
    if text[:place_end].split(" ", 1)[0] in words.not_places:
        return None
    after = text[place_end : place_end + 3]
    month = text[place_end + 2 : _letters_end(text, place_end + 2)].lower()
    if after.startswith((" (", "(")) or reading._separator_at(reading._skip_spaces(place_end, 1)):
        return place_end
    if after.startswith(", ") and any(m.startswith(month[:3]) for m in words.months if month):
        return place_end
    return None


class _Reading:
    """One attempt of the grammar on one paragraph (a cursor and what it has read)."""

    __slots__ = (
        "agencies",
        "at",
        "country",
        "date_ends",
        "end",
        "mark_date",
        "region",
        "text",
        "words",
    )

    def __init__(self, text: str, agencies: frozenset[str], words: _Words) -> None:
        self.text = text
        self.agencies = agencies
        self.words = words
        self.end = min(len(text), GRAMMAR_REACH)
        self.at = 0
        #: a date written inside the agency's bracket, after a dash
        self.mark_date: str | None = None
        #: where the date at each position ends (None: no date there), read once: the place's
        #: words ask whether a date starts where :meth:`_date` then reads it (it was read twice)
        self.date_ends: dict[int, int | None] = {}
        #: a region in round brackets and a country in square ones, after the place
        self.region: str | None = None
        self.country: str | None = None

    def read(
        self, agencyless: bool
    ) -> tuple[int, int, str | None, str | None, tuple[str, ...]] | None:
        text = self.text
        if text.startswith("("):
            return self._agency_first()
        byline = self._byline_prefix()
        place_start = self.at
        place: str | None
        date_text: str | None
        date_first = self._date_at(place_start)
        if date_first is not None:  # ``June 3 (UPI) --``: a date and no place
            place, date_text = None, text[place_start:date_first].rstrip(".")
            self.at = date_first
        else:
            place_end = self._place()
            if place_end is None or text[place_end : place_end + 1].isdigit():
                return self._source_chain() if agencyless else None
            place = text[place_start:place_end]
            if place.split(" ", 1)[0].rstrip(",") in self.words.not_places:
                return None
            if place.endswith(".") and self._peek_date(place_end):
                place = place[:-1]  # ``KIEV. May 3``: the full stop ends the place
            date_text = self._date()
        if text.startswith(",", self.at):
            self.at += 1
        marks, known, closed = self._agency_mark()
        dated_mark = date_text is None and self.mark_date is not None
        if dated_mark:
            date_text = self.mark_date
        if byline is not None:
            marks, known = (byline, *(m for m in marks if m != byline)), True
        mark_end = self.at
        separator = self._separator(after_mark=closed)
        raw_end = self.at if separator else mark_end
        body_start = self._skip_spaces(self.at)
        if not marks and separator and place is not None and not date_text:
            # ``Riyadh - SPA``, ``PYONGYANG - KCNA:``: the agency after the separator.
            # A known place word, or a place in capitals with the colon and body after the agency
            # (a headline in capitals may end with its source: ``WHEAT MARKET - USDA``).
            after = self._agency_after(body_start)
            if after is not None and (
                place.lower() in self.words.places or (_in_capitals(place) and after[1] < after[2])
            ):
                name, raw_end, body_start = after
                return raw_end, body_start, place, None, (name,)
        if marks:
            # An unknown mark needs a dash and a dateline's look: a date, a place in capitals, or
            # a sentence after it (``Jakarta (Antara) - Indonesia's ...``); ``Bombay Stock
            # Exchange (BSE) building`` and ``Gould Inc (GLD) - a maker of ...`` are no datelines.
            # A bracket that closes on its own date (``(UrduPoint / WAM - 02nd May, 2021)``) needs
            # no dash: the bracket ends the dateline. (The look is asked only of an unknown mark.)
            if not (
                known
                or (separator and self._marked_look(place, date_text, body_start, lead=agencyless))
                or (dated_mark and place is not None)
            ):
                return None
        elif body_start >= len(text) or place is None:
            return None  # without an agency, a dateline introduces a body in its paragraph
        elif not (agencyless and separator and self._lead_worthy(place, date_text, body_start)):
            return None
        if place is None and date_text is None:
            return None
        return raw_end, body_start, place, date_text, marks

    def _agency_after(self, at: int) -> tuple[str, int, int] | None:
        """One source name after a dateline's separator (``Riyadh - ArabToday``, ``Dubai - WAM:``):
        closing its paragraph, or followed by a colon and the body. The name, where the dateline
        ends and where the body starts; else None."""
        text = self.text
        end = _name_end(text, at)
        if end is None:
            return None
        if end == len(text):
            return text[at:end], end, end
        if text.startswith(":", end):
            return text[at:end], end + 1, self._skip_spaces(end + 1)
        return None

    def _source_chain(self) -> tuple[int, int, str | None, str | None, tuple[str, ...]] | None:
        """``Sharjah24 – WAM: body``: a publisher, a separator and an agency acronym with its colon,
        and no place (tried only where no place reads)."""
        text = self.text
        first = _name_end(text, 0)
        if first is None or text[:first].upper() in self.words.not_places:
            return None
        at = self._skip_spaces(first, most=1)
        separator = self._separator_at(at)
        if separator is None or separator == ":":
            return None
        start = self._skip_spaces(at + len(separator), most=1)
        after = self._agency_after(start)
        if after is None or after[1] == after[2] or not _is_acronym(after[0]):
            return None  # the agency, in capitals, and its colon before the body
        name, raw_end, body_start = after
        if body_start >= len(text):
            return None
        return raw_end, body_start, None, None, (text[:first], name)

    def _agency_first(
        self,
    ) -> tuple[int, int, str | None, str | None, tuple[str, ...]] | None:
        """``(ANSA) - Rome, October 11 -`` and ``(Reuters) —``: a known agency, its dash, then
        perhaps a place and date with their own dash."""
        marks, known, _ = self._agency_mark()
        if not (marks and known) or self._separator(after_mark=False) is None:
            return None
        raw_end = self.at
        place = date_text = None
        rest = _Reading(self.text, self.agencies, self.words)
        rest.at = self._skip_spaces(self.at, most=1)
        place_start = rest.at
        place_end = rest._place() if rest.at < rest.end and self.text[rest.at].isupper() else None
        if place_end is not None:
            date = rest._date()
            if rest._separator(after_mark=False) is not None:
                place, date_text, raw_end = self.text[place_start:place_end], date, rest.at
        return raw_end, self._skip_spaces(raw_end), place, date_text, marks

    def _marked_look(
        self, place: str | None, date_text: str | None, body_start: int, *, lead: bool
    ) -> bool:
        """Whether a dateline with an agency no format knows looks like one: a date or a place in
        capitals; in the story's first paragraph also a sentence after it."""
        if date_text is not None or (place is not None and _in_capitals(place)):
            return True
        body = self.text[body_start:]
        if not lead:
            return False
        return len(body) >= _BODY_MIN and (body[0].isupper() or body[0] in "\"“'‘")

    # -- the parts --------------------------------------------------------------------------

    def _byline_prefix(self) -> str | None:
        """A known agency signing before the place (``By IANS, NEW DELHI ...``): read past it."""
        text = self.text
        if not text.startswith("By "):
            return None
        comma = text.find(", ", 3, 40)
        name = text[3:comma] if comma > 3 else ""
        if name.lower() not in self.agencies:
            return None
        self.at = comma + 2
        return name

    def _place(self) -> int | None:
        """Read the place and its regions; where the place ends (the regions included)."""
        words = 0
        at = self.at
        while words < 6 and at < self.end and self.text[at].isupper():
            if self._date_at(at) is not None:
                break
            at = _word_end(self.text, at)
            words += 1
            nxt = self._next_place_word(at)
            if nxt is None:
                break
            at = nxt
        if words == 0:
            return None
        self.at = at
        for _ in range(2):  # ``, REGION``: ``, Mich.``, ``, British Columbia``, ``, Pakistan``
            region_end = self._region(self.at)
            if region_end is None:
                break
            self.at = region_end
        if (
            self.text.startswith("/", self.at)
            and self.at + 1 < self.end
            and self.text[self.at + 1].isupper()
        ):  # ``SURABAYA, Indonesia/JAKARTA``: a second place after a region
            self.at += 1
            return self._place()
        place_end = self.at
        self._brackets()
        return place_end

    def _brackets(self) -> None:
        """``(Jammu and Kashmir)`` and ``[Lebanon]`` after the place: a region and a country, read
        past (a round bracket only when a comma or the agency's bracket follows it: ``TEHRAN
        (Fars News Agency)-`` is an agency)."""
        text = self.text
        for opener, closer in ((" [", "]"), (" (", ")")):
            if not text.startswith(opener, self.at):
                continue
            start = self.at + 2
            close = text.find(closer, start, self.end)
            inner = text[start:close] if close > start else ""
            if not inner or not inner[0].isupper() or "/" in inner or "(" in inner:
                continue
            if closer == ")" and (
                inner.lower() in self.agencies
                or not text.startswith((", ", " ("), close + 1)
                or inner.count(" ") > 3
            ):
                continue
            if closer == "]":
                self.country = inner
            else:
                self.region = inner
            self.at = close + 1

    def _next_place_word(self, at: int) -> int | None:
        """Where the next word of the place starts (after a space, a joiner or a slash), or None."""
        text = self.text
        if text.startswith("/", at) or text.startswith(" / ", at):
            start = at + (1 if text[at] == "/" else 3)
            return start if start < self.end and text[start].isupper() else None
        if not text.startswith(" ", at) or at + 1 >= self.end:
            return None
        start = at + 1
        if text[start].isupper():
            return (
                None if self._date_at(start) is not None or self._is_agency_word(start) else start
            )
        joiner_end = _lower_end(text, start)
        if (
            text[start:joiner_end] in self.words.joiners
            and text.startswith(" ", joiner_end)
            and joiner_end + 1 < self.end
            and text[joiner_end + 1].isupper()
        ):
            return joiner_end + 1
        return None

    def _region(self, at: int) -> int | None:
        """The end of a region after ``at`` (``, Region`` of one to three words), or None."""
        text = self.text
        if not text.startswith(", ", at) or at + 2 >= self.end or not text[at + 2].isupper():
            return None
        start = at + 2
        if self._date_at(start) is not None or self._is_agency_word(start):
            return None
        end = _word_end(text, start)
        for _ in range(2):
            if not (text.startswith(" ", end) and end + 1 < self.end and text[end + 1].isupper()):
                break
            if self._date_at(end + 1) is not None or self._is_agency_word(end + 1):
                break
            end = _word_end(text, end + 1)
        return end

    def _date(self) -> str | None:
        """A date after the place (``, Feb 26``, `` 11 may``, ``. May 3``), or None."""
        text = self.text
        for lead in (", ", " ", ". "):
            if text.startswith(lead, self.at):
                end = self._date_at(self.at + len(lead))
                if end is not None:
                    start = self.at + len(lead)
                    # a full stop after the date closes it (``June 27. /TASS/.``): read, not kept
                    self.at = end + 1 if text.startswith(". ", end) else end
                    return text[start:end].rstrip(".")
        return None

    def _peek_date(self, at: int) -> bool:
        return self.text.startswith(" ", at) and self._date_at(at + 1) is not None

    def _date_at(self, at: int) -> int | None:
        """The end of ``Month[.] D[D][st][, YYYY]`` or ``D[D] Month[ YYYY]`` at ``at``, or None;
        read once at each position."""
        if at in self.date_ends:
            return self.date_ends[at]
        end = self.date_ends[at] = self._read_date(at)
        return end

    def _read_date(self, at: int) -> int | None:
        text = self.text
        if at < self.end and text[at].isalpha():
            if not self.words.may_be_month(text, at):
                return None
            found = _MONTH_DAY.match(text, at)
        else:
            found = _DAY_MONTH.match(text, at)
        if found is None or found["month"].lower() not in self.words.months:
            return None
        return found.end()

    def _agency_mark(self) -> tuple[tuple[str, ...], bool, bool]:
        """The agencies of ``(X/Y)``, ``/TASS/`` or a bare acronym; whether one is known; whether
        the mark was closed by a bracket or slash."""
        text = self.text
        at = self._skip_spaces(self.at, most=1)
        for opener, closer in (("(", ")"), ("/", "/")):
            if text.startswith(opener, at):
                close = text.find(closer, at + 1, min(len(text), at + 80))
                inner = text[at + 1 : close] if close > at + 1 else ""
                if not inner or "(" in inner or (closer == "/" and " " in inner.strip()):
                    return (), False, False
                # (in C, no generator: the names, stripped, and whether one is known)
                names = tuple(filter(None, map(str.strip, inner.split("/"))))
                if closer == ")" and names and " - " in inner:  # (a date after a dash)
                    names = self._dated_mark(names, close)
                self.at = close + 1
                return names, not self.agencies.isdisjoint(map(str.lower, names)), True
        end = _letters_end(text, at)
        word = text[at:end]
        if (
            end - at in _ACRONYM
            and word.isupper()
            # after a comma (``, IRNA --``), or any known agency (``March 14 AAP -``)
            and (text.startswith(", ", at - 2) or word.lower() in self.agencies)
            and self._separator_at(self._skip_spaces(end, most=1)) is not None
        ):
            self.at = end
            return (word,), word.lower() in self.agencies, False
        return (), False, False

    def _dated_mark(self, names: tuple[str, ...], close: int) -> tuple[str, ...]:
        """The names of a bracket that ends with its date (``(UrduPoint / WAM - 02nd May, 2021)``):
        the date is kept as the mark's (:attr:`mark_date`) and taken off the last name."""
        last = names[-1]
        dash = last.rfind(" - ")
        if dash <= 0:
            return names
        start = self.text.rfind(" - ", 0, close) + 3
        if self._date_at(start) != close:
            return names
        self.mark_date = self.text[start:close]
        return (*names[:-1], last[:dash].strip())

    def _separator(self, *, after_mark: bool) -> str | None:
        at = self._skip_spaces(self.at, most=1)
        found = self._separator_at(at)
        if found is None and after_mark and self.text.startswith(".", at):
            found = "."  # ``/TASS/.``
        if found is not None:
            self.at = at + len(found)
        return found

    def _separator_at(self, at: int) -> str | None:
        text = self.text
        for separator in _SEPARATORS:
            if text.startswith(separator, at):
                after = at + len(separator)
                # a hyphen inside a word is no separator (``SALVADOR-based``)
                if separator == "-" and after < len(text) and text[after].isalnum():
                    continue
                return separator
        return None

    def _lead_worthy(self, place: str, date_text: str | None, body_start: int) -> bool:
        """Whether an agency-less reading is a dateline: a date, a place in capitals or a known place
        word (:attr:`~newsmodel.lexicon.Lexicon.place_words`), then a
        body that is prose (not a headline going on in capitals: ``ECONOMIC SPOTLIGHT - JAPAN'S
        BUDGET``) and, without a date, opens as a sentence does."""
        text = self.text
        body = text[body_start : body_start + _BODY_SAMPLE]
        if not any(c.islower() for c in body):
            return False
        if date_text is not None:
            return True
        return (
            (_in_capitals(place) or place.lower() in self.words.places)
            and not body[:1].islower()
            and len(text) - body_start >= _BODY_MIN
        )

    # -- words ------------------------------------------------------------------------------

    def _is_agency_word(self, at: int) -> bool:
        """A known agency written bare right before a separator (``ROME ANSA -``)."""
        end = _letters_end(self.text, at)
        return self.text[at:end].lower() in self.agencies and (
            self._separator_at(self._skip_spaces(end, most=1)) is not None
        )

    def _skip_spaces(self, at: int, most: int = 3) -> int:
        text = self.text
        while most and at < len(text) and text[at] == " ":
            at += 1
            most -= 1
        return at


def _name_end(text: str, at: int) -> int | None:
    """The end of one source name at ``at`` (``ArabToday``, ``Sharjah24``, ``WAM``): a capital,
    then letters and digits, at most 30 characters; else None."""
    if at >= len(text) or not text[at].isupper():
        return None
    match = _NAME.match(text, at)
    return match.end() if match is not None else None


def _is_acronym(name: str) -> bool:
    return len(name) in _ACRONYM and name.isupper() and name.isalpha()


def _in_capitals(place: str) -> bool:
    """Whether the city of ``place`` is written in capitals (``PYONGYANG``, ``NEW DELHI``)."""
    letters = [c for c in place.split(", ", maxsplit=1)[0] if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


# The grammar's words, each matched where it must start: anchored, over classes that do not
# overlap what follows them, so each runs in time linear in what it reads (and in C).
# A place word: letters, full stops and apostrophes, and hyphens between letters.
_PLACE_WORD = re.compile(r"[^\W\d_][^\W\d_.'’]*+(?:[.'’]++[^\W\d_]*+|-(?=[^\W\d_])[^\W\d_]++)*+")
_LETTERS = re.compile(r"[^\W\d_]*+")
# A source name: letters and digits after a capital (``ArabToday``, ``Sharjah24``).
_NAME = re.compile(r"[^\W_][^\W_]{0,29}+(?![^\W_])")
_LOWER = re.compile(r"[a-zß-öø-ÿ]*+")
# A day of the month: one or two digits (not three), an ordinal suffix kept (``2nd``).
_DAY = r"\d{1,2}+(?!\d)(?:st|nd|rd|th)?"
# A year after a comma or a space: four digits (not five).
_YEAR = r"(?:, | )\d{4}+(?!\d)"
# A date, each order in one match (a call of the engine for each part cost 2.5K instructions):
# ``Month[.] D[D][st][, YYYY]`` and ``D[D] Month[.][ YYYY]``, the month a word of letters (which
# the lexicon's months must hold).
_MONTH_DAY = re.compile(rf"(?P<month>[^\W\d_]*+)\.? {_DAY}(?:{_YEAR})?")
_DAY_MONTH = re.compile(rf"{_DAY} (?P<month>[^\W\d_]*+)\.?(?:{_YEAR})?")


def _word_end(text: str, at: int) -> int:
    """The end of the place word at ``at``: letters, full stops and apostrophes, and hyphens
    between letters (``AL-MUKALLA``, ``ST.``, ``XI'AN``)."""
    match = _PLACE_WORD.match(text, at)
    return match.end() if match is not None else at + 1


def _letters_end(text: str, at: int) -> int:
    match = _LETTERS.match(text, at)
    return match.end() if match is not None else at


def _lower_end(text: str, at: int) -> int:
    match = _LOWER.match(text, at)
    return match.end() if match is not None else at
