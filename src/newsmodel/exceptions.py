"""The errors newsmodel raises: one hierarchy rooted in :class:`NewsModelError`.

Every error that comes from bad *data* also subclasses the builtin a caller would expect
(:class:`ValueError` for invalid values, :class:`LookupError` for unknown names), so code that
does not know newsmodel still catches it.
"""

from __future__ import annotations

__all__ = [
    "DeserializationError",
    "NewsModelError",
    "ParseError",
    "PluginError",
    "UnknownFormatError",
    "ValidationError",
]


class NewsModelError(Exception):
    """The root of every error raised by newsmodel."""


class ValidationError(NewsModelError, ValueError):
    """A model was built with a value that breaks one of its rules.

    The message names the field, what was expected and what arrived.
    """

    def __init__(self, field: str, expected: str, got: object) -> None:
        self.field = field
        self.expected = expected
        self.got = got
        super().__init__(f"{field}: expected {expected}, got {got!r}")


class DeserializationError(NewsModelError, ValueError):
    """JSON or a dict could not be turned into a model.

    ``errors`` holds one ``path: problem`` line per bad field, e.g.
    ``photos[1].credit.agencies[0]: expected str, got int``.
    """

    def __init__(self, cls_name: str, errors: list[str]) -> None:
        self.errors = tuple(errors)
        joined = "; ".join(errors)
        super().__init__(f"cannot build {cls_name}: {joined}")


class ParseError(NewsModelError, ValueError):
    """Text that a strict parse could not account for.

    Carries the 1-based ``line`` and ``column`` of the problem and an ``excerpt`` of the text there.
    """

    def __init__(self, message: str, *, line: int, column: int, excerpt: str) -> None:
        self.line = line
        self.column = column
        self.excerpt = excerpt
        self.reason = message
        super().__init__(f"line {line}, column {column}: {message}: {excerpt!r}")


class UnknownFormatError(NewsModelError, LookupError):
    """A wire format was asked for by a name nobody registered."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = tuple(known)
        super().__init__(f"unknown wire format {name!r}; known formats: {', '.join(known)}")


class PluginError(NewsModelError):
    """A wire-format plugin could not be registered; ``plugin`` names it."""

    def __init__(self, plugin: str, problem: str) -> None:
        self.plugin = plugin
        self.problem = problem
        super().__init__(f"wire format plugin {plugin!r}: {problem}")
