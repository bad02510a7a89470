"""Models to and from plain data and JSON, through one private cattrs converter; the JSON Schema.

>>> from newsmodel import Span, to_dict, from_dict
>>> to_dict(Span(start=0, end=4))
{'start': 0, 'end': 4}
>>> from_dict(Span, {"start": 0, "end": 4})
Span(start=0, end=4)

Dates travel as ISO 8601 strings (``YYYY-MM-DD``). Reading is strict: text that is not JSON (or
nests too deeply to read), a wrong type, a missing or unknown field or an invalid value raises
:class:`~newsmodel.exceptions.DeserializationError` (also a :class:`ValueError`) whose message gives
the path of each bad field (``photos[1].credit.agencies[0]: expected str, got int``).
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import json
import re
import reprlib
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn

from . import models
from .exceptions import DeserializationError, ValidationError

__all__ = [
    "from_dict",
    "from_json",
    "json_schema",
    "json_writer",
    "make_converter",
    "to_dict",
    "to_json",
]

T = TypeVar("T")


def _fast_dumps() -> Callable[[Any], bytes] | None:
    """orjson's compact writer, when the optional ``fast`` extra is installed."""
    try:
        orjson = importlib.import_module("orjson")
    except ImportError:  # pragma: no cover - depends on what is installed
        return None
    dumps: Callable[[Any], bytes] = orjson.dumps
    return dumps


_orjson_dumps = _fast_dumps()


def json_writer() -> str:
    """Which library writes compact JSON: ``"orjson"`` (the ``fast`` extra) or ``"json"``."""
    return "orjson" if _orjson_dumps is not None else "json"


_MODELS: tuple[type, ...] = (
    models.Article,
    models.Byline,
    models.Credit,
    models.DateRange,
    models.Dateline,
    models.Diagnostic,
    models.Envelope,
    models.Failure,
    models.Mention,
    models.Paragraph,
    models.Person,
    models.PhotoCaption,
    models.Segment,
    models.Source,
    models.Span,
    models.TimeExpression,
    models.Title,
)


#: the closed sets of words, each written as its value
_ENUMS: tuple[type[enum.Enum], ...] = (
    models.DateResolution,
    models.DiagnosticCode,
    models.NameOrder,
    models.Reading,
    models.SegmentKind,
    models.TimeRule,
)


class _MismatchError(TypeError):
    """A value of the wrong JSON type; its message is ``expected X, got Y``."""


def _short_repr() -> Callable[[object], str]:
    """A short repr for messages: a 10 MB string or a deeply nested list stays one short line."""
    short = reprlib.Repr()  # (keyword arguments only from Python 3.12)
    short.maxstring = short.maxother = 80
    short.maxlevel = 3
    return short.repr


_show = _short_repr()


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    return {dict: "object", list: "array", bool: "bool"}.get(type(value), type(value).__name__)


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _MismatchError(f"expected str, got {_json_type(value)}")
    return value


def _structure_int(value: object, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _MismatchError(f"expected int, got {_json_type(value)}")
    return value


def _structure_float(value: object, _: type) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise _MismatchError(f"expected number, got {_json_type(value)}")
    return float(value)


def _structure_date(value: object, _: type) -> dt.date:
    if not isinstance(value, str):
        raise _MismatchError(f"expected a date string (YYYY-MM-DD), got {_json_type(value)}")
    try:
        # (only the form to_json writes: fromisoformat alone also takes 20251011 and 2025-W41-6)
        if len(value) != 10 or value[4] != "-" or value[7] != "-":
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _MismatchError(f"expected a real date (YYYY-MM-DD), got {_show(value)}") from None


# A datetime as ``to_json`` writes it (``datetime.isoformat``): seconds always, microseconds and the
# offset where the value has them. Anything else is refused (``fromisoformat`` alone takes more).
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?"
    r"(?:[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{6})?)?)?"
)


def _structure_moment(value: object, _: type) -> dt.date | None:
    """None, a date (``YYYY-MM-DD``) or a datetime (``YYYY-MM-DDTHH:MM:SS``, offset optional)."""
    if value is None:
        return None
    if isinstance(value, str) and "T" in value:
        if _DATETIME.fullmatch(value) is not None:
            try:
                return dt.datetime.fromisoformat(value)
            except ValueError:
                pass
        raise _MismatchError(
            f"expected a real date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SS, "
            f"an offset optional), got {_show(value)}"
        )
    return _structure_date(value, dt.date)


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    if isinstance(value, str):
        try:
            return cls(value)
        except ValueError:
            pass
    known = ", ".join(repr(member.value) for member in cls)
    got = _show(value) if isinstance(value, str) else _json_type(value)
    raise _MismatchError(f"expected one of {known}, got {got}")


def _enum_value(member: enum.Enum) -> Any:
    return member._value_  # (the attribute itself: ``.value`` is a slower descriptor)


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_factory(type_: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    inner = homogenous_tuple_structure_factory(type_, converter)

    def structure(value: object, cls: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise _MismatchError(f"expected array, got {_json_type(value)}")
        return inner(value, cls)

    return structure


def _tuple_unstructure_factory(type_: Any, converter: cattrs.Converter) -> Callable[[Any], Any]:
    """A tuple as a JSON array, its items' hook looked up once (not once per item)."""
    item = get_args(type_)[0]
    if item in (str, int, float):
        return list
    hook = converter.get_unstructure_hook(item)
    return lambda value: [hook(v) for v in value]


def _model_factory(type_: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """A model from a JSON object: anything else is ``expected object, got ...``."""
    inner = make_dict_structure_fn(type_, converter)

    def structure(value: object, cls: Any) -> Any:
        if not isinstance(value, dict):
            raise _MismatchError(f"expected object, got {_json_type(value)}")
        return inner(value, cls)

    return structure


# The hooks registered below for these types, and what each does as an expression of the value
# ``{}``: a model's function writes it inline (the calls of cattrs' hooks were a quarter of to_dict).
_INLINE: dict[Any, tuple[Callable[[Any], Any], str]] = {
    dt.date: (dt.date.isoformat, "{}.isoformat()"),
    dt.datetime: (dt.datetime.isoformat, "{}.isoformat()"),
    **dict.fromkeys(_ENUMS, (_enum_value, "{}._value_")),
}


def _expression(type_: Any, value: str, converter: cattrs.Converter, names: dict[str, Any]) -> str:
    """Source that unstructures ``value`` (an expression) of ``type_`` as the converter's hooks
    would, each written inline where it can be (a hook it must call goes into ``names``)."""
    if type_ in _INLINE:
        ours, inline = _INLINE[type_]
        if converter.get_unstructure_hook(type_) is ours:  # (else a hook registered since: called)
            return inline.format(value)
    args = get_args(type_)
    if get_origin(type_) in (Union, types.UnionType) and type(None) in args:
        # (one expression for every type it may be: ``datetime | date | None`` is one isoformat)
        each = {_expression(arg, value, converter, names) for arg in args if arg is not type(None)}
        if each == {value}:
            return value
        if len(each) == 1:
            return f"None if {value} is None else {each.pop()}"
    elif _is_homogeneous_tuple(type_):
        # (x inside x: a comprehension reads its iterable before it names its own item; an empty
        # tuple makes none: each is a function made and called, 3% of to_dict for the empty ones)
        item = _expression(args[0], "x", converter, names)
        return f"list({value})" if item == "x" else f"[{item} for x in {value}] if {value} else []"
    elif attrs.has(type_):
        return _fields(type_, value, converter, names)
    hook = converter.get_unstructure_hook(type_)
    if hook is identity:
        return value
    name = f"hook{len(names)}"
    names[name] = hook
    return f"{name}({value})"


def _fields(cls: type, value: str, converter: cattrs.Converter, names: dict[str, Any]) -> str:
    """Source of the dict of ``value``, a ``cls``: its fields in order, a model's inside it."""
    hints = typing.get_type_hints(cls)
    items = (
        f"{a.name!r}: {_expression(hints[a.name], f'{value}.{a.name}', converter, names)}"
        for a in attrs.fields(cls)
    )
    return "{" + ", ".join(items) + "}"


def _model_unstructure_factory(cls: type, converter: cattrs.Converter) -> Callable[[Any], Any]:
    """One function per model that builds its whole dict, the models within it included, with no
    call per field or per item (cattrs' own calls a hook for each: a third more instructions)."""
    names: dict[str, Any] = {}
    source = f"def unstructure(instance):\n    return {_fields(cls, 'instance', converter, names)}"
    exec(compile(source, f"<newsmodel unstructure of {cls.__name__}>", "exec"), names)
    unstructure: Callable[[Any], Any] = names["unstructure"]
    return unstructure


def configure_converter(converter: cattrs.Converter) -> None:
    """Teach ``converter`` newsmodel's rules: strict primitives, ISO dates, enums by value."""
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    converter.register_structure_hook(dt.datetime | dt.date | None, _structure_moment)
    for kind in _ENUMS:  # before str: they subclass it
        converter.register_structure_hook(kind, _structure_enum)
        converter.register_unstructure_hook(kind, _enum_value)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_factory)
    converter.register_structure_hook_factory(attrs.has, _model_factory)
    converter.register_unstructure_hook_factory(_is_homogeneous_tuple, _tuple_unstructure_factory)
    converter.register_unstructure_hook_factory(attrs.has, _model_unstructure_factory)


def make_converter() -> cattrs.Converter:
    """A new converter configured for newsmodel (the module keeps one private instance)."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    configure_converter(converter)
    return converter


_converter = make_converter()


def to_dict(model: object) -> dict[str, Any]:
    """A model as plain data: dicts, lists, strings, numbers; dates as ISO strings."""
    data: dict[str, Any] = _converter.unstructure(model)
    return data


def from_dict(cls: type[T], data: object) -> T:
    """Build ``cls`` from plain data, raising :class:`DeserializationError` with field paths."""
    if not isinstance(data, dict):
        raise DeserializationError(cls.__name__, [f"$: expected object, got {_json_type(data)}"])
    try:
        return _converter.structure(data, cls)
    except (ClassValidationError, IterableValidationError, ValidationError, TypeError) as exc:
        raise DeserializationError(cls.__name__, _messages(exc, "")) from None
    except RecursionError:  # pragma: no cover - the model nests a few levels; a guard all the same
        raise DeserializationError(cls.__name__, ["$: nested too deeply"]) from None


# Surrogates (U+D800..U+DFFF) cannot be written as UTF-8: text decoded with ``surrogateescape``
# holds them. JSON writes each as an escape (``\udc80``), which reads back as the same character.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _escape_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def to_json(model: object, *, indent: int | None = None) -> str:
    """A model as a JSON string (``indent`` as in :func:`json.dumps`).

    Compact JSON is written by orjson when the ``fast`` extra is installed (the same data, about
    six times faster; a float may be spelled differently, ``1e-08`` for ``1e-8``), else by the
    standard library. Any string can be written: a lone surrogate becomes an escape such as
    ``\\udc80`` in both layouts and with either writer, and reads back as itself (a high surrogate
    followed by a low one reads back as the one character the pair encodes: JSON has no other
    way to write them).
    """
    data = to_dict(model)
    if indent is None:
        if _orjson_dumps is not None:
            try:
                return _orjson_dumps(data).decode()
            except TypeError:  # (orjson.JSONEncodeError) a surrogate: written below, escaped
                pass
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(data, ensure_ascii=False, indent=indent, separators=(",", ": "))
    try:
        text.encode()  # (UTF-8 fails only on a surrogate; in C, far faster than a search)
    except UnicodeEncodeError:
        return _SURROGATE.sub(_escape_surrogate, text)
    return text


def from_json(cls: type[T], text: str | bytes) -> T:
    """Build ``cls`` from a JSON document (``str``, or ``bytes`` in UTF-8, -16 or -32)."""
    if not isinstance(text, (str, bytes, bytearray)):
        problem = f"$: expected JSON text (str or bytes), got {type(text).__name__}"
        raise DeserializationError(cls.__name__, [problem])
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise DeserializationError(cls.__name__, [f"$: not JSON ({problem})"]) from None
    except RecursionError:
        raise DeserializationError(cls.__name__, ["$: not read: nested too deeply"]) from None
    except ValueError as exc:  # bytes that are not Unicode; a number too long to convert
        raise DeserializationError(cls.__name__, [f"$: not JSON ({exc})"]) from None
    return from_dict(cls, data)


def _messages(exc: BaseException, path: str) -> list[str]:
    """Flatten cattrs' nested errors into ``path: problem`` lines."""
    if isinstance(exc, ClassValidationError):
        lines: list[str] = []
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            lines += _messages(sub, f"{path}.{note.name}")
        for sub in without:
            lines += _messages(sub, path)
        return lines
    if isinstance(exc, IterableValidationError):
        lines = []
        with_items, without_items = exc.group_exceptions()
        for sub, item in with_items:
            lines += _messages(sub, f"{path}[{item.index}]")
        for sub in without_items:
            lines += _messages(sub, path)
        return lines
    where = path.lstrip(".") or "$"
    if isinstance(exc, ForbiddenExtraKeysError):
        return [f"{where}: unknown field(s) {', '.join(sorted(exc.extra_fields))}"]
    if isinstance(exc, KeyError):
        return [f"{where}: required field missing"]
    if isinstance(exc, ValidationError):
        attribute = exc.field.split(".", 1)[-1]
        inner = f"{path}.{attribute}".lstrip(".")
        return [f"{inner}: expected {exc.expected}, got {_show(exc.got)}"]
    return [f"{where}: {exc}"]


# --- JSON Schema -------------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of :class:`~newsmodel.Article` as :func:`to_json` writes it.

    It refuses what :func:`from_json` refuses, but for the rules between fields that a schema
    cannot state (see ``docs/model.md``); a field with a default may be left out, as there.
    """
    defs: dict[str, Any] = {}
    for cls in _MODELS:
        _define(cls, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://newsmodel.invalid/schema/article.json",
        "title": "newsmodel Article",
        "$ref": "#/$defs/Article",
        "$defs": dict(sorted(defs.items())),
    }


# What each validator of the model says, as JSON Schema keywords: the schema refuses what the model
# refuses, except the rules between fields (a span's end before its start, a span outside the text,
# segments out of order, a raw text as long as its span), which a JSON Schema cannot state.
_NON_BLANK = {"minLength": 1, "pattern": r"\S"}  # (\S: not Python's str.isspace, as the model)
_DAY = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"  # (with the length 10: ``$`` alone lets a newline in)
# A datetime as to_json writes it: seconds always; microseconds and the offset where it has them.
# It ends in ``(?![\s\S])`` (nothing follows), not ``$``, which lets a final newline in.
_MOMENT = (
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{6})?"
    "([+-][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{6})?)?)?(?![\\s\\S])"
)
_WHOLE = {"minimum": 0, "maximum": models.MAX_WHOLE_NUMBER}
_SAYS: dict[Callable[..., None], tuple[str, dict[str, Any]]] = {
    models._text: ("string", _NON_BLANK),
    models._optional_text: ("string", _NON_BLANK),
    models._texts: ("items", _NON_BLANK),
    models._non_empty: ("array", {"minItems": 1}),
    models._count: ("integer", _WHOLE),
    models._fraction: ("number", {"minimum": 0, "maximum": 1}),
}
# Span checks its two fields in one hook (it is the most numerous object), not in validators.
_FIELD_SAYS: dict[tuple[type, str], tuple[str, dict[str, Any]]] = {
    (models.Span, "start"): ("integer", _WHOLE),
    (models.Span, "end"): ("integer", _WHOLE),
}


def _define(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # reserve the name first: models may refer to each other
    hints = typing.get_type_hints(cls)
    properties = {}
    for attribute in attrs.fields(cls):
        schema = _schema_of(hints[attribute.name], defs)
        for where, keywords in _rules(cls, attribute):
            _constrain(schema, where, keywords)
        # (to_json writes it; from_json may go without; a default computed from the other fields,
        # such as ``TimeExpression.occurrences``, has no value to state)
        if attribute.default is not attrs.NOTHING and not isinstance(
            attribute.default,
            attrs.Factory,  # type: ignore[arg-type]  # (a class; its stub is a function)
        ):
            schema["default"] = _converter.unstructure(attribute.default)
        properties[attribute.name] = schema
    defs[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().split("\n")[0],
        "properties": properties,
        "required": [a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING],
        "additionalProperties": False,
    }


def _rules(cls: type, attribute: attrs.Attribute[Any]) -> list[tuple[str, dict[str, Any]]]:
    """What the validators of ``attribute`` say: (which part of its schema, keywords)."""
    found = [_FIELD_SAYS[cls, attribute.name]] if (cls, attribute.name) in _FIELD_SAYS else []
    validator = models._validator_of(attribute)
    # (a list of validators is one ``and_`` validator holding them)
    for check in getattr(validator, "_validators", (validator,)):
        if check in _SAYS:
            found.append(_SAYS[check])
    return found


def _constrain(schema: dict[str, Any], where: str, keywords: dict[str, Any]) -> None:
    """Add ``keywords`` to the schema of ``where`` in ``schema``: the value, or an array's items."""
    if where == "items":
        schema = schema["items"]
        where = "string"
    for option in schema.get("anyOf", [schema]):
        if option.get("type") == where:
            option.update(keywords)


def _schema_of(type_: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(type_)
    if origin in (Union, types.UnionType):
        options = [_schema_of(arg, defs) for arg in get_args(type_) if arg is not type(None)]
        return {"anyOf": [*options, {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(get_args(type_)[0], defs)}
    if attrs.has(type_):
        _define(type_, defs)
        return {"$ref": f"#/$defs/{type_.__name__}"}
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return {"type": "string", "enum": [member.value for member in type_]}
    if type_ is dt.datetime:
        # A local time (no offset) is not RFC 3339, so no ``format`` keyword: the pattern says it.
        return {
            "type": "string",
            "description": "a date and time, ISO 8601; with its UTC offset where it is known",
            "pattern": _MOMENT,
        }
    if type_ is dt.date:
        return {
            "type": "string",
            "format": "date",
            "minLength": 10,
            "maxLength": 10,
            "pattern": _DAY,
        }
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    return {"type": simple[type_]}
