"""The model validates on construction: impossible objects cannot exist."""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import attrs
import hypothesis
import pytest
from hypothesis import strategies as st

from newsmodel import (
    Article,
    Byline,
    Credit,
    Dateline,
    DateRange,
    Diagnostic,
    Mention,
    NewsModelError,
    Paragraph,
    Person,
    PhotoCaption,
    Segment,
    SegmentKind,
    Span,
    TimeExpression,
    Title,
    ValidationError,
    models,
    parse,
    serialization,
)
from newsmodel.models import (
    MAX_WHOLE_NUMBER,
    DateResolution,
    DiagnosticCode,
    Reading,
    TimeRule,
)

SPAN = Span(start=0, end=5)
DAY = dt.date(2025, 10, 11)
GOLDEN = Path(__file__).parent / "golden"


def _time(**changes: object) -> TimeExpression:
    fields: dict[str, object] = {
        "text": "on Thursday",
        "span": SPAN,
        "start": DAY,
        "end": DAY,
        "anchor": DAY,
        "rule": "weekday-past",
    }
    return TimeExpression(**{**fields, **changes})  # type: ignore[arg-type]


def _segments(*spans: tuple[int, int]) -> Article:
    return Article(
        wire_format="x",
        text_length=20,
        segments=[
            Segment(kind=SegmentKind.BODY, span=Span(start=start, end=end)) for start, end in spans
        ],
    )


def _diagnostic(**changes: object) -> Diagnostic:
    fields: dict[str, object] = {
        "code": "date-mismatch",
        "message": "m",
        "span": SPAN,
        "line": 1,
        "column": 1,
    }
    return Diagnostic(**{**fields, **changes})  # type: ignore[arg-type]


INVALID: list[tuple[str, Callable[[], object], str]] = [
    ("span-negative", lambda: Span(start=-1, end=2), "Span.start"),
    ("span-backwards", lambda: Span(start=5, end=2), "Span.end"),
    ("span-not-int", lambda: Span(start="0", end=2), "Span.start"),  # type: ignore[arg-type]
    (
        "empty-agency",
        lambda: Credit(raw="(Xinhua/X)", span=SPAN, agencies=("",)),
        "Credit.agencies[0]",
    ),
    ("no-agency", lambda: Credit(raw="(X)", span=SPAN, agencies=()), "Credit.agencies"),
    ("empty-place", lambda: Dateline(raw="X (Xinhua) --", span=SPAN, place=" "), "Dateline.place"),
    (
        "date-not-a-date",
        lambda: Dateline(raw="X", span=SPAN, date_text="Oct. 11", date="2025-10-11"),  # type: ignore[arg-type]
        "Dateline.date",
    ),
    (
        "datetime-is-not-a-date",
        lambda: Dateline(raw="X", span=SPAN, date_text="Oct. 11", date=dt.datetime(2025, 10, 11)),
        "Dateline.date",
    ),
    (
        "date-without-text",
        lambda: Dateline(raw="X", span=SPAN, date=dt.date(2025, 1, 1)),
        "Dateline.date_text",
    ),
    (
        "blank-headline",
        lambda: Article(wire_format="x", text_length=5, headline="  \n"),
        "Article.headline",
    ),
    (
        "span-outside-text",
        lambda: Article(wire_format="x", text_length=3, body=(Paragraph(text="abc", span=SPAN),)),
        "Article.body[0].span",
    ),
    (
        "caption-without-occurrence",
        lambda: PhotoCaption(text="x", occurrences=()),
        "PhotoCaption.occurrences",
    ),
    (
        "time-range-backwards",
        lambda: _time(start=dt.date(2025, 2, 2), end=dt.date(2025, 2, 1)),
        "TimeExpression.end",
    ),
    # closed sets of words: a value outside the set, or not a string
    (
        "resolution-nonsense",
        lambda: Dateline(raw="X", span=Span(start=0, end=1), date_resolution="nonsense"),
        "Dateline.date_resolution",
    ),
    (
        "resolution-not-a-string",
        lambda: Dateline(raw="X", span=Span(start=0, end=1), date_resolution=1),  # type: ignore[arg-type]
        "Dateline.date_resolution",
    ),
    ("rule-nonsense", lambda: _time(rule="nonsense"), "TimeExpression.rule"),
    ("rule-blank", lambda: _time(rule=""), "TimeExpression.rule"),
    ("rule-wrong-case", lambda: _time(rule="Weekday-Past"), "TimeExpression.rule"),
    (
        "reading-nonsense",
        lambda: DateRange(start=DAY, end=DAY, reading="nonsense"),
        "DateRange.reading",
    ),
    (
        "reading-a-list",
        lambda: DateRange(start=DAY, end=DAY, reading=["past"]),  # type: ignore[arg-type]
        "DateRange.reading",
    ),
    ("code-nonsense", lambda: _diagnostic(code="nonsense"), "Diagnostic.code"),
    ("code-none", lambda: _diagnostic(code=None), "Diagnostic.code"),
    # confidence: a real number from 0 to 1
    ("confidence-string", lambda: _time(confidence="0.5"), "TimeExpression.confidence"),
    ("confidence-nan", lambda: _time(confidence=float("nan")), "TimeExpression.confidence"),
    ("confidence-infinite", lambda: _time(confidence=float("inf")), "TimeExpression.confidence"),
    ("confidence-bool", lambda: _time(confidence=True), "TimeExpression.confidence"),
    ("confidence-none", lambda: _time(confidence=None), "TimeExpression.confidence"),
    ("confidence-above-one", lambda: _time(confidence=1.5), "TimeExpression.confidence"),
    ("confidence-below-zero", lambda: _time(confidence=-0.01), "TimeExpression.confidence"),
    # whole numbers: from 0 to JSON's largest safe integer
    (
        "text-length-huge",
        lambda: Article(wire_format="x", text_length=10**400),
        "Article.text_length",
    ),
    (
        "text-length-past-safe",
        lambda: Article(wire_format="x", text_length=MAX_WHOLE_NUMBER + 1),
        "Article.text_length",
    ),
    ("span-end-past-safe", lambda: Span(start=0, end=MAX_WHOLE_NUMBER + 1), "Span.end"),
    (
        "span-start-past-safe",
        lambda: Span(start=MAX_WHOLE_NUMBER + 1, end=MAX_WHOLE_NUMBER + 2),
        "Span.start",
    ),
    ("line-past-safe", lambda: _diagnostic(line=2**60), "Diagnostic.line"),
    ("column-negative", lambda: _diagnostic(column=-1), "Diagnostic.column"),
    # segments: in order, none overlapping the one before
    ("segments-reversed", lambda: _segments((10, 15), (0, 5)), "Article.segments[1].span"),
    ("segments-overlapping", lambda: _segments((0, 6), (5, 9)), "Article.segments[1].span"),
    (
        "segments-out-of-order",
        lambda: _segments((0, 2), (8, 9), (4, 6)),
        "Article.segments[2].span",
    ),
    ("segments-repeated", lambda: _segments((0, 5), (0, 5)), "Article.segments[1].span"),
    # a photo's people: indices into the article's people
    (
        "photo-person-past-the-people",
        lambda: Article(
            wire_format="x",
            text_length=20,
            photos=[PhotoCaption(text="x", occurrences=[SPAN], people=[0])],
        ),
        "Article.photos[0].people[0]",
    ),
    (
        "photo-person-not-an-index",
        lambda: PhotoCaption(text="x", occurrences=[SPAN], people=["Liu Guozhong"]),
        "PhotoCaption.people[0]",
    ),
    # raw as written: exactly as long as its span
    (
        "dateline-raw-shorter-than-span",
        lambda: Dateline(raw="HANGZHOU --", span=Span(start=0, end=20)),
        "Dateline.raw",
    ),
    (
        "credit-raw-longer-than-span",
        lambda: Credit(raw="(Xinhua/Jiang Han)", span=Span(start=3, end=4), agencies=["Xinhua"]),
        "Credit.raw",
    ),
    (
        "title-raw-normalised-not-as-written",
        lambda: Title(
            raw="Vice Premier",
            normalized="Vice Premier",
            role="Vice Premier",
            span=Span(start=0, end=13),  # ``Vice\n Premier`` as written
        ),
        "Title.raw",
    ),
]


class TestValidation:
    """Each rule raises a ValidationError naming the field, the expectation and the value."""

    @pytest.mark.parametrize(
        ("build", "field"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID]
    )
    def test_rejects(self, build: Callable[[], object], field: str) -> None:
        with pytest.raises(ValidationError) as info:
            build()
        assert info.value.field == field
        assert str(info.value).startswith(f"{field}: expected ")
        assert isinstance(info.value, NewsModelError)
        assert isinstance(info.value, ValueError)

    def test_models_are_frozen(self) -> None:
        with pytest.raises(AttributeError):
            SPAN.start = 3  # type: ignore[misc]

    def test_lists_become_tuples(self) -> None:
        credit = Credit(raw="(AP Photo)", span=Span(start=0, end=10), agencies=["AP"])  # type: ignore[arg-type]
        assert credit.agencies == ("AP",)
        assert credit.agency == "AP"

    def test_span_reads_its_text(self) -> None:
        assert Span(start=2, end=4).of("abcdef") == "cd"
        assert len(Span(start=2, end=4)) == 2


# Each closed set of words: the field, a model built with one of its values, and the enum.
WORD_FIELDS: list[tuple[str, Callable[[str], object], type[enum.Enum]]] = [
    (
        "Dateline.date_resolution",
        lambda word: Dateline(raw="X", span=Span(start=0, end=1), date_resolution=word),
        DateResolution,
    ),
    ("TimeExpression.rule", lambda word: _time(rule=word), TimeRule),
    ("DateRange.reading", lambda word: DateRange(start=DAY, end=DAY, reading=word), Reading),
    ("Diagnostic.code", lambda word: _diagnostic(code=word), DiagnosticCode),
]
WORD_IDS = [row[0] for row in WORD_FIELDS]


def _field_value(model: object, where: str) -> object:
    return getattr(model, where.split(".")[1])


class TestClosedSets:
    """Fields that hold a closed set of words take the word or the member, keep the member, and
    refuse anything else with a message that lists the allowed words."""

    @pytest.mark.parametrize(("where", "build", "kind"), WORD_FIELDS, ids=WORD_IDS)
    def test_each_word_becomes_its_member(
        self, where: str, build: Callable[[str], object], kind: type[enum.Enum]
    ) -> None:
        for member in kind:
            for given in (member.value, member):
                value = _field_value(build(given), where)
                assert value is member, (where, given)

    @pytest.mark.parametrize(("where", "build", "kind"), WORD_FIELDS, ids=WORD_IDS)
    def test_the_inline_conversion_is_members(
        self, where: str, build: Callable[[Any], object], kind: type[enum.Enum]
    ) -> None:
        """The generated ``__init__`` converts inline (``_converts_to_member``) what
        :func:`~newsmodel.models._member` converts: the same object kept, looked up or refused."""

        class Word(str):
            pass

        values = [m.value for m in kind]
        for given in (*kind, *values, *map(Word, values), "nonsense", Word("x"), 3, None, b"x"):
            try:
                value = _field_value(build(given), where)
            except ValidationError as error:
                value = error.got
            assert value is models._member(kind, given), (where, given)  # type: ignore[arg-type]

    @pytest.mark.parametrize(("where", "build", "kind"), WORD_FIELDS, ids=WORD_IDS)
    def test_nonsense_is_refused_with_the_allowed_words(
        self, where: str, build: Callable[[str], object], kind: type[enum.Enum]
    ) -> None:
        with pytest.raises(ValidationError) as info:
            build("nonsense")
        assert info.value.field == where
        assert info.value.got == "nonsense"
        for member in kind:
            assert repr(member.value) in info.value.expected

    @pytest.mark.parametrize(("where", "build", "kind"), WORD_FIELDS, ids=WORD_IDS)
    def test_a_member_reads_as_its_word(
        self, where: str, build: Callable[[str], object], kind: type[enum.Enum]
    ) -> None:
        for member in kind:
            value = _field_value(build(member.value), where)
            assert value == member.value
            assert (str(value), f"{value}", repr(value)) == (
                member.value,
                member.value,
                repr(member.value),
            )

    @pytest.mark.parametrize(("where", "build", "kind"), WORD_FIELDS, ids=WORD_IDS)
    def test_the_goldens_use_only_known_words(
        self, where: str, build: Callable[[str], object], kind: type[enum.Enum]
    ) -> None:
        """(Read from the golden JSON files, so a word the parser starts writing is caught here.)"""
        name = where.split(".")[1]
        found = set()
        for path in sorted(GOLDEN.glob("*/*.json")):
            found |= set(_values_of(json.loads(path.read_text(encoding="utf-8")), name))
        assert found <= {member.value for member in kind}


def _values_of(data: object, name: str) -> Iterator[object]:
    """Every value of the key ``name`` anywhere in ``data`` (JSON objects and arrays)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == name and value is not None:
                yield value
            yield from _values_of(value, name)
    elif isinstance(data, list):
        for item in data:
            yield from _values_of(item, name)


# Values on the edge of each rule: the model, the field, and the value it holds.
ACCEPTED: list[tuple[str, Callable[[], object], str, object]] = [
    ("confidence-int-zero", lambda: _time(confidence=0), "confidence", 0),
    ("confidence-int-one", lambda: _time(confidence=1), "confidence", 1),
    ("confidence-float", lambda: _time(confidence=0.85), "confidence", 0.85),
    (
        "span-at-safe-limit",
        lambda: Span(start=MAX_WHOLE_NUMBER, end=MAX_WHOLE_NUMBER),
        "end",
        2**53 - 1,
    ),
    (
        "text-length-at-safe-limit",
        lambda: Article(wire_format="x", text_length=MAX_WHOLE_NUMBER),
        "text_length",
        2**53 - 1,
    ),
    (
        "segments-touching",
        lambda: _segments((0, 5), (5, 9), (12, 20)),
        "segments",
        tuple(
            Segment(kind=SegmentKind.BODY, span=Span(start=a, end=b))
            for a, b in ((0, 5), (5, 9), (12, 20))
        ),
    ),
    (
        "dateline-raw-as-long-as-span",
        lambda: Dateline(raw="X --", span=Span(start=9, end=13)),
        "raw",
        "X --",
    ),
]


class TestLimits:
    """Values on the edge of each rule are accepted and kept as given."""

    @pytest.mark.parametrize(
        ("build", "name", "value"), [c[1:] for c in ACCEPTED], ids=[c[0] for c in ACCEPTED]
    )
    def test_accepted(self, build: Callable[[], object], name: str, value: object) -> None:
        assert getattr(build(), name) == value


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:  # (a few corpus stories are Latin-1 or Windows-1252)
        return data.decode("latin-1")


class TestParserKeepsTheRules:
    """The parser's own output satisfies the rules the model adds: raw parts as written, in order."""

    def _check(self, path: Path) -> None:
        text = _read(path)
        article = parse(text)
        if article.dateline is not None:
            assert article.dateline.raw == article.dateline.span.of(text), path.name
        for photo in article.photos:
            if photo.credit is not None:
                assert photo.credit.raw == photo.credit.span.of(text), path.name
        ends = [0] + [segment.span.end for segment in article.segments]
        starts = [segment.span.start for segment in article.segments]
        assert all(end <= start for end, start in zip(ends, starts, strict=False)), path.name

    @pytest.mark.parametrize(
        "path", sorted(GOLDEN.glob("*/*.txt")), ids=lambda p: f"{p.parent.name}/{p.stem}"
    )
    def test_goldens(self, path: Path) -> None:
        self._check(path)

    def test_corpus(self, shared: Path) -> None:
        stories = sorted((shared / "corpus" / "articles").glob("*.txt"))
        assert stories
        for path in stories:
            self._check(path)


# Values of every kind a field may be given, right or wrong: the inline tests of the models' one
# check (models._checked) are tried on them against the validators they stand for.
_ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=MAX_WHOLE_NUMBER + 3),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.sampled_from(["", " ", "\u3000", "x", "Reading.PAST", Reading.PAST, TimeRule.MONTH_DAY]),
    st.dates(),
    st.datetimes(),
    st.builds(lambda: SPAN),
)
_ANY_TUPLE = st.lists(_ANY_VALUE, max_size=3).map(tuple)


def _rules() -> list[tuple[str, Callable[..., None], str, object]]:
    """(class.field, validator, inline test, kind) for every rule on a model field."""
    found = []
    for cls in serialization._MODELS:
        for attribute in attrs.fields(cls):
            validator = models._validator_of(attribute)
            for each in getattr(validator, "_validators", (validator,) if validator else ()):
                test, kind = models._TESTS.get(each, ("", None))  # ("": none; see below)
                found.append((f"{cls.__name__}.{attribute.name}", each, test, kind))
    return found


_EARLY = Span(start=0, end=1)
# Each place an article holds a span, with one span past its text (3 characters): SPAN ends at 5.
_ONE_SPAN_PAST_THE_TEXT: list[tuple[str, dict[str, Any]]] = [
    ("dateline.span", {"dateline": Dateline(raw="HELLO", span=SPAN)}),
    ("bylines[0].span", {"bylines": [Byline(raw="By Li", names=["Li"], span=SPAN)]}),
    ("body[0].span", {"body": [Paragraph(text="x", span=SPAN)]}),
    ("unparsed[0].span", {"unparsed": [Paragraph(text="x", span=SPAN)]}),
    ("photos[0].occurrences[0]", {"photos": [PhotoCaption(text="x", occurrences=[SPAN])]}),
    (
        "photos[0].credit.span",
        {
            "photos": [
                PhotoCaption(
                    text="x",
                    occurrences=[_EARLY],
                    credit=Credit(raw="(X/Y)", span=SPAN, agencies=["X"]),
                )
            ]
        },
    ),
    (
        "people[0].mentions[0].span",
        {"people": [Person(name="Li", mentions=[Mention(text="Li", span=SPAN)])]},
    ),
    (
        "people[0].titles[0].span",
        {
            "people": [
                Person(
                    name="Li",
                    mentions=[Mention(text="Li", span=_EARLY)],
                    titles=[Title(raw="Chief", normalized="Chief", role="chief", span=SPAN)],
                )
            ]
        },
    ),
    ("times[0].occurrences[0]", {"times": [_time()]}),
    ("segments[0].span", {"segments": [Segment(kind=SegmentKind.BODY, span=SPAN)]}),
    (  # (the bound reads the last segment's end: in order, the others end no later)
        "segments[1].span",
        {
            "segments": [
                Segment(kind=SegmentKind.BODY, span=_EARLY),
                Segment(kind=SegmentKind.BODY, span=Span(start=1, end=5)),
            ]
        },
    ),
    (
        "diagnostics[0].span",
        {"diagnostics": [Diagnostic(code="mojibake", message="m", span=SPAN, line=1, column=1)]},
    ),
]


def _refused_by(rule: Callable[[Any], None], values: dict[str, Any]) -> ValidationError | None:
    """The error a class's own rule raises for an object holding ``values``, or None."""
    try:
        rule(SimpleNamespace(**values))
    except ValidationError as error:
        return error
    return None


class TestOneCheck:
    """Each model checks its fields in one generated function (speed); the rules are the validators'."""

    def test_attrs_calls_no_validator_itself(self) -> None:
        for cls in serialization._MODELS:
            assert [a.name for a in attrs.fields(cls) if a.validator is not None] == []

    def test_every_rule_has_an_inline_test(self) -> None:
        """(a validator without one is still called, on every object: correct, but slow)"""
        assert [where for where, _, test, _ in _rules() if not test] == []
        assert len(_rules()) > 100

    @pytest.mark.parametrize(("where", "parts"), _ONE_SPAN_PAST_THE_TEXT, ids=lambda c: c)
    def test_every_span_is_held_within_the_text(self, where: str, parts: dict[str, Any]) -> None:
        """The quick bound (``_ends_within``) reads every span the path-naming walk names: one
        span past the text, wherever it stands, is refused and named."""
        with pytest.raises(ValidationError, match=rf"^Article\.{re.escape(where)}: "):
            Article(wire_format="x", text_length=3, **parts)

    @pytest.mark.parametrize(
        ("where", "validator", "test", "kind"), _rules(), ids=[rule[0] for rule in _rules()]
    )
    @hypothesis.settings(max_examples=60, deadline=None)
    @hypothesis.given(data=st.data())
    def test_a_test_never_passes_what_its_validator_refuses(
        self,
        where: str,
        validator: Callable[..., None],
        test: str,
        kind: object,
        data: st.DataObject,
    ) -> None:
        cls_name, name = where.split(".")
        attribute = attrs.fields_dict(getattr(models, cls_name))[name]
        # (a field with a converter to tuples holds a tuple, whatever it was given)
        value = data.draw(_ANY_TUPLE if attribute.converter is models._as_tuple else _ANY_VALUE)
        names = {**models._TEST_NAMES, "k": kind, "v": value}
        passed = eval(test.format(v="v", k="k"), names)
        refused = None
        try:
            validator(None, attribute, value)
        except ValidationError as error:
            refused = error
        # (a test may refuse more than its validator, never less)
        assert not (passed and refused), f"{test!r} passes {value!r}, refused: {refused}"

    @pytest.mark.parametrize(
        "cls",
        [c for c in serialization._MODELS if "_RULE_TEST" in vars(c)],
        ids=lambda c: c.__name__,
    )
    @hypothesis.settings(max_examples=200, deadline=None)
    @hypothesis.given(data=st.data())
    def test_a_rule_test_never_passes_what_its_rule_refuses(
        self, cls: type, data: st.DataObject
    ) -> None:
        """A class's own rule with an inline test (``_RULE_TEST``) runs only when the test fails."""
        fields = [a.name for a in attrs.fields(cls)]
        whole = st.integers(min_value=-2, max_value=models.MAX_WHOLE_NUMBER + 1)
        values = {name: data.draw(st.one_of(whole, _ANY_VALUE), label=name) for name in fields}
        passed = eval(cls._RULE_TEST, {**models._TEST_NAMES, **values})
        rule = cls.__attrs_post_init__.__globals__["_own"]  # (the class's own, as written)
        # (asked only where the test passes: the rule runs after the fields' checks, and may
        # fail on values they refuse in any way)
        refused = _refused_by(rule, values) if passed else None
        assert refused is None, f"{cls._RULE_TEST!r} passes {values!r}, refused: {refused}"

    @hypothesis.settings(max_examples=400, deadline=None)
    @hypothesis.given(
        dates=st.lists(st.none() | st.dates(), min_size=3, max_size=3),
        rule=st.sampled_from(list(TimeRule)),
        span=st.sampled_from([SPAN, Span(start=0, end=5), _EARLY]),
        occurrences=st.one_of(
            st.just("its span"),
            st.lists(st.sampled_from([SPAN, _EARLY, Span(start=6, end=9)]), max_size=3),
        ),
        alternatives=st.sampled_from([(), (DateRange(start=DAY, end=DAY, reading="past"),)]),
    )
    def test_a_time_expressions_rule_test_never_passes_what_its_rule_refuses(
        self,
        dates: list[dt.date | None],
        rule: TimeRule,
        span: Span,
        occurrences: str | list[Span],
        alternatives: tuple[DateRange, ...],
    ) -> None:
        """The random values above seldom make a time expression whose inline rule test passes:
        here every draw is one its fields' checks take, resolved or not, standing once or more."""
        start, end, anchor = dates
        values = {
            "text": "on Friday",
            "span": span,
            "start": start,
            "end": end,
            "anchor": anchor,
            "rule": rule,
            "confidence": 1.0,
            "alternatives": alternatives,
            "occurrences": (span,) if occurrences == "its span" else tuple(occurrences),
        }
        passed = eval(TimeExpression._RULE_TEST, {**models._TEST_NAMES, **values})
        hypothesis.event(f"the test passes: {passed}")
        rule_of = TimeExpression.__attrs_post_init__.__globals__["_own"]
        refused = _refused_by(rule_of, values) if passed else None
        assert refused is None, f"passes {values!r}, refused: {refused}"

    @pytest.mark.parametrize("cls", serialization._MODELS, ids=lambda c: c.__name__)
    def test_init_takes_what_attrs_would(self, cls: type) -> None:
        """The generated ``__init__`` has the parameters, defaults and conversions of the one
        attrs writes: compared with a twin that attrs makes of the same fields, on the golden
        stories' objects and on each class's defaults."""
        twin = _attrs_twin(cls)
        assert _parameters(cls) == _parameters(twin)
        built = [obj for path in sorted(GOLDEN.glob("*/*.txt")) for obj in _objects(_parse(path))]
        mine = [obj for obj in built if type(obj) is cls]
        for obj in mine:
            given = {a.name: getattr(obj, a.name) for a in attrs.fields(cls)}
            # (lists in place of tuples: each converter runs)
            given = {k: list(v) if isinstance(v, tuple) else v for k, v in given.items()}
            assert attrs.astuple(cls(**given), recurse=False) == attrs.astuple(
                twin(**given), recurse=False
            )
        required = [a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING]
        if mine:  # the defaults of everything else, from the required fields of a real object
            given = {name: getattr(mine[0], name) for name in required}
            assert attrs.astuple(cls(**given), recurse=False) == attrs.astuple(
                twin(**given), recurse=False
            )

    @pytest.mark.parametrize("cls", serialization._MODELS, ids=lambda c: c.__name__)
    def test_make_builds_what_init_builds(self, cls: type) -> None:
        """A model built from its fields in order (``_make``, what ``new_span`` and the others
        are) is the one its ``__init__`` builds from the same values, on the golden stories'
        objects; and it refuses a bad value with the same error."""
        built = [obj for path in sorted(GOLDEN.glob("*/*.txt")) for obj in _objects(_parse(path))]
        for obj in [obj for obj in built if type(obj) is cls]:
            values = [getattr(obj, a.name) for a in attrs.fields(cls)]
            made = cls._make(*values)
            assert type(made) is cls
            assert attrs.astuple(made, recurse=False) == attrs.astuple(obj, recurse=False)

    @pytest.mark.parametrize(
        ("builder", "cls"),
        [
            (models.new_dateline, Dateline),
            (models.new_credit, Credit),
            (models.new_photo_caption, PhotoCaption),
            (models.new_date_range, DateRange),
            (models.new_article, Article),
        ],
        ids=lambda c: getattr(c, "__name__", ""),
    )
    def test_a_builder_by_keyword_builds_what_the_class_builds(
        self, builder: Callable[..., object], cls: type
    ) -> None:
        """``new_dateline`` and its kin take the class's keywords and build the same object, on the
        golden stories' objects; and refuse a bad value with the same error."""
        built = [obj for path in sorted(GOLDEN.glob("*/*.txt")) for obj in _objects(_parse(path))]
        mine = [obj for obj in built if type(obj) is cls]
        assert mine
        for obj in mine:
            given = {a.name: getattr(obj, a.name) for a in attrs.fields(cls)}
            made = builder(**given)
            assert type(made) is cls
            assert attrs.astuple(made, recurse=False) == attrs.astuple(obj, recurse=False)
        first = attrs.fields(cls)[0].name
        given = {a.name: getattr(mine[0], a.name) for a in attrs.fields(cls)}
        with pytest.raises(ValidationError) as by_class:
            cls(**{**given, first: 3.5})
        with pytest.raises(ValidationError) as by_builder:
            builder(**{**given, first: 3.5})
        assert str(by_builder.value) == str(by_class.value)

    def test_fields_with_a_default_come_last(self) -> None:
        fields = {"a": attrs.field(default=1, kw_only=True), "b": attrs.field(kw_only=True)}
        made = attrs.make_class("Late", fields, frozen=True, slots=True)
        with pytest.raises(TypeError, match=r"^Late: a model's fields with a default come after"):
            models._checked(made)

    @pytest.mark.parametrize(
        ("make", "values", "error"),
        [
            pytest.param(models.new_span, (3, 2), "^Span.end: ", id="span-backwards"),
            pytest.param(models.new_span, (-1, 2), "^Span.start: ", id="span-negative"),
            pytest.param(models.new_segment, ("body", SPAN), "^Segment.kind: ", id="segment-kind"),
            pytest.param(models.new_paragraph, (" ", SPAN), "^Paragraph.text: ", id="blank-text"),
            pytest.param(models.new_mention, ("Li", (0, 2)), "^Mention.span: ", id="not-a-span"),
            pytest.param(
                models.new_time_expression,
                (
                    "May 3",
                    SPAN,
                    *[dt.date(2025, 5, d) for d in (4, 3, 3)],
                    "explicit-date",
                    1.0,
                    (),
                ),
                "^TimeExpression.end: ",
                id="time-backwards",
            ),
        ],
    )
    def test_make_refuses_what_init_refuses(
        self, make: Callable[..., object], values: tuple[object, ...], error: str
    ) -> None:
        with pytest.raises(ValidationError, match=error):
            make(*values)

    @pytest.mark.parametrize(
        ("base", "given", "where"),
        [
            (Paragraph, {"text": " ", "span": SPAN}, "Paragraph2.text"),
            (Span, {"start": 3, "end": 2}, "Span.end"),
            (
                Article,
                {
                    "wire_format": "x",
                    "text_length": 9,
                    "segments": [
                        Segment(kind=SegmentKind.BODY, span=Span(start=4, end=6)),
                        Segment(kind=SegmentKind.BODY, span=Span(start=0, end=2)),
                    ],
                },
                "Article.segments[1].span",
            ),
        ],
        ids=lambda c: c.__name__ if isinstance(c, type) else None,
    )
    def test_a_subclass_made_by_attrs_is_checked_as_its_base(
        self, base: type, given: dict[str, Any], where: str
    ) -> None:
        """attrs writes a subclass's ``__init__`` and calls the base's ``__attrs_post_init__``:
        the field checks and the class's own rules, as the base's own ``__init__`` runs them."""
        subclass = attrs.make_class(
            f"{base.__name__}2",
            {"extra": attrs.field(default=None)},
            bases=(base,),
            frozen=True,
            slots=True,
            kw_only=True,
        )
        with pytest.raises(ValidationError, match=rf"^{re.escape(where)}: "):
            subclass(**given)
        good = {**given, "text": "x"} if "text" in given else None
        if good is not None:
            assert subclass(**good).text == "x"

    def test_the_first_bad_field_is_named(self) -> None:
        with pytest.raises(ValidationError, match=r"^Paragraph\.text: "):
            Paragraph(text=" ", span="not a span")  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match=r"^Paragraph\.span: "):
            Paragraph(text="x", span="not a span")  # type: ignore[arg-type]


def _attrs_twin(cls: type) -> type:
    """A class attrs makes of ``cls``'s fields (their defaults and converters, no validators)."""
    return attrs.make_class(
        f"Twin{cls.__name__}",
        {
            a.name: attrs.field(default=a.default, converter=a.converter, kw_only=True)
            for a in attrs.fields(cls)
        },
        frozen=True,
        slots=True,
    )


def _parameters(cls: type) -> list[tuple[str, object, object]]:
    signature = inspect.signature(cls.__init__)  # type: ignore[misc]
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


def _parse(path: Path) -> Article:
    return parse(path.read_text(encoding="utf-8"))


def _objects(obj: object) -> Iterator[object]:
    """``obj`` and every model object inside it."""
    if attrs.has(type(obj)):
        yield obj
        for a in attrs.fields(type(obj)):
            yield from _objects(getattr(obj, a.name))
    elif isinstance(obj, tuple):
        for item in obj:
            yield from _objects(item)
