"""Readers: the contract every reader keeps, shown on the plain-text reader."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Envelope, Source, Span
from newsmodel.exceptions import InputTypeError, ReadError, UnknownReaderError, ValidationError
from newsmodel.readers import Record, apply_envelope, iter_records, reader

STORY = b"TOKYO, Oct. 11 (Kyodo) -- Rain fell on the capital.\n"


def test_a_plain_file_is_one_story_with_its_source(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY)
    [article] = newsmodel.read(path)
    assert article.source == Source(
        reader="text", path=str(path), span=Span(start=0, end=len(STORY))
    )
    assert article.envelope is None
    assert article.dateline is not None and article.dateline.place == "TOKYO"


def test_a_binary_file_object_is_read() -> None:
    [article] = newsmodel.read(io.BytesIO(STORY), reader_name="text")
    assert article.source is not None and article.source.path is None


def test_the_envelope_wins_over_the_text() -> None:
    article = newsmodel.parse(STORY.decode())
    record = Record(
        text=STORY.decode(),
        source=Source(reader="test", record_id="42"),
        envelope=Envelope(headline="Rain in Tokyo", slug="JAPAN-WEATHER"),
    )
    applied = apply_envelope(article, record)
    assert (applied.headline, applied.envelope, applied.source) == (
        "Rain in Tokyo",
        record.envelope,
        record.source,
    )
    assert newsmodel.from_json(newsmodel.Article, newsmodel.to_json(applied)) == applied


@pytest.mark.parametrize(
    ("pieces", "offset", "byte"),
    [((), 5, None), (((0, 10),), 5, 15), (((0, 10), (8, 40)), 9, 41), (((0, 10), (8, 40)), 7, 17)],
    ids=["no-pieces", "one-stretch", "second-stretch", "first-stretch"],
)
def test_byte_offsets(pieces: tuple[tuple[int, int], ...], offset: int, byte: int | None) -> None:
    record = Record(text="x" * 20, source=Source(reader="test"), pieces=pieces)
    assert record.byte_offset(offset) == byte


def test_pieces_out_of_order_are_refused() -> None:
    with pytest.raises(ValidationError, match=r"Record\.pieces\[1\]"):
        Record(text="x", source=Source(reader="test"), pieces=((5, 0), (2, 9)))


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: reader("no-such"), UnknownReaderError, "unknown reader 'no-such'; known readers:"),
        (lambda: list(iter_records(123)), InputTypeError, "read\\(\\) needs a path or a file"),
        (lambda: list(iter_records(io.StringIO("x"))), InputTypeError, "opened in binary mode"),
        (lambda: list(iter_records("/no/such/file.txt")), ReadError, "no such file"),
    ],
    ids=["unknown-reader", "not-a-file", "text-mode-file", "missing-file"],
)
def test_bad_input_says_what(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]
