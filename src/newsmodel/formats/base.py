"""What a wire format is: the data (and the few hooks) that describe one agency's copy.

A :class:`WireFormat` is mostly data: names, compiled patterns and word lists. The recognisers
(:mod:`newsmodel.recognisers.datelines`, :mod:`newsmodel.recognisers.captions`, ...) read that data; they never import a
format module. To add an agency, build one ``WireFormat`` in a module of its own, usually with
:func:`dateline_pattern` for its datelines, and register it (see :mod:`newsmodel.formats.registry`).

Dateline patterns are matched at the start of a normalised paragraph (see :mod:`newsmodel.text`:
``--`` and spaced en dashes are already em dashes there) and use these named groups:

``place``
    the place as written, possibly several (``SURABAYA, Indonesia/JAKARTA``); optional.
``date``
    the date as written (``Oct. 11``, ``11 may``); optional.
``agencies``
    the source inside the brackets or slashes (``Xinhua/Reuters``); optional.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

from attrs import Attribute, field, frozen

from .._regex import words, words_by_initial
from ..exceptions import PluginError
from ..lexicon import LexiconAdditions
from ..lexicon.dateline_words import PLACE_JOINERS
from ..lexicon.months import MONTHS

__all__ = [
    "BRACKET_NEAR",
    "DATE",
    "DAY_MONTH",
    "MONTH_DAY",
    "PLACE",
    "REGION",
    "REQUIRED_GROUPS",
    "SEPARATOR",
    "WireFormat",
    "dateline_pattern",
    "words",
]


# Month words in any case (``JUL``, ``may``, ``MAG``), as wire services write them. The engine has
# no quick first-letter test for a case-blind alternative: the look-ahead for the months' first
# letters and the grouping spare a word that is no month from trying every spelling.
_MONTH_WORDS = [w for group in MONTHS for w in group]
_MONTH_INITIALS = "".join(sorted({w[0].lower() for w in _MONTH_WORDS}))
_MONTH = rf"(?i:(?=[{_MONTH_INITIALS}])(?:{words_by_initial(_MONTH_WORDS, ignore_case=True)}))\.?"
#: ``Oct. 11``, ``Aug 10``, ``June 27.``, ``Feb. 1, 2017``, ``JUL 11``
MONTH_DAY = rf"{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
#: ``11 may``, ``16 MAG``, ``9 October 2025``
DAY_MONTH = rf"\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
DATE = rf"(?:{MONTH_DAY}|{DAY_MONTH})"
# One word of a place: upper case (WASHINGTON, ST., N.Y., D'ARCY) or title case (Baku, New, Rio).
# Its letters, full stops and apostrophes are taken whole (possessively), and a hyphen joins parts
# (``AL-MUKALLA``, ``Petropavlovsk-Kamchatsky``): a word ends only where its characters do, so
# the engine never tries to cut a word in two.
_PLACE_WORD = r"[A-Z][A-Za-zà-ÿ.'’]*+(?:-[A-Za-zà-ÿ][A-Za-zà-ÿ.'’]*+)*+"
_PLACE_JOINER = rf"(?:{words(PLACE_JOINERS)})"  # ``Rio de Janeiro``
_CITY = rf"{_PLACE_WORD}(?:\s(?:{_PLACE_JOINER}\s)?{_PLACE_WORD}){{0,4}}"
#: a region or country after the city (``S.C.``, ``Calif.``, ``Ohio``, ``South Dakota``, ``Indonesia``)
REGION = r"(?:[A-Z][A-Za-z]*+\.(?:[A-Z][a-z]*+\.)*+|[A-Z][a-z]++(?:\s[A-Z][a-z]++){0,2})"
#: one to four places, each with an optional region (``SURABAYA, Indonesia/JAKARTA``)
PLACE = rf"{_CITY}(?:,\s{REGION})?(?:\s?/\s?{_CITY}(?:,\s{REGION})?){{0,3}}"
#: the dash after a dateline, in the normalised text (``--`` is already ``—``); ``_`` is ANPA's.
SEPARATOR = r"[—–\-_]"
#: a look-ahead for a dateline's opening bracket within its first 200 characters; a paragraph
#: without one (a caption, a date line) is turned away at once, before its capitalised words are
#: tried as a place.
BRACKET_NEAR = r"(?=[^(]{0,200}+\()"


def dateline_pattern(
    agencies: Iterable[str],
    *,
    date: bool = True,
    place: bool = True,
    separator: str = SEPARATOR,
    separator_required: bool = False,
) -> re.Pattern[str]:
    """The common dateline: ``PLACE[, REGION][, DATE][,] (AGENCY[/AGENCY]) SEP``.

    ``agencies`` are the names that may stand in the brackets (one of them must); other names may
    join them with a slash (``Xinhua/Reuters``, ``tca/dpa``). ``place=False`` allows a dateline with no
    place (``(Reuters) —``); ``date=False`` forbids a date; the separator is optional unless
    ``separator_required``. The bracket must open within the first 200 characters
    (:data:`BRACKET_NEAR`).
    """
    names = words(agencies)
    other = r"[A-Za-z][\w.&'\-]*+(?:\s[A-Z][\w.&'\-]*+)?"
    # At most three names on either side: a bounded number of places where the agency may stand.
    source = rf"(?:(?:{other})/){{0,3}}(?:{names})(?:/(?:{other})){{0,3}}"
    # Only a comma, a space or the bracket follows the place: the look-ahead says so at once, so
    # shorter readings of a run of capitalised words fail before the date and bracket are tried.
    place_part = rf"(?P<place>{PLACE}(?=[,\s(]))" + ("" if place else "?")
    date_part = rf"(?:,?\s(?P<date>{DATE}))?" if date else ""
    sep = rf"\s?(?P<sep>{separator})" + ("" if separator_required else "?")
    return re.compile(
        rf"{BRACKET_NEAR}{place_part}{date_part},?\s?\((?P<agencies>{source})\){sep}\s?"
    )


# A format's name: the registry key, and the folder of its golden stories.
_NAME = re.compile(r"[a-z][a-z0-9_\-]*")

#: The named groups the recognisers read from a format's patterns; for each field, the groups one
#: of which every pattern in it must have.
REQUIRED_GROUPS: dict[str, tuple[str, ...]] = {
    # the end of the dateline (newsmodel.recognisers.datelines): after the separator, else after the agency's
    # bracket; a pattern without ``agencies`` needs a ``sep`` that every match contains
    "datelines": ("agencies", "sep"),
    # the people who wrote the story (newsmodel.pipeline)
    "bylines": ("names",),
    # the credit itself, without what surrounds it (newsmodel.recognisers.captions)
    "credits": ("credit",),
}


def _tuple(value: object) -> object:
    """Converter: any iterable (a list from JSON, say) becomes a tuple; a lone string or pattern
    (a likely slip for a tuple of one) and anything that is no iterable are left for the
    validators to refuse."""
    if isinstance(value, str | bytes | re.Pattern) or not isinstance(value, Iterable):
        return value
    return tuple(value)


def _refuse(fmt: WireFormat, problem: str) -> NoReturn:
    raise PluginError(fmt.name, problem)


def _shown(value: object) -> str:
    shown = repr(value)
    return f"{type(value).__name__} {shown[:60] + '...' if len(shown) > 60 else shown}"


def _text(fmt: WireFormat, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        _refuse(fmt, f"{attribute.name}: expected a non-empty str, got {_shown(value)}")


def _texts(fmt: WireFormat, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        _refuse(fmt, f"{attribute.name}: expected a tuple of str, got {_shown(value)}")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            _refuse(fmt, f"{attribute.name}[{index}]: expected a non-empty str, got {_shown(item)}")


def _pattern(fmt: WireFormat, where: str, value: object) -> None:
    if not isinstance(value, re.Pattern) or not isinstance(value.pattern, str):
        _refuse(fmt, f"{where}: expected a compiled str pattern (re.compile), got {_shown(value)}")


def _one_pattern(fmt: WireFormat, attribute: Attribute[Any], value: object) -> None:
    _pattern(fmt, attribute.name, value)


def _patterns(fmt: WireFormat, attribute: Attribute[Any], value: object) -> None:
    name = attribute.name
    if not isinstance(value, tuple):
        _refuse(fmt, f"{name}: expected a tuple of compiled patterns, got {_shown(value)}")
    groups = REQUIRED_GROUPS.get(name, ())
    for index, pattern in enumerate(value):
        _pattern(fmt, f"{name}[{index}]", pattern)
        if groups and not any(group in pattern.groupindex for group in groups):
            wanted = " or ".join(f"(?P<{group}>...)" for group in groups)
            _refuse(
                fmt,
                f"{name}[{index}]: the pattern {pattern.pattern[:60]!r} has no "
                f"{' or '.join(map(repr, groups))} group, which the recognisers read: add {wanted}",
            )


def _flag(fmt: WireFormat, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        _refuse(fmt, f"{attribute.name}: expected True or False, got {_shown(value)}")


def _number(fmt: WireFormat, attribute: Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        _refuse(fmt, f"{attribute.name}: expected an int, got {_shown(value)}")


def _hook(fmt: WireFormat, attribute: Attribute[Any], value: object) -> None:
    if value is not None and not callable(value):
        _refuse(fmt, f"{attribute.name}: expected a function (text) -> float, got {_shown(value)}")


def _additions(fmt: WireFormat, attribute: Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, LexiconAdditions):
        _refuse(fmt, f"{attribute.name}: expected LexiconAdditions, got {_shown(value)}")


@frozen(kw_only=True)
class WireFormat:
    """One wire service's conventions, as data plus optional hooks.

    Attributes:
        name: the registry key (lower case, ``xinhua``); golden stories live in ``tests/golden/<name>``.
        label: the agency's name for people (``Xinhua``).
        agencies: names and aliases the agency signs with (``Xinhua``, ``XINHUA``).
        signature: a pattern whose presence near the top of a story marks this format; the default
            detection score is derived from where it first matches. It is only tried when one of
            the format's :attr:`keywords` occurs near the top, so every match must contain one.
        datelines: the hook for a dateline shape the grammar
            (:func:`newsmodel.recognisers.datelines.read_dateline`) lacks: patterns tried in order
            at the start of a paragraph when the grammar finds no dateline in the story's lead
            (:func:`dateline_pattern` builds the common one). The built-in formats need none:
            they contribute their agency names, and the grammar does the rest.
        photo_agencies: further names that appear only in this agency's photo credits (``VCG``).
        marks: patterns of whole paragraphs that are wire marks (``(LEAD)``, ``REFILE``).
        bylines: patterns of byline paragraphs with a ``names`` group (``By Yoo Jee-ho``).
        sign_offs: patterns of whole paragraphs that end a story (``Enditem``, ``-- BERNAMA``).
        day_first: whether numeric dates are day first (``06/08/2019`` = 6 August at Bernama).
        credits: patterns of credits peculiar to this agency, matched at the end of a caption, with
            a ``credit`` group (``--fotoBERNAMA``); bracketed ``(AGENCY/NAME)`` and trailing
            ``AGENCY/NAME`` credits are understood for every agency without one.
        captions: patterns of whole paragraphs above the dateline that are captions without a
            credit (Reuters galleries: ``1 of 18. A worker ...``).
        example: a typical dateline, shown by ``newsmodel formats``.
        priority: breaks ties between equal detection scores; higher wins.
        score: a hook ``(text) -> float`` replacing the default detection score.
        lexicon: words this agency adds to the default lexicon (its honorifics, a police rank it
            uses): the pipeline reads its stories with the default lexicon extended by them.

    The contract is checked when a format is built: a field of the wrong type, or a pattern without
    a named group the recognisers read (:data:`REQUIRED_GROUPS`), is a
    :class:`~newsmodel.exceptions.PluginError` naming the format and the field.
    """

    name: str = field()
    label: str = field(validator=_text)
    agencies: tuple[str, ...] = field(converter=_tuple, validator=_texts)
    signature: re.Pattern[str] = field(validator=_one_pattern)
    example: str = field(validator=_text)
    datelines: tuple[re.Pattern[str], ...] = field(
        default=(), converter=_tuple, validator=_patterns
    )
    photo_agencies: tuple[str, ...] = field(default=(), converter=_tuple, validator=_texts)
    marks: tuple[re.Pattern[str], ...] = field(default=(), converter=_tuple, validator=_patterns)
    bylines: tuple[re.Pattern[str], ...] = field(default=(), converter=_tuple, validator=_patterns)
    sign_offs: tuple[re.Pattern[str], ...] = field(
        default=(), converter=_tuple, validator=_patterns
    )
    credits: tuple[re.Pattern[str], ...] = field(default=(), converter=_tuple, validator=_patterns)
    captions: tuple[re.Pattern[str], ...] = field(default=(), converter=_tuple, validator=_patterns)
    day_first: bool = field(default=False, validator=_flag)
    priority: int = field(default=0, validator=_number)
    score: Callable[[str], float] | None = field(default=None, validator=_hook)
    lexicon: LexiconAdditions | None = field(default=None, validator=_additions)

    @name.validator
    def _check_name(self, _: object, value: str) -> None:
        if not isinstance(value, str) or not _NAME.fullmatch(value):
            raise PluginError(
                str(value), f"name must be a lower-case identifier like 'xinhua', got {value!r}"
            )

    @property
    def keywords(self) -> tuple[str, ...]:
        """Names one of which a story must contain for the signature to be tried."""
        return (self.label, *self.agencies, *self.photo_agencies)

    def detection_score(self, text: str) -> float:
        """How sure this format is that it wrote ``text``: 0 (not at all) to 1."""
        if self.score is not None:
            return self.score(text)
        head = text[:DETECTION_WINDOW]
        if not any(word in head for word in self.keywords):
            return 0.0
        return signature_score(self.signature, text)


#: How much of a story's start the default detection looks at.
DETECTION_WINDOW = 3000


def signature_score(signature: re.Pattern[str], text: str) -> float:
    """1.0 for a signature at the very start, falling to 0.5 at the end of the window; else 0."""
    match = signature.search(text, 0, DETECTION_WINDOW)
    if match is None:
        return 0.0
    return 1.0 - match.start() / (2 * DETECTION_WINDOW)
