"""JSON round trips are the identity; bad data gets messages with field paths; the schema holds."""

from __future__ import annotations

import json
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
    Span,
    from_dict,
    from_json,
    json_schema,
    parse,
    serialization,
    to_dict,
    to_json,
)

from .strategies import MODELS

GOLDEN = Path(__file__).parent / "golden"
SEED_LIKE = (
    " date 2025-10-13 Headline here\n\nOctober 13, 2025\n\n"
    "A man inspects a base in Zhoushan City, Oct. 9, 2025. (Xinhua/Jiang Han)\n\n"
    "HANGZHOU, Oct. 11 (Xinhua) -- Chinese Vice Premier Zhang Guoqing spoke on Thursday.\n"
)


class TestRoundTrip:
    """to_json then from_json gives back an equal object, for every model."""

    @pytest.mark.parametrize("cls", list(MODELS), ids=lambda c: c.__name__)
    @settings(max_examples=30, deadline=None)
    @given(data=st.data())
    def test_identity(self, cls: type, data: st.DataObject) -> None:
        model = data.draw(MODELS[cls])
        assert from_json(cls, to_json(model)) == model
        assert from_dict(cls, to_dict(model)) == model

    @settings(max_examples=30, deadline=None)
    @given(data=st.data())
    def test_both_encoders_write_the_same_data(self, data: st.DataObject) -> None:
        if serialization.json_writer() != "orjson":
            pytest.skip("the fast extra (orjson) is not installed")
        model = data.draw(MODELS[Article])
        fast = to_json(model)
        with mock.patch.object(serialization, "_orjson_dumps", None):
            standard = to_json(model)
        # (a float may be spelled differently: 1e-08 and 1e-8)
        assert json.loads(fast) == json.loads(standard) == to_dict(model)

    def test_both_encoders_write_the_same_text_for_stories(self) -> None:
        if serialization.json_writer() != "orjson":
            pytest.skip("the fast extra (orjson) is not installed")
        for path in sorted(GOLDEN.glob("*/*.txt")):
            article = parse(path.read_text(encoding="utf-8"))
            fast = to_json(article)
            with mock.patch.object(serialization, "_orjson_dumps", None):
                assert to_json(article) == fast, path.name

    def test_dates_are_iso_strings(self) -> None:
        data = to_dict(parse(SEED_LIKE))
        assert data["published"] == "2025-10-13"
        assert data["dateline"]["date"] == "2025-10-11"


def _article_data() -> dict[str, Any]:
    return to_dict(parse(SEED_LIKE))


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
]


class TestBadData:
    """from_dict and from_json raise DeserializationError whose message gives the field's path."""

    @pytest.mark.parametrize(("data", "message"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
    def test_message_has_path(self, data: dict[str, Any], message: str) -> None:
        with pytest.raises(DeserializationError) as info:
            from_dict(Article, data)
        assert message in str(info.value)
        assert isinstance(info.value, (NewsModelError, ValueError))

    def test_not_json(self) -> None:
        with pytest.raises(DeserializationError, match=r"\$: not JSON \(line 1, column 2"):
            from_json(Span, "{oops")

    def test_not_an_object(self) -> None:
        with pytest.raises(DeserializationError, match=r"\$: expected object, got array"):
            from_json(Span, "[1, 2]")


class TestSchema:
    """The JSON Schema describes what to_json writes."""

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
