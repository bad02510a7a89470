"""The model validates on construction: impossible objects cannot exist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsmodel import (
    Article,
    Credit,
    Dateline,
    NewsModelError,
    Paragraph,
    PhotoCaption,
    Span,
    TimeExpression,
    ValidationError,
)

SPAN = Span(start=0, end=5)

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
        lambda: TimeExpression(
            text="x",
            span=SPAN,
            start=dt.date(2025, 2, 2),
            end=dt.date(2025, 2, 1),
            anchor=dt.date(2025, 2, 2),
            rule="r",
        ),
        "TimeExpression.end",
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
        credit = Credit(raw="(AP Photo)", span=SPAN, agencies=["AP"])  # type: ignore[arg-type]
        assert credit.agencies == ("AP",)
        assert credit.agency == "AP"

    def test_span_reads_its_text(self) -> None:
        assert Span(start=2, end=4).of("abcdef") == "cd"
        assert len(Span(start=2, end=4)) == 2
