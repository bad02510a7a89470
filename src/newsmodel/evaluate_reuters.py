"""Scoring the parser on Reuters-21578, whose records carry their own answers (``newsmodel
evaluate-reuters``).

The folder holds the ``reut2-*.sgm`` files and ``expected.jsonl`` (one line per record, see that
folder's README). Each record is read by the ``reuters21578-sgml`` reader and scored, over the
records that have the field:

``dateline``
    place and date text both equal to the expected ones (the regular datelines);
``headline``
    the headline equal to ``title``;
``resolved_date``
    the dateline's date equal to ``resolved_date``;
``byline``
    the byline's names equal to the writers in ``author`` (each name of ``By NORMA COHEN and Geert
    Linnebank, Reuters``), compared case-blind, and each given its case back (``Bernice Napach``,
    not ``BERNICE NAPACH``), the agency kept apart;
``published``
    the publication date equal to ``date`` (every record).

Read ``as_="sgml"`` (the default), the envelope's fields win as :func:`newsmodel.read` gives them;
read ``as_="text"``, only the records with a body are scored, each parsed as plain wire text (the
record's text, with its ``<DATE>`` as ``published=``) and its envelope ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from attrs import define, field

from .exceptions import CorpusError, ReadError
from .models import Article
from .parsing import parse
from .readers import apply_envelope
from .readers.reuters21578 import Reuters21578Reader

__all__ = ["FIELDS", "MODES", "Tally", "evaluate_reuters", "score_record"]

# Between the writers of an ``<AUTHOR>``: a comma or ``and``.
_BETWEEN_NAMES = re.compile(r",\s|\sand\s")
FIELDS = ("dateline", "headline", "resolved_date", "byline", "published")
MODES = ("sgml", "text")


def _collapse(text: str | None) -> str | None:
    return " ".join(text.split()) if text is not None else None


def _author_names(author: str) -> list[str]:
    """``By NORMA COHEN and Geert Linnebank, Reuters`` -> ``["norma cohen", "geert linnebank"]``:
    the writers, compared case-blind (the byline must also give each its case back)."""
    name = author.strip()
    name = name[3:] if name[:3].lower() == "by " else name
    writers = name.rsplit(",", 1)[0] if "," in name else name
    return [" ".join(w.split()).lower() for w in _BETWEEN_NAMES.split(writers) if w.strip()]


def _case_fixed(name: str) -> bool:
    """Whether a name reads as people write it: not wholly in capitals."""
    return not all(c.isupper() for c in name if c.isalpha())


def score_record(expected: dict[str, Any], article: Article) -> dict[str, bool | None]:
    """Each field's verdict for one record: True, False, or None where the record has no answer."""
    dateline = article.dateline
    checks: dict[str, bool | None] = dict.fromkeys(FIELDS)
    if expected.get("place") is not None:
        found = (_collapse(dateline.place), _collapse(dateline.date_text)) if dateline else None
        checks["dateline"] = found == (expected["place"], expected["date_text"])
        resolved = dateline.date.isoformat() if dateline and dateline.date else None
        checks["resolved_date"] = resolved == expected["resolved_date"]
    if expected.get("title"):
        checks["headline"] = _collapse(article.headline) == expected["title"]
    if expected.get("author"):
        writers = [n for b in article.bylines for n in b.names]
        names = [" ".join(n.split()).lower() for n in writers]
        checks["byline"] = names == _author_names(str(expected["author"])) and all(
            _case_fixed(n) for n in writers
        )
    if expected.get("date"):
        published = article.published
        day = published.date() if isinstance(published, dt.datetime) else published
        checks["published"] = day is not None and day.isoformat() == expected["date"]
    return checks


@define
class Tally:
    """Right and total per field, and the records missed."""

    counts: dict[str, list[int]] = field(factory=lambda: {f: [0, 0] for f in FIELDS})

    def add(self, checks: dict[str, bool | None]) -> None:
        for name, verdict in checks.items():
            if verdict is not None:
                self.counts[name][0] += verdict
                self.counts[name][1] += 1

    def fraction(self, name: str) -> float:
        right, total = self.counts[name]
        return right / total if total else 1.0

    def report(self) -> str:
        """One line per field (right, out of, fraction), and last the ``overall:`` summary."""
        lines = [
            f"{name:<14} {right:>6} / {total:<6} {self.fraction(name):.3f}"
            for name, (right, total) in self.counts.items()
        ]
        lines.append("overall: " + " ".join(f"{f} {self.fraction(f):.3f}" for f in FIELDS))
        return "\n".join(lines)


def evaluate_reuters(
    folder: str | Path, *, as_: str = "sgml"
) -> Iterator[tuple[dict[str, Any], Article, dict[str, bool | None]]]:
    """Each record of the folder's files read, parsed and scored: (expected, article, checks)."""
    root = Path(folder)
    expected = _expected(root / "expected.jsonl")
    files = sorted(root.glob("reut2-*.sgm"))
    if not files:
        raise ReadError(str(root), "no reut2-*.sgm files")
    reader = Reuters21578Reader()
    for path in files:
        for record in reader.records(path.read_bytes(), path=str(path)):
            answer = expected.get(record.source.record_id or "")
            if answer is None:
                continue
            published = record.envelope.published if record.envelope else None
            if as_ == "text":
                if not answer.get("has_body"):
                    continue
                day = published.date() if isinstance(published, dt.datetime) else published
                article = parse(record.text, published=day)
            else:
                article = apply_envelope(parse(record.text, published=published), record)
            yield answer, article, score_record(answer, article)


def _expected(index: Path) -> dict[str, dict[str, Any]]:
    answers = {}
    try:
        with index.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    answers[str(record["newid"])] = record
                except (ValueError, KeyError, TypeError) as exc:
                    raise CorpusError(str(index), number, f"not a record ({exc})") from None
    except OSError as exc:
        raise ReadError(str(index), exc.strerror or str(exc)) from None
    return answers
