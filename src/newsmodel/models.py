"""The typed model of a news story: data only, validated on construction.

Every class is a frozen, slotted attrs class with keyword-only fields. Nothing here parses text or
knows about JSON: recognisers build these objects, :mod:`newsmodel.serialization` turns them into
JSON and back. An impossible object cannot exist: each rule below raises
:class:`~newsmodel.exceptions.ValidationError` naming the field, what was expected and what came.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import types
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise, repeat
from typing import Any, ClassVar, ParamSpec, TypeVar

import attrs
from attrs import field, frozen

from .exceptions import ValidationError

__all__ = [
    "MAX_WHOLE_NUMBER",
    "Article",
    "Byline",
    "Credit",
    "DateRange",
    "DateResolution",
    "Dateline",
    "Diagnostic",
    "DiagnosticCode",
    "Envelope",
    "Failure",
    "Mention",
    "NameOrder",
    "Paragraph",
    "Person",
    "PhotoCaption",
    "Reading",
    "Segment",
    "SegmentKind",
    "Source",
    "Span",
    "TimeExpression",
    "TimeRule",
    "Title",
]

#: The largest offset, length, line or column a model holds (JSON's largest safe integer, the last
#: whole number every JSON reader, JavaScript's included, reads back exactly).
MAX_WHOLE_NUMBER = 2**53 - 1

_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]
_M = TypeVar("_M", bound="attrs.AttrsInstance")


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

    return _tested(check, "isinstance({v}, {k})", kind)


def _optional_of(kind: type) -> _Validator:
    check = _of(kind)

    def optional(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check(instance, attribute, value)

    return _tested(optional, "{v} is None or isinstance({v}, {k})", kind)


def _all_of(kind: type) -> _Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        items: tuple[object, ...] = value  # type: ignore[assignment]
        for index, item in enumerate(items):
            if not isinstance(item, kind):
                raise ValidationError(
                    f"{_where(instance, attribute)}[{index}]", kind.__name__, item
                )

    # (an empty tuple, the most common, passes without the map and its iterators)
    return _tested(
        check, "type({v}) is tuple and not {v} or all(map(isinstance, {v}, _repeat({k})))", kind
    )


def _a_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A calendar date (not a datetime)."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(_where(instance, attribute), "a date (YYYY-MM-DD)", value)


def _optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _a_date(instance, attribute, value)


def _optional_moment(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """None, a date, or a datetime (naive or aware)."""
    if value is not None and not isinstance(value, dt.date):
        raise ValidationError(
            _where(instance, attribute), "a date or a datetime (ISO 8601), or None", value
        )


def _non_empty(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]
) -> None:
    if not value:
        raise ValidationError(_where(instance, attribute), "at least one item", value)


_WHOLE = f"a whole number from 0 to {MAX_WHOLE_NUMBER}"


def _count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_WHOLE_NUMBER:
        raise ValidationError(_where(instance, attribute), _WHOLE, value)


def _optional_count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _count(instance, attribute, value)


def _counts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A tuple of whole numbers (indices)."""
    items: tuple[object, ...] = value  # type: ignore[assignment]
    for index, item in enumerate(items):
        if not isinstance(item, int) or isinstance(item, bool) or not 0 <= item <= MAX_WHOLE_NUMBER:
            raise ValidationError(f"{_where(instance, attribute)}[{index}]", _WHOLE, item)


def _fraction(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A real number from 0 to 1: an int or a finite float, not a bool, a string or NaN."""
    if (
        not isinstance(value, (int, float))
        or isinstance(value, bool)
        or not math.isfinite(value)
        or not 0 <= value <= 1
    ):
        raise ValidationError(_where(instance, attribute), "a number from 0 to 1", value)


# --- one check per class ---------------------------------------------------------------------------
# The validators above are declared on the fields as attrs declares them; attrs would call each one
# in turn. Instead every model gets one generated ``__init__`` (:func:`_checked`) that sets its
# fields and checks them, with the test below written inline for each validator that has one
# (cheaper than calling it: 3% of a whole parse) and the validator itself called when the test
# fails: it raises the error that names the field, in the order attrs would. A test may refuse more
# than its validator (an exact ``type()``); never less. ``{v}`` is the value, ``{k}`` the kind a
# validator was made for; the other names a test reads are those of ``_TEST_NAMES``.
_TESTS: dict[object, tuple[str, type | None]] = {
    _text: ("type({v}) is str and {v} and not {v}.isspace()", None),
    _optional_text: ("{v} is None or type({v}) is str and {v} and not {v}.isspace()", None),
    # (most such tuples hold one string: an agency, a city; more are left to the validator)
    _texts: (
        "not {v} or type({v}) is tuple and len({v}) == 1 and type({v}[0]) is str and {v}[0]"
        " and not {v}[0].isspace()",
        None,
    ),
    _a_date: ("type({v}) is _date", None),
    _optional_date: ("{v} is None or type({v}) is _date", None),
    _optional_moment: ("{v} is None or isinstance({v}, _date)", None),
    _non_empty: ("{v}", None),
    _count: ("type({v}) is int and 0 <= {v} <= _MAX", None),
    _optional_count: ("{v} is None or type({v}) is int and 0 <= {v} <= _MAX", None),
    _counts: ("not {v}", None),
    _fraction: ("type({v}) is float and 0.0 <= {v} <= 1.0", None),
}
#: The names the inline tests read besides the value and its kind (a field's name never starts
#: with an underscore, so none of them is hidden by a field of the same name).
_TEST_NAMES: dict[str, object] = {"_date": dt.date, "_MAX": MAX_WHOLE_NUMBER, "_repeat": repeat}
# Converters written inline in the generated ``__init__`` (a call of each costs more than it does):
# ``{v}`` is the value, ``{c}`` the converter (called where the expression needs it), ``{k}`` the
# kind it was registered with.
_INLINE_CONVERTERS: dict[object, tuple[str, type | None]] = {_as_tuple: ("tuple({v})", None)}
# The builtins an inline test or converter calls: no field may hide them.
_BUILTINS_READ = frozenset({"self", "type", "isinstance", "tuple", "int", "str", "float", "len"})


def _tested(check: _Validator, test: str, kind: type) -> _Validator:
    """Register the inline test of a validator made for ``kind``."""
    _TESTS[check] = (test, kind)
    return check


def _converts_to_member(converter: Callable[[Any], object], kind: type) -> None:
    """Register ``converter`` as :func:`_member` of ``kind``, written inline: a member is kept as
    it is, a value looked up in the enum's table (the two calls of converting a member were a tenth
    of building a time expression; of a value, as the recognisers pass them, 2K instructions)."""
    _INLINE_CONVERTERS[converter] = (
        "{v} if type({v}) is {k} or not isinstance({v}, str)"
        " else {k}._value2member_map_.get({v}, {v})",
        kind,
    )


def _unchecked(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """attrs field transformer: a field's validator moves to its metadata (``"validator"``), where
    the class's one check and the JSON Schema read it, so that attrs does not call it too."""
    return [
        field.evolve(
            validator=None,
            metadata=types.MappingProxyType({**field.metadata, "validator": field.validator}),
        )
        if field.validator is not None
        else field
        for field in fields
    ]


class _Model:
    """What every model derives from (a base for the type checker and for ``isinstance``)."""

    __slots__ = ()


def _validator_of(attribute: attrs.Attribute[Any]) -> _Validator | None:
    """The validator declared on a model's field (see :func:`_unchecked`), or None."""
    found: _Validator | None = attribute.metadata.get("validator")
    return found


def _checked(cls: type[_M]) -> type[_M]:
    """Give ``cls`` its one ``__init__`` (see above), in place of the one attrs wrote: it takes the
    same keyword arguments with the same defaults, converts and sets each field in the order attrs
    would, then checks each, then runs the class's own rules between fields (its
    ``__attrs_post_init__``) where it has them. A field is set through its slot's own setter: the
    class is frozen, and the setter attrs goes through costs more (a quarter of building a span).

    The class's ``__attrs_post_init__`` becomes the same checks of an object already built, for a
    subclass made by attrs (its own ``__attrs_post_init__``, if it has one, calls this first, as
    attrs subclasses do). Its ``_make`` builds it from its fields in order, with the same
    conversions and checks (what :data:`new_span` and its kin are)."""
    names: dict[str, object] = {**_TEST_NAMES, "_NOTHING": attrs.NOTHING}
    parameters: list[str] = []
    sets: list[str] = []
    checks: list[str] = []
    for i, attribute in enumerate(attrs.fields(cls)):
        name = attribute.name
        if attribute.alias != name or name.startswith("_") or name in _BUILTINS_READ:
            raise TypeError(f"{cls.__name__}.{name}: a model field needs a plain public name")
        default = attribute.default
        if default is attrs.NOTHING:
            parameters.append(name)
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # (a class at runtime)
            names[f"_f{i}"] = default.factory
            parameters.append(f"{name}=_NOTHING")
            sets.append(f"    if {name} is _NOTHING:")
            sets.append(f"        {name} = _f{i}({'self' if default.takes_self else ''})")
        else:
            names[f"_d{i}"] = default
            parameters.append(f"{name}=_d{i}")
        if attribute.converter is not None:
            names[f"_v{i}"] = attribute.converter
            convert, names[f"_e{i}"] = _INLINE_CONVERTERS.get(
                attribute.converter, ("{c}({v})", None)
            )
            sets.append(f"    {name} = {convert.format(v=name, c=f'_v{i}', k=f'_e{i}')}")
        names[f"_s{i}"] = getattr(cls, name).__set__  # (the slot's member descriptor)
        sets.append(f"    _s{i}(self, {name})")
        validator = _validator_of(attribute)
        if validator is None:
            continue
        names[f"_a{i}"] = attribute
        # (a list of validators is one ``and_`` validator holding them)
        for j, each in enumerate(getattr(validator, "_validators", (validator,))):
            names[f"_c{i}_{j}"] = each
            call = f"_c{i}_{j}(self, _a{i}, {name})"
            if each not in _TESTS:
                checks.append(f"    {call}")
                continue
            test, kind = _TESTS[each]
            names[f"_k{i}_{j}"] = kind
            checks.append(f"    if not ({test.format(v=name, k=f'_k{i}_{j}')}):")
            checks.append(f"        {call}")
    checks += _own_rule(cls, names)
    fields = [f"    {a.name} = self.{a.name}" for a in attrs.fields(cls)]
    source = "\n".join(
        [
            f"def __init__(self, *, {', '.join(parameters)}):",
            *sets,
            *checks,
            # The same checks of an object another ``__init__`` built: a subclass's, made by attrs
            # (which calls this after it sets the fields).
            "def __attrs_post_init__(self):",
            *fields,
            *checks,
            *_made_in_order(cls, parameters, [*sets, *checks], names),
        ]
    )
    exec(compile(source, f"<newsmodel __init__ of {cls.__name__}>", "exec"), names)
    init: Any = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = dict(cls.__init__.__annotations__)  # (what attrs wrote: for the docs)
    cls.__init__ = init  # type: ignore[method-assign]  # (after attrs made the class)
    cls.__attrs_post_init__ = names["__attrs_post_init__"]  # type: ignore[attr-defined]
    make: Any = names["_make"]
    cls._make = staticmethod(make)  # type: ignore[attr-defined]
    return cls


def _made_in_order(
    cls: type, parameters: list[str], body: list[str], names: dict[str, object]
) -> list[str]:
    """The lines of ``_make``: ``cls`` built from its fields in order (``parameters``), by
    ``body``, the lines of its ``__init__`` that set and check them."""
    if any("=" in a and "=" not in b for a, b in pairwise(parameters)):
        raise TypeError(f"{cls.__name__}: a model's fields with a default come after the others")
    names["_new"], names["_cls"] = object.__new__, cls
    return [
        f"def _make({', '.join(parameters)}):",
        "    self = _new(_cls)",
        *body,
        "    return self",
    ]


_P = ParamSpec("_P")
_T = TypeVar("_T")


def _by_keyword(cls: Callable[_P, _T]) -> Callable[_P, _T]:
    """``cls``'s ``_make`` (see :func:`_checked`), with the class's own signature: called by keyword
    as the class is, but without the dict a class call packs the keywords into (the models an
    article holds one or two of; the many are built in order, :data:`new_span` and its kin)."""
    make: Callable[_P, _T] = cls._make  # type: ignore[attr-defined]
    return make


def _own_rule(cls: type, names: dict[str, object]) -> list[str]:
    """The lines of :func:`_checked`'s functions that run the class's own rule between fields (its
    ``__attrs_post_init__``), if it has one: only where its inline test fails, if it has one
    (``_RULE_TEST``, over the fields' names and those of ``_TEST_NAMES``)."""
    own = cls.__dict__.get("__attrs_post_init__")
    if own is None:
        return []
    names["_own"] = own
    test = cls.__dict__.get("_RULE_TEST")
    if test is None:
        return ["    _own(self)"]
    return [f"    if not ({test}):", "        _own(self)"]


def _as_written(instance: Dateline | Credit | Title) -> None:
    """``raw`` is the source text at ``span`` as written, so it is exactly as long as the span."""
    if len(instance.raw) != len(instance.span):
        raise ValidationError(
            f"{type(instance).__name__}.raw",
            f"the text at its span as written ({len(instance.span)} characters)",
            instance.raw,
        )


# --- closed sets of words ------------------------------------------------------------------------
# Each field below takes a member or its value (the producing modules pass plain strings) and keeps
# the member; anything else is refused by the field's validator, which lists the allowed values.


class _Word(enum.StrEnum):
    """A closed set of words: a member is a ``str`` equal to its value, and prints as it.

    Its repr is its value's too (``'weekday-past'``), so a model's repr shows what its JSON
    carries; ``type()`` tells the enum.
    """

    def __repr__(self) -> str:
        return repr(self._value_)


def _member(kind: type[_Word], value: object) -> Any:
    """The member of ``kind`` whose value is ``value``; anything else unchanged, for the validator.

    (A member is returned as it is, and a value is looked up in the enum's own table: calling the
    enum costs several times more, on every model built.)"""
    if type(value) is kind or not isinstance(value, str):
        return value
    return kind._value2member_map_.get(value, value)


def _one_of(kind: type[_Word], *, optional: bool = False) -> _Validator:
    allowed = "one of " + ", ".join(repr(member.value) for member in kind)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) and not (optional and value is None):
            raise ValidationError(_where(instance, attribute), allowed, value)

    return _tested(check, ("{v} is None or " if optional else "") + "isinstance({v}, {k})", kind)


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Span(_Model):
    """Where a part stands in the source text: ``text[start:end]``."""

    start: int
    end: int

    #: The rule below as an inline test (see :func:`_checked`): a span passing it is not checked
    #: again, and spans are the most numerous objects of an article.
    _RULE_TEST: ClassVar[str] = (
        "type(start) is int and type(end) is int and 0 <= start <= end <= _MAX"
    )

    def __attrs_post_init__(self) -> None:
        # One check for both fields.
        start, end = self.start, self.end
        if type(start) is int and type(end) is int and 0 <= start <= end <= MAX_WHOLE_NUMBER:
            return
        for name, value in (("start", start), ("end", end)):
            if (
                not isinstance(value, int)
                or isinstance(value, bool)
                or not 0 <= value <= MAX_WHOLE_NUMBER
            ):
                raise ValidationError(f"Span.{name}", _WHOLE, value)
        raise ValidationError("Span.end", f"an offset >= start ({start})", end)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]


#: A span built from its fields in order, as ``Span(start=start, end=end)`` builds it (see
#: :func:`_checked`): the parse builds most of its models through these, because a call of a
#: class by keyword passes its arguments through a dict, twice (a fifth of building a span).
new_span: Callable[[int, int], Span] = Span._make  # type: ignore[attr-defined]

# A span, for the rule tests of the classes below (``_as_written``).
_TEST_NAMES["_Span"] = Span
# ``_as_written`` as an inline test (over the fields ``raw`` and ``span``).
_AS_WRITTEN_TEST = "type(raw) is str and type(span) is _Span and len(raw) == span.end - span.start"


class SegmentKind(enum.StrEnum):
    """What a stretch of the source text was recognised as."""

    HEADER = "header"  #: a scraper header line with date and headline
    DATE_LINE = "date-line"  #: the publication date on a line of its own
    HEADLINE = "headline"  #: a headline line
    BYLINE = "byline"  #: ``By NAME``
    MARK = "mark"  #: wire marks such as ``(LEAD)`` or ``REFILE``
    FURNITURE = "furniture"  #: page furniture (subheads, labels, gallery controls)
    CAPTION = "caption"  #: a photo caption with its credit
    DATELINE = "dateline"  #: ``PLACE, DATE (AGENCY) --``
    BODY = "body"  #: a body paragraph (after the dateline, if any)
    SIGN_OFF = "sign-off"  #: ``Enditem``, ``Reuter``, ``-- BERNAMA``
    UNPARSED = "unparsed"  #: text no recogniser claimed; see the diagnostics


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Segment(_Model):
    """One recognised stretch of the source; an article's segments cover every non-blank character."""

    kind: SegmentKind = field(validator=_of(SegmentKind))
    span: Span = field(validator=_of(Span))


#: A segment built from its fields in order (see :data:`new_span`).
new_segment: Callable[[SegmentKind, Span], Segment] = Segment._make  # type: ignore[attr-defined]


class DiagnosticCode(_Word):
    """What a :class:`Diagnostic` is about.

    Adding a code is one line here (its value is what JSON carries); the model, the converter and
    the JSON Schema follow.
    """

    BEFORE_DATELINE = "before-dateline"  #: text above the dateline no recogniser claimed (pipeline)
    DATE_MISMATCH = "date-mismatch"  #: a date line disagrees with the date above it (pipeline)
    ENCODING_FALLBACK = "encoding-fallback"  #: not UTF-8; read as cp1252 or Latin-1 (parsing)
    BAD_ENCODING = "bad-encoding"  #: invalid bytes under a byte order mark, replaced (parsing)
    CONTROL_CHARACTERS = "control-characters"  #: control characters kept as written (parsing)
    MOJIBAKE = "mojibake"  #: UTF-8 that was once decoded as another encoding (parsing)
    IMPOSSIBLE_DATE = "impossible-date"  #: a dateline date no calendar has (parsing)
    UNREAD_DATELINE = "unread-dateline"  #: the story opens like a dateline no rule reads (pipeline)


def _diagnostic_code(value: DiagnosticCode | str) -> DiagnosticCode:
    result: DiagnosticCode = _member(DiagnosticCode, value)
    return result


_converts_to_member(_diagnostic_code, DiagnosticCode)


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Diagnostic(_Model):
    """Something the parser noticed and could not settle: where (span, line, column) and what."""

    code: DiagnosticCode = field(converter=_diagnostic_code, validator=_one_of(DiagnosticCode))
    message: str = field(validator=_text)
    span: Span = field(validator=_of(Span))
    line: int = field(validator=_count)
    column: int = field(validator=_count)


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Paragraph(_Model):
    """A paragraph of text, whitespace and dashes normalised, with its span in the source."""

    text: str = field(validator=_text)
    span: Span = field(validator=_of(Span))


#: A paragraph built from its fields in order (see :data:`new_span`).
new_paragraph: Callable[[str, Span], Paragraph] = Paragraph._make  # type: ignore[attr-defined]


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Byline(_Model):
    """``By NAME`` above a story: the raw line, the names it gives (as people write them: a
    name the wire sent in capitals has its case back) and the agencies it names apart."""

    raw: str = field(validator=_text)
    names: tuple[str, ...] = field(converter=_as_tuple, validator=_texts)
    span: Span = field(validator=_of(Span))
    agencies: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)


class DateResolution(_Word):
    """How a dateline's date was given its year (:func:`newsmodel.recognisers.datelines.resolve_dateline`)."""

    EXPLICIT = "explicit"  #: the dateline states the year
    PUBLICATION_DATE = "publication-date"  #: the year of the publication date above the story
    STORY_DATE = "story-date"  #: the year of a full date elsewhere in the story (a caption's)


def _date_resolution(value: DateResolution | str | None) -> DateResolution | None:
    result: DateResolution | None = _member(DateResolution, value)
    return result


_converts_to_member(_date_resolution, DateResolution)


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Dateline(_Model):
    """``HANGZHOU, Oct. 11 (Xinhua) --``: where and when the story was filed, and by whom.

    ``place`` is as written (``COLUMBIA, S.C.``), ``normalized_place`` in title case (``Columbia, S.C.``),
    ``places`` lists each city of a compound dateline (``Ahmedabad/New Delhi``); ``region`` is the
    first region given (``, S.C.`` or ``(Jammu and Kashmir)``) and ``country`` a country in square
    brackets (``[Lebanon]``); neither is part of ``place``. ``date`` is
    ``date_text`` resolved to a calendar date; ``date_resolution`` says how the year was found.
    """

    raw: str = field(validator=_text)
    span: Span = field(validator=_of(Span))
    place: str | None = field(default=None, validator=_optional_text)
    normalized_place: str | None = field(default=None, validator=_optional_text)
    places: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)
    region: str | None = field(default=None, validator=_optional_text)
    #: the country a dateline names apart, in square brackets (``BEIRUT [Lebanon]``)
    country: str | None = field(default=None, validator=_optional_text)
    date_text: str | None = field(default=None, validator=_optional_text)
    date: dt.date | None = field(default=None, validator=_optional_date)
    date_resolution: DateResolution | None = field(
        default=None,
        converter=_date_resolution,
        validator=_one_of(DateResolution, optional=True),
    )
    agencies: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)

    #: The rule below as an inline test (see :func:`_checked`).
    _RULE_TEST: ClassVar[str] = f"(date is None or date_text is not None) and {_AS_WRITTEN_TEST}"

    def __attrs_post_init__(self) -> None:
        if self.date is not None and self.date_text is None:
            raise ValidationError(
                "Dateline.date_text", "the date as written when date is set", None
            )
        _as_written(self)


#: A Dateline built by keyword without a class call (see :func:`_by_keyword`).
new_dateline = _by_keyword(Dateline)


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Credit(_Model):
    """A photo credit as the agency writes it: ``Xinhua/Jiang Han``, ``AP Photo/Evan Vucci, File``.

    ``raw`` is the credit exactly as written at ``span``. ``agencies`` has at least one entry (the
    first is :attr:`agency`); ``photographers`` may be empty (``[Photo/Xinhua]``); ``qualifiers``
    keeps words such as ``File``, ``Pool``, ``via``, ``Handout``.
    """

    raw: str = field(validator=_text)
    span: Span = field(validator=_of(Span))
    agencies: tuple[str, ...] = field(converter=_as_tuple, validator=[_non_empty, _texts])
    photographers: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)
    qualifiers: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)

    _RULE_TEST: ClassVar[str] = _AS_WRITTEN_TEST  #: the rule below as an inline test

    def __attrs_post_init__(self) -> None:
        _as_written(self)

    @property
    def agency(self) -> str:
        """The agency that took or distributes the photo."""
        return self.agencies[0]


#: A Credit built by keyword without a class call (see :func:`_by_keyword`).
new_credit = _by_keyword(Credit)


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class PhotoCaption(_Model):
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
    #: the people the caption mentions, as indices into ``Article.people`` (the same person
    #: as in the body, not a copy of the name)
    people: tuple[int, ...] = field(default=(), converter=_as_tuple, validator=_counts)


#: A PhotoCaption built by keyword without a class call (see :func:`_by_keyword`).
new_photo_caption = _by_keyword(PhotoCaption)


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Title(_Model):
    """A title or role held by a person: ``Vice Premier`` (country China), ``director of ...``.

    ``raw`` is the title exactly as written at ``span`` (a line break inside it kept);
    ``normalized`` is the same words with their spacing normalised (``Chinese Vice Premier``),
    the form to compare and show.
    """

    raw: str = field(validator=_text)
    normalized: str = field(validator=_text)
    role: str = field(validator=_text)
    span: Span = field(validator=_of(Span))
    organization: str | None = field(default=None, validator=_optional_text)
    country: str | None = field(default=None, validator=_optional_text)

    _RULE_TEST: ClassVar[str] = _AS_WRITTEN_TEST  #: the rule below as an inline test

    def __attrs_post_init__(self) -> None:
        _as_written(self)


#: A title built from its fields in order (see :data:`new_span`): ``raw``, ``normalized``,
#: ``role``, ``span``, ``organization``, ``country``.
new_title: Callable[[str, str, str, Span, str | None, str | None], Title] = Title._make  # type: ignore[attr-defined]


class NameOrder(enum.StrEnum):
    """In which order a personal name gives its parts."""

    GIVEN_FIRST = "given-first"  #: ``Evan Vucci``
    FAMILY_FIRST = "family-first"  #: ``Zhang Guoqing``, ``Yoo Jee-ho``
    SINGLE = "single"  #: a one-word name


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Mention(_Model):
    """One place the text names a person: ``Chinese Vice Premier Zhang Guoqing``, ``Zhang``."""

    text: str = field(validator=_text)
    span: Span = field(validator=_of(Span))


#: A mention built from its fields in order (see :data:`new_span`).
new_mention: Callable[[str, Span], Mention] = Mention._make  # type: ignore[attr-defined]


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Person(_Model):
    """A person named in the story, with the parts of the name, titles and every mention.

    ``His Highness Sheikh Mohamed bin Zayed Al Nahyan``: ``honorifics`` holds ``His Highness`` and
    ``Sheikh`` as written, apart from the name and from the titles; ``Robert Casey Jr.``: the
    ``suffix`` ``Jr.`` is kept apart from the family name ``Casey`` (a regnal numeral such as the
    ``VI`` of ``Felipe VI`` is part of the name, and no suffix).
    """

    name: str = field(validator=_text)
    mentions: tuple[Mention, ...] = field(
        converter=_as_tuple, validator=[_non_empty, _all_of(Mention)]
    )
    given_name: str | None = field(default=None, validator=_optional_text)
    family_name: str | None = field(default=None, validator=_optional_text)
    name_order: NameOrder = field(default=NameOrder.GIVEN_FIRST, validator=_of(NameOrder))
    order_reason: str | None = field(default=None, validator=_optional_text)
    titles: tuple[Title, ...] = field(default=(), converter=_as_tuple, validator=_all_of(Title))
    honorifics: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)
    suffix: str | None = field(default=None, validator=_optional_text)


#: A person built from its fields in order (see :data:`new_span`): ``name``, ``mentions``,
#: ``given_name``, ``family_name``, ``name_order``, ``order_reason``, ``titles``, ``honorifics``,
#: ``suffix``.
new_person: Callable[
    [
        str,
        Iterable[Mention],
        str | None,
        str | None,
        NameOrder,
        str | None,
        Iterable[Title],
        Iterable[str],
        str | None,
    ],
    Person,
] = Person._make  # type: ignore[attr-defined]


class Reading(_Word):
    """Which way in time a :class:`DateRange` reads an ambiguous expression."""

    PAST = "past"  #: the most recent such day before the anchor (``on Thursday`` already happened)
    FUTURE = "future"  #: the next such day after the anchor


def _reading(value: Reading | str) -> Reading:
    result: Reading = _member(Reading, value)
    return result


_converts_to_member(_reading, Reading)


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class DateRange(_Model):
    """A reading of a time expression other than the one chosen, e.g. the future one."""

    start: dt.date = field(validator=_a_date)
    end: dt.date = field(validator=_a_date)
    reading: Reading = field(converter=_reading, validator=_one_of(Reading))


#: A DateRange built by keyword without a class call (see :func:`_by_keyword`).
new_date_range = _by_keyword(DateRange)


class TimeRule(_Word):
    """How a :class:`TimeExpression` was resolved to dates (:mod:`newsmodel.recognisers.times`)."""

    EXPLICIT_DATE = "explicit-date"  #: ``Oct. 9, 2025``: the text gives the year
    MONTH_DAY = "month-day"  #: ``Oct. 9``: the year from the anchor
    NUMERIC_DATE = "numeric-date"  #: ``10/09/2025``, in the format's day order
    WEEKDAY_PAST = "weekday-past"  #: ``on Thursday``, the one before the anchor
    WEEKDAY_FUTURE = "weekday-future"  #: ``will ... on Thursday``, ``next Thursday``
    WEEKDAY_RANGE = "weekday-range"  #: ``from Thursday to Saturday``
    RELATIVE_DAY = "relative-day"  #: ``yesterday``, ``today``, ``tomorrow``
    RELATIVE_WEEK = "relative-week"  #: ``last week``, ``earlier this week`` ...
    RELATIVE_MONTH = "relative-month"  #: ``next month`` ...
    RELATIVE_YEAR = "relative-year"  #: ``this year``, ``early next year`` ...
    RELATIVE_WEEKEND = "relative-weekend"  #: ``this weekend``, ``over the weekend`` ...
    RELATIVE_PERIOD = "relative-period"  #: ``the past two days``, ``the last 10 weeks`` ...
    PART_OF_MONTH = "part-of-month"  #: ``mid-March``, ``early March``, ``end of March 2024``
    MONTH_DAY_RELATIVE = "month-day-relative"  #: ``June 3 last year``: the year from a word

    @property
    def needs_anchor(self) -> bool:
        """Whether the rule reads its dates from the anchor (all but a date that has its year)."""
        return self not in (TimeRule.EXPLICIT_DATE, TimeRule.NUMERIC_DATE)


def _time_rule(value: TimeRule | str) -> TimeRule:
    result: TimeRule = _member(TimeRule, value)
    return result


_converts_to_member(_time_rule, TimeRule)


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class TimeExpression(_Model):
    """A date or range in the text resolved to calendar dates against an anchor date.

    ``rule`` names how it was resolved (``weekday-past``, ``month-day``, ...), ``confidence`` is 0..1,
    and ``alternatives`` keeps the other readings of an ambiguous expression. Without an anchor an
    expression whose rule needs one (:attr:`TimeRule.needs_anchor`) is kept unresolved: ``start``,
    ``end`` and ``anchor`` are None and its rule says how it will be read once there is one.
    ``occurrences`` are every span where the same expression stands in the same sentence (repeated
    captions), in order; ``span`` is the first of them.
    """

    text: str = field(validator=_text)
    span: Span = field(validator=_of(Span))
    start: dt.date | None = field(validator=_optional_date)
    end: dt.date | None = field(validator=_optional_date)
    anchor: dt.date | None = field(validator=_optional_date)
    rule: TimeRule = field(converter=_time_rule, validator=_one_of(TimeRule))
    confidence: float = field(default=1.0, validator=_fraction)
    alternatives: tuple[DateRange, ...] = field(
        default=(), converter=_as_tuple, validator=_all_of(DateRange)
    )
    occurrences: tuple[Span, ...] = field(
        default=attrs.Factory(lambda self: (self.span,), takes_self=True),
        converter=_as_tuple,
        validator=[_non_empty, _all_of(Span)],
    )

    #: The rule below as an inline test (see :func:`_checked`), for the usual expression: resolved
    #: against an anchor and standing once.
    _RULE_TEST: ClassVar[str] = (
        "type(start) is _date and type(end) is _date and start <= end and type(anchor) is _date"
        " and type(occurrences) is tuple and len(occurrences) == 1 and occurrences[0] is span"
    )

    @property
    def resolved(self) -> bool:
        """Whether the expression has its dates (else it waits for an anchor)."""
        return self.start is not None

    def __attrs_post_init__(self) -> None:
        if self.start is None or self.end is None:
            if self.start is not None or self.end is not None:
                raise ValidationError(
                    "TimeExpression.end", f"a date or None as start ({self.start})", self.end
                )
            if self.anchor is not None or not self.rule.needs_anchor:
                raise ValidationError(
                    "TimeExpression.start",
                    "a date (only an expression that needs an anchor and has none is unresolved)",
                    self.start,
                )
            if self.alternatives:
                raise ValidationError(
                    "TimeExpression.alternatives",
                    "no alternatives for an unresolved expression",
                    self.alternatives,
                )
        else:
            if self.end < self.start:
                raise ValidationError(
                    "TimeExpression.end", f"a date >= start ({self.start})", self.end
                )
            if self.anchor is None and self.rule.needs_anchor:
                raise ValidationError(
                    "TimeExpression.anchor", f"a date (rule {self.rule} reads one)", self.anchor
                )
        first = self.occurrences[0]
        if first is not self.span and first != self.span:
            raise ValidationError("TimeExpression.occurrences[0]", f"the span ({self.span})", first)
        for index in range(1, len(self.occurrences)):
            if self.occurrences[index].start < self.occurrences[index - 1].end:
                raise ValidationError(
                    f"TimeExpression.occurrences[{index}]",
                    "a span after the one before it",
                    self.occurrences[index],
                )


#: A time expression built from its fields in order (see :data:`new_span`): ``text``, ``span``,
#: ``start``, ``end``, ``anchor``, ``rule``, ``confidence``, ``alternatives``, ``occurrences``.
new_time_expression: Callable[
    [
        str,
        Span,
        dt.date | None,
        dt.date | None,
        dt.date | None,
        TimeRule | str,
        float,
        Iterable[DateRange],
        Iterable[Span],
    ],
    TimeExpression,
] = TimeExpression._make  # type: ignore[attr-defined]


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Source(_Model):
    """Where an article was read from: the reader, the record and its bytes in the file.

    ``reader`` names the reader (``text``, ``anpa-1312``, ``reuters21578-sgml``, ...);
    ``record_id`` is the record's own id where the envelope gives one; ``path`` the file it came
    from, when it came from a file; ``span`` the record's byte range in that file (or buffer).
    """

    reader: str = field(validator=_text)
    record_id: str | None = field(default=None, validator=_optional_text)
    path: str | None = field(default=None, validator=_optional_text)
    span: Span | None = field(default=None, validator=_optional_of(Span))


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Envelope(_Model):
    """What a record's envelope says of the story, beside its text (an empty field: not given).

    The parse of the text is built first; then the envelope's ``headline``, ``byline``,
    ``published`` and dateline win over what was guessed from the text (the reader knows).
    """

    slug: str | None = field(default=None, validator=_optional_text)
    priority: str | None = field(default=None, validator=_optional_text)
    category: str | None = field(default=None, validator=_optional_text)
    keywords: tuple[str, ...] = field(default=(), converter=_as_tuple, validator=_texts)
    headline: str | None = field(default=None, validator=_optional_text)
    byline: str | None = field(default=None, validator=_optional_text)
    #: the dateline as the envelope writes it apart from the text (``<DATELINE>``), if it does
    dateline: str | None = field(default=None, validator=_optional_text)
    published: dt.datetime | dt.date | None = field(default=None, validator=_optional_moment)
    language: str | None = field(default=None, validator=_optional_text)
    #: the note to editors above the story (ANPA ``Eds:``, ``EDITOR'S NOTE _``)
    editors_note: str | None = field(default=None, validator=_optional_text)
    #: the take or version of the story (``1stLd-Writethru``, ``REFILE 1ST LEAD``, ``EXTRA``)
    take_key: str | None = field(default=None, validator=_optional_text)
    #: the story's length in words as the header states it
    word_count: int | None = field(default=None, validator=_optional_count)
    #: the sender's sequence number of the transmission, as written (``062``)
    sequence: str | None = field(default=None, validator=_optional_text)


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Failure(_Model):
    """A story a batch could not read or parse: where it was, and what went wrong.

    ``input`` names the file; ``record`` the record's own id where the input gives one;
    ``span`` the record's bytes in the file where they are known; ``error`` the error's type
    (``StoryTooLongError``, ``Timeout``, ...) and ``message`` what it said.
    """

    input: str = field(validator=_text)
    error: str = field(validator=_text)
    message: str = field(validator=_text)
    record: str | None = field(default=None, validator=_optional_text)
    span: Span | None = field(default=None, validator=_optional_of(Span))


@_checked
@frozen(kw_only=True, field_transformer=_unchecked)
class Article(_Model):
    """One parsed story.

    ``segments`` account for every non-blank character of the source, in order (each starts at or
    after the end of the one before); whatever no recogniser claimed is in ``unparsed``, each piece
    explained by a diagnostic. ``text_length`` is the length of the source text, and every span in
    the article lies within it.
    """

    wire_format: str = field(validator=_text)
    text_length: int = field(validator=_count)
    headline: str | None = field(default=None, validator=_optional_text)
    #: the publication date, or a datetime where the text (or the caller) gives the time; aware
    #: when it names an unambiguous zone
    published: dt.datetime | dt.date | None = field(default=None, validator=_optional_moment)
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
    #: where the story was read from (set by :func:`newsmodel.read`; None for ``parse(text)``)
    source: Source | None = field(default=None, validator=_optional_of(Source))
    #: what the record's envelope carried beside the text (None when it had no envelope)
    envelope: Envelope | None = field(default=None, validator=_optional_of(Envelope))

    def __attrs_post_init__(self) -> None:
        # (plain loops: a slot read in bytecode is cheaper than a dotted attribute getter in C,
        # 780 instructions an item; the rule and the bound below cost 85K -> 45K a story)
        last = 0  # where the segment before ends
        for segment in self.segments:
            span = segment.span
            if span.start < last:
                self._misordered()
            last = span.end
        for i, photo in enumerate(self.photos):
            for j, person in enumerate(photo.people):
                if person >= len(self.people):
                    raise ValidationError(
                        f"Article.photos[{i}].people[{j}]",
                        f"an index into Article.people ({len(self.people)} of them)",
                        person,
                    )
        # (the segments, in order, end no later than the last of them)
        if last <= self.text_length and self._ends_within(self.text_length):
            return
        for where, indices, span in self._spans():
            if span.end > self.text_length:
                raise ValidationError(
                    "Article." + where.format(*indices),
                    f"a span within the text (0..{self.text_length})",
                    span,
                )

    def _misordered(self) -> None:
        """Raise the error that names the first segment that starts before the one before ends."""
        last = 0
        for index, segment in enumerate(self.segments):
            if segment.span.start < last:
                raise ValidationError(
                    f"Article.segments[{index}].span",
                    f"a span after the segment before it (from {last} on)",
                    segment.span,
                )
            last = segment.span.end

    def _ends_within(self, limit: int) -> bool:
        """Whether every span but the segments' ends by ``limit`` (walking :meth:`_spans`, needed
        only to say where a span is out, costs several times more)."""
        if self.dateline is not None and self.dateline.span.end > limit:
            return False
        for parts in (self.bylines, self.body, self.unparsed, self.diagnostics):
            for part in parts:
                if part.span.end > limit:
                    return False
        for photo in self.photos:
            for span in photo.occurrences:
                if span.end > limit:
                    return False
            if photo.credit is not None and photo.credit.span.end > limit:
                return False
        for person in self.people:
            for mention in person.mentions:
                if mention.span.end > limit:
                    return False
            for title in person.titles:
                if title.span.end > limit:
                    return False
        for time in self.times:
            for span in time.occurrences:
                if span.end > limit:
                    return False
        return True

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
            for j, span in enumerate(time.occurrences):  # (the first is its span)
                yield "times[{}].occurrences[{}]", (i, j), span
        for i, segment in enumerate(self.segments):
            yield "segments[{}].span", (i,), segment.span
        for i, diagnostic in enumerate(self.diagnostics):
            yield "diagnostics[{}].span", (i,), diagnostic.span


#: An Article built by keyword without a class call (see :func:`_by_keyword`).
new_article = _by_keyword(Article)
