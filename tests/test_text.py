"""Blocks keep their way back to the source while their text is normalised."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.text import line_column, normalise, split_blocks

CASES = [
    ("double-hyphen", "A -- B", "A — B"),
    ("em-dash-kept", "A — B", "A — B"),
    ("spaced-en-dash", "A – B", "A — B"),
    ("range-en-dash-kept", "May 1–5", "May 1–5"),
    ("nbsp", "A\u00a0B", "A B"),
    ("repeated-spaces", "A   B", "A B"),
    ("line-break", "A\nB", "A B"),
    ("crlf", "A\r\nB", "A B"),
    ("tab", "A\tB", "A B"),
]


class TestNormalise:
    """Whitespace and dash variants have one form in the normalised text."""

    @pytest.mark.parametrize(
        ("source", "normal"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
    )
    def test_form(self, source: str, normal: str) -> None:
        assert normalise(source)[0] == normal


class TestBlocks:
    """Paragraphs are split at blank lines, at one-per-line layouts and at indented wrapped lines."""

    def test_blank_lines(self) -> None:
        text = "One.\n\nTwo.\r\n \r\nThree."
        assert [b.text for b in split_blocks(text)] == ["One.", "Two.", "Three."]

    def test_one_paragraph_per_line(self) -> None:
        long = "x" * 120
        assert len(split_blocks(f"Title\n{long}\n{long}")) == 3

    def test_hard_wrapped_lines_join(self) -> None:
        text = "   A wrapped paragraph that goes on\nand on.\n   Next paragraph starts\nhere."
        assert [b.text for b in split_blocks(text)] == [
            "A wrapped paragraph that goes on and on.",
            "Next paragraph starts here.",
        ]

    def test_raw_is_the_source(self) -> None:
        text = "  HANGZHOU, Oct. 11 (Xinhua) --  Body."
        [block] = split_blocks(text)
        assert block.raw(0, 28) == "HANGZHOU, Oct. 11 (Xinhua) --"

    @given(st.text(alphabet=st.sampled_from("ab -—–\n\r\t\u00a0"), max_size=60))
    def test_spans_map_back(self, text: str) -> None:
        """Every block's span holds non-blank source whose normal form is the block's text."""
        for block in split_blocks(text):
            source = block.span().of(text)
            assert source == source.strip() != ""
            assert normalise(source)[0] == block.text

    @given(st.text(max_size=80))
    def test_no_character_lost(self, text: str) -> None:
        """Every non-blank character of the source lies inside exactly one block."""
        covered = [0] * len(text)
        for block in split_blocks(text):
            for i in range(block.start, block.end):
                covered[i] += 1
        assert all(covered[i] == 1 for i, ch in enumerate(text) if not ch.isspace())


def test_line_column() -> None:
    assert line_column("ab\ncd", 4) == (2, 2)
    assert line_column("ab", 0) == (1, 1)
