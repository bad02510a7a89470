"""schema.org ``NewsArticle`` as JSON-LD: what search engines and the open web read.

>>> import newsmodel
>>> from newsmodel.export import to_jsonld
>>> doc = to_jsonld(newsmodel.parse("BEIJING, Oct. 11 (Xinhua) -- Chinese Premier Li Qiang spoke."))
>>> doc["@type"], doc["dateline"], doc["mentions"][0]["jobTitle"]
('NewsArticle', 'BEIJING, Oct. 11 (Xinhua) --', ['Premier'])

The field-by-field mapping is in ``docs/export.md``.
"""

from __future__ import annotations

from typing import Any

from ..models import Article, Person, PhotoCaption
from ._story import agencies, located, uri

__all__ = ["CONTEXT", "to_jsonld"]

#: The vocabulary every document names.
CONTEXT = "https://schema.org"


def to_jsonld(article: Article) -> dict[str, Any]:
    """The article as a schema.org ``NewsArticle`` (plain data, ready for :func:`json.dumps`)."""
    doc: dict[str, Any] = {"@context": CONTEXT, "@type": "NewsArticle", "identifier": uri(article)}
    if article.headline is not None:
        doc["headline"] = article.headline
    if article.published is not None:  # (schema.org takes a Date or a DateTime, zone optional)
        doc["datePublished"] = article.published.isoformat()
    dateline = article.dateline
    if dateline is not None:
        doc["dateline"] = dateline.raw
        place = located(article)
        if place is not None:
            doc["locationCreated"] = {"@type": "Place", "name": place}
            address = {
                key: value
                for key, value in (
                    ("addressRegion", dateline.region),
                    ("addressCountry", dateline.country),
                )
                if value is not None
            }
            if address:
                doc["locationCreated"]["address"] = {"@type": "PostalAddress", **address}
    names = [name for byline in article.bylines for name in byline.names]
    if names:
        doc["author"] = [_person(name) for name in dict.fromkeys(names)]
    sources = agencies(article)
    if sources:
        doc["sourceOrganization"] = [_organization(name) for name in sources]
    if article.body:
        doc["articleBody"] = "\n\n".join(paragraph.text for paragraph in article.body)
    if article.photos:
        doc["image"] = [_image(photo) for photo in article.photos]
    if article.people:
        doc["mentions"] = [_mentioned(person) for person in article.people]
    envelope = article.envelope
    if envelope is not None:
        if envelope.language is not None:
            doc["inLanguage"] = envelope.language
        if envelope.keywords:
            doc["keywords"] = list(envelope.keywords)
    return doc


def _person(name: str) -> dict[str, Any]:
    return {"@type": "Person", "name": name}


def _organization(name: str) -> dict[str, Any]:
    return {"@type": "Organization", "name": name}


def _image(photo: PhotoCaption) -> dict[str, Any]:
    """A picture: caption, credit as written, photographers as authors, the agency, date, place."""
    image: dict[str, Any] = {"@type": "ImageObject", "caption": photo.text}
    credit = photo.credit
    if credit is not None:
        image["creditText"] = credit.raw
        image["author"] = [_person(name) for name in credit.photographers] or [
            _organization(credit.agency)
        ]
        image["copyrightHolder"] = _organization(credit.agency)
    if photo.date is not None:
        image["dateCreated"] = photo.date.isoformat()
    if photo.place is not None:
        image["contentLocation"] = {"@type": "Place", "name": photo.place}
    return image


def _mentioned(person: Person) -> dict[str, Any]:
    """A person the story names: the parts of the name and the roles (``jobTitle``) it gives."""
    mentioned = _person(person.name)
    if person.given_name is not None:
        mentioned["givenName"] = person.given_name
    if person.family_name is not None:
        mentioned["familyName"] = person.family_name
    roles = list(dict.fromkeys(title.role for title in person.titles))
    if roles:
        mentioned["jobTitle"] = roles
    organizations = list(
        dict.fromkeys(title.organization for title in person.titles if title.organization)
    )
    if organizations:
        mentioned["affiliation"] = [_organization(name) for name in organizations]
    return mentioned
