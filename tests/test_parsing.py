"""The pipeline accounts for every character and reports what it could not place."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from newsmodel import Article, ParseError, SegmentKind, from_json, parse, to_json

from .strategies import stories


def _covered(article: Article, text: str) -> list[int]:
    counts = [0] * len(text)
    for segment in article.segments:
        for i in range(segment.span.start, segment.span.end):
            counts[i] += 1
    return counts


class TestNothingLost:
    """Every non-blank character belongs to exactly one recognised part or the unparsed remainder."""

    @settings(max_examples=150, deadline=None)
    @given(stories())
    def test_generated_stories(self, text: str) -> None:
        article = parse(text)
        counts = _covered(article, text)
        for i, ch in enumerate(text):
            if not ch.isspace():
                assert counts[i] == 1, (i, ch)
        assert all(c <= 1 for c in counts)
        assert from_json(Article, to_json(article)) == article

    def test_unparsed_has_diagnostic(self) -> None:
        text = "A stray teaser line.\n\nBEIJING, Oct. 11 (Xinhua) -- Body."
        article = parse(text)
        [stray] = article.unparsed
        [diagnostic] = article.diagnostics
        assert stray.text == "A stray teaser line."
        assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("before-dateline", 1, 1)
        assert SegmentKind.UNPARSED in {s.kind for s in article.segments}


class TestStrict:
    """strict=True turns a diagnostic into a ParseError with line, column and excerpt."""

    def test_raises(self) -> None:
        text = "Headline\n\nA stray teaser line.\n\nBEIJING, Oct. 11 (Xinhua) -- Body."
        with pytest.raises(ParseError) as info:
            parse(text, strict=True)
        assert (info.value.line, info.value.column) == (3, 1)
        assert info.value.excerpt == "A stray teaser line."

    def test_clean_story_passes(self) -> None:
        assert parse("BEIJING, Oct. 11 (Xinhua) -- Body.", strict=True).body

    def test_header_and_date_line_disagree(self) -> None:
        text = " date 2025-10-13 Headline\n\nOctober 14, 2025\n\nBEIJING, Oct. 11 (Xinhua) -- Body."
        [diagnostic] = parse(text).diagnostics
        assert diagnostic.code == "date-mismatch"
        assert diagnostic.line == 3


class TestFormats:
    """Detection picks the format; a forced format is used; an unknown one lists the known."""

    def test_detected(self) -> None:
        assert parse("BEIJING, Oct. 11 (Xinhua) -- Body.").wire_format == "xinhua"

    def test_forced(self) -> None:
        assert (
            parse("BEIJING, Oct. 11 (Xinhua) -- Body.", format="generic").wire_format == "generic"
        )

    def test_unknown(self) -> None:
        with pytest.raises(LookupError, match=r"known formats: .*xinhua"):
            parse("x", format="nope")

    def test_not_text(self) -> None:
        with pytest.raises(TypeError, match="needs the story as str"):
            parse(b"bytes")  # type: ignore[arg-type]

    def test_empty(self) -> None:
        article = parse("")
        assert (article.body, article.segments, article.dateline) == ((), (), None)
