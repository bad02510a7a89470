"""IPTC ninjs 3.1: an article as a news item in JSON, valid against the IPTC's schema.

>>> import newsmodel
>>> from newsmodel.export import to_ninjs
>>> item = to_ninjs(newsmodel.parse("TOKYO, Oct. 11 (Kyodo) -- Rain fell."))
>>> item["located"], item["bodies"][0]["value"], item["infoSources"]
('Tokyo', 'TOKYO, Oct. 11 (Kyodo) -- Rain fell.', [{'name': 'Kyodo', 'role': 'originator'}])

The field-by-field mapping is in ``docs/export.md``. ninjs has no field for a person's titles, so
people are named with ``rel`` ``mentioned`` only (JSON-LD carries the titles); a picture's
caption and credit line are its ``descriptions`` with the roles ``caption`` and ``creditline``.
"""

from __future__ import annotations

from typing import Any

from ..models import Article, PhotoCaption
from ._story import agencies, body_paragraphs, by_line, iso_moment, located, uri

__all__ = ["CAPTION_ROLE", "CREDIT_ROLE", "to_ninjs"]

#: The ``descriptions`` role of a picture's caption, and of its credit line as written.
CAPTION_ROLE = "caption"
CREDIT_ROLE = "creditline"
_TEXT = "text/plain"
# The priorities that are ninjs urgencies (1 the highest, 9 the lowest), as an envelope writes them.
_URGENCIES = frozenset("123456789")


def to_ninjs(article: Article) -> dict[str, Any]:
    """The article as a ninjs 3.1 object (plain data, ready for :func:`json.dumps`)."""
    item: dict[str, Any] = {"uri": uri(article), "type": "text"}
    envelope = article.envelope
    if envelope is not None:
        if envelope.language is not None:
            item["language"] = envelope.language
        if envelope.slug is not None:
            item["slugline"] = envelope.slug
        if envelope.priority is not None and envelope.priority in _URGENCIES:
            item["urgency"] = int(envelope.priority)
    if article.published is not None:
        item["firstCreated"] = item["versionCreated"] = iso_moment(article.published)
    if article.headline is not None:
        item["headlines"] = [{"role": "main", "value": article.headline}]
    by = by_line(article)
    if by is not None:
        item["by"] = by
    place = located(article)
    if place is not None:
        item["located"] = place
    paragraphs = body_paragraphs(article)
    if paragraphs:
        value = "\n\n".join(paragraphs)
        item["bodies"] = [
            {
                "role": "main",
                "contentType": _TEXT,
                "charCount": len(value),
                "wordCount": len(value.split()),
                "value": value,
            }
        ]
    if article.people:
        item["people"] = [{"name": person.name, "rel": "mentioned"} for person in article.people]
    sources = agencies(article)
    if sources:
        item["infoSources"] = [{"name": name, "role": "originator"} for name in sources]
    if article.photos:
        item["associations"] = [
            _picture(article, photo, f"{item['uri']}:picture:{index}", index)
            for index, photo in enumerate(article.photos, start=1)
        ]
    return item


def _picture(article: Article, photo: PhotoCaption, identifier: str, index: int) -> dict[str, Any]:
    """One picture: caption and credit line as descriptions, photographers, agency, place, date."""
    picture: dict[str, Any] = {
        "name": f"picture{index}",
        "uri": identifier,
        "type": "picture",
        "descriptions": [{"role": CAPTION_ROLE, "contentType": _TEXT, "value": photo.text}],
    }
    credit = photo.credit
    if credit is not None:
        picture["descriptions"].append({"role": CREDIT_ROLE, "value": credit.raw})
        if credit.photographers:
            picture["by"] = ", ".join(credit.photographers)
        picture["copyrightHolder"] = credit.agency
        picture["infoSources"] = [{"name": name, "role": "originator"} for name in credit.agencies]
    if photo.place is not None:
        picture["located"] = photo.place
    if photo.date is not None:
        picture["contentCreated"] = iso_moment(photo.date)
    if photo.people:
        picture["people"] = [
            {"name": article.people[person].name, "rel": "depicted"} for person in photo.people
        ]
    return picture
