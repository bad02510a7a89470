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
    Failure,
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

if TYPE_CHECKING:
    from . import export
    from .formats.base import WireFormat
    from .parsing import DEFAULT_MAX_LENGTH, parse, parse_bytes, parse_file
    from .readers import read
    from .serialization import from_dict, from_json, json_schema, to_dict, to_json

# Loaded when first used, then kept like any other name: the parser (its recognisers, their
# patterns, dateutil), the wire formats and the JSON converter (cattrs; orjson with the ``fast``
# extra) are most of what importing them costs, and a program that only reads or builds models
# needs none of them. The exceptions and models above are loaded at once.
_LAZY = {
    "DEFAULT_MAX_LENGTH": ".parsing",
    "WireFormat": ".formats.base",
    "from_dict": ".serialization",
    "from_json": ".serialization",
    "json_schema": ".serialization",
    "parse": ".parsing",
    "parse_bytes": ".parsing",
    "parse_file": ".parsing",
    "read": ".readers",
    "to_dict": ".serialization",
    "to_json": ".serialization",
    "export": ".export",  # (a module: newsmodel.export.to_ninjs and the other writers)
}

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
    "Failure",
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
    "export",
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
    module = importlib.import_module(_LAZY[name], __name__)
    value = module if module.__name__ == f"{__name__}.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
