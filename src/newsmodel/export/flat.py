"""An article as one flat row: the table a pandas or Parquet user wants, one row per article.

>>> import newsmodel, newsmodel.export.flat
>>> row = newsmodel.export.flat.row(newsmodel.parse("HANGZHOU, Oct. 11 (Xinhua) -- Vice Premier Zhang Guoqing spoke."))
>>> row["dateline_place"], row["people"][0]["name"], row["people"][0]["titles"]
('HANGZHOU', 'Zhang Guoqing', ['Vice Premier'])

Scalars stay scalars (dates as :class:`datetime.date`, the publication moment as ISO text since
it may be a date or a time); people and photos are lists of records with the fields a table
reader needs (``name``, ``titles``; ``text``, ``agencies``, ``photographers``, ...). Nothing here
needs pyarrow but :func:`arrow_schema`, the same columns as Arrow types.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..models import Article, Person, PhotoCaption

__all__ = ["COLUMNS", "arrow_schema", "row"]

#: The columns of a row, in order.
COLUMNS = (
    "path",
    "record_id",
    "reader",
    "wire_format",
    "headline",
    "published",
    "text_length",
    "dateline",
    "dateline_place",
    "dateline_region",
    "dateline_date",
    "dateline_agencies",
    "bylines",
    "body",
    "people",
    "photos",
    "diagnostics",
    "unparsed",
)


def row(article: Article) -> dict[str, Any]:
    """The flat row of ``article`` (keys: :data:`COLUMNS`)."""
    source, dateline = article.source, article.dateline
    published = article.published
    return {
        "path": source.path if source else None,
        "record_id": source.record_id if source else None,
        "reader": source.reader if source else None,
        "wire_format": article.wire_format,
        "headline": article.headline,
        "published": published.isoformat() if published is not None else None,
        "text_length": article.text_length,
        "dateline": dateline.raw if dateline else None,
        "dateline_place": dateline.place if dateline else None,
        "dateline_region": dateline.region if dateline else None,
        "dateline_date": dateline.date if dateline else None,
        "dateline_agencies": list(dateline.agencies) if dateline else [],
        "bylines": [name for byline in article.bylines for name in byline.names],
        "body": "\n\n".join(paragraph.text for paragraph in article.body),
        "people": [_person(person) for person in article.people],
        "photos": [_photo(photo) for photo in article.photos],
        "diagnostics": [str(diagnostic.code) for diagnostic in article.diagnostics],
        "unparsed": "\n\n".join(paragraph.text for paragraph in article.unparsed),
    }


def _person(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "titles": [title.role for title in person.titles],
        "mentions": len(person.mentions),
    }


def _photo(photo: PhotoCaption) -> dict[str, Any]:
    credit = photo.credit
    return {
        "text": photo.text,
        "description": photo.description,
        "date": photo.date,
        "place": photo.place,
        "agencies": list(credit.agencies) if credit else [],
        "photographers": list(credit.photographers) if credit else [],
        "occurrences": len(photo.occurrences),
    }


def arrow_schema() -> Any:
    """The Arrow schema of a table of rows (needs the ``parquet`` extra: pyarrow)."""
    pa = importlib.import_module("pyarrow")
    text, texts, day = pa.string(), pa.list_(pa.string()), pa.date32()
    person = pa.struct(
        [
            ("name", text),
            ("given_name", text),
            ("family_name", text),
            ("titles", texts),
            ("mentions", pa.int32()),
        ]
    )
    photo = pa.struct(
        [
            ("text", text),
            ("description", text),
            ("date", day),
            ("place", text),
            ("agencies", texts),
            ("photographers", texts),
            ("occurrences", pa.int32()),
        ]
    )
    types = {
        "text_length": pa.int64(),
        "dateline_date": day,
        "dateline_agencies": texts,
        "bylines": texts,
        "people": pa.list_(person),
        "photos": pa.list_(photo),
        "diagnostics": texts,
    }
    return pa.schema([(name, types.get(name, text)) for name in COLUMNS])
