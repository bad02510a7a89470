"""The command line: output, exit codes and one-line errors."""

from __future__ import annotations

import io
import json
import re
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
