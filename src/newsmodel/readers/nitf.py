"""NITF XML in: one story per ``<nitf>`` document, read safely (:mod:`.safexml`).

>>> import io, newsmodel
>>> xml = (b'<nitf><head><title>Rain</title><docdata><doc-id id-string="k-1"/>'
...        b'<date.issue norm="20251011"/></docdata></head><body><body.head>'
...        b'<dateline>TOKYO, Oct. 11 (Kyodo) --</dateline></body.head>'
...        b'<body.content><p>Rain fell.</p></body.content></body></nitf>')
>>> [article] = newsmodel.read(io.BytesIO(xml))
>>> article.source.reader, article.source.record_id, article.headline, article.dateline.date
('nitf', 'k-1', 'Rain', datetime.date(2025, 10, 11))

The envelope is the head: the headline (``hedline/hl1``, else ``title``), the byline, the dateline,
the issue date (``date.issue``, else ``date.release``), the slug (``du-key``), the keywords, the
urgency and the language (``xml:lang``); the record id is ``doc-id``. The text is the body
rebuilt as wire copy (:mod:`.rebuilt`): a byline that reads ``By ...``, then the paragraphs of
``body.content`` with the dateline opening the first, and each ``media`` as its caption followed
by its producer (the credit), where it stands; then ``body.end`` (a tagline).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from dateutil.parser import isoparse

from ..exceptions import ReadError
from ..models import Envelope, Source, Span
from .base import Record
from .rebuilt import caption_paragraph, story_text
from .safexml import Element, parse_xml

__all__ = ["NitfReader"]

# The root element's start tag, with or without a namespace prefix (``<nitf``, ``<n:nitf``).
_ROOT = re.compile(rb"<(?:\w{1,32}:)?nitf\b")
# A byline that is a line of wire copy (``By Yoo Jee-ho``), which the parse reads back as one.
_BY = "by "


class NitfReader:
    """A NITF document (any 3.x version; a namespace prefix is ignored)."""

    name = "nitf"

    def sniff(self, head: bytes) -> bool:
        return _ROOT.search(head) is not None

    def records(self, data: bytes, *, path: str | None = None) -> Iterator[Record]:
        root = parse_xml(data, path or "<nitf>")
        source_name = path or "<nitf>"
        if root.tag != "nitf":
            raise ReadError(source_name, f"expected a <nitf> document, found <{root.tag}>")
        docdata = root.find("head", "docdata")
        record_id = _attribute(docdata, "doc-id", "id-string")
        envelope = _envelope(root, docdata)
        source = Source(
            reader=self.name, record_id=record_id, path=path, span=Span(start=0, end=len(data))
        )
        yield Record(text=_text(root, envelope), source=source, envelope=envelope)


def _attribute(parent: Element | None, tag: str, name: str) -> str | None:
    element = parent.find(tag) if parent is not None else None
    value = element.attributes.get(name) if element is not None else None
    return value if value and not value.isspace() else None


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    joined = " ".join(text.split())
    return joined or None


def _envelope(root: Element, docdata: Element | None) -> Envelope:
    head = root.find("body", "body.head")
    hedline = head.find("hedline", "hl1") if head is not None else None
    title = root.find("head", "title")
    headline = _clean(hedline.text() if hedline is not None else None) or _clean(
        title.text() if title is not None else None
    )
    bylines = (
        [_clean(b.text()) for b in head.elements() if b.tag == "byline"] if head is not None else []
    )
    dateline = head.find("dateline") if head is not None else None
    published = _attribute(docdata, "date.issue", "norm") or _attribute(
        docdata, "date.release", "norm"
    )
    keywords = (
        [k.attributes.get("key", "") for k in docdata.iter("keyword")]
        if docdata is not None
        else []
    )
    body = root.find("body")
    language = body.attributes.get("lang") if body is not None else None
    return Envelope(
        slug=_attribute(docdata, "du-key", "key"),
        priority=_attribute(docdata, "urgency", "ed-urg"),
        keywords=[k for k in keywords if k.strip()],
        headline=headline,
        byline="; ".join(b for b in bylines if b) or None,
        dateline=_clean(dateline.text()) if dateline is not None else None,
        published=_moment(published),
        language=language or root.attributes.get("lang") or None,
    )


def _moment(norm: str | None) -> dt.date | dt.datetime | None:
    """A NITF ``norm`` date (ISO 8601, basic or extended): a date alone stays a date."""
    if norm is None:
        return None
    try:
        moment = isoparse(norm.strip())
    except (ValueError, OverflowError):
        return None
    return moment.date() if len(norm.strip()) in (8, 10) else moment


def _text(root: Element, envelope: Envelope) -> str:
    paragraphs: list[str] = []
    byline = envelope.byline
    if byline is not None and byline.lower().startswith(_BY):
        paragraphs.append(byline)
    content = root.find("body", "body.content")
    pieces = list(_pieces(content)) if content is not None else []
    dateline = envelope.dateline
    first = next((i for i, (kind, _) in enumerate(pieces) if kind == "p"), None)
    for index, (_, text) in enumerate(pieces):
        paragraphs.append(f"{dateline} {text}" if dateline and index == first else text)
    if dateline and first is None:
        paragraphs.append(dateline)
    end = root.find("body", "body.end")  # a tagline, a bibliography: story text too
    if end is not None:
        paragraphs.extend(text for _, text in _pieces(end))
    return story_text(paragraphs)


def _pieces(content: Element) -> Iterator[tuple[str, str]]:
    """Paragraphs (``p``) and captions (``media``) of the body, in order; any other text too."""
    for child in content.children:
        if isinstance(child, str):
            if not child.isspace():
                yield "p", " ".join(child.split())
        elif child.tag == "media":
            caption = child.find("media-caption")
            producer = child.find("media-producer")
            yield (
                "media",
                caption_paragraph(
                    caption.text() if caption is not None else "",
                    producer.text() if producer is not None else None,
                ),
            )
        elif child.tag == "block":
            yield from _pieces(child)
        else:
            yield "p", " ".join(child.text().split())
