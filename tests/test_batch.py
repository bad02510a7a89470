"""Batches: every record of every input comes out, parsed as the plain path parses it, or failed."""

from __future__ import annotations

import bz2
import gzip
import json
import os
import pickle
import signal
import sys
import threading
import time
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, Failure, from_json, parse, to_json
from newsmodel.batch import iter_parse, parse_to
from newsmodel.batch.inputs import Fields, Piece, plan, records
from newsmodel.batch.pool import Pool
from newsmodel.batch.work import OBJECTS, Options
from newsmodel.models import Source, Span

from .strategies import MODELS

SHARED = Path(__file__).parent.parent.parent / "shared"

#: Our own stories, in the styles of three agencies.
STORIES = {
    "xinhua": "BEIJING, Oct. 11 (Xinhua) -- Chinese Premier Li Qiang met farmers on Friday.\n\n"
    "The visit lasted two days, officials said.",
    "reuters": "LONDON, Aug 10 (Reuters) - Oil prices rose on Tuesday as traders weighed supply.\n\n"
    "(Reporting by Ann Smith; Editing by Tom Brown)",
    "ap": "WASHINGTON (AP) — The Senate passed the bill late Thursday.\n\n"
    "Lawmakers said the vote was close.",
}


def _folder(tmp_path: Path) -> Path:
    """Three stories in a folder tree, and a file the glob leaves out."""
    (tmp_path / "in" / "deep").mkdir(parents=True)
    (tmp_path / "in" / "a-xinhua.txt").write_text(STORIES["xinhua"], encoding="utf-8")
    (tmp_path / "in" / "deep" / "b-reuters.txt").write_text(STORIES["reuters"], encoding="utf-8")
    (tmp_path / "in" / "deep" / "c-ap.txt").write_text(STORIES["ap"], encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text("not a story", encoding="utf-8")
    return tmp_path / "in"


def _jsonl(path: Path, count: int, *, bad: tuple[int, ...] = ()) -> list[str]:
    """``count`` records cycling through the agencies; the lines at ``bad`` are not JSON."""
    texts = []
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            if number in bad:
                out.write("{not json\n")
                texts.append("")
                continue
            text = list(STORIES.values())[number % 3] + f"\n\nRecord {number}."
            texts.append(text)
            record = {"id": f"r{number}", "text": text, "date": "2025-10-12"}
            out.write(json.dumps(record) + "\n")
    return texts


def _plain(article: Article | Failure) -> Article:
    """An article as ``parse`` alone gives it (no source)."""
    assert isinstance(article, Article)
    return attrs.evolve(article, source=None)


class TestInputs:
    """Inputs expand into files and records, each record read exactly once."""

    def test_folder_recursive_with_glob(self, tmp_path: Path) -> None:
        folder = _folder(tmp_path)
        results = list(iter_parse([folder], glob="*.txt", jobs=1, timeout=None))
        assert [Path(r.source.path).name for r in results if isinstance(r, Article)] == [
            "a-xinhua.txt",
            "b-reuters.txt",
            "c-ap.txt",
        ]

    @pytest.mark.parametrize(
        ("suffix", "compress"),
        [(".txt.gz", gzip.compress), (".txt.bz2", bz2.compress)],
        ids=["gzip", "bzip2"],
    )
    def test_compressed_story(self, tmp_path: Path, suffix: str, compress: object) -> None:
        story = tmp_path / f"story{suffix}"
        story.write_bytes(compress(STORIES["reuters"].encode()))  # type: ignore[operator]
        [article] = iter_parse(story, jobs=1, timeout=None)
        assert _plain(article) == parse(STORIES["reuters"])

    def test_compressed_jsonl(self, tmp_path: Path) -> None:
        plain = tmp_path / "stories.jsonl"
        texts = _jsonl(plain, 7)
        packed = tmp_path / "stories.jsonl.gz"
        packed.write_bytes(gzip.compress(plain.read_bytes()))
        results = list(iter_parse(packed, jobs=1, timeout=None))
        assert [_plain(r) for r in results] == [parse(t) for t in texts]

    def test_jsonl_fields(self, tmp_path: Path) -> None:
        path = tmp_path / "s.jsonl"
        line = json.dumps({"key": "k1", "body": STORIES["xinhua"], "when": "2024-10-12"})
        path.write_text(line + "\n", encoding="utf-8")
        [article] = iter_parse(
            path, field="body", published_field="when", id_field="key", jobs=1, timeout=None
        )
        assert isinstance(article, Article)
        assert article.source == Source(
            reader="jsonl", record_id="k1", path=str(path), span=Span(start=0, end=len(line))
        )
        assert article.dateline is not None and str(article.dateline.date) == "2024-10-11"

    @settings(max_examples=25, deadline=None)
    @given(chunk=st.integers(1, 400), blank=st.booleans())
    def test_ranges_hold_each_record_once(self, chunk: int, blank: bool) -> None:
        """However a JSON Lines file is cut, the ranges together hold each record once."""
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "s.jsonl"
            lines = [json.dumps({"text": f"Story {n}." * (n % 4 + 1)}) for n in range(12)]
            path.write_text(("\n\n" if blank else "\n").join(lines) + "\n", encoding="utf-8")
            tasks = list(plan([path], chunk=chunk))
            found = [
                item.record.text
                for task in tasks
                for piece in task.pieces
                for item in records(piece, Fields())
                if not isinstance(item, Failure)
            ]
        assert found == [json.loads(line)["text"] for line in lines]
        assert [task.index for task in tasks] == list(range(len(tasks)))

    def test_piece_holds_records_that_start_in_it(self) -> None:
        piece = Piece(path="x", start=10, end=20)
        assert [piece.holds(n) for n in (9, 10, 19, 20)] == [False, True, True, False]

    def test_missing_input_is_refused_before_work(self, tmp_path: Path) -> None:
        with pytest.raises(newsmodel.ReadError, match=r"none\.txt"):
            list(iter_parse([tmp_path / "none.txt"], jobs=1, timeout=None))


class TestNothingLost:
    """Every input record is in the output or in the errors, in input order."""

    @pytest.mark.parametrize(
        ("jobs", "ordered"), [(1, True), (2, True), (2, False)], ids=["one", "two", "unordered"]
    )
    def test_counts(self, tmp_path: Path, jobs: int, ordered: bool) -> None:
        path = tmp_path / "many.jsonl"
        texts = _jsonl(path, 240, bad=(5, 199))  # (about 40 KB: ten byte ranges)
        results = list(
            iter_parse(path, jobs=jobs, ordered=ordered, published_field="date", chunk=4096)
        )
        failures = [r for r in results if isinstance(r, Failure)]
        assert len(results) == len(texts)
        # the two bad lines, and only they, are failures (in any order when unordered)
        line_starts = [0]
        for line in path.read_bytes().splitlines(keepends=True):
            line_starts.append(line_starts[-1] + len(line))
        assert sorted(f.span.start for f in failures if f.span) == [
            line_starts[5],
            line_starts[199],
        ]
        assert {f.error for f in failures} == {"RecordError"}
        ids = sorted(int(r.source.record_id[1:]) for r in results if isinstance(r, Article))
        assert ids == [n for n in range(240) if n not in (5, 199)]
        if ordered:
            starts = [
                r.source.span.start if isinstance(r, Article) else r.span.start for r in results
            ]  # type: ignore[union-attr]
            assert starts == sorted(starts)

    def test_workers_give_the_serial_result(self, tmp_path: Path) -> None:
        path = tmp_path / "many.jsonl"
        _jsonl(path, 150, bad=(3,))
        serial = list(iter_parse(path, jobs=1, timeout=None))
        assert list(iter_parse(path, jobs=2, chunk=2048)) == serial

    def test_story_errors_are_failures(self, tmp_path: Path) -> None:
        folder = _folder(tmp_path)
        results = list(iter_parse([folder], glob="*.txt", max_length=100, jobs=1, timeout=None))
        assert [(type(r).__name__, getattr(r, "error", None)) for r in results] == [
            ("Failure", "StoryTooLongError"),
            ("Failure", "StoryTooLongError"),
            ("Article", None),
        ]


class TestTimeout:
    """A story that takes too long is stopped with its worker and reported; the rest go on."""

    def test_slow_story(self, tmp_path: Path) -> None:
        slow = (
            "BEIJING, Oct. 11 (Xinhua) -- "
            + "Chinese Premier Li Qiang met officials on Friday. " * 38000
        )
        for name, text in [("1.txt", STORIES["ap"]), ("2.txt", slow), ("3.txt", STORIES["xinhua"])]:
            (tmp_path / name).write_text(text, encoding="utf-8")
        # The limit is a third of what the slow story takes here (the compiled build parses it
        # in half the time of pure Python), never under half a second for the others.
        newsmodel.parse(STORIES["ap"])
        began = time.perf_counter()
        newsmodel.parse(slow)
        limit = round(max(0.5, (time.perf_counter() - began) / 3), 1)
        results = list(iter_parse([tmp_path], jobs=1, timeout=limit))
        assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
        failure = results[1]
        assert isinstance(failure, Failure)
        assert (failure.error, Path(failure.input).name) == ("Timeout", "2.txt")
        assert f"{limit:g} s" in failure.message

    def test_killed_worker(self, tmp_path: Path) -> None:
        slow = (
            "LONDON, Aug 10 (Reuters) - "
            + "Finance Minister John Smith sold shares on Monday. " * 20000
        )
        for name, text in [
            ("1.txt", STORIES["reuters"]),
            ("2.txt", slow),
            ("3.txt", STORIES["ap"]),
        ]:
            (tmp_path / name).write_text(text, encoding="utf-8")
        pool = Pool(1, Options(to=OBJECTS), timeout=None)
        pid = pool.workers[0].process.pid

        def kill() -> None:
            deadline = time.monotonic() + 20
            while pool.workers[0].beat[0] < 1 and time.monotonic() < deadline:
                time.sleep(0.01)
            assert pid is not None
            os.kill(pid, signal.SIGKILL)

        killer = threading.Thread(target=kill)
        killer.start()
        try:
            outcomes = list(pool.run(plan([tmp_path])))
        finally:
            killer.join()
            pool.close()
        results = [r for outcome in outcomes for r in outcome.output]  # type: ignore[union-attr]
        assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
        assert results[1].error == "WorkerDied"  # type: ignore[union-attr]
        assert pool.replaced == 1


class TestPickle:
    """Articles and failures survive pickling, so any engine can move them."""

    @settings(max_examples=30, deadline=None)
    @given(data=st.data())
    @pytest.mark.parametrize("cls", [Article, Failure], ids=["article", "failure"])
    def test_round_trip(self, cls: type, data: st.DataObject) -> None:
        model = data.draw(MODELS[cls])
        assert pickle.loads(pickle.dumps(model)) == model

    @pytest.mark.parametrize("agency", list(STORIES), ids=list(STORIES))
    def test_parsed(self, agency: str) -> None:
        article = parse(STORIES[agency])
        assert pickle.loads(pickle.dumps(article)) == article


class TestResume:
    """--resume goes on where an interrupted run stopped, and never writes a record twice."""

    def test_resume_after_a_cut(self, tmp_path: Path) -> None:
        path = tmp_path / "s.jsonl"
        _jsonl(path, 40, bad=(7,))
        whole, out, errors = tmp_path / "whole.jsonl", tmp_path / "out.jsonl", tmp_path / "e.jsonl"
        parse_to(path, whole, jobs=1, timeout=None)
        lines = whole.read_bytes().splitlines(keepends=True)
        out.write_bytes(b"".join(lines[:10]) + lines[10][:25])  # (killed while writing line 11)
        summary = parse_to(path, out, jobs=1, timeout=None, resume=True, errors=errors)
        assert out.read_bytes() == whole.read_bytes()
        assert (summary.stories, summary.skipped, summary.failures) == (30, 10, 1)
        assert len(errors.read_text(encoding="utf-8").splitlines()) == 1


class TestCommandLine:
    """`newsmodel parse` on many inputs writes JSON Lines; on one story, the JSON of today."""

    def run(self, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
        from newsmodel.cli import main

        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    def test_folder_to_jsonl(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        folder = _folder(tmp_path)
        code, out, err = self.run(capsys, "parse", str(folder), "--glob", "*.txt", "--jobs", "1")
        lines = [json.loads(line) for line in out.splitlines()]
        assert code == 0
        assert [Path(a["source"]["path"]).name for a in lines] == [
            "a-xinhua.txt",
            "b-reuters.txt",
            "c-ap.txt",
        ]
        assert err.startswith("newsmodel: 3 stories, 0 failed in ") and err.count("\n") == 1

    def test_lines_read_back(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        folder = _folder(tmp_path)
        _, out, _ = self.run(capsys, "parse", str(folder), "--glob", "*.txt", "-q")
        articles = [from_json(Article, line) for line in out.splitlines()]
        assert [_plain(a) for a in articles] == [
            parse(STORIES[k]) for k in ("xinhua", "reuters", "ap")
        ]

    def test_one_story_prints_indented_json(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        story = tmp_path / "s.txt"
        story.write_text(STORIES["ap"], encoding="utf-8")
        code, out, err = self.run(capsys, "parse", str(story))
        assert (code, err) == (0, "")
        assert out == to_json(parse_file_plain(story), indent=2) + "\n"

    def test_to_ninjs(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        folder = _folder(tmp_path)
        code, out, _ = self.run(capsys, "parse", str(folder), "--glob", "*.txt", "--to", "ninjs")
        assert code == 0
        assert [json.loads(line)["uri"][:4] for line in out.splitlines()] == ["urn:"] * 3

    def test_empty_folder(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        code, out, err = self.run(capsys, "parse", str(tmp_path), "--compact")
        assert (code, out) == (0, "")
        assert err.startswith("newsmodel: 0 stories, 0 failed in ")

    def test_one_story_in_an_envelope(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A file holding one story in NITF is one story: indented JSON, read by its reader."""
        nitf = (
            Path(__file__).parent
            / "golden_export"
            / "nitf"
            / "ap--washington-senate-water-bill.xml"
        )
        code, out, err = self.run(capsys, "parse", str(nitf))
        assert (code, err) == (0, "")
        assert out.startswith('{\n  "wire_format"')
        assert json.loads(out)["source"]["reader"] == "nitf"

    def test_one_story_as_jsonl(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        story = tmp_path / "s.txt"
        story.write_text(STORIES["ap"], encoding="utf-8")
        code, out, _ = self.run(capsys, "parse", str(story), "--jsonl", "--quiet")
        assert code == 0 and out.count("\n") == 1
        assert json.loads(out)["source"]["path"] == str(story)

    def test_errors_file_and_exit_code(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "s.jsonl"
        _jsonl(path, 5, bad=(2,))
        out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
        code, stdout, err = self.run(
            capsys, "parse", str(path), "-o", str(out), "--errors", str(errors), "--jobs", "1"
        )
        assert (code, stdout) == (1, "")
        assert "5 stories, 1 failed" in err
        [failure] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
        assert failure["input"] == str(path) and failure["error"] == "RecordError"
        assert failure["message"].startswith("not JSON")
        assert len(out.read_text(encoding="utf-8").splitlines()) == 4

    def test_failures_on_stderr_without_errors_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "s.jsonl"
        _jsonl(path, 3, bad=(1,))
        code, _, err = self.run(capsys, "parse", str(path), "--jobs", "1")
        assert code == 1
        assert f"newsmodel: failed: {path} byte " in err

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["--resume"], "--resume needs --output"),
            (["--indent", "4"], "--indent is for one story"),
            (["-"], "standard input (-) is read only as the one input"),
            (["--to", "nitf"], "--to nitf writes a document of many lines per story"),
        ],
        ids=["resume-without-output", "indent", "stdin-among-many", "nitf"],
    )
    def test_refused(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
    ) -> None:
        folder = _folder(tmp_path)
        code, out, err = self.run(capsys, "parse", str(folder), *argv)
        assert code != 0 and out == ""
        assert message in err and err.count("\n") == 1

    @pytest.mark.parametrize(
        "argv", [["--jobs", "0"], ["--timeout", "-1"], ["--timeout", "soon"]], ids=str
    )
    def test_bad_numbers(self, tmp_path: Path, argv: list[str]) -> None:
        from newsmodel.cli import main

        with pytest.raises(SystemExit) as exit_:
            main(["parse", str(tmp_path), *argv])
        assert exit_.value.code == 2


def parse_file_plain(path: Path) -> Article:
    return newsmodel.parse_file(path)


class TestRealRecords:
    """On real wire records the batch path gives what the plain path gives (fast, and honest)."""

    def test_reuters(self, tmp_path: Path) -> None:
        folder = SHARED / "reuters21578"
        if not (folder / "reut2-000.sgm").is_file():
            pytest.skip("../shared/reuters21578 is not here")
        sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))
        try:
            from reuters21578 import stories
        finally:
            sys.path.pop(0)
        path = tmp_path / "reuters.jsonl"
        texts = []
        with path.open("w", encoding="utf-8") as out:
            for newid, text in stories(folder):
                if int(newid) > 1500:
                    break
                texts.append(text)
                out.write(json.dumps({"id": newid, "text": text}) + "\n")
        batch = list(iter_parse(path, jobs=2))
        assert [_plain(article) for article in batch] == [parse(text) for text in texts]

    def test_reuters_sgml(self) -> None:
        """An SGML collection cut into byte ranges gives what its reader and parse give."""
        sgml = SHARED / "reuters21578" / "reut2-000.sgm"
        if not sgml.is_file():
            pytest.skip("../shared/reuters21578 is not here")
        assert list(iter_parse(sgml, jobs=2, chunk=1 << 16)) == list(newsmodel.read(sgml))
