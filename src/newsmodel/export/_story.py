"""What every writer takes from an article: its identifier, its body as text, its dates, its credits.

The writers work from the :class:`~newsmodel.Article` alone, never from the source text: each
paragraph, caption and dateline already holds its own text (``Paragraph.text``, ``PhotoCaption.text``,
``Dateline.raw``, ``Credit.raw``), which is all an industry format carries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from urllib.parse import quote

from ..models import Article

__all__ = [
    "agencies",
    "body_paragraphs",
    "by_line",
    "iso_moment",
    "located",
    "uri",
]

#: The scheme and namespace of the identifiers newsmodel makes up (RFC 8141 URN syntax).
URN = "urn:newsmodel:"


def uri(article: Article) -> str:
    """A stable identifier: the record's own id where the reader had one, else a hash of the story.

    ``urn:newsmodel:<reader>:<record id>`` (percent-encoded), or ``urn:newsmodel:sha256:<hex>``
    over the headline, dateline, paragraphs and captions (the same story always gets the same one).
    A lone surrogate is encoded as its three bytes, so no text makes this fail.
    """
    source = article.source
    if source is not None and source.record_id is not None:
        return f"{URN}{_quoted(source.reader)}:{_quoted(source.record_id)}"
    digest = hashlib.sha256()
    for part in _story_parts(article):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return f"{URN}sha256:{digest.hexdigest()}"


def _quoted(text: str) -> str:
    """``text`` percent-encoded as UTF-8 (a lone surrogate as its three bytes, not an error)."""
    return quote(text, safe="", errors="surrogatepass")


def _story_parts(article: Article) -> Iterator[str]:
    yield article.headline or ""
    yield article.dateline.raw if article.dateline is not None else ""
    for paragraph in article.body:
        yield paragraph.text
    for photo in article.photos:
        yield photo.text
        yield photo.credit.raw if photo.credit is not None else ""


def body_paragraphs(article: Article) -> list[str]:
    """The body's paragraphs, the dateline as written opening the first (as wire copy prints it)."""
    paragraphs = [paragraph.text for paragraph in article.body]
    dateline = article.dateline
    if dateline is not None:
        if paragraphs:
            paragraphs[0] = f"{dateline.raw} {paragraphs[0]}"
        else:
            paragraphs.append(dateline.raw)
    return paragraphs


def by_line(article: Article) -> str | None:
    """The authors the bylines name (``A, B``: no word of any language added), or the bylines as
    written if they name none."""
    names = list(dict.fromkeys(name for byline in article.bylines for name in byline.names))
    if names:
        return ", ".join(names)
    raws = [byline.raw for byline in article.bylines]
    return "; ".join(raws) if raws else None


def located(article: Article) -> str | None:
    """Where the story was filed: the dateline's place, normalised where it could be."""
    dateline = article.dateline
    if dateline is None:
        return None
    return dateline.normalized_place or dateline.place


def agencies(article: Article) -> list[str]:
    """The agencies the dateline names, in order, each once."""
    if article.dateline is None:
        return []
    return list(dict.fromkeys(article.dateline.agencies))


def iso_moment(moment: dt.date | dt.datetime) -> str:
    """An RFC 3339 date-time: an aware time as it is, a naive one and a bare date in UTC.

    ninjs wants a date-time with a zone; a date alone becomes midnight UTC of that day, and a
    time without a zone is read as UTC (``docs/export.md`` says so beside the mapping).
    """
    if isinstance(moment, dt.datetime):
        if moment.tzinfo is None or moment.utcoffset() is None:
            moment = moment.replace(tzinfo=dt.UTC)
        text = moment.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    return f"{moment.isoformat()}T00:00:00Z"
