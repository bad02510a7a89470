"""IPTC ninjs in, versions 1.x, 2.x and 3.x: an object, an array of them, or one per line.

>>> import io, json, newsmodel
>>> item = {"uri": "urn:k:1", "headlines": [{"value": "Rain"}], "located": "Tokyo",
...         "bodies": [{"value": "TOKYO, Oct. 11 (Kyodo) -- Rain fell."}]}
>>> [article] = newsmodel.read(io.BytesIO(json.dumps(item).encode()))
>>> article.source.reader, article.source.record_id, article.headline, article.dateline.place
('ninjs', 'urn:k:1', 'Rain', 'TOKYO')

Names are read without regard to case, so 3.x ``versionCreated`` and 2.x ``versioncreated`` are
one field. The envelope: headline (``headlines``, role ``main`` first, or 1.x ``headline``),
byline (``by``, 1.x ``byline``), publication (``versionCreated``, else ``firstCreated``), slug
(``slugline``), priority (``urgency``), keywords and language; the record id is ``uri``. The text
is the body rebuilt as wire copy (:mod:`.rebuilt`): the plain-text body (``bodies``, 1.x
``body_text``; HTML bodies with their markup taken off), then each picture association's caption
(a description with role ``caption``, or the first; 1.x ``description_text``) followed by its
credit line (role ``creditline``, or 1.x ``creditline``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from ..exceptions import ReadError
from ..export.ninjs import CAPTION_ROLE, CREDIT_ROLE
from ..models import Envelope, Source, Span
from .base import Record
from .rebuilt import caption_paragraph, story_text

__all__ = ["NinjsReader"]

# Names only ninjs uses, one of which a ninjs file shows in its first bytes.
_MARKS = (b'"uri"', b'"headlines"', b'"body_text"', b'"bodies"', b'"versioncreated"')
# HTML elements that end a paragraph.
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})
_WHITE = b" \t\r\n"
_BOM = b"\xef\xbb\xbf"


class NinjsReader:
    """ninjs JSON: one news item, a JSON array of them, or JSON Lines (one item a line)."""

    name = "ninjs"

    def sniff(self, head: bytes) -> bool:
        start = head.lstrip(_BOM + _WHITE)[:1]
        lowered = head.lower()
        return start in (b"{", b"[") and any(mark in lowered for mark in _MARKS)

    def records(self, data: bytes, *, path: str | None = None) -> Iterator[Record]:
        where = path or "<ninjs>"
        for index, (item, start, end) in enumerate(_items(bytes(data), where), start=1):
            if not isinstance(item, dict):
                raise ReadError(where, f"record {index} (byte {start}): expected a JSON object")
            fields = {str(key).lower(): value for key, value in item.items()}
            record_id = _string(fields.get("uri"))
            source = Source(
                reader=self.name, record_id=record_id, path=path, span=Span(start=start, end=end)
            )
            try:
                envelope = _envelope(fields)
            except (TypeError, ValueError) as exc:
                raise ReadError(where, f"record {index} (byte {start}): {exc}") from None
            yield Record(text=_text(fields), source=source, envelope=envelope)


def _items(data: bytes, where: str) -> Iterator[tuple[Any, int, int]]:
    """Each JSON value of the file with its byte range: the items of a top-level array, or each
    value of a file holding one or more (JSON Lines)."""
    bom = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(where, f"byte {bom + exc.start}: not UTF-8, as JSON must be") from None
    decoder = json.JSONDecoder()
    position = _skip(text, 0)
    in_array = text.startswith("[", position)
    if in_array:
        position = _skip(text, position + 1)
    byte = bom + len(text[:position].encode("utf-8"))
    while position < len(text) and not (in_array and text[position] == "]"):
        try:
            value, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            raise ReadError(
                where, f"line {exc.lineno}, column {exc.colno} (character {exc.pos}): {exc.msg}"
            ) from None
        end_byte = byte + len(text[position:end].encode("utf-8"))
        yield value, byte, end_byte
        position = _skip(text, end)
        if in_array and text.startswith(",", position):
            position = _skip(text, position + 1)
        byte = end_byte + len(text[end:position].encode("utf-8"))


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _string(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _lowered(value: object) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in value.items()} if isinstance(value, dict) else {}


def _valued(entries: object, role: str | None = None) -> list[dict[str, Any]]:
    """The objects of a ``headlines``/``bodies``/``descriptions`` array that have a value (a
    number made text), those of ``role`` first."""
    items: list[dict[str, Any]] = []
    for entry in entries if isinstance(entries, list) else []:
        item = _lowered(entry)
        value = item.get("value")
        text = value if isinstance(value, str) else _string(value)
        if text and not text.isspace():
            items.append(item | {"value": text})
    return sorted(items, key=lambda item: item.get("role") != role) if role else items


def _envelope(fields: dict[str, Any]) -> Envelope:
    headlines = _valued(fields.get("headlines"), "main")
    headline = _string(headlines[0]["value"]) if headlines else _string(fields.get("headline"))
    published = _moment("versionCreated", fields.get("versioncreated")) or _moment(
        "firstCreated", fields.get("firstcreated")
    )
    keywords = fields.get("keywords")
    return Envelope(
        slug=_string(fields.get("slugline")),
        priority=_string(fields.get("urgency")),
        keywords=[k for k in map(_string, keywords) if k] if isinstance(keywords, list) else [],
        headline=headline,
        byline=_string(fields.get("by")) or _string(fields.get("byline")),
        published=published,
        language=_string(fields.get("language")),
    )


def _moment(name: str, value: object) -> dt.datetime | None:
    """The date-time of the field ``name`` (ISO 8601), None when absent; else a ValueError."""
    text = _string(value)
    if text is None:
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{name}: expected an ISO 8601 date-time, got {text!r}") from None


def _text(fields: dict[str, Any]) -> str:
    """The body with the pictures' captions: one with a credit after the body, where wire copy
    often puts it; one without above, where a caption reads as one even with no credit to end it."""
    associations = fields.get("associations")
    if isinstance(associations, dict):  # 1.x: keyed by name
        associations = list(associations.values())
    above: list[str] = []
    below: list[str] = []
    for association in associations if isinstance(associations, list) else []:
        caption, credit = _caption(_lowered(association))
        if caption:
            (below if credit else above).append(caption_paragraph(caption, credit))
    return story_text(above + _body(fields) + below)


def _body(fields: dict[str, Any]) -> list[str]:
    bodies = _valued(fields.get("bodies"), "main")
    plain = [b for b in bodies if str(b.get("contenttype", "text/plain")).startswith("text/plain")]
    if plain:
        return str(plain[0]["value"]).split("\n\n")
    if _string(fields.get("body_text")):
        return str(fields["body_text"]).split("\n\n")
    html = bodies[0]["value"] if bodies else fields.get("body_html")
    return _html_paragraphs(html) if isinstance(html, str) else []


def _caption(association: dict[str, Any]) -> tuple[str | None, str | None]:
    """A picture's caption and credit line, where it has them."""
    descriptions = _valued(association.get("descriptions"), CAPTION_ROLE)
    credits = [d["value"] for d in descriptions if d.get("role") == CREDIT_ROLE]
    captions = [d["value"] for d in descriptions if d.get("role") != CREDIT_ROLE]
    caption = captions[0] if captions else _string(association.get("description_text"))
    credit = credits[0] if credits else _string(association.get(CREDIT_ROLE))
    return caption, credit


class _Paragraphs(HTMLParser):
    """The text of an HTML body, a paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        self._current.append(data)

    def flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.paragraphs.append(text)
        self._current = []


def _html_paragraphs(html: str) -> list[str]:
    parser = _Paragraphs()
    parser.feed(html)
    parser.close()
    parser.flush()
    return parser.paragraphs
