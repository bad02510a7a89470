"""NITF 3.6: an article as News Industry Text Format XML, well-formed and escaped.

>>> import newsmodel
>>> from newsmodel.export import to_nitf
>>> xml = to_nitf(newsmodel.parse("TOKYO, Oct. 11 (Kyodo) -- Rain & wind."))
>>> print(xml[xml.index("<dateline>") :].splitlines()[0])
<dateline><location><city>TOKYO</city></location>, <story.date>Oct. 11</story.date> (Kyodo) --</dateline>
>>> "<p>Rain &amp; wind.</p>" in xml
True

Every text is escaped (``&``, ``<``, ``>``; quotes too in attributes). XML 1.0 cannot hold most
control characters, even as references: each C0 control other than tab, line feed and carriage
return is written as its Unicode *control picture* (U+0002 as ``␂``, U+2400 + the code), so it
stays visible and nothing is dropped; U+FFFE, U+FFFF and lone surrogates become U+FFFD. A carriage
return is written ``&#13;`` (a parser would turn a raw one into a line feed), and in attributes
tab and line feed are written as references too. The mapping table is in ``docs/export.md``.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import Article, Dateline, PhotoCaption, Span
from ._story import uri

__all__ = ["DOCTYPE_VERSION", "escape_attribute", "escape_text", "to_nitf"]

#: The ``version`` attribute of the root: the NITF 3.6 public identifier.
DOCTYPE_VERSION = "-//IPTC//DTD NITF 3.6//EN"

# What XML 1.0 cannot hold: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# What element content escapes: markup characters, a carriage return, and the above.
_IN_TEXT = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# What an attribute value escapes besides: both quotes, tab and line feed (normalised otherwise).
_IN_ATTRIBUTE = re.compile("[&<>\"'\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&apos;",
    "\t": "&#9;",
    "\n": "&#10;",
    "\r": "&#13;",
}
# The first of the Control Pictures block: U+2400 SYMBOL FOR NULL.
_CONTROL_PICTURES = 0x2400


def _replace(match: re.Match[str]) -> str:
    char = match.group()
    escaped = _ESCAPES.get(char)
    if escaped is not None:
        return escaped
    if char < "\x20":
        return chr(_CONTROL_PICTURES + ord(char))
    return "\ufffd"


def escape_text(text: str) -> str:
    """``text`` for element content: markup escaped, controls as control pictures (see above)."""
    return _IN_TEXT.sub(_replace, text)


def escape_attribute(text: str) -> str:
    """``text`` for a quoted attribute value: as :func:`escape_text`, quotes and white space too."""
    return _IN_ATTRIBUTE.sub(_replace, text)


def to_nitf(article: Article) -> str:
    """The article as a NITF 3.6 document (a ``str``; encode it as UTF-8, as it declares)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<nitf version="{DOCTYPE_VERSION}">',
        "  <head>",
    ]
    if article.headline is not None:
        lines.append(f"    <title>{escape_text(article.headline)}</title>")
    lines.append("    <docdata>")
    lines.append(f'      <doc-id id-string="{escape_attribute(uri(article))}"/>')
    envelope = article.envelope
    if envelope is not None and envelope.priority is not None:
        lines.append(f'      <urgency ed-urg="{escape_attribute(envelope.priority)}"/>')
    if article.published is not None:
        lines.append(f'      <date.issue norm="{_norm(article.published)}"/>')
    if envelope is not None:
        if envelope.slug is not None:
            lines.append(f'      <du-key key="{escape_attribute(envelope.slug)}"/>')
        if envelope.keywords:
            lines.append("      <key-list>")
            lines.extend(
                f'        <keyword key="{escape_attribute(word)}"/>' for word in envelope.keywords
            )
            lines.append("      </key-list>")
    lines.append("    </docdata>")
    lines.append("  </head>")
    language = envelope.language if envelope is not None else None
    lang = f' xml:lang="{escape_attribute(language)}"' if language is not None else ""
    lines.append(f"  <body{lang}>")
    lines.append("    <body.head>")
    if article.headline is not None:
        lines.append(f"      <hedline><hl1>{escape_text(article.headline)}</hl1></hedline>")
    lines.extend(f"      <byline>{escape_text(byline.raw)}</byline>" for byline in article.bylines)
    if article.dateline is not None:
        lines.append(f"      <dateline>{_dateline(article.dateline)}</dateline>")
    lines.append("    </body.head>")
    lines.append("    <body.content>")
    lines.extend(f"      {element}" for element in _content(article))
    lines.append("    </body.content>")
    lines.append("  </body>")
    lines.append("</nitf>")
    return "\n".join(lines)


def _norm(moment: dt.date | dt.datetime) -> str:
    """ISO 8601 basic form, as NITF's ``norm`` attributes take it: ``20251013``, ``20251013T091500+0800``."""
    if isinstance(moment, dt.datetime):
        return moment.strftime("%Y%m%dT%H%M%S%z")
    return moment.strftime("%Y%m%d")


def _dateline(dateline: Dateline) -> str:
    """The dateline as written, its place marked ``<location>`` (``<city>``, and ``<region>`` and
    ``<country>`` where the dateline gives them apart) and its date ``<story.date>``."""
    raw = dateline.raw
    marks: list[tuple[int, int, str, str]] = []
    after = 0
    for value, tag in (
        (dateline.place, "city"),
        (dateline.region, "region"),
        (dateline.country, "country"),
    ):
        start = raw.find(value, after) if value is not None else -1
        if value is not None and start >= 0:
            after = start + len(value)
            marks.append((start, after, f"<{tag}>", f"</{tag}>"))
    if marks:  # (one <location> around them all)
        start, end, opening, closing = marks[0]
        marks[0] = (start, end, "<location>" + opening, closing)
        start, end, opening, closing = marks[-1]
        marks[-1] = (start, end, opening, closing + "</location>")
    if dateline.date_text is not None:
        start = raw.find(dateline.date_text, after)
        if start >= 0:
            norm = f' norm="{dateline.date.strftime("%Y%m%d")}"' if dateline.date else ""
            end = start + len(dateline.date_text)
            marks.append((start, end, f"<story.date{norm}>", "</story.date>"))
    pieces: list[str] = []
    done = 0
    for start, end, opening, closing in marks:
        pieces += [escape_text(raw[done:start]), opening, escape_text(raw[start:end]), closing]
        done = end
    pieces.append(escape_text(raw[done:]))
    return "".join(pieces)


def _content(article: Article) -> list[str]:
    """Paragraphs and pictures in the order the story gives them (a picture where it first stands)."""
    placed: list[tuple[Span, str]] = [
        (paragraph.span, f"<p>{escape_text(paragraph.text)}</p>") for paragraph in article.body
    ]
    placed += [(photo.occurrences[0], _media(photo)) for photo in article.photos]
    placed.sort(key=lambda item: item[0].start)
    return [element for _, element in placed]


def _media(photo: PhotoCaption) -> str:
    caption = f"<media-caption>{escape_text(photo.text)}</media-caption>"
    credit = photo.credit
    producer = (
        f"<media-producer>{escape_text(credit.raw)}</media-producer>" if credit is not None else ""
    )
    return f'<media media-type="image">{caption}{producer}</media>'
