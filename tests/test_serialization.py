"""JSON round trips are the identity; bad data gets messages with field paths; the schema holds."""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel import (
    Article,
    DeserializationError,
    NewsModelError,
    Paragraph,
    Span,
    from_dict,
    from_json,
    json_schema,
    parse,
    serialization,
    to_dict,
    to_json,
)
from newsmodel.models import (
    DateResolution,
    DiagnosticCode,
    NameOrder,
    Reading,
    SegmentKind,
    TimeRule,
)

from .strategies import MODELS

GOLDEN = Path(__file__).parent / "golden"
SEED_LIKE = (
    " date 2025-10-13 Headline here\n\nOctober 13, 2025\n\n"
    "A man inspects a base in Zhoushan City, Oct. 9, 2025. (Xinhua/Jiang Han)\n\n"
    "HANGZHOU, Oct. 11 (Xinhua) -- Chinese Vice Premier Zhang Guoqing spoke on Thursday.\n"
)


def _without_orjson() -> Any:
    """The standard library's compact writer, as where the fast extra is not installed."""
    return mock.patch.object(serialization, "_orjson_dumps", None)


class TestRoundTrip:
    """to_json then from_json gives back an equal object, for every model, in both layouts and with
    both compact writers; the strategies' text is any text, lone surrogates included."""

    @pytest.mark.parametrize("cls", list(MODELS), ids=lambda c: c.__name__)
    @settings(max_examples=30, deadline=None)
    @given(data=st.data())
    def test_identity(self, cls: type, data: st.DataObject) -> None:
        model = data.draw(MODELS[cls])
        assert from_json(cls, to_json(model)) == model
        assert from_json(cls, to_json(model, indent=2)) == model
        with _without_orjson():
            assert from_json(cls, to_json(model)) == model
        assert from_dict(cls, to_dict(model)) == model

    @settings(max_examples=30, deadline=None)
    @given(data=st.data())
    def test_both_encoders_write_the_same_data(self, data: st.DataObject) -> None:
        if serialization.json_writer() != "orjson":
            pytest.skip("the fast extra (orjson) is not installed")
        model = data.draw(MODELS[Article])
        fast = to_json(model)
        with _without_orjson():
            standard = to_json(model)
        # (a float may be spelled differently: 1e-08 and 1e-8)
        assert json.loads(fast) == json.loads(standard) == to_dict(model)

    def test_both_encoders_write_the_same_text_for_stories(self) -> None:
        if serialization.json_writer() != "orjson":
            pytest.skip("the fast extra (orjson) is not installed")
        for path in sorted(GOLDEN.glob("*/*.txt")):
            article = parse(path.read_text(encoding="utf-8"))
            fast = to_json(article)
            with _without_orjson():
                assert to_json(article) == fast, path.name

    def test_dates_are_iso_strings(self) -> None:
        data = to_dict(parse(SEED_LIKE))
        assert data["published"] == "2025-10-13"
        assert data["dateline"]["date"] == "2025-10-11"


# A lone surrogate, as text decoded with ``surrogateescape`` holds it, where an article holds text.
LONE = "Caf\udce9 owner \ud800 said"
WRITERS = [("orjson", False), ("json", True)]
LAYOUTS = [("compact", None), ("indented", 2)]


class TestConverter:
    """The converter's functions per model write each field as its registered hook would, inline."""

    def test_the_same_dicts_as_a_hook_per_field(self) -> None:
        article = parse(SEED_LIKE)
        dateline = article.dateline
        assert dateline is not None
        data = to_dict(article)
        assert data["dateline"]["span"] == {"start": dateline.span.start, "end": dateline.span.end}
        assert data["dateline"]["date"] == "2025-10-11"
        assert data["dateline"]["date_resolution"] == "publication-date"
        assert type(data["dateline"]["date_resolution"]) is str  # (not the enum member)
        assert [t["rule"] for t in data["times"]] == ["explicit-date", "month-day", "weekday-past"]
        assert data["photos"][0]["occurrences"] == [
            {"start": s.start, "end": s.end} for s in article.photos[0].occurrences
        ]
        assert data["bylines"] == [] and data["source"] is None

    def test_a_hook_registered_later_is_called(self) -> None:
        """A user's converter may write dates its own way: the inline form is only the default's."""
        converter = serialization.make_converter()
        converter.register_unstructure_hook(dt.date, lambda day: day.strftime("%d/%m/%Y"))
        converter.register_unstructure_hook(SegmentKind, lambda kind: kind.upper())
        data = converter.unstructure(parse(SEED_LIKE))
        assert data["dateline"]["date"] == "11/10/2025"
        assert data["segments"][0]["kind"] == "HEADER"
        assert data["times"][2]["rule"] == "weekday-past"  # (its hook is still the default's)


class TestAnyText:
    """Both writers, in both layouts, give valid JSON for any string: a lone surrogate is escaped
    (the same escape from each), and reads back as itself."""

    @pytest.mark.parametrize("indent", [c[1] for c in LAYOUTS], ids=[c[0] for c in LAYOUTS])
    @pytest.mark.parametrize("standard", [c[1] for c in WRITERS], ids=[c[0] for c in WRITERS])
    def test_lone_surrogate(self, standard: bool, indent: int | None) -> None:
        if not standard and serialization.json_writer() != "orjson":
            pytest.skip("the fast extra (orjson) is not installed")
        article = Article(
            wire_format="generic",
            text_length=40,
            headline=LONE,
            body=[Paragraph(text=LONE, span=Span(start=0, end=len(LONE)))],
        )
        if standard:
            with _without_orjson():
                written = to_json(article, indent=indent)
        else:
            written = to_json(article, indent=indent)
        assert written.count("Caf\\udce9 owner \\ud800 said") == 2
        written.encode("utf-8")  # (raises on a surrogate left unescaped)
        assert from_json(Article, written) == article
        assert from_json(Article, written.encode("utf-8")) == article

    def test_writers_agree_on_surrogates(self) -> None:
        if serialization.json_writer() != "orjson":
            pytest.skip("the fast extra (orjson) is not installed")
        article = Article(wire_format="generic", text_length=1, headline=LONE)
        with _without_orjson():
            standard = to_json(article)
        assert to_json(article) == standard

    @settings(max_examples=50, deadline=None)
    @given(text=st.text(st.characters(exclude_categories=()), min_size=1))
    def test_any_text(self, text: str) -> None:
        if text.isspace():
            text = f"x{text}"
        article = Article(wire_format="generic", text_length=0, headline=text)
        for indent in (None, 2):
            written = to_json(article, indent=indent)
            with _without_orjson():
                assert to_json(article, indent=indent) == written
            written.encode("utf-8")
            # a high surrogate then a low one read back as the character the pair encodes
            assert from_json(Article, written).headline == _SURROGATE_PAIR.sub(_joined, text)


_SURROGATE_PAIR = re.compile("([\ud800-\udbff])([\udc00-\udfff])")


def _joined(pair: re.Match[str]) -> str:
    high, low = (ord(c) for c in pair.groups())
    return chr(0x10000 + (high - 0xD800) * 0x400 + (low - 0xDC00))


def _article_data() -> dict[str, Any]:
    return to_dict(parse(SEED_LIKE))


def _deep(levels: int) -> list[Any]:
    """``levels`` lists, each inside the one before."""
    outer: list[Any] = []
    inner = outer
    for _ in range(levels - 1):
        inner.append([])
        inner = inner[0]
    return outer


DEEP = _deep(100_000)


def _set(path: list[str | int], value: object) -> dict[str, Any]:
    data = _article_data()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


BAD: list[tuple[str, dict[str, Any], str]] = [
    (
        "wrong-type",
        _set(["photos", 0, "credit", "agencies", 0], 7),
        "photos[0].credit.agencies[0]: expected str, got int",
    ),
    (
        "missing-field",
        {k: v for k, v in _article_data().items() if k != "wire_format"},
        "wire_format: required field missing",
    ),
    ("unknown-field", _set(["colour"], "red"), "$: unknown field(s) colour"),
    (
        "not-a-real-date",
        _set(["dateline", "date"], "2025-02-30"),
        "dateline.date: expected a real date (YYYY-MM-DD), got '2025-02-30'",
    ),
    (
        "invalid-value",
        _set(["dateline", "place"], ""),
        "dateline.place: expected a non-blank string, got ''",
    ),
    ("bad-enum", _set(["segments", 0, "kind"], "poem"), "segments[0].kind: expected one of"),
    ("string-for-list", _set(["body"], "text"), "body: expected array, got str"),
    ("bool-for-int", _set(["text_length"], True), "text_length: expected int, got bool"),
    # objects the parser could never produce
    (
        "text-length-10-to-400",
        _set(["text_length"], 10**400),
        "text_length: expected a whole number from 0 to 9007199254740991, got 1000",
    ),
    (
        "offset-past-safe-integers",
        _set(["body", 0, "span", "end"], 2**53),
        "body[0].span.end: expected a whole number from 0 to 9007199254740991, got 9007199254740992",
    ),
    (
        "resolution-nonsense",
        _set(["dateline", "date_resolution"], "nonsense"),
        "dateline.date_resolution: expected one of 'explicit', 'publication-date', 'story-date', "
        "got 'nonsense'",
    ),
    (
        "rule-nonsense",
        _set(["times", 0, "rule"], "nonsense"),
        "times[0].rule: expected one of 'explicit-date', 'month-day',",
    ),
    (
        "rule-not-a-string",
        _set(["times", 0, "rule"], 3),
        "times[0].rule: expected one of 'explicit-date', 'month-day',",
    ),
    (
        "reading-nonsense",
        _set(
            ["times", 0, "alternatives"],
            [{"start": "2025-10-09", "end": "2025-10-09", "reading": "nonsense"}],
        ),
        "times[0].alternatives[0].reading: expected one of 'past', 'future', got 'nonsense'",
    ),
    (
        "code-nonsense",
        _set(
            ["diagnostics"],
            [
                {
                    "code": "nonsense",
                    "message": "m",
                    "span": {"start": 0, "end": 1},
                    "line": 1,
                    "column": 1,
                }
            ],
        ),
        "diagnostics[0].code: expected one of 'before-dateline', 'date-mismatch', 'encoding-fallback'",
    ),
    (
        "confidence-string",
        _set(["times", 0, "confidence"], "0.9"),
        "times[0].confidence: expected number, got str",
    ),
    (
        "confidence-nan",
        _set(["times", 0, "confidence"], float("nan")),
        "times[0].confidence: expected a number from 0 to 1, got nan",
    ),
    (
        "confidence-above-one",
        _set(["times", 0, "confidence"], 1.5),
        "times[0].confidence: expected a number from 0 to 1, got 1.5",
    ),
    (
        "segments-reversed",
        {**_article_data(), "segments": _article_data()["segments"][::-1]},
        "segments[1].span: expected a span after the segment before it",
    ),
    (
        "segments-overlapping",
        _set(["segments", 1, "span", "start"], 0),
        "segments[1].span: expected a span after the segment before it",
    ),
    (
        "dateline-raw-not-its-span",
        _set(["dateline", "raw"], "HANGZHOU --"),
        "dateline.raw: expected the text at its span as written (29 characters), got 'HANGZHOU --'",
    ),
    (
        "credit-raw-not-its-span",
        _set(["photos", 0, "credit", "raw"], "(Xinhua)"),
        "photos[0].credit.raw: expected the text at its span as written (18 characters)",
    ),
    (
        "date-basic-format",
        _set(["published"], "20251013"),
        "published: expected a real date (YYYY-MM-DD), got '20251013'",
    ),
    (
        "long-string-shortened",
        _set(["segments", 0, "kind"], "x" * 1_000_000),
        "segments[0].kind: expected one of",
    ),
    ("deep-list-in-field", _set(["body"], [DEEP]), "body[0]: expected object, got array"),
]


NOT_JSON: list[tuple[str, Any, str]] = [
    ("malformed", '{"wire_format": "x",', "$: not JSON (line 1, column 21"),
    ("empty", "", "$: not JSON (line 1, column 1: Expecting value"),
    ("nested-lists", "[" * 100_000 + "]" * 100_000, "$: not read: nested too deeply"),
    (
        "nested-in-a-field",
        '{"wire_format": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "$: not read: nested too deeply",
    ),
    ("nested-objects", '{"a": ' * 100_000 + "1" + "}" * 100_000, "$: not read: nested too deeply"),
    (
        "invalid-utf-8",
        b'{"wire_format": "\xff"}',
        "$: not JSON ('utf-8' codec can't decode byte 0xff",
    ),
    (
        "number-too-long",
        '{"text_length": 1' + "0" * 5000 + "}",
        "$: not JSON (Exceeds the limit",
    ),
    (
        "nan-is-not-a-length",
        '{"wire_format": "x", "text_length": NaN}',
        "text_length: expected int",
    ),
    ("none", None, "$: expected JSON text (str or bytes), got NoneType"),
    ("a-dict", {"wire_format": "x"}, "$: expected JSON text (str or bytes), got dict"),
]


class TestBadData:
    """from_dict and from_json raise DeserializationError whose message gives the field's path."""

    @pytest.mark.parametrize(("data", "message"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
    def test_message_has_path(self, data: dict[str, Any], message: str) -> None:
        with pytest.raises(DeserializationError) as info:
            from_dict(Article, data)
        assert message in str(info.value)
        assert isinstance(info.value, (NewsModelError, ValueError))

    def test_message_is_short(self) -> None:
        with pytest.raises(DeserializationError) as info:
            from_dict(Article, _set(["segments", 0, "kind"], "x" * 1_000_000))
        assert len(str(info.value)) < 300

    def test_not_json(self) -> None:
        with pytest.raises(DeserializationError, match=r"\$: not JSON \(line 1, column 2"):
            from_json(Span, "{oops")

    @pytest.mark.parametrize(
        ("text", "message"), [c[1:] for c in NOT_JSON], ids=[c[0] for c in NOT_JSON]
    )
    def test_text_that_is_not_json(self, text: Any, message: str) -> None:
        with pytest.raises(DeserializationError) as info:
            from_json(Article, text)
        assert str(info.value).startswith(f"cannot build Article: {message}")
        assert isinstance(info.value, ValueError)

    def test_not_an_object(self) -> None:
        with pytest.raises(DeserializationError, match=r"\$: expected object, got array"):
            from_json(Span, "[1, 2]")


_DIAGNOSTIC = {
    "code": "date-mismatch",
    "message": "m",
    "span": {"start": 0, "end": 1},
    "line": 1,
    "column": 1,
}

# Objects that both the JSON Schema and from_dict refuse (each breaks one rule a schema can state;
# the rules between fields, such as segments in order, are the model's alone).
REFUSED: list[tuple[str, dict[str, Any]]] = [
    ("blank-string", _set(["dateline", "place"], " \n ")),
    ("empty-string", _set(["headline"], "")),
    ("blank-unicode-spaces", _set(["headline"], "\u3000\x1c\u2029\u00a0")),
    ("blank-item", _set(["photos", 0, "credit", "agencies", 0], "\t")),
    ("no-agency", _set(["photos", 0, "credit", "agencies"], [])),
    ("no-occurrence", _set(["photos", 0, "occurrences"], [])),
    ("no-mention", _set(["people", 0, "mentions"], [])),
    ("negative-length", _set(["text_length"], -1)),
    ("length-past-safe", _set(["text_length"], 2**53)),
    ("length-10-to-400", _set(["text_length"], 10**400)),
    ("negative-offset", _set(["body", 0, "span", "start"], -1)),
    ("offset-past-safe", _set(["body", 0, "span", "end"], 2**53)),
    ("line-past-safe", _set(["diagnostics"], [{**_DIAGNOSTIC, "line": 2**53}])),
    ("negative-column", _set(["diagnostics"], [{**_DIAGNOSTIC, "column": -1}])),
    ("code-nonsense", _set(["diagnostics"], [{**_DIAGNOSTIC, "code": "nonsense"}])),
    ("confidence-above-one", _set(["times", 0, "confidence"], 1.5)),
    ("confidence-below-zero", _set(["times", 0, "confidence"], -0.5)),
    ("confidence-string", _set(["times", 0, "confidence"], "1")),
    ("resolution-nonsense", _set(["dateline", "date_resolution"], "nonsense")),
    ("rule-nonsense", _set(["times", 0, "rule"], "nonsense")),
    (
        "reading-nonsense",
        _set(
            ["times", 0, "alternatives"],
            [{"start": "2025-10-09", "end": "2025-10-09", "reading": "maybe"}],
        ),
    ),
    ("name-order-nonsense", _set(["people", 0, "name_order"], "nonsense")),
    ("kind-nonsense", _set(["segments", 0, "kind"], "poem")),
    ("date-impossible", _set(["published"], "2025-02-30")),
    ("date-basic-format", _set(["published"], "20251013")),
    ("date-with-newline", _set(["published"], "2025-10-13\n")),
    ("bool-for-int", _set(["text_length"], True)),
    ("string-for-int", _set(["text_length"], "208")),
    ("unknown-field", _set(["colour"], "red")),
    ("missing-field", {k: v for k, v in _article_data().items() if k != "text_length"}),
    ("null-for-list", _set(["body"], None)),
]


ENUM_FIELDS: list[tuple[str, type[enum.Enum]]] = [
    ("Dateline.date_resolution", DateResolution),
    ("TimeExpression.rule", TimeRule),
    ("DateRange.reading", Reading),
    ("Diagnostic.code", DiagnosticCode),
    ("Person.name_order", NameOrder),
    ("Segment.kind", SegmentKind),
]


class TestSchema:
    """The JSON Schema describes what to_json writes, and refuses what the model refuses."""

    def test_output_validates(self) -> None:
        jsonschema = pytest.importorskip("jsonschema")
        validator = jsonschema.Draft202012Validator(json_schema())
        assert validator.is_valid(json.loads(to_json(parse(SEED_LIKE))))

    def test_schema_rejects_unknown_fields(self) -> None:
        jsonschema = pytest.importorskip("jsonschema")
        data = json.loads(to_json(parse(SEED_LIKE)))
        data["colour"] = "red"
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(data, json_schema())

    def test_every_model_is_defined(self) -> None:
        assert set(json_schema()["$defs"]) == {cls.__name__ for cls in MODELS}

    def test_schema_is_valid(self) -> None:
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.Draft202012Validator.check_schema(json_schema())

    @pytest.mark.parametrize(("where", "kind"), ENUM_FIELDS, ids=[c[0] for c in ENUM_FIELDS])
    def test_enums(self, where: str, kind: type[enum.Enum]) -> None:
        model, name = where.split(".")
        schema = json_schema()["$defs"][model]["properties"][name]
        options = schema.get("anyOf", [schema])
        assert (options[0]["type"], options[0]["enum"]) == ("string", [m.value for m in kind])

    def test_goldens_are_valid_for_both(self) -> None:
        """Every golden file: valid for the schema, formats checked, and read by from_json."""
        validator = _validator()
        goldens = sorted(GOLDEN.glob("*/*.json"))
        assert goldens
        for path in goldens:
            text = path.read_text(encoding="utf-8")
            assert list(validator.iter_errors(json.loads(text))) == [], path.name
            assert isinstance(from_json(Article, text), Article)

    def test_non_blank_agrees_with_the_model(self) -> None:
        """(A byte order mark is not white space to Python, so not blank to either.)"""
        data = _set(["headline"], "\ufeff")
        assert _validator().is_valid(data)
        assert from_dict(Article, data).headline == "\ufeff"

    def test_defaults_may_be_left_out_of_both(self) -> None:
        data = {"wire_format": "generic", "text_length": 0}
        assert _validator().is_valid(data)
        assert from_dict(Article, data) == Article(wire_format="generic", text_length=0)
        schema = json_schema()["$defs"]["TimeExpression"]
        assert schema["properties"]["confidence"]["default"] == 1.0
        assert "confidence" not in schema["required"]

    @pytest.mark.parametrize("data", [c[1] for c in REFUSED], ids=[c[0] for c in REFUSED])
    def test_schema_and_model_refuse_alike(self, data: dict[str, Any]) -> None:
        assert not _validator().is_valid(data)
        with pytest.raises(DeserializationError):
            from_dict(Article, data)


def _validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft202012Validator(
        json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
