"""Blocks keep their way back to the source while their text is normalised."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.text import Block, decode_story, line_column, lowered, normalise, split_blocks

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
    ("full-width-brackets", "11（Xinhua）", "11(Xinhua)"),
    ("chinese-double-dash", "A——B", "A—B"),
    ("zero-width-space-dropped", "Xin\u200bhua", "Xinhua"),
    ("zero-width-beside-space", "A \u200b B", "A B"),
    ("bidi-marks-dropped", "\u202bA\u202c \u200fB\u2066", "A B"),
    ("word-joiner", "A\u2060B", "AB"),
    ("control-kept", "A\x00B", "A\x00B"),
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

    @given(st.text(alphabet=st.sampled_from("ab -\n"), max_size=60))
    def test_plain_story_spans(self, text: str) -> None:
        """A plain story (ASCII, single spaces) builds its one-line paragraphs itself: each still
        spans its trimmed source, whose normal form is the block's text."""
        for block in split_blocks(text):
            source = block.span().of(text)
            assert source == source.strip() != ""
            assert normalise(source)[0] == block.text

    def test_plain_story_offsets(self) -> None:
        source = " Header line\n\nOne -- two.\n \n\nThree - four.\nwrapped\nend\n"
        blocks = split_blocks(source)
        assert [(b.text, b.start, b.end) for b in blocks] == [
            ("Header line", 1, 12),
            ("One — two.", 14, 25),
            ("Three - four. wrapped end", 29, 54),
        ]

    @given(st.text(max_size=80))
    def test_no_character_lost(self, text: str) -> None:
        """Every non-blank character of the source lies inside exactly one block."""
        covered = [0] * len(text)
        for block in split_blocks(text):
            for i in range(block.start, block.end):
                covered[i] += 1
        assert all(covered[i] == 1 for i, ch in enumerate(text) if not ch.isspace())


BREAKS = [
    ("lone-cr", "One.\r\rTwo.", ["One.", "Two."]),
    ("vertical-tab", "One.\x0b\x0bTwo.", ["One.", "Two."]),
    ("next-line", "One.\x85\x85Two.", ["One.", "Two."]),
    ("line-separator", "One.\u2028\u2028Two.", ["One.", "Two."]),
    ("paragraph-separator", "One.\u2029Two.", ["One.", "Two."]),
    ("form-feed", "One.\x0cTwo.", ["One.", "Two."]),
    ("form-feed-among-spaces", "One. \n\x0c \nTwo.", ["One.", "Two."]),
    ("lone-cr-is-a-line", "A wrapped line\rand its end.", ["A wrapped line and its end."]),
    ("crlf-unchanged", "One.\r\n\r\nTwo.", ["One.", "Two."]),
]


class TestLineBreaks:
    """Every Unicode line break ends a line; a form feed and U+2029 end a paragraph."""

    @pytest.mark.parametrize(
        ("source", "texts"), [c[1:] for c in BREAKS], ids=[c[0] for c in BREAKS]
    )
    def test_paragraphs(self, source: str, texts: list[str]) -> None:
        blocks = split_blocks(source)
        assert [b.text for b in blocks] == texts
        assert [normalise(b.span().of(source))[0] for b in blocks] == texts


class TestInvisibleAndFullWidth:
    """Dropped and rewritten characters keep every offset back to the source exact."""

    def test_dateline_span(self) -> None:
        source = "\u200fBEIJING,\u200b Oct. 11（Xin\u200dhua）—— Body."
        [block] = split_blocks(source)
        assert block.text == "BEIJING, Oct. 11(Xinhua)— Body."
        end = block.text.index("—") + 1
        assert block.raw(0, end) == "\u200fBEIJING,\u200b Oct. 11（Xin\u200dhua）——"
        assert block.raw(end + 1) == "Body."

    def test_only_invisible(self) -> None:
        [block] = split_blocks("\u200b\u200b")
        assert (block.text, block.start, block.end) == ("\u200b\u200b", 0, 2)

    @given(
        st.text(alphabet=st.sampled_from("ab （）—-\u200b\u200f\u2060\r\x0c\u2029\n"), max_size=60)
    )
    def test_spans_cover_the_source(self, text: str) -> None:
        """Each block's span starts and ends on what it shows; blocks never overlap."""
        last = 0
        for block in split_blocks(text):
            assert block.start >= last
            last = block.end
            shown = block.span().of(text)
            assert shown == shown.strip()
            assert block.text in {normalise(shown)[0], shown}  # (only invisible: kept)


DECODING = [
    ("utf-8", "Café".encode(), "Café", "utf-8", False),
    ("utf-8-bom", b"\xef\xbb\xbfCaf\xc3\xa9", "Café", "utf-8-sig", False),
    ("utf-16-le-bom", "Café".encode("utf-16-le").join([b"\xff\xfe", b""]), "Café", "utf-16", False),
    ("utf-16-be-bom", b"\xfe\xff" + "Café".encode("utf-16-be"), "Café", "utf-16", False),
    ("utf-32-bom", "Café".encode("utf-32"), "Café", "utf-32", False),
    ("windows-1252", b"\x93Caf\xe9\x94", "“Café”", "cp1252", True),
    ("latin-1", b"Caf\xe9\x81", "Caf\xe9\x81", "latin-1", True),
    ("utf-16-odd-length", b"\xff\xfeA\x00B", "A\ufffd", "utf-16", True),
]


class TestDecodeStory:
    """A BOM decides, else UTF-8, else Windows-1252, else Latin-1: nothing refused."""

    @pytest.mark.parametrize(
        ("data", "text", "encoding", "problem"),
        [c[1:] for c in DECODING],
        ids=[c[0] for c in DECODING],
    )
    def test_policy(self, data: bytes, text: str, encoding: str, problem: bool) -> None:
        decoded = decode_story(data)
        assert (decoded.text, decoded.encoding) == (text, encoding)
        assert (decoded.problem is not None) == problem

    def test_fallback_names_the_first_byte(self) -> None:
        decoded = decode_story(b"ok \xe9 and \xe8")
        assert decoded.problem == "not UTF-8 (byte 0xe9 at byte 3); decoded as Windows-1252"
        assert decoded.offset == 3

    def test_shared_files_decode(self, shared: Path) -> None:
        """The Reuters-21578 files and the Windows-1252 corpus story decode to clean text."""
        for path in [
            *sorted((shared / "reuters21578").glob("*.sgm")),
            shared / "corpus" / "articles" / "064.txt",
        ]:
            decoded = decode_story(path.read_bytes())
            assert "\ufffd" not in decoded.text, path.name
            assert decoded.encoding in {"utf-8", "cp1252"}, path.name
        assert (
            decode_story((shared / "corpus" / "articles" / "064.txt").read_bytes()).encoding
            == "cp1252"
        )


def test_line_column() -> None:
    assert line_column("ab\ncd", 4) == (2, 2)
    assert line_column("ab", 0) == (1, 1)


@given(st.text())
def test_lowered_keeps_every_offset(text: str) -> None:
    """One character for one (``İ`` lowers to two and is kept), each lowered where it can be."""
    lower = lowered(text)
    assert len(lower) == len(text)
    assert all(
        a == (b.lower() if len(b.lower()) == 1 else b) for a, b in zip(lower, text, strict=True)
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Zhang's visit on Oct. 11 to U.S. and U.S/EU.", {"Zhang", "Oct", "U.S", "EU"}),
        (
            "iPhone, al-Assad, McDonald-Smith.J.R and 3M",
            {"Phone", "Assad", "McDonald-Smith.J.R", "M"},
        ),
        ("Xinhua/Shi Yalan (EPA-EFE/A.B.c) ÉCOLE", {"Xinhua/Shi", "Yalan", "EPA-EFE/A.B", "COLE"}),
    ],
)
def test_words(text: str, words: set[str]) -> None:
    # a capital opens a word unless a word before took it; a slash goes on only before a full stop
    assert Block(text, 0, len(text)).words == words


@pytest.mark.parametrize("end", [7, 9])
def test_span_to_the_end(end: int) -> None:
    # a span to the text's end ends where the block does, whether or not that is where its text
    # ends (a block built by hand may say otherwise)
    block = Block("ab (cd)", 2, end)
    assert (block.span(3, 7).start, block.span(3, 7).end) == (5, end)
    assert (block.span(7, 7).start, block.span(7, 7).end) == (end, end)
