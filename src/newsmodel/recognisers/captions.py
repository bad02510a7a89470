"""Photo captions: the credit that ends them, the date and place they state, and repeats.

A caption is a paragraph that ends in a photo credit. The credit grammar is shared by every wire
format: a bracketed or trailing credit is split at slashes into agencies (any name a registered
format signs with), photographers and qualifiers (``File``, ``Pool``, ``via``, ``Handout``).

>>> parse_credit("Photo by Yang Junpeng/Xinhua", frozenset({"xinhua"}))
(('Xinhua',), ('Yang Junpeng',), ())
>>> parse_credit("AP Photo/Evan Vucci, File", frozenset({"ap"}))
(('AP',), ('Evan Vucci',), ('File',))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from .._regex import words_by_initial
from ..lexicon import Lexicon
from ..lexicon.credit_words import COURTESY_MARKERS, PHOTO_MARKERS, PHOTO_SUFFIXES
from ..lexicon.months import MONTHS
from ..models import Credit, Person, PhotoCaption, Span, new_credit, new_photo_caption
from ..text import Block
from .dates import calendar_date

__all__ = [
    "CaptionPart",
    "PhotoIndex",
    "find_credit",
    "group_captions",
    "parse_credit",
    "same_photo",
]


def _alternation(markers: Iterable[str]) -> str:
    """The marker words as one alternation of literals, in their order."""
    return "|".join(re.escape(m) for m in markers)


_QUALIFIER_PREFIX = re.compile(rf"^(?:{_alternation(COURTESY_MARKERS)})\s+", re.IGNORECASE)
# Parts of a credit: ``AGENCY/NAME``, ``NAME / AP / NTB``, ``Name - Anadolu Agency``.
_CREDIT_PARTS = re.compile(r"\s?/\s?|\s[-—]\s")
_MARKER_PREFIX = re.compile(
    rf"^(?:{_alternation(PHOTO_MARKERS)})(?:\s++by)?\s*+(?::\s*+)?", re.IGNORECASE
)
_MARKER_SUFFIX = re.compile(rf"\s+(?:{_alternation(PHOTO_SUFFIXES)})$", re.IGNORECASE)
# Every marker above holds one of these words (those that hold no other): a credit without one
# has no marker to strip.
_MARKER_WORD = re.compile(
    _alternation(m for m in PHOTO_MARKERS if not any(o != m and o in m for o in PHOTO_MARKERS)),
    re.IGNORECASE,
)
# Credits written without brackets at the end of a caption: ``REUTERS/Name[/File Photo]``,
# ``EFE/Name``, ``[Photo by ]Name/AGENCY[ via Getty Images]``, ``PTI Photo``.
_BARE_CREDIT = re.compile(
    r"(?:(?<=\s)|^)(?P<credit>"
    r"[A-Z][A-Za-z]{1,11}(?:-[A-Z]{2,5})?(?:\sPhoto)?/[A-Z][\w.'’\- ]{1,40}(?:/[A-Z][\w ]{1,20})?"
    r"|(?:Photo by\s)?(?:(?:[A-Z][\w'’\-]+|[A-Z]\.)\s){0,3}[A-Z][\w'’\-]+/[A-Z][A-Za-z]+"
    r"(?: via Getty Images)?"
    r"|[A-Z]{2,6} Photo"
    r")\s*$"
)
# How far from the end a bare credit may start.
_BARE_REACH = 120
# How far from the end a bracketed credit may stand (``(AP Photo/X) less``, ``(AP Photo/X)AP2014``).
_LEFTOVER = 10
# A full date: ``Oct. 9, 2025`` or ``9 October 2025``.
# (grouped by first letter: the same matches, and the search before a year tries one group where a
# name may start, not every name: the caption's date in two thirds of the instructions)
_MONTH = words_by_initial(w for group in MONTHS for w in group)
# Its parts are captured: they are all a date needs, so the text is not parsed a second time.
_FULL_DATE = re.compile(
    rf"\b(?:(?P<month>{_MONTH})\.?\s(?P<day>\d{{1,2}}),\s(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s(?P<month2>{_MONTH})\s(?P<year2>\d{{4}}))\b"
)
# Every full date ends in a year: the date is looked for only in the few characters before one.
# (``\d\d{3}`` is ``\d{4}``: a pattern that opens with one class lets the engine skip to digits
# at C speed, where a repeat first makes it try a match at every character.)
_YEAR = re.compile(r"\d\d{3}\b")
# ... and in ASCII text, where a digit is one of ten: the range is tested in the engine's own loop,
# where ``\d`` asks the Unicode database of each character (the caption's scan took five times as long).
_ASCII_YEAR = re.compile(r"[0-9][0-9]{3}\b")
_BEFORE_YEAR = 20  # ``September 12, `` is 14 characters, ``12 settembre `` 13
# Xinhua's locator before a province: ``east China's Zhejiang Province``.
_LOCATOR = re.compile(
    r"\b(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?\s)?"
    r"China's\s"
)
# (A literal space first, as normalised text allows, makes the scan fast: the engine jumps from
# space to space; the look-behind then checks the stop before it.)
_SENTENCE_END = re.compile(r" (?<=[.!?] ) *(?=[A-Z\"“])")
_KEY = re.compile(r"\W+")
# The ASCII characters that are not word characters: deleted from an ASCII caption's bytes, they
# leave its key (the pattern, which tests each character's Unicode category, took ten times longer).
_ASCII_NOT_WORD = bytes(b for b in range(0x80) if _KEY.match(chr(b)) is not None)
_TRUNCATION = re.compile(r"(?:\.\.\.|…)\s*+(?:more\s*+)?$", re.IGNORECASE)


def parse_credit(
    inner: str, agencies: frozenset[str], lexicon: Lexicon | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """Agencies, photographers and qualifiers of a credit's text, or None if it names no agency.

    ``agencies`` holds the known agency names in lower case; ``lexicon`` the qualifiers
    (:attr:`~newsmodel.lexicon.Lexicon.credit_qualifiers`), the default lexicon's unless a format
    extends it.
    """
    qualifier_of = (lexicon or Lexicon.default()).credit_qualifiers
    found: list[str] = []
    photographers: list[str] = []
    qualifiers: list[str] = []
    for piece in _credit_pieces(inner):
        part = piece.strip()
        if not part:
            continue
        if " via " in part:
            before, _, after = part.partition(" via ")
            names = [before, after]
            if all(n.lower() in agencies for n in names):
                found += names
                qualifiers.append("via")
                continue
        lower = part.lower()  # (lowered once: a space lowers to itself, so its words are these)
        if lower in agencies:
            found.append(part)
            continue
        # ``Xinhua file photo``, ``Reuters pool photo``: the agency, then a qualifier word.
        head, _, last = lower.rpartition(" ")
        if last in qualifier_of and head in agencies:
            found.append(part.rpartition(" ")[0])
            qualifiers.append(qualifier_of[last])
            continue
        if lower in qualifier_of:
            qualifiers.append(qualifier_of[lower])
            continue
        courtesy = _QUALIFIER_PREFIX.match(part)
        if courtesy:
            qualifiers.append("courtesy of")
            part = part[courtesy.end() :]
        for item in part.split(", "):
            name = item.strip()
            if name.lower() in qualifier_of:
                qualifiers.append(qualifier_of[name.lower()])
            elif name:
                photographers.append(name)
    if not found:
        return None
    return tuple(found), tuple(photographers), tuple(qualifiers)


def _credit_pieces(inner: str) -> list[str]:
    """The parts of a credit between its slashes and dashes, marker words (``Photo by``) removed."""
    inner = inner.strip()
    if _MARKER_WORD.search(inner) is None:  # most credits: no marker to strip
        return _CREDIT_PARTS.split(inner)
    return [
        _MARKER_SUFFIX.sub("", _MARKER_PREFIX.sub("", piece))
        for piece in _CREDIT_PARTS.split(_MARKER_PREFIX.sub("", inner))
    ]


def find_credit(
    block: Block,
    agencies: frozenset[str],
    patterns: Sequence[re.Pattern[str]] = (),
    lexicon: Lexicon | None = None,
) -> tuple[Credit, int] | None:
    """The credit that ends ``block`` and where the caption text before it ends, or None.

    ``patterns`` are the wire format's own credit forms (see ``WireFormat.credits``); ``lexicon``
    gives the qualifiers (:func:`parse_credit`). A short
    word glued after a bracketed credit by a web page (``(AP Photo/X) less``) stays in the caption.
    """
    text = block.text.rstrip(". ")
    # Most paragraphs have no bracket, slash or ``Photo`` near the end: no shared form to try;
    # and most formats have no form of their own. What _bracketed and _bare need near the end
    # (every bare credit has a slash or ``Photo``), checked at once and inline (every paragraph of
    # a story is asked: a call for the test cost a twentieth of a plain paragraph's).
    tail = text[-_BARE_REACH:]
    end = tail[-_LEFTOVER:]
    if "/" in tail or "Photo" in tail or ")" in end or "]" in end:
        found = _bracketed(text) or _bare(text) or _own(text, patterns)
    elif patterns:
        found = _own(text, patterns)
    else:
        return None
    if found is None:
        return None
    lo, hi, inner = found
    parts = parse_credit(inner, agencies, lexicon)
    if parts is None:
        return None
    names, photographers, qualifiers = parts
    span = block.span(lo, hi)
    credit = new_credit(
        raw=block.source[span.start : span.end],
        span=span,
        agencies=names,
        photographers=photographers,
        qualifiers=qualifiers,
    )
    return credit, lo


def _bracketed(text: str) -> tuple[int, int, str] | None:
    """``(Xinhua/Jiang Han)`` or ``[Photo/Xinhua]`` at the end, maybe before a short web leftover."""
    close = max(text.rfind(")", len(text) - _LEFTOVER), text.rfind("]", len(text) - _LEFTOVER))
    if close < 0 or (close < len(text) - 1 and " " in text[close + 1 :].strip()):
        return None
    opener = "(" if text[close] == ")" else "["
    lo = text.rfind(opener, 0, close)
    if lo <= 0:
        return None
    return lo, close + 1, text[lo + 1 : close]


def _bare(text: str) -> tuple[int, int, str] | None:
    """``REUTERS/Kevin Lamarque``, ``Photo by Kyle Benton/UPI``, ``PTI Photo`` at the end."""
    match = _BARE_CREDIT.search(text, max(0, len(text) - _BARE_REACH))
    if match is None or match.start() == 0:
        return None
    return match.start("credit"), match.end("credit"), match["credit"]


def _own(text: str, patterns: Sequence[re.Pattern[str]]) -> tuple[int, int, str] | None:
    for pattern in patterns:
        match = pattern.search(text, max(0, len(text) - 160))
        if match is not None and match.start() > 0:
            return match.start(), match.end(), match["credit"]
    return None


class CaptionPart:
    """A caption paragraph as found: its block, its text without the credit, the credit."""

    __slots__ = ("block", "credit", "text")

    def __init__(self, block: Block, text: str, credit: Credit | None) -> None:
        self.block = block
        self.text = text
        self.credit = credit


def _key(text: str) -> str:
    end = text.rstrip()[-4:]
    if end.endswith(("...", "…")) or end.lower() == "more":
        text = _TRUNCATION.sub("", text)
    if text.isascii():
        return text.encode("ascii").translate(None, _ASCII_NOT_WORD).decode("ascii").lower()
    return _KEY.sub("", text).lower()


def same_photo(a: str, b: str) -> bool:
    """Whether two caption texts show one photo: equal but for spacing, or one cut short."""
    return _same_key(_key(a), _key(b))


# A truncated copy keeps at least this many characters of its caption's key (else it is no copy).
_KEPT = 40
# How many earlier photos that open alike a caption is compared with to find the one it copies:
# more than any real story holds, and a bound on the work a story of thousands of captions costs.
_CANDIDATES = 32


def _same_key(a: str, b: str) -> bool:
    """Equal, or one a truncated copy of the other (long enough to be sure)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= _KEPT and long.startswith(short)


class PhotoIndex:
    """The captions seen so far, each found again in bounded time: as written, with other spacing,
    or cut short (:func:`same_photo`).

    >>> seen = PhotoIndex()
    >>> seen.add("Chinese Vice Premier Zhang Guoqing inspects a shipyard in Zhoushan City.")
    >>> "Chinese Vice Premier Zhang Guoqing inspects a ship..." in seen
    True
    >>> "A worker repairs a crane." in seen
    False
    """

    __slots__ = ("_keys", "_opening")

    def __init__(self) -> None:
        self._keys: set[str] = set()
        self._opening: dict[str, list[str]] = {}  # keys by their first characters

    def add(self, text: str) -> None:
        key = _key(text)
        if key not in self._keys:
            self._keys.add(key)
            if len(key) >= _KEPT:
                self._opening.setdefault(key[:_KEPT], []).append(key)

    def __contains__(self, text: object) -> bool:
        if not isinstance(text, str):
            return False
        key = _key(text)
        if key in self._keys:
            return True
        alike = self._opening.get(key[:_KEPT], ()) if len(key) >= _KEPT else ()
        return any(_same_key(key, other) for other in alike[:_CANDIDATES])


def group_captions(
    parts: Sequence[CaptionPart], *, people: Sequence[Person] = ()
) -> list[PhotoCaption]:
    """One :class:`PhotoCaption` per photo: repeats merged, shared sentences told apart.

    ``people`` are the story's people (``Article.people``): each photo refers to those its caption
    mentions by their index there.
    """
    groups: list[tuple[str, list[CaptionPart]]] = []
    # Keys are compared only between different texts (a repeat as written needs none), each
    # text keyed once. A caption can only join a photo whose key it equals (short keys) or whose
    # key opens as its own does (a truncated copy keeps the first _KEPT characters): only those
    # photos, at most _CANDIDATES of them, are compared.
    distinct = {p.text for p in parts}
    keys = {text: _key(text) for text in distinct} if len(distinct) > 1 else {}
    alike: dict[str, list[int]] = {}  # photos by their key (short) or its opening (long)
    for part in parts:
        key = keys.get(part.text, "")
        bucket = alike.setdefault(key[:_KEPT], [])
        for index in bucket[:_CANDIDATES]:
            known, members = groups[index]
            if _same_key(known, key) and _same_credit(members[0].credit, part.credit):
                members.append(part)
                if len(key) > len(known):
                    groups[index] = (key, members)
                break
        else:
            bucket.append(len(groups))
            groups.append((key, [part]))
    texts = [
        members[0].text if len(members) == 1 else max((m.text for m in members), key=len)
        for _, members in groups
    ]
    leads = _shared_leads(texts)
    sentences = [_SENTENCE_END.split(text) for text in texts]
    # The sentences more than one photo's caption holds (none where the story has one photo).
    repeated: set[str] = set()
    if len(sentences) > 1:
        counts: dict[str, int] = {}
        for own in sentences:
            for sentence in set(own):
                counts[sentence] = counts.get(sentence, 0) + 1
        repeated = {sentence for sentence, count in counts.items() if count > 1}
    photos = []
    for index, ((_, members), own) in enumerate(zip(groups, sentences, strict=False)):
        first = members[0]
        lead = leads[index]
        if lead or repeated:
            shared = tuple(dict.fromkeys((*lead, *(s for s in own if s in repeated))))
            description = " ".join(s for s in own if s not in repeated) or None
        else:  # (the usual story: no caption shares a sentence with another)
            shared = ()
            description = " ".join(own) or None
        date_text, date, place = _date_and_place(first.text)
        occurrences = tuple([m.block.span() for m in members])
        photos.append(
            new_photo_caption(
                text=first.text,
                occurrences=occurrences,
                credit=first.credit,
                description=description,
                shared=shared,
                date_text=date_text,
                date=date,
                place=place,
                people=_mentioned(people, occurrences),
            )
        )
    return photos


def _mentioned(people: Sequence[Person], occurrences: tuple[Span, ...]) -> tuple[int, ...]:
    """The people mentioned inside any of a photo's occurrences, by their index in ``people``."""
    # (plain loops: a generator for each person cost more than the tests)
    found = []
    for index, person in enumerate(people):
        for mention in person.mentions:
            start = mention.span.start
            for occurrence in occurrences:
                if occurrence.start <= start < occurrence.end:
                    break
            else:
                continue
            found.append(index)
            break
    return tuple(found)


def _shared_leads(texts: Sequence[str]) -> list[tuple[str, ...]]:
    """For each caption, the opening clause it shares with the first other caption that shares
    one (none or one).

    Two captions share a clause exactly when they agree up to and including the caption's first
    comma at or after :data:`_LEAD_MIN`: captions are grouped by that opening, so each is compared
    with one other, not with all.
    """
    if len(texts) < 2:  # (the usual story: one photo, which shares with none)
        return [()] * len(texts)
    by_opening: dict[str, list[int]] = {}
    openings: list[str | None] = []
    for index, text in enumerate(texts):
        comma = text.find(",", _LEAD_MIN)
        opening = text[: comma + 1] if comma >= 0 else None
        openings.append(opening)
        if opening is not None:
            by_opening.setdefault(opening, []).append(index)
    leads: list[tuple[str, ...]] = []
    for index, opening in enumerate(openings):
        mates = by_opening.get(opening, []) if opening is not None else []
        other = next((i for i in mates[:2] if i != index), None)
        leads.append(() if other is None else (_shared_lead(texts[index], texts[other]),))
    return leads


# A shared opening clause is at least this long (shorter ones are names and places, not context).
_LEAD_MIN = 20


def _shared_lead(a: str, b: str) -> str:
    """The opening clause two captions share (``Chinese Vice Premier X, also a member of ...``)."""
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    cut = a.rfind(",", 0, length)
    return a[:cut] if cut >= _LEAD_MIN else ""


def _same_credit(a: Credit | None, b: Credit | None) -> bool:
    """Credits agree, or one copy lost its credit (a truncated copy keeps none)."""
    if a is None or b is None:
        return True
    return a.agencies == b.agencies and a.photographers == b.photographers


def _date_and_place(text: str) -> tuple[str | None, dt.date | None, str | None]:
    """The full date a caption states (``Oct. 9, 2025``) and the place just before it."""
    match = _full_date(text)
    if match is None:
        return None, None, None
    date_text = match.group()
    date = _date_of(match)
    if date is None:
        return date_text, None, None
    before = text[: match.start()].rstrip(" ,")
    place = None
    cut = before.rfind(" in ")
    if cut >= 0:
        candidate = before[cut + 4 :]
        if "China's" in candidate:  # the locator's one literal: most places need no regex
            candidate = _without_locator(candidate)
        candidate = candidate.strip()
        if candidate[:1].isupper() and len(candidate) <= 80:
            place = candidate
    return date_text, date, place


def _without_locator(place: str) -> str:
    """``place`` without Xinhua's locators (``_LOCATOR.sub``): the first found by a search, the
    rest only where the place holds a second ``China's`` (a substitution cost a third more than
    the search and the slices of a place with one)."""
    match = _LOCATOR.search(place)
    if match is None:
        return place
    rest = place[match.end() :]  # (after a space: ``\b`` reads the same at its start)
    return place[: match.start()] + (_LOCATOR.sub("", rest) if "China's" in rest else rest)


def _full_date(text: str) -> re.Match[str] | None:
    """The first full date in ``text``, looked for just before each year."""
    for year in (_ASCII_YEAR if text.isascii() else _YEAR).finditer(text):
        found = _FULL_DATE.search(text, max(0, year.start() - _BEFORE_YEAR), year.end())
        if found is not None:
            return found
    return None


def _date_of(match: re.Match[str]) -> dt.date | None:
    """The calendar date of a :data:`_FULL_DATE` match, or None if there is no such day."""
    return calendar_date(
        match["month"] or match["month2"],
        match["day"] or match["day2"],
        match["year"] or match["year2"],
    )
