"""The typed model of a news story: data only, validated on construction.

Every class is a frozen, slotted attrs class with keyword-only fields. Nothing here parses text or
knows about JSON: recognisers build these objects, :mod:`newsmodel.serialization` turns them into
JSON and back. An impossible object cannot exist: each rule below raises
:class:`~newsmodel.exceptions.ValidationError` naming the field, what was expected and what came.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
from attrs import field, frozen

from .exceptions import ValidationError

__all__ = [
    "Article",
    "Byline",
    "Credit",
    "DateRange",
    "Dateline",
    "Diagnostic",
    "Mention",
    "NameOrder",
    "Paragraph",
    "Person",
    "PhotoCaption",
    "Segment",
    "SegmentKind",
    "Span",
    "TimeExpression",
    "Title",
]

_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _as_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: any iterable (a list from JSON, say) becomes a tuple."""
    return tuple(value)


def _where(instance: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def _text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A string with at least one non-blank character."""
    if not isinstance(value, str) or not value or value.isspace():  # (isspace copies nothing)
        raise ValidationError(_where(instance, attribute), "a non-blank string", value)


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _text(instance, attribute, value)


def _texts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A tuple of non-blank strings."""
    items: tuple[object, ...] = value  # type: ignore[assignment]
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item or item.isspace():
            raise ValidationError(
                f"{_where(instance, attribute)}[{index}]", "a non-blank string", item
            )


def _of(kind: type) -> _Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise ValidationError(_where(instance, attribute), kind.__name__, value)

    return check


def _optional_of(kind: type) -> _Validator:
    check = _of(kind)

    def optional(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check(instance, attribute, value)

    return optional


def _all_of(kind: type) -> _Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        items: tuple[object, ...] = value  # type: ignore[assignment]
        for index, item in enumerate(items):
            if not isinstance(item, kind):
                raise ValidationError(
                    f"{_where(instance, attribute)}[{index}]", kind.__name__, item
                )

    return check


def _a_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A calendar date (not a datetime)."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(_where(instance, attribute), "a date (YYYY-MM-DD)", value)


def _optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _a_date(instance, attribute, value)


def _non_empty(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]
) -> None:
    if not value:
        raise ValidationError(_where(instance, attribute), "at least one item", value)


def _count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValidationError(_where(instance, attribute), "a whole number >= 0", value)


@frozen(kw_only=True)
class Span:
    """Where a part stands in the source text: ``text[start:end]``."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check for both fields: spans are the most numerous objects of an article.
        start, end = self.start, self.end
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return
        for name, value in (("start", start), ("end", end)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValidationError(f"Span.{name}", "a whole number >= 0", value)
        raise ValidationError("Span.end", f"an offset >= start ({start})", end)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]


class SegmentKind(str, enum.Enum):
    """What a stretch of the source text was recognised as."""

    HEADER = "header"  #: a scraper header line with date and headline
    DATE_LINE = "date-line"  #: the publication date on a line of its own
    HEADLINE = "headline"  #: a headline line
    BYLINE = "byline"  #: ``By NAME``
    MARK = "mark"  #: wire marks such as ``(LEAD)`` or ``REFILE``
    FURNITURE = "furniture"  #: page furniture: subheads, labels, gallery controls
    CAPTION = "caption"  #: a photo caption with its credit
    DATELINE = "dateline"  #: ``PLACE, DATE (AGENCY) --``
    BODY = "body"  #: a body paragraph (after the dateline, if any)
    SIGN_OFF = "sign-off"  #: ``Enditem``, ``Reuter``, ``-- BERNAMA``
    UNPARSED = "unparsed"  #: text no recogniser claimed; see the diagnostics


@frozen(kw_only=True)
class Segment:
    """One recognised stretch of the source; an article's segments cover every non-blank character."""

    kind: SegmentKind = field(validator=_of(SegmentKind))
    span: Span = field(validator=_of(Span))


@frozen(kw_only=True)
class Diagnostic:
    """Something the parser noticed and could not settle: where (span, line, column) and what."""

    code: str = field(validator=_text)
    message: str = field(validator=_text)
    span: Span = field(validator=_of(Span))
    line: int = field(validator=_count)
    column: int = field(validator=_count)


@frozen(kw_only=True)
class Paragraph:
    """A paragraph of text, whitespace and dashes normalised, with its span in the source."""

    text: str = field(validator=_text)
    span: Span = field(validator=_of(Span))


@frozen(kw_only=True)
class Byline:
    """``By NAME`` above a story: the raw line and the names it gives."""

    raw: str = field(validator=_text)
    names: tuple[str, ...] = field(converter=_as_tuple, validator=_texts)
    span: Span = field(validator=_of(Span))


@frozen(kw_only=True)
class Dateline:
    """``HANGZHOU, Oct. 11 (Xinhua) --``: where and when the story was filed, and by whom.

    ``place`` is as written (``COLUMBIA, S.C.``), ``normalized_place`` in title case (``Columbia, S.C.``),
    ``places`` lists each city of a compound dateline (``Ahmedabad/New Delhi``). ``date`` is
    ``date_text`` resolved to a calendar date; ``date_resolution`` says how the year was found.
    """

    raw: str = field(validator=_text)
    span: Span = field(validator=_of(Span))
    place: str | None = field(default=None, validator=_optional_text)
    normalized_place: str | None = field(default=None, validator=_optional_text)
    places: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)
    region: str | None = field(default=None, validator=_optional_text)
    date_text: str | None = field(default=None, validator=_optional_text)
    date: dt.date | None = field(default=None, validator=_optional_date)
    date_resolution: str | None = field(default=None, validator=_optional_text)
    agencies: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)

    def __attrs_post_init__(self) -> None:
        if self.date is not None and self.date_text is None:
            raise ValidationError(
                "Dateline.date_text", "the date as written when date is set", None
            )


@frozen(kw_only=True)
class Credit:
    """A photo credit as the agency writes it: ``Xinhua/Jiang Han``, ``AP Photo/Evan Vucci, File``.

    ``agencies`` has at least one entry (the first is :attr:`agency`); ``photographers`` may be empty
    (``[Photo/Xinhua]``); ``qualifiers`` keeps words such as ``File``, ``Pool``, ``via``, ``Handout``.
    """

    raw: str = field(validator=_text)
    span: Span = field(validator=_of(Span))
    agencies: tuple[str, ...] = field(converter=_as_tuple, validator=[_non_empty, _texts])
    photographers: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)
    qualifiers: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)

    @property
    def agency(self) -> str:
        """The agency that took or distributes the photo."""
        return self.agencies[0]


@frozen(kw_only=True)
class PhotoCaption:
    """One photo: its caption, credit, date and place, and every place it occurs in the story.

    A caption repeated in a story is one :class:`PhotoCaption` with several ``occurrences``.
    ``shared`` holds sentences that recur in *other* captions of the story (context such as
    ``Zhang made a research trip ...``); ``description`` is what describes this picture alone.
    """

    text: str = field(validator=_text)
    occurrences: tuple[Span, ...] = field(
        converter=_as_tuple, validator=[_non_empty, _all_of(Span)]
    )
    credit: Credit | None = field(default=None, validator=_optional_of(Credit))
    description: str | None = field(default=None, validator=_optional_text)
    shared: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)
    date_text: str | None = field(default=None, validator=_optional_text)
    date: dt.date | None = field(default=None, validator=_optional_date)
    place: str | None = field(default=None, validator=_optional_text)
    people: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)


@frozen(kw_only=True)
class Title:
    """A title or role held by a person: ``Vice Premier`` (country China), ``director of ...``."""

    raw: str = field(validator=_text)
    role: str = field(validator=_text)
    span: Span = field(validator=_of(Span))
    organization: str | None = field(default=None, validator=_optional_text)
    country: str | None = field(default=None, validator=_optional_text)


class NameOrder(str, enum.Enum):
    """In which order a personal name gives its parts."""

    GIVEN_FIRST = "given-first"  #: ``Evan Vucci``
    FAMILY_FIRST = "family-first"  #: ``Zhang Guoqing``, ``Yoo Jee-ho``
    SINGLE = "single"  #: a one-word name


@frozen(kw_only=True)
class Mention:
    """One place the text names a person: ``Chinese Vice Premier Zhang Guoqing``, ``Zhang``."""

    text: str = field(validator=_text)
    span: Span = field(validator=_of(Span))


@frozen(kw_only=True)
class Person:
    """A person named in the story, with the parts of the name, titles and every mention."""

    name: str = field(validator=_text)
    mentions: tuple[Mention, ...] = field(
        converter=_as_tuple, validator=[_non_empty, _all_of(Mention)]
    )
    given_name: str | None = field(default=None, validator=_optional_text)
    family_name: str | None = field(default=None, validator=_optional_text)
    name_order: NameOrder = field(default=NameOrder.GIVEN_FIRST, validator=_of(NameOrder))
    order_reason: str | None = field(default=None, validator=_optional_text)
    titles: tuple[Title, ...] = field(default=(), converter=_as_tuple, validator=_all_of(Title))


@frozen(kw_only=True)
class DateRange:
    """A reading of a time expression other than the one chosen, e.g. the future one."""

    start: dt.date = field(validator=_a_date)
    end: dt.date = field(validator=_a_date)
    reading: str = field(validator=_text)


@frozen(kw_only=True)
class TimeExpression:
    """A date or range in the text resolved to calendar dates against an anchor date.

    ``rule`` names how it was resolved (``weekday-past``, ``month-day``, ...), ``confidence`` is 0..1,
    and ``alternatives`` keeps the other readings of an ambiguous expression.
    """

    text: str = field(validator=_text)
    span: Span = field(validator=_of(Span))
    start: dt.date = field(validator=_a_date)
    end: dt.date = field(validator=_a_date)
    anchor: dt.date = field(validator=_a_date)
    rule: str = field(validator=_text)
    confidence: float = field(default=1.0)
    alternatives: tuple[DateRange, ...] = field(
        default=(), converter=_as_tuple, validator=_all_of(DateRange)
    )

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError("TimeExpression.end", f"a date >= start ({self.start})", self.end)
        if not 0.0 <= self.confidence <= 1.0:
            raise ValidationError(
                "TimeExpression.confidence", "a number from 0 to 1", self.confidence
            )


@frozen(kw_only=True)
class Article:
    """One parsed story.

    ``segments`` account for every non-blank character of the source, in order; whatever no
    recogniser claimed is in ``unparsed``, each piece explained by a diagnostic. ``text_length`` is
    the length of the source text, and every span in the article lies within it.
    """

    wire_format: str = field(validator=_text)
    text_length: int = field(validator=_count)
    headline: str | None = field(default=None, validator=_optional_text)
    published: dt.date | None = field(default=None, validator=_optional_date)
    dateline: Dateline | None = field(default=None, validator=_optional_of(Dateline))
    bylines: tuple[Byline, ...] = field(default=(), converter=_as_tuple, validator=_all_of(Byline))
    body: tuple[Paragraph, ...] = field(
        default=(), converter=_as_tuple, validator=_all_of(Paragraph)
    )
    photos: tuple[PhotoCaption, ...] = field(
        default=(), converter=_as_tuple, validator=_all_of(PhotoCaption)
    )
    people: tuple[Person, ...] = field(default=(), converter=_as_tuple, validator=_all_of(Person))
    times: tuple[TimeExpression, ...] = field(
        default=(), converter=_as_tuple, validator=_all_of(TimeExpression)
    )
    segments: tuple[Segment, ...] = field(
        default=(), converter=_as_tuple, validator=_all_of(Segment)
    )
    unparsed: tuple[Paragraph, ...] = field(
        default=(), converter=_as_tuple, validator=_all_of(Paragraph)
    )
    diagnostics: tuple[Diagnostic, ...] = field(
        default=(), converter=_as_tuple, validator=_all_of(Diagnostic)
    )

    def __attrs_post_init__(self) -> None:
        for where, indices, span in self._spans():
            if span.end > self.text_length:
                raise ValidationError(
                    "Article." + where.format(*indices),
                    f"a span within the text (0..{self.text_length})",
                    span,
                )

    def _spans(self) -> Iterator[tuple[str, tuple[int, ...], Span]]:
        """Every span: where it is (a template and its indices, formatted only for an error)."""
        if self.dateline is not None:
            yield "dateline.span", (), self.dateline.span
        for i, byline in enumerate(self.bylines):
            yield "bylines[{}].span", (i,), byline.span
        for i, paragraph in enumerate(self.body):
            yield "body[{}].span", (i,), paragraph.span
        for i, paragraph in enumerate(self.unparsed):
            yield "unparsed[{}].span", (i,), paragraph.span
        for i, photo in enumerate(self.photos):
            for j, span in enumerate(photo.occurrences):
                yield "photos[{}].occurrences[{}]", (i, j), span
            if photo.credit is not None:
                yield "photos[{}].credit.span", (i,), photo.credit.span
        for i, person in enumerate(self.people):
            for j, mention in enumerate(person.mentions):
                yield "people[{}].mentions[{}].span", (i, j), mention.span
            for j, title in enumerate(person.titles):
                yield "people[{}].titles[{}].span", (i, j), title.span
        for i, time in enumerate(self.times):
            yield "times[{}].span", (i,), time.span
        for i, segment in enumerate(self.segments):
            yield "segments[{}].span", (i,), segment.span
        for i, diagnostic in enumerate(self.diagnostics):
            yield "diagnostics[{}].span", (i,), diagnostic.span
