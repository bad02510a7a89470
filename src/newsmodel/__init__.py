"""newsmodel: wire-service news text into typed, validated objects.

>>> import newsmodel
>>> article = newsmodel.parse("HANGZHOU, Oct. 11 (Xinhua) -- Chinese Vice Premier Zhang Guoqing spoke.")
>>> article.dateline.normalized_place, article.people[0].titles[0].role
('Hangzhou', 'Vice Premier')
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ._version import __version__
from .exceptions import (
    CorpusError,
    DeserializationError,
    InputTypeError,
    NewsModelError,
    ParseError,
    PluginError,
    PluginWarning,
    ReadError,
    StoryTooLongError,
    UnknownFormatError,
    UnknownReaderError,
    ValidationError,
)
from .formats.base import WireFormat
from .models import (
    Article,
    Byline,
    Credit,
    Dateline,
    DateRange,
    DateResolution,
    Diagnostic,
    DiagnosticCode,
    Envelope,
    Mention,
    NameOrder,
    Paragraph,
    Person,
    PhotoCaption,
    Reading,
    Segment,
    SegmentKind,
    Source,
    Span,
    TimeExpression,
    TimeRule,
    Title,
)
from .parsing import DEFAULT_MAX_LENGTH, parse, parse_bytes, parse_file
from .readers import read

if TYPE_CHECKING:
    from .serialization import from_dict, from_json, json_schema, to_dict, to_json

# Loaded when first used: the converter (cattrs) and the JSON writers (orjson, with the ``fast``
# extra) are a good part of the import's time, and a program that only parses needs neither.
_LAZY = dict.fromkeys(
    ("from_dict", "from_json", "json_schema", "to_dict", "to_json"), ".serialization"
)


__all__ = [
    "DEFAULT_MAX_LENGTH",
    "Article",
    "Byline",
    "CorpusError",
    "Credit",
    "DateRange",
    "DateResolution",
    "Dateline",
    "DeserializationError",
    "Diagnostic",
    "DiagnosticCode",
    "Envelope",
    "InputTypeError",
    "Mention",
    "NameOrder",
    "NewsModelError",
    "Paragraph",
    "ParseError",
    "Person",
    "PhotoCaption",
    "PluginError",
    "PluginWarning",
    "ReadError",
    "Reading",
    "Segment",
    "SegmentKind",
    "Source",
    "Span",
    "StoryTooLongError",
    "TimeExpression",
    "TimeRule",
    "Title",
    "UnknownFormatError",
    "UnknownReaderError",
    "ValidationError",
    "WireFormat",
    "__version__",
    "from_dict",
    "from_json",
    "json_schema",
    "parse",
    "parse_bytes",
    "parse_file",
    "read",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> object:
    """A name loaded when first used (:data:`_LAZY`), then kept like any other."""
    if name not in _LAZY:
        raise AttributeError(f"module 'newsmodel' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
