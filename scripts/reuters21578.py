"""Reuters-21578 records rebuilt as plain wire text (shared by the guard and the scorer).

Each record of the ``reut2-*.sgm`` files (Latin-1 SGML, see that folder's README) that has a
``<BODY>`` goes out as the story did on the wire: the title, a blank line, then the dateline
followed directly by the body, character references such as ``&lt;`` and ``&#3;`` decoded. With
``author=True`` the byline (``By BERNICE NAPACH, Reuters``) stands as its own paragraph after the
title, as wire copy carries it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

# One record, its NEWID and its inside (the SGML is regular: records do not nest).
_RECORD = re.compile(r"<REUTERS\b[^>]*?\bNEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.DOTALL)
_TAGS = ("TITLE", "AUTHOR", "DATELINE", "BODY")
_FIELD = {tag: re.compile(rf"<{tag}>(.*?)</{tag}>", re.DOTALL) for tag in _TAGS}


def stories(folder: Path, *, author: bool = False) -> Iterator[tuple[str, str]]:
    """(NEWID, plain wire text) for every record with a body, in file order."""
    files = sorted(folder.glob("reut2-*.sgm"))
    if not files:
        raise SystemExit(f"{folder}: no reut2-*.sgm files")
    for path in files:
        sgml = path.read_text(encoding="latin-1")
        for record in _RECORD.finditer(sgml):
            fields = {}
            for tag in _TAGS:
                found = _FIELD[tag].search(record[2])
                fields[tag] = html.unescape(found[1]) if found else None
            body = fields["BODY"]
            if body is None:
                continue
            title = " ".join((fields["TITLE"] or "").split())
            dateline = " ".join((fields["DATELINE"] or "").split())
            byline = " ".join((fields["AUTHOR"] or "").split()) if author else ""
            lead = f"{dateline} {body}" if dateline else body
            paragraphs = [part for part in (title, byline, lead) if part]
            yield record[1], "\n\n".join(paragraphs)
