"""Scoring the parser against hand-annotated stories (a folder laid out like ``shared/corpus``).

The folder holds ``articles/NNN.txt`` and ``expected.jsonl``; the scoring is the one its README
gives: dateline (presence, place, date as written, set of agencies), photo credits (the list, in
order), captions (occurrences and distinct photos), persons (name recall and precision, titles),
body start (the first 40 characters). Whitespace inside values is ignored, as is case for places.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from attrs import define, field

from .exceptions import CorpusError, ReadError, UnknownReaderError
from .models import Article
from .parsing import parse, read_bytes, read_story
from .readers import apply_envelope, reader

__all__ = ["Score", "Scored", "evaluate", "format_report", "score_article"]

_SPACE = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the|also)\s+", re.IGNORECASE)
FIELDS = ("dateline", "credits", "captions", "body")


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _title_key(title: str) -> str:
    return _LEADING_ARTICLE.sub("", _squash(title)).lower()


@define
class Scored:
    """One story's result: each field's verdict with what was expected and what was found."""

    file: str
    agency: str
    container: str
    checks: dict[str, dict[str, Any]] = field(factory=dict)
    persons_expected: int = 0
    persons_found: int = 0
    persons_matched: int = 0
    titles_matched: int = 0


def _found_dateline(article: Article) -> dict[str, Any] | None:
    d = article.dateline
    if d is None:
        return None
    return {"raw": d.raw, "place": d.place, "date_text": d.date_text, "agencies": list(d.agencies)}


def _dateline_ok(expected: dict[str, Any] | None, found: dict[str, Any] | None) -> bool:
    if expected is None or found is None:
        return expected is found
    place = [_squash(x or "").lower() for x in (expected["place"], found["place"])]
    dates = [_squash(x) if x else None for x in (expected["date_text"], found["date_text"])]
    return (
        place[0] == place[1]
        and dates[0] == dates[1]
        and set(expected["agencies"]) == set(found["agencies"])
    )


def _credits(article: Article, source: str) -> list[str]:
    """The credit of every caption occurrence that carries one (a cut-short copy may not)."""
    placed = []
    for photo in article.photos:
        if photo.credit is None:
            continue
        written = photo.credit.span.of(source)
        raw = _squash(photo.credit.raw)
        if raw[:1] in "([" and raw[-1:] in ")]":
            raw = raw[1:-1].strip()
        placed += [(o.start, raw) for o in photo.occurrences if written in o.of(source)]
    return [raw for _, raw in sorted(placed)]


def _body_start(article: Article, source: str) -> str | None:
    if not article.body:
        return None
    return _squash(article.body[0].span.of(source))[:40]


def score_article(expected: dict[str, Any], article: Article, source: str) -> Scored:
    """Compare one parsed story with its annotation."""
    result = Scored(expected["file"], expected["agency"], expected["container"])
    found_dateline = _found_dateline(article)
    result.checks["dateline"] = {
        "ok": _dateline_ok(expected["dateline"], found_dateline),
        "expected": expected["dateline"],
        "found": found_dateline,
    }
    want_credits = [_squash(c) for c in expected["photo_credits"]]
    got_credits = _credits(article, source)
    result.checks["credits"] = {
        "ok": want_credits == got_credits,
        "expected": want_credits,
        "found": got_credits,
    }
    want_captions = [expected["caption_count"], expected["distinct_captions"]]
    got_captions = [sum(len(p.occurrences) for p in article.photos), len(article.photos)]
    result.checks["captions"] = {
        "ok": want_captions == got_captions,
        "expected": want_captions,
        "found": got_captions,
    }
    want_body = _squash(expected["first_body_sentence_start"] or "") or None
    got_body = _body_start(article, source)
    result.checks["body"] = {
        "ok": want_body == (got_body[: len(want_body)] if got_body and want_body else got_body),
        "expected": want_body,
        "found": got_body,
    }
    titled = {_squash(p.name): p for p in article.people if p.titles or p.honorifics}
    matched = []
    for person in expected["persons"]:
        name = _squash(person["name"])
        found = titled.get(name)
        if found is None:
            continue
        have = {_title_key(t) for t in (*(t.normalized for t in found.titles), *found.honorifics)}
        titles_ok = all(_title_key(t) in have for t in person["titles"])
        matched.append(name)
        result.titles_matched += titles_ok
    result.persons_expected = len(expected["persons"])
    result.persons_found = len(titled)
    result.persons_matched = len(matched)
    result.checks["persons"] = {
        "ok": result.persons_matched == result.persons_expected == result.persons_found,
        "expected": [{"name": p["name"], "titles": p["titles"]} for p in expected["persons"]],
        "found": [
            {"name": p.name, "titles": [*(t.normalized for t in p.titles), *p.honorifics]}
            for p in titled.values()
        ],
    }
    return result


# What every line of ``expected.jsonl`` holds, and the JSON types of each value.
_EXPECTED_KEYS: dict[str, tuple[type, ...]] = {
    "file": (str,),
    "agency": (str,),
    "container": (str,),
    "dateline": (dict, type(None)),
    "photo_credits": (list,),
    "caption_count": (int,),
    "distinct_captions": (int,),
    "persons": (list,),
    "first_body_sentence_start": (str, type(None)),
}


def evaluate(folder: str | Path) -> Iterator[Scored]:
    """Parse every annotated story of ``folder`` and score it, in the order of ``expected.jsonl``.

    Stories are read as :func:`newsmodel.parse_file` reads them (one decoding policy), or by the
    reader of their container when it is not plain text (see :func:`_parsed`). A line that
    is not an annotation raises :class:`~newsmodel.exceptions.CorpusError` naming the file and line.
    """
    root = Path(folder)
    index = root / "expected.jsonl"
    try:
        with index.open("rb") as lines:
            for number, raw in enumerate(lines, start=1):
                if not raw.strip():
                    continue
                expected = _annotation(raw, str(index), number)
                article, source = _parsed(root / "articles" / expected["file"], expected)
                try:
                    yield score_article(expected, article, source)
                except (KeyError, TypeError, AttributeError, ValueError) as exc:
                    problem = f"annotation cannot be scored ({type(exc).__name__}: {exc})"
                    raise CorpusError(str(index), number, problem) from None
    except ReadError:
        raise  # a story file, named by the error
    except OSError as exc:
        raise ReadError(str(index), exc.strerror or str(exc)) from None


def _parsed(path: Path, expected: dict[str, Any]) -> tuple[Article, str]:
    """The story parsed, and the text its spans point into.

    A story in plain text is read as :func:`newsmodel.parse_file` reads it; one in a wire envelope
    or a corpus record (``container`` other than ``text``) by the reader of that container, so its
    first record is what is scored.
    """
    container = expected["container"]
    if container == "text":
        source = read_story(path)
        return parse(source), source
    try:
        chosen = reader(container)
    except UnknownReaderError:  # a container no reader knows: read as text
        source = read_story(path)
        return parse(source), source
    record = next(iter(chosen.records(read_bytes(path), path=str(path))), None)
    if record is None:
        raise ReadError(str(path), f"no {container} record in it")
    published = record.envelope.published if record.envelope else None
    return apply_envelope(parse(record.text, published=published), record), record.text


def _annotation(raw: bytes, source: str, number: int) -> dict[str, Any]:
    """One line of ``expected.jsonl``, checked for the keys and types scoring needs."""
    try:
        expected = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CorpusError(source, number, f"not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise CorpusError(source, number, f"not JSON ({exc.msg}, column {exc.colno})") from None
    if not isinstance(expected, dict):
        raise CorpusError(source, number, f"expected a JSON object, got {type(expected).__name__}")
    for key, types in _EXPECTED_KEYS.items():
        if key not in expected:
            raise CorpusError(source, number, f"no {key!r}")
        value = expected[key]
        if not isinstance(value, types) or isinstance(value, bool):
            kinds = " or ".join("null" if t is type(None) else t.__name__ for t in types)
            raise CorpusError(source, number, f"{key!r}: expected {kinds}, got {value!r}"[:200])
    if not Path(expected["file"]).name == expected["file"]:
        raise CorpusError(source, number, f"'file': expected a file name, got {expected['file']!r}")
    return expected


@define
class Score:
    """Fractions over a group of stories."""

    stories: int = 0
    passed: dict[str, int] = field(factory=lambda: dict.fromkeys(FIELDS, 0))
    persons_expected: int = 0
    persons_found: int = 0
    persons_matched: int = 0
    titles_matched: int = 0

    def add(self, scored: Scored) -> None:
        self.stories += 1
        for name in FIELDS:
            self.passed[name] += bool(scored.checks[name]["ok"])
        self.persons_expected += scored.persons_expected
        self.persons_found += scored.persons_found
        self.persons_matched += scored.persons_matched
        self.titles_matched += scored.titles_matched

    def fraction(self, name: str) -> float:
        """The share of stories (or of persons) that passed ``name``."""
        if name == "persons_recall":
            return _ratio(self.persons_matched, self.persons_expected)
        if name == "persons_precision":
            return _ratio(self.persons_matched, self.persons_found)
        if name == "titles":
            return _ratio(self.titles_matched, self.persons_matched)
        return _ratio(self.passed[name], self.stories)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


COLUMNS = (
    "dateline",
    "credits",
    "captions",
    "persons_recall",
    "persons_precision",
    "titles",
    "body",
)


def format_report(results: Iterable[Scored]) -> tuple[str, dict[str, Score]]:
    """Tables per agency, per container and overall; the last line is the ``overall:`` summary."""
    groups: dict[str, dict[str, Score]] = {"agency": {}, "container": {}}
    overall = Score()
    for scored in results:
        overall.add(scored)
        groups["agency"].setdefault(scored.agency, Score()).add(scored)
        groups["container"].setdefault(scored.container, Score()).add(scored)
    lines = []
    header = f"{'':<32}{'n':>4}" + "".join(f"{c:>18}" for c in COLUMNS)
    for title, table in groups.items():
        lines += [f"by {title}", header]
        for key in sorted(table):
            lines.append(_row(key, table[key]))
        lines.append("")
    lines += ["overall", header, _row("all", overall), ""]
    summary = " ".join(f"{c} {overall.fraction(c):.2f}" for c in COLUMNS)
    lines.append(f"overall: {summary}")
    by_name = {f"agency:{k}": v for k, v in groups["agency"].items()}
    by_name |= {f"container:{k}": v for k, v in groups["container"].items()}
    by_name["overall"] = overall
    return "\n".join(lines), by_name


def _row(name: str, score: Score) -> str:
    return f"{name[:31]:<32}{score.stories:>4}" + "".join(
        f"{score.fraction(c):>18.2f}" for c in COLUMNS
    )
