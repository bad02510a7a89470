"""The command line: output, exit codes and one-line errors."""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsmodel.cli import main

EXAMPLE = Path(__file__).parent.parent / "examples" / "xinhua-vice-premier.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class TestParse:
    """`newsmodel parse` prints the article as JSON."""

    def test_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(capsys, "parse", str(EXAMPLE))
        assert code == 0
        assert json.loads(out)["dateline"]["place"] == "HEFEI"
        assert out.startswith('{\n  "wire_format"')

    def test_compact_stdin(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr("sys.stdin", io.StringIO("BEIJING, Oct. 11 (Xinhua) -- Body."))
        code, out, _ = run(capsys, "parse", "-", "--compact")
        assert code == 0
        assert out.count("\n") == 1
        assert json.loads(out)["body"][0]["text"] == "Body."

    def test_indent(self, capsys: pytest.CaptureFixture[str]) -> None:
        _, out, _ = run(capsys, "parse", str(EXAMPLE), "--indent", "4")
        assert out.startswith('{\n    "wire_format"')

    @pytest.mark.parametrize(
        ("published", "written"),
        [
            ("2025-10-13", "2025-10-13"),
            ("2025-10-13T09:15", "2025-10-13T09:15:00"),
            ("2025-10-13T09:15:00+08:00", "2025-10-13T09:15:00+08:00"),
            ("2025-10-13 09:15Z", "2025-10-13T09:15:00+00:00"),
        ],
        ids=["date", "local-time", "offset", "space-and-z"],
    )
    def test_published(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, published: str, written: str
    ) -> None:
        story = tmp_path / "story.txt"
        story.write_text("TOKYO, Oct. 11 (Kyodo) -- Rain fell yesterday.", encoding="utf-8")
        code, out, _ = run(capsys, "parse", str(story), "--published", published)
        assert code == 0
        article = json.loads(out)
        assert article["published"] == written
        assert article["dateline"]["date"] == "2025-10-11"
        # The caller's date is the first anchor: "yesterday" is the day before it.
        assert [t["start"] for t in article["times"] if t["text"] == "yesterday"] == ["2025-10-12"]

    def test_missing_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        code, out, err = run(capsys, "parse", str(tmp_path / "none.txt"))
        assert (code, out) == (1, "")
        assert err.startswith("newsmodel: error: ") and err.count("\n") == 1

    def test_not_utf8_falls_back(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        latin = tmp_path / "latin.txt"
        latin.write_bytes(b"BEIJING, Oct. 11 (Xinhua) -- Caf\xe9 story.")
        code, out, _ = run(capsys, "parse", str(latin))
        assert code == 0
        article = json.loads(out)
        assert article["body"][0]["text"] == "Café story."
        assert [d["code"] for d in article["diagnostics"]] == ["encoding-fallback"]

    def test_not_utf8_strict(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        latin = tmp_path / "latin.txt"
        latin.write_bytes(b"BEIJING, Oct. 11 (Xinhua) -- Caf\xe9 story.")
        code, _, err = run(capsys, "parse", str(latin), "--strict")
        assert code == 1
        assert f"{latin}: line 1, column 33: not UTF-8" in err

    def test_strict_failure(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        story = tmp_path / "s.txt"
        story.write_text(
            "Headline\n\nStray teaser.\n\nBEIJING, Oct. 11 (Xinhua) -- Body.", encoding="utf-8"
        )
        code, _, err = run(capsys, "parse", str(story), "--strict")
        assert code == 1
        assert "line 3, column 1" in err
        assert "Traceback" not in err

    def test_usage(self, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit) as info:
            main(["parse"])
        assert info.value.code == 2

    def test_unknown_format(self, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit) as info:
            main(["parse", str(EXAMPLE), "--format", "nope"])
        assert info.value.code == 2
        assert "known formats: " in capsys.readouterr().err


class TestOtherCommands:
    """schema, formats and evaluate."""

    def test_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(capsys, "schema")
        assert code == 0
        assert json.loads(out)["$ref"] == "#/$defs/Article"

    def test_formats(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(capsys, "formats")
        assert code == 0
        assert "HANGZHOU, Oct. 11 (Xinhua) --" in out

    def test_evaluate_own_folder(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        (tmp_path / "articles").mkdir()
        (tmp_path / "articles" / "001.txt").write_text(
            EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8"
        )
        expected = {
            "file": "001.txt",
            "agency": "Xinhua",
            "container": "text",
            "dateline": {
                "raw": "HEFEI, Sept. 25 (Xinhua) --",
                "place": "HEFEI",
                "date_text": "Sept. 25",
                "agencies": ["Xinhua"],
            },
            "photo_credits": ["Xinhua/Shi Yalan", "Xinhua/Shi Yalan"],
            "caption_count": 2,
            "distinct_captions": 2,
            "persons": [{"name": "Guo Hanlin", "titles": ["Chinese Vice Premier"]}],
            "first_body_sentence_start": "Chinese Vice Premier Guo Hanlin has call",
        }
        (tmp_path / "expected.jsonl").write_text(json.dumps(expected) + "\n", encoding="utf-8")
        details = tmp_path / "details.jsonl"
        code, out, _ = run(capsys, "evaluate", str(tmp_path), "--details", str(details))
        assert code == 0
        assert out.strip().splitlines()[-1] == (
            "overall: dateline 1.00 credits 1.00 captions 1.00 persons_recall 1.00 "
            "persons_precision 1.00 titles 1.00 body 1.00"
        )
        line = json.loads(details.read_text(encoding="utf-8"))
        assert line["dateline"]["ok"] and line["credits"]["found"] == ["Xinhua/Shi Yalan"] * 2

    def test_evaluate_wrong_folder(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        code, _, err = run(capsys, "evaluate", str(tmp_path))
        assert code == 1
        assert "no expected.jsonl" in err

    def test_evaluate_shared_corpus(self, capsys: pytest.CaptureFixture[str], shared: Path) -> None:
        code, out, _ = run(capsys, "evaluate", str(shared / "corpus"))
        assert code == 0
        assert out.strip().splitlines()[-1].startswith("overall: dateline ")


class TestEvaluateBars:
    """--require and --require-each-agency turn the scores into an exit code for CI."""

    @pytest.fixture
    def folder(self, tmp_path: Path) -> Path:
        (tmp_path / "articles").mkdir()
        stories = {
            "001.txt": ("Xinhua", "BEIJING, Oct. 11 (Xinhua) -- Body one.", "BEIJING"),
            "002.txt": (
                "AP",
                "WASHINGTON (AP) — Body two.",
                "ATLANTA",
            ),  # annotated wrong on purpose
        }
        lines = []
        for name, (agency, text, place) in stories.items():
            (tmp_path / "articles" / name).write_text(text, encoding="utf-8")
            raw, _, _ = text.partition(" Body")
            expected = {
                "file": name,
                "agency": agency,
                "container": "text",
                "dateline": {
                    "raw": raw,
                    "place": place,
                    "date_text": "Oct. 11" if agency == "Xinhua" else None,
                    "agencies": [agency],
                },
                "photo_credits": [],
                "caption_count": 0,
                "distinct_captions": 0,
                "persons": [],
                "first_body_sentence_start": text.split(" ", 5)[-1][:40]
                if agency == "AP"
                else "Body one.",
            }
            lines.append(json.dumps(expected))
        (tmp_path / "expected.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return tmp_path

    def test_overall_bar(self, capsys: pytest.CaptureFixture[str], folder: Path) -> None:
        code, _, err = run(capsys, "evaluate", str(folder), "--require", "dateline=0.9")
        assert code == 1
        assert "below the bar: dateline 0.50 < 0.9" in err

    def test_bar_met(self, capsys: pytest.CaptureFixture[str], folder: Path) -> None:
        code, _, _ = run(capsys, "evaluate", str(folder), "--require", "dateline=0.5")
        assert code == 0

    @pytest.mark.parametrize(
        ("stories", "code"),
        [("001-001", 0), ("1-1", 0), ("002-002", 1), ("001-002", 1)],
        ids=["the-right-one", "without-zeros", "the-wrong-one", "both"],
    )
    def test_stories(
        self, capsys: pytest.CaptureFixture[str], folder: Path, stories: str, code: int
    ) -> None:
        """--stories scores only the numbered files in the range: the bar holds on 001 alone."""
        result, out, _ = run(
            capsys, "evaluate", str(folder), "--stories", stories, "--require", "dateline=0.9"
        )
        assert result == code
        first, last = (int(n) for n in stories.split("-"))
        assert re.search(rf"^all\s+{last - first + 1}\s", out, re.MULTILINE)

    @pytest.mark.parametrize("stories", ["72-1", "1", "a-b", "1-"])
    def test_stories_usage(
        self, capsys: pytest.CaptureFixture[str], folder: Path, stories: str
    ) -> None:
        with pytest.raises(SystemExit) as exit_info:
            run(capsys, "evaluate", str(folder), "--stories", stories)
        assert exit_info.value.code == 2

    def test_each_agency(self, capsys: pytest.CaptureFixture[str], folder: Path) -> None:
        code, _, err = run(capsys, "evaluate", str(folder), "--require-each-agency", "dateline=0.8")
        assert code == 1
        assert "AP: dateline 0.00 < 0.8" in err
        assert "Xinhua" not in err

    def test_container_filter(self, capsys: pytest.CaptureFixture[str], folder: Path) -> None:
        code, out, _ = run(capsys, "evaluate", str(folder), "--container", "sgml")
        assert code == 0
        assert re.search(r"^all\s+0\s", out, re.MULTILINE)

    def test_unknown_field(self, capsys: pytest.CaptureFixture[str], folder: Path) -> None:
        with pytest.raises(SystemExit) as info:
            main(["evaluate", str(folder), "--require", "colour=1"])
        assert info.value.code == 2


def _process(*argv: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    """Run the command in a real process (pipes and closed streams are the point)."""
    command = [sys.executable, "-c", "import sys; from newsmodel.cli import main; sys.exit(main())"]
    return subprocess.run(  # noqa: PLW1510 (the exit code is checked)
        [*command, *argv],
        capture_output=kwargs.pop("capture_output", True),  # type: ignore[arg-type]
        timeout=60,
        **kwargs,  # type: ignore[arg-type]
    )


class TestStreams:
    """Pipes and closed streams end with an exit code and at most one line, never a traceback."""

    def test_head_exits_quietly(self, tmp_path: Path) -> None:
        story = tmp_path / "long.txt"
        story.write_text(
            "BEIJING, Oct. 11 (Xinhua) -- Body.\n\n" + "A paragraph of the story.\n\n" * 5_000,
            encoding="utf-8",
        )
        command = [
            sys.executable,
            "-c",
            "import sys; from newsmodel.cli import main; sys.exit(main())",
        ]
        with subprocess.Popen(
            [*command, "parse", str(story)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        ) as process:
            assert process.stdout is not None and process.stderr is not None
            first = process.stdout.readline()
            process.stdout.close()  # what `head -1` does
            err = process.stderr.read()
            code = process.wait(timeout=60)
        assert first == b"{\n"
        assert (code, err) == (0, b"")

    def test_closed_stdout_fails(self) -> None:
        done = _process(
            "formats",
            stdout=subprocess.DEVNULL,
            capture_output=False,
            stderr=subprocess.PIPE,
            close_fds=True,
            preexec_fn=lambda: os.close(1),
        )
        assert done.returncode == 1
        assert (
            done.stderr.decode().startswith("newsmodel: error: ")
            and b"Traceback" not in done.stderr
        )
        assert "standard output is closed" in done.stderr.decode()

    def test_closed_stdin_is_a_message(self) -> None:
        done = _process(
            "parse",
            "-",
            stdin=subprocess.DEVNULL,
            capture_output=True,
            preexec_fn=lambda: os.close(0),
        )
        assert done.returncode == 1
        assert (
            done.stderr.decode()
            == "newsmodel: error: <stdin>: standard input is closed or cannot be read\n"
        )

    def test_stdin_bom_and_fallback(self) -> None:
        data = codecs.BOM_UTF8 + "BEIJING, Oct. 11 (Xinhua) -- Caf\u00e9.".encode()
        done = _process("parse", "-", "--compact", input=data)
        assert done.returncode == 0
        assert json.loads(done.stdout)["dateline"]["place"] == "BEIJING"
        done = _process("parse", "-", "--compact", input=b"BEIJING, Oct. 11 (Xinhua) -- Caf\xe9.")
        article = json.loads(done.stdout)
        assert article["body"][0]["text"] == "Caf\u00e9."
        assert [d["code"] for d in article["diagnostics"]] == ["encoding-fallback"]


class TestUsage:
    """Bad command lines exit 2; output is tidy; limits are the caller's to set."""

    @pytest.mark.parametrize(
        "argv",
        [
            ["parse", str(EXAMPLE), "--indent", "100000000"],
            ["parse", str(EXAMPLE), "--indent", "-1"],
            ["parse", str(EXAMPLE), "--max-length", "many"],
            ["parse", str(EXAMPLE), "--bogus"],
            ["parse", str(EXAMPLE), "--format", "nope"],
            ["parse", str(EXAMPLE), "--published", "2025-13-01"],
            ["parse", str(EXAMPLE), "--published", "13 October 2025"],
            ["parse", str(EXAMPLE), "--published", "2025-10-13T25:00"],
            ["parse", str(EXAMPLE), "--published", ""],
        ],
        ids=[
            "huge-indent",
            "negative-indent",
            "max-length-not-a-number",
            "unknown-flag",
            "unknown-format",
            "published-no-such-month",
            "published-not-iso",
            "published-no-such-hour",
            "published-empty",
        ],
    )
    def test_usage_error(self, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
        assert capsys.readouterr().err.startswith("usage: newsmodel")

    def test_no_trailing_spaces(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(capsys, "parse", str(EXAMPLE), "--indent", "2")
        assert code == 0
        assert [line for line in out.splitlines() if line != line.rstrip()] == []
        assert out.count("\n") > 10

    def test_max_length(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        story = tmp_path / "s.txt"
        story.write_text("BEIJING, Oct. 11 (Xinhua) -- Body.", encoding="utf-8")
        code, _, err = run(capsys, "parse", str(story), "--max-length", "10")
        assert code == 1
        assert err == (
            f"newsmodel: error: {story}: story of 34 characters is longer than the limit of 10 "
            "(raise max_length, or --max-length on the command line, to parse it anyway)\n"
        )
        assert run(capsys, "parse", str(story), "--max-length", "0")[0] == 0

    def test_unexpected_error_is_one_line(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def broken(*_: object, **__: object) -> None:
            raise ZeroDivisionError("division by zero")

        monkeypatch.setattr("newsmodel.cli.parse_file", broken)
        code, out, err = run(capsys, "parse", str(EXAMPLE))
        assert (code, out) == (3, "")
        assert err.count("\n") == 1
        assert f"unexpected ZeroDivisionError on {EXAMPLE}" in err
        assert "bug in newsmodel" in err


class TestEvaluateMalformed:
    """A malformed expected.jsonl is one error naming the file and the line."""

    @pytest.mark.parametrize(
        ("line", "problem"),
        [
            ("{not json", "not JSON"),
            ("[1, 2]", "expected a JSON object, got list"),
            ('{"file": "001.txt"}', "no 'agency'"),
            (
                '{"file": "001.txt", "agency": "X", "container": "text", "dateline": null, '
                '"photo_credits": [], "caption_count": "two", "distinct_captions": 0, '
                '"persons": [], "first_body_sentence_start": null}',
                "'caption_count': expected int, got 'two'",
            ),
        ],
        ids=["not-json", "not-an-object", "missing-key", "wrong-type"],
    )
    def test_line(
        self, line: str, problem: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        (tmp_path / "articles").mkdir()
        (tmp_path / "articles" / "001.txt").write_text("Body.", encoding="utf-8")
        (tmp_path / "expected.jsonl").write_text("\n" + line + "\n", encoding="utf-8")
        code, _, err = run(capsys, "evaluate", str(tmp_path))
        assert code == 1
        assert err.startswith(f"newsmodel: error: {tmp_path / 'expected.jsonl'}, line 2: {problem}")
        assert err.count("\n") == 1
