"""Bad input gets an answer, never a traceback: one table, each row through parse, parse_file and the CLI.

Each row states its result: an article (with the diagnostic codes it must carry and nothing lost)
or the one error class and what its message names.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsmodel import Article, parse
from newsmodel.cli import main
from newsmodel.exceptions import (
    InputTypeError,
    NewsModelError,
    ReadError,
    StoryTooLongError,
)
from newsmodel.parsing import parse_file
from newsmodel.serialization import to_dict
from newsmodel.text import decode_story

STORY = "BEIJING, Oct. 11 (Xinhua) -- Officials met on Friday."
# Characters the normalised view drops: they print nothing, so they may fall between segments.
INVISIBLE = frozenset(
    [
        *map(chr, range(0x200B, 0x2010)),
        *map(chr, range(0x202A, 0x202F)),
        "\u2060",
        *map(chr, range(0x2066, 0x206A)),
        "\ufeff",
    ]
)

Check = Callable[[Article], object]


@dataclass(frozen=True)
class Row:
    """One bad input: file bytes (or a thing given to parse), and what must come of it."""

    id: str
    data: bytes | None = None  # the file's bytes; None for rows that are not a file's content
    given: object = None  # what parse() is given when the row is not a file's content
    kind: str = "content"  # content | folder | missing | unreadable | object
    codes: frozenset[str] = frozenset()  # diagnostic codes parse() must give (exactly)
    decoding: frozenset[str] = frozenset()  # codes reading the bytes adds (parse_file, CLI)
    check: Check | None = None  # more that must hold of the article
    error: type[NewsModelError] | None = None  # the one error, instead of an article
    names: tuple[str, ...] = ()  # what the error's message must say
    file_error: type[NewsModelError] | None = None  # a different error from parse_file
    file_names: tuple[str, ...] = field(default=())


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def _dated(place: str = "BEIJING", date_text: str | None = "Oct. 11") -> Check:
    def check(article: Article) -> None:
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.date_text) == (place, date_text)

    return check


def _body(*texts: str) -> Check:
    def check(article: Article) -> None:
        assert tuple(p.text for p in article.body) == texts

    return check


def _all(*checks: Check) -> Check:
    def check(article: Article) -> None:
        for one in checks:
            one(article)

    return check


def _empty(article: Article) -> None:
    assert (article.segments, article.body, article.dateline, article.headline) == (
        (),
        (),
        None,
        None,
    )


def _no_date(article: Article) -> None:
    assert article.dateline is not None and article.dateline.date is None


TEN_MB = b"x" * 10_000_001

ROWS = [
    Row(id="empty-file", data=b"", check=_empty),
    Row(id="only-whitespace", data=b"  \n\t\n \r\n\xc2\xa0\n", check=_empty),
    Row(
        id="only-a-headline",
        data=b"Rains lash the coast",
        check=lambda a: a.headline == "Rains lash the coast",
    ),
    Row(
        id="nul-and-control-characters",
        data=_utf8("BEIJING, Oct. 11 (Xinhua) -- Officials\x00 met \x07on \x1bFriday."),
        codes=frozenset({"control-characters"}),
        check=_dated(),
    ),
    Row(
        id="invalid-utf8",
        data=b"BEIJING, Oct. 11 (Xinhua) -- Bad \x81\xff bytes.",
        # 0x81 is undefined in Windows-1252, so Latin-1 decodes: it reads the C1 control U+0081.
        codes=frozenset({"control-characters"}),
        decoding=frozenset({"encoding-fallback"}),
        check=_dated(),
    ),
    Row(
        id="utf8-bom",
        data=codecs.BOM_UTF8 + _utf8(STORY),
        check=_all(_dated(), _body("Officials met on Friday.")),
    ),
    Row(
        id="utf16-bom",
        data=STORY.encode("utf-16"),
        check=_all(_dated(), _body("Officials met on Friday.")),
    ),
    Row(
        id="latin-1",
        data="BEIJING, Oct. 11 (Xinhua) -- Señor Müller spoke.".encode("latin-1"),
        decoding=frozenset({"encoding-fallback"}),
        check=_body("Señor Müller spoke."),
    ),
    Row(
        id="windows-1252",
        data="BEIJING, Oct. 11 (Xinhua) -- “Quoted” words – and more…".encode("cp1252"),
        decoding=frozenset({"encoding-fallback"}),
        check=_body("“Quoted” words — and more…"),
    ),
    Row(
        id="mojibake",
        data=_utf8("BEIJING, Oct. 11 (Xinhua) -- The cafÃ© said itâ€™s open."),
        codes=frozenset({"mojibake"}),
        check=_dated(),
    ),
    Row(
        id="cr-only-line-ends",
        data=b"Rains lash the coast\r\rBEIJING, Oct. 11 (Xinhua) -- One.\r\rTwo.\r",
        check=_all(_dated(), _body("One.", "Two."), lambda a: a.headline == "Rains lash the coast"),
    ),
    Row(
        id="mixed-line-ends",
        data=b"Rains lash the coast\r\n\r\nBEIJING, Oct. 11 (Xinhua) -- One.\n\nTwo.\r\rThree.",
        check=_all(_dated(), _body("One.", "Two.", "Three.")),
    ),
    Row(
        id="ten-mb-story",
        data=TEN_MB,
        error=StoryTooLongError,
        names=("10,000,001 characters", "limit of 2,000,000"),
    ),
    Row(id="one-mb-line-without-spaces", data=b"x" * 1_000_000, check=_body("x" * 1_000_000)),
    Row(
        id="100000-empty-lines",
        data=b"Rains lash the coast" + b"\n" * 100_000 + _utf8(STORY),
        check=_all(_dated(), lambda a: a.headline == "Rains lash the coast"),
    ),
    Row(
        id="full-width-brackets-and-dashes",
        data=_utf8("BEIJING, Oct. 11（Xinhua）—— Officials met."),
        check=_all(
            _dated(),
            _body("Officials met."),
            lambda a: a.dateline.raw == "BEIJING, Oct. 11（Xinhua）——",
        ),
    ),
    Row(
        id="zero-width-in-dateline",
        data=_utf8("BEIJING,\u200b Oct.\u2060 11 (Xin\u200dhua) -- Officials met."),
        check=_all(_dated(), lambda a: a.dateline.agencies == ("Xinhua",)),
    ),
    Row(
        id="right-to-left-marks",
        data=_utf8("\u200fBEIJING, Oct. 11\u200e (Xinhua) \u202b--\u202c Officials met."),
        check=_all(_dated(), _body("Officials met.")),
    ),
    Row(
        id="unbalanced-brackets-and-quotes",
        data=_utf8(
            'BEIJING, Oct. 11 (Xinhua) -- He said "this ( is [ open.\n\nAnd ) this ] " (closes.'
        ),
        check=_body('He said "this ( is [ open.', 'And ) this ] " (closes.'),
    ),
    Row(
        id="october-32",
        data=_utf8("BEIJING, Oct. 32 (Xinhua) -- Officials met."),
        codes=frozenset({"impossible-date"}),
        check=_all(_dated(date_text="Oct. 32"), _no_date),
    ),
    Row(
        id="february-30",
        data=_utf8("Sept. 1, 2025\n\nBEIJING, Feb. 30 (Xinhua) -- Officials met."),
        codes=frozenset({"impossible-date"}),
        check=_all(_dated(date_text="Feb. 30"), _no_date),
    ),
    Row(id="a-folder", kind="folder", error=ReadError, names=("is a folder",)),
    Row(id="a-missing-file", kind="missing", error=ReadError, names=("no such file",)),
    Row(id="an-unreadable-file", kind="unreadable", error=ReadError, names=("permission denied",)),
    Row(
        id="bytes",
        kind="object",
        given=_utf8(STORY),
        error=InputTypeError,
        names=("got bytes", "parse_bytes()"),
        file_names=("parse_file() needs a path",),
    ),
    Row(
        id="none",
        kind="object",
        given=None,
        error=InputTypeError,
        names=("got NoneType",),
        file_names=("parse_file() needs a path", "got NoneType"),
    ),
    Row(
        id="a-path",
        kind="path",
        data=_utf8(STORY),
        error=InputTypeError,
        names=("got PosixPath" if os.name == "posix" else "got WindowsPath", "use parse_file()"),
        check=_dated(),
    ),
]
IDS = [row.id for row in ROWS]


def _nothing_lost(article: Article, text: str) -> None:
    """Every character but white space and invisible marks lies inside one segment."""
    covered = [0] * len(text)
    for segment in article.segments:
        for i in range(segment.span.start, segment.span.end):
            covered[i] += 1
    lost = [
        (i, ch)
        for i, ch in enumerate(text)
        if covered[i] != 1 and not ch.isspace() and ch not in INVISIBLE
    ]
    assert lost[:5] == []


def _codes(article: Article) -> set[str]:
    return {str(getattr(d.code, "value", d.code)) for d in article.diagnostics}


_REFUSED: set[Path] = set()
_read_bytes = Path.read_bytes


def _refuse_reading(path: Path) -> None:
    """Make ``path`` unreadable to this process, as chmod 000 makes it for anyone but root."""
    _REFUSED.add(path)


def _read_unless_refused(self: Path) -> bytes:
    if self in _REFUSED:
        raise PermissionError(13, "Permission denied", str(self))
    return _read_bytes(self)


@pytest.fixture(autouse=True)
def _refusals(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Path, "read_bytes", _read_unless_refused)
    yield
    _REFUSED.clear()


def _place(row: Row, tmp_path: Path) -> Path:
    """The row's input as a path on disk."""
    path = tmp_path / "story.txt"
    if row.kind == "folder":
        return tmp_path
    if row.kind == "missing":
        return tmp_path / "missing.txt"
    if row.kind == "unreadable":
        path.write_bytes(_utf8(STORY))
        path.chmod(0)
        try:
            path.read_bytes()
        except PermissionError:
            return path
        # Root reads what chmod 000 forbids: the file system's refusal is made as it would be.
        _refuse_reading(path)
        return path
    assert row.data is not None
    path.write_bytes(row.data)
    return path


def _expect_article(row: Row, article: Article, text: str, codes: frozenset[str]) -> None:
    assert _codes(article) == codes
    if row.check is not None:
        row.check(article)
    _nothing_lost(article, text)


class TestParse:
    """parse() gives each row's article, or its one error naming what came."""

    @pytest.mark.parametrize(
        "row", [r for r in ROWS if r.kind in {"content", "object", "path"}], ids=lambda r: r.id
    )
    def test_row(self, row: Row, tmp_path: Path) -> None:
        if row.kind == "object":
            given: object = row.given
        elif row.kind == "path":
            given = _place(row, tmp_path)
        else:
            assert row.data is not None
            given = decode_story(row.data).text
        if row.error is not None:
            with pytest.raises(row.error) as info:
                parse(given)  # type: ignore[arg-type]
            assert all(name in str(info.value) for name in row.names), str(info.value)
            return
        assert isinstance(given, str)
        _expect_article(row, parse(given), given, row.codes)


class TestParseFile:
    """parse_file() gives each row's article with its decoding diagnostics, or one error naming the file."""

    @pytest.mark.parametrize("row", ROWS, ids=IDS)
    def test_row(self, row: Row, tmp_path: Path) -> None:
        given: object = row.given if row.kind == "object" else _place(row, tmp_path)
        error = row.error if row.kind != "path" else None
        if error is not None:
            with pytest.raises(error) as info:
                parse_file(given)  # type: ignore[arg-type]
            message = str(info.value)
            names = row.file_names or row.names
            assert all(name in message for name in names), message
            if row.kind != "object":
                assert str(given) in message
            return
        assert isinstance(given, Path) and row.data is not None
        text = decode_story(row.data).text
        _expect_article(row, parse_file(given), text, row.codes | row.decoding)


class TestCommandLine:
    """`newsmodel parse FILE` prints each row's article as JSON, or one error line naming the file."""

    # (a folder is a batch of the stories in it: tests/test_batch.py)
    @pytest.mark.parametrize(
        "row", [r for r in ROWS if r.kind not in ("object", "folder")], ids=lambda r: r.id
    )
    def test_row(self, row: Row, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        path = _place(row, tmp_path)
        code = main(["parse", str(path), "--compact"])
        out, err = capsys.readouterr()
        if row.error is not None and row.kind != "path":
            assert (code, out) == (1, "")
            assert err.startswith(f"newsmodel: error: {path}: ") and err.count("\n") == 1
            assert all(name in err for name in row.names), err
            return
        assert (code, err) == (0, "")
        found = json.loads(out)
        assert {d["code"] for d in found["diagnostics"]} == row.codes | row.decoding


def _run(
    *argv: str, stdin: bytes | None = None, **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-c", "import sys; from newsmodel.cli import main; sys.exit(main())"]
    return subprocess.run(  # noqa: PLW1510 (the exit code is the point)
        [*command, *argv],
        input=stdin,
        capture_output=True,
        timeout=60,
        **kwargs,  # type: ignore[call-overload]
    )


STDIN_ROWS = [
    r
    for r in ROWS
    if r.id in {"utf8-bom", "utf16-bom", "windows-1252", "invalid-utf8", "cr-only-line-ends"}
]


class TestStandardInput:
    """`newsmodel parse -` decodes its bytes exactly as a file's (a real process, a real pipe)."""

    @pytest.mark.parametrize("row", STDIN_ROWS, ids=lambda r: r.id)
    def test_row(self, row: Row, tmp_path: Path) -> None:
        assert row.data is not None
        done = _run("parse", "-", "--compact", stdin=row.data)
        assert (done.returncode, done.stderr) == (0, b"")
        from_stdin = json.loads(done.stdout)
        assert from_stdin == to_dict(parse_file(_place(row, tmp_path)))
