"""The news industry's formats out: IPTC ninjs 3.1, schema.org JSON-LD and NITF 3.6.

>>> import newsmodel
>>> from newsmodel.export import WRITERS
>>> article = newsmodel.parse("TOKYO, Oct. 11 (Kyodo) -- Rain fell.")
>>> sorted(WRITERS)
['json', 'jsonld', 'ninjs', 'nitf']
>>> WRITERS["ninjs"](article)[:29]
'{"uri":"urn:newsmodel:sha256:'

Each writer takes an :class:`~newsmodel.Article` and returns text: ``json`` is newsmodel's own
JSON (:func:`newsmodel.to_json`), ``ninjs`` and ``jsonld`` compact JSON, ``nitf`` an XML document.
:func:`dumps` writes the JSON ones indented. The mapping from the model to each format, field by
field, is in ``docs/export.md``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from ..exceptions import UnknownFormatError
from ..models import Article
from ..serialization import to_json
from .jsonld import to_jsonld
from .ninjs import to_ninjs
from .nitf import to_nitf

__all__ = ["WRITERS", "dumps", "to_jsonld", "to_ninjs", "to_nitf"]


def _compact(data: Any, indent: int | None = None) -> str:
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)


def _ninjs(article: Article) -> str:
    return _compact(to_ninjs(article))


def _jsonld(article: Article) -> str:
    return _compact(to_jsonld(article))


def _json(article: Article) -> str:
    return to_json(article)


#: The writers by name (``newsmodel parse --to NAME``): each returns the article as text.
WRITERS: Mapping[str, Callable[[Article], str]] = MappingProxyType(
    {"json": _json, "ninjs": _ninjs, "jsonld": _jsonld, "nitf": to_nitf}
)

_AS_DATA: Mapping[str, Callable[[Article], dict[str, Any]]] = {
    "ninjs": to_ninjs,
    "jsonld": to_jsonld,
}


def dumps(article: Article, to: str, *, indent: int | None = None) -> str:
    """The article in the format ``to`` (a key of :data:`WRITERS`); JSON indented by ``indent``.

    An unknown name raises :class:`~newsmodel.exceptions.UnknownFormatError` listing the known ones.
    """
    if to not in WRITERS:
        raise UnknownFormatError(to, sorted(WRITERS))
    if indent is None or to == "nitf":
        return WRITERS[to](article)
    if to == "json":
        return to_json(article, indent=indent)
    return _compact(_AS_DATA[to](article), indent)
