"""The pipeline accounts for every character and reports what it could not place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings

from newsmodel import Article, ParseError, SegmentKind, from_json, parse, to_json
from newsmodel.exceptions import InputTypeError, StoryTooLongError
from newsmodel.parsing import DEFAULT_MAX_LENGTH, parse_bytes, parse_file, read_story

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


class TestLimits:
    """A story over max_length is refused up front with a NewsModelError that is a ValueError."""

    def test_default(self) -> None:
        assert DEFAULT_MAX_LENGTH == 2_000_000
        with pytest.raises(StoryTooLongError) as info:
            parse("x" * (DEFAULT_MAX_LENGTH + 1))
        assert isinstance(info.value, ValueError)
        assert (info.value.length, info.value.limit) == (DEFAULT_MAX_LENGTH + 1, DEFAULT_MAX_LENGTH)

    def test_configurable(self) -> None:
        with pytest.raises(StoryTooLongError, match=r"story of 34 characters .* limit of 10 "):
            parse("BEIJING, Oct. 11 (Xinhua) -- Body.", max_length=10)
        assert parse("BEIJING, Oct. 11 (Xinhua) -- Body.", max_length=None).body

    @pytest.mark.parametrize("limit", [0, -1, 1.5, True], ids=["zero", "negative", "float", "bool"])
    def test_bad_limit(self, limit: object) -> None:
        with pytest.raises(ValueError, match="max_length: expected a positive int or None"):
            parse("x", max_length=limit)  # type: ignore[arg-type]

    def test_file_names_itself(self, tmp_path: Path) -> None:
        story = tmp_path / "s.txt"
        story.write_text("BEIJING, Oct. 11 (Xinhua) -- Body.", encoding="utf-8")
        with pytest.raises(StoryTooLongError, match=f"^{re.escape(str(story))}: story of 34"):
            parse_file(story, max_length=10)


class TestFilesAndBytes:
    """Files and bytes share one decoding; its fallback is a diagnostic that strict turns into an error naming the file."""

    def test_fallback_diagnostic(self) -> None:
        article = parse_bytes(b"BEIJING, Oct. 11 (Xinhua) -- Caf\xe9.")
        [diagnostic] = article.diagnostics
        assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("encoding-fallback", 1, 33)
        assert diagnostic.message == "not UTF-8 (byte 0xe9 at byte 32); decoded as Windows-1252"

    def test_strict_error_names_the_file(self, tmp_path: Path) -> None:
        story = tmp_path / "latin.txt"
        story.write_bytes(b"BEIJING, Oct. 11 (Xinhua) -- Caf\xe9.")
        with pytest.raises(ParseError) as info:
            parse_file(story, strict=True)
        assert isinstance(info.value, ValueError)
        assert info.value.source == str(story)
        assert str(info.value).startswith(f"{story}: line 1, column 33: not UTF-8")

    def test_strict_diagnostic_of_the_text_names_the_file(self, tmp_path: Path) -> None:
        story = tmp_path / "s.txt"
        story.write_text(
            "Headline\n\nStray teaser.\n\nBEIJING, Oct. 11 (Xinhua) -- Body.", encoding="utf-8"
        )
        with pytest.raises(ParseError, match=f"^{re.escape(str(story))}: line 3, column 1: "):
            parse_file(story, strict=True)

    def test_read_story_falls_back(self, tmp_path: Path) -> None:
        story = tmp_path / "s.txt"
        story.write_bytes(b"\x93quoted\x94")
        assert read_story(story) == "“quoted”"

    def test_bytes_only(self) -> None:
        with pytest.raises(InputTypeError, match="parse_bytes\\(\\) needs bytes, got str"):
            parse_bytes("text")  # type: ignore[arg-type]


IMPOSSIBLE = [
    ("october-32", "Oct. 32", True),
    ("february-30", "Feb. 30", True),
    ("february-29-no-year", "Feb. 29", False),
    ("february-29-2025", "Feb. 29, 2025", True),
    ("a-real-day", "Oct. 11", False),
]


class TestImpossibleDates:
    """A dateline date no calendar has is kept as written, with no date and a diagnostic."""

    @pytest.mark.parametrize(
        ("date_text", "impossible"), [c[1:] for c in IMPOSSIBLE], ids=[c[0] for c in IMPOSSIBLE]
    )
    def test_date(self, date_text: str, impossible: bool) -> None:
        article = parse(f"BEIJING, {date_text} (Xinhua) -- Officials met on Friday.")
        assert article.dateline is not None and article.dateline.date_text == date_text
        codes = [d.code for d in article.diagnostics]
        assert codes == (["impossible-date"] if impossible else [])
        if impossible:
            assert article.dateline.date is None


class TestInputDiagnostics:
    """Control characters and mojibake are reported where they first occur, and kept as written."""

    def test_controls(self) -> None:
        text = "BEIJING, Oct. 11 (Xinhua) -- A\x00B \x07C."
        [diagnostic] = parse(text).diagnostics
        assert (diagnostic.code, diagnostic.span.start) == ("control-characters", 30)
        assert diagnostic.message.startswith("2 control character(s), the first U+0000")

    def test_mojibake(self) -> None:
        text = "BEIJING, Oct. 11 (Xinhua) -- The cafÃ© is open."
        [diagnostic] = parse(text).diagnostics
        assert (diagnostic.code, diagnostic.span.of(text)) == ("mojibake", "Ã©")

    def test_strict_fails_on_them(self) -> None:
        with pytest.raises(ParseError, match="control character"):
            parse("BEIJING, Oct. 11 (Xinhua) -- A\x00B.", strict=True)
