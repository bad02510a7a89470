"""Score newsmodel on Reuters-21578 read as plain wire text: the records' own tags are the answers.

Usage::

    python scripts/score_reuters.py ../shared/reuters21578 [--require FIELD=MIN]... [--details FILE]

Each record with a body is rebuilt as plain wire text (``reuters21578.stories``, with its byline) and
parsed, with the record's ``<DATE>`` as ``published=`` where ``parse`` takes it. Scored as that
folder's README says, over the records that have the field:

``dateline``
    place and date text both equal to the expected ones (the 10,005 regular datelines);
``headline``
    the headline equal to ``title``;
``resolved_date``
    the dateline's date equal to ``resolved_date``;
``byline``
    the byline's names equal to the writers in ``author`` (each name of ``By NORMA COHEN and Geert
    Linnebank, Reuters``), compared case-blind, and each given its case back (``Bernice Napach``,
    not ``BERNICE NAPACH``), the agency kept apart.

It prints one line per field (found, out of, fraction) and last ``overall: FIELD F ...``; with
``--require FIELD=MIN`` it exits 1 when a field falls below its bar.
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import json
import re
import sys
from pathlib import Path

from reuters21578 import stories

import newsmodel

FIELDS = ("dateline", "headline", "resolved_date", "byline")
_TAKES_PUBLISHED = "published" in inspect.signature(newsmodel.parse).parameters


def _collapse(text: str | None) -> str | None:
    return " ".join(text.split()) if text is not None else None


def _author_names(author: str) -> list[str]:
    """``By NORMA COHEN and Geert Linnebank, Reuters`` -> ``["norma cohen", "geert linnebank"]``:
    the writers, compared case-blind (the byline must also give each its case back)."""
    name = author[3:] if author[:3].lower() == "by " else author
    writers = name.rsplit(",", 1)[0] if "," in name else name
    return [" ".join(w.split()).lower() for w in re.split(r",\s|\sand\s", writers) if w.strip()]


def _case_fixed(name: str) -> bool:
    """Whether a name reads as people write it: not wholly in capitals."""
    letters = [c for c in name if c.isalpha()]
    return not all(c.isupper() for c in letters)


def score(expected: dict[str, object], article: newsmodel.Article) -> dict[str, bool | None]:
    """Each field's verdict for one record: True, False, or None where the record has no answer."""
    dateline = article.dateline
    checks: dict[str, bool | None] = dict.fromkeys(FIELDS)
    if expected["place"] is not None:
        found_place = _collapse(dateline.place) if dateline else None
        found_date = _collapse(dateline.date_text) if dateline else None
        checks["dateline"] = (found_place, found_date) == (expected["place"], expected["date_text"])
        resolved = dateline.date.isoformat() if dateline and dateline.date else None
        checks["resolved_date"] = resolved == expected["resolved_date"]
    if expected["title"]:
        checks["headline"] = _collapse(article.headline) == expected["title"]
    if expected["author"]:
        found = [n for b in article.bylines for n in b.names]
        names = [" ".join(n.split()).lower() for n in found]
        checks["byline"] = names == _author_names(str(expected["author"])) and all(
            _case_fixed(n) for n in found
        )
    return checks


def _requirement(text: str) -> tuple[str, float]:
    field, _, value = text.partition("=")
    if field not in FIELDS:
        raise argparse.ArgumentTypeError(f"unknown field {field!r}; fields: {', '.join(FIELDS)}")
    try:
        return field, float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected FIELD=NUMBER") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folder", type=Path, help="the reuters21578 folder (reut2-*.sgm, expected.jsonl)"
    )
    parser.add_argument("--require", action="append", default=[], type=_requirement)
    parser.add_argument("--details", type=Path, help="write one JSON line per record missed")
    args = parser.parse_args(argv)
    expected = {}
    with (args.folder / "expected.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            expected[record["newid"]] = record
    counts = {field: [0, 0] for field in FIELDS}
    missed = []
    for newid, text in stories(args.folder, author=True):
        record = expected[newid]
        options = {}
        if _TAKES_PUBLISHED:
            options["published"] = dt.date.fromisoformat(str(record["date"]))
        article = newsmodel.parse(text, **options)
        checks = score(record, article)
        for field, verdict in checks.items():
            if verdict is not None:
                counts[field][0] += verdict
                counts[field][1] += 1
        if args.details and not all(v in (None, True) for v in checks.values()):
            found = article.dateline
            missed.append(
                {
                    "newid": newid,
                    "checks": checks,
                    "expected": {k: record[k] for k in ("dateline", "title", "author")},
                    "found": {
                        "dateline": found.raw if found else None,
                        "place": found.place if found else None,
                        "date_text": found.date_text if found else None,
                        "headline": article.headline,
                        "bylines": [list(b.names) for b in article.bylines],
                    },
                }
            )
    fractions = {f: (c[0] / c[1] if c[1] else 1.0) for f, c in counts.items()}
    for field, (right, total) in counts.items():
        print(f"{field:<14} {right:>6} / {total:<6} {fractions[field]:.3f}")
    if not _TAKES_PUBLISHED:
        print("(parse takes no published= yet: resolved dates lean on the text alone)")
    print("overall: " + " ".join(f"{f} {fractions[f]:.3f}" for f in FIELDS))
    if args.details:
        with args.details.open("w", encoding="utf-8") as out:
            for line in missed:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    short = [f"{f} {fractions[f]:.3f} < {bar}" for f, bar in args.require if fractions[f] < bar]
    if short:
        print("below the bar: " + "; ".join(short), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
