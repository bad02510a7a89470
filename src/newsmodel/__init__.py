"""newsmodel: wire-service news text into typed, validated objects.

>>> import newsmodel
>>> article = newsmodel.parse("HANGZHOU, Oct. 11 (Xinhua) -- Chinese Vice Premier Zhang Guoqing spoke.")
>>> article.dateline.normalized_place, article.people[0].titles[0].role
('Hangzhou', 'Vice Premier')
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

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
from .parsing import DEFAULT_MAX_LENGTH, parse, parse_bytes, parse_file
from .readers import read
from .serialization import from_dict, from_json, json_schema, to_dict, to_json

try:
    __version__ = version("newsmodel")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

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
