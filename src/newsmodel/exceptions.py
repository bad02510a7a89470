"""The errors newsmodel raises: one hierarchy rooted in :class:`NewsModelError`.

Every error that comes from bad *data* also subclasses the builtin a caller would expect
(:class:`ValueError` for invalid values, :class:`LookupError` for unknown names), so code that
does not know newsmodel still catches it.
"""

from __future__ import annotations

from pathlib import PurePath

__all__ = [
    "CorpusError",
    "DeserializationError",
    "InputTypeError",
    "NewsModelError",
    "ParseError",
    "PluginError",
    "PluginWarning",
    "ReadError",
    "StoryTooLongError",
    "UnknownFormatError",
    "UnknownReaderError",
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

    Carries the 1-based ``line`` and ``column`` of the problem and an ``excerpt`` of the text there,
    and ``source``, the file it came from (``None`` for a string given to ``parse``).
    """

    def __init__(
        self, message: str, *, line: int, column: int, excerpt: str, source: str | None = None
    ) -> None:
        self.line = line
        self.column = column
        self.excerpt = excerpt
        self.reason = message
        self.source = source
        where = f"{source}: " if source is not None else ""
        super().__init__(f"{where}line {line}, column {column}: {message}: {excerpt!r}")


class StoryTooLongError(NewsModelError, ValueError):
    """A story longer than the parse's ``max_length``: refused before any work is done.

    ``length`` and ``limit`` are counts of characters; ``source`` names the file, if any.
    """

    def __init__(self, length: int, limit: int, source: str | None = None) -> None:
        self.length = length
        self.limit = limit
        self.source = source
        where = f"{source}: " if source is not None else ""
        super().__init__(
            f"{where}story of {length:,} characters is longer than the limit of {limit:,} "
            "(raise max_length, or --max-length on the command line, to parse it anyway)"
        )


class InputTypeError(NewsModelError, TypeError):
    """A parse function was given the wrong kind of input (``bytes``, ``None``, a path to ``parse``).

    ``function`` names the function and ``got`` holds what arrived; the message says what to do.
    """

    def __init__(self, got: object, function: str = "parse") -> None:
        self.got = got
        self.function = function
        kind = type(got).__name__
        if function == "read":
            wanted, advice = (
                "a path or a file opened in binary mode",
                "pass the file's name, or open it with open(path, 'rb')",
            )
        elif function == "parse_file":
            wanted, advice = "a path (str or pathlib.Path)", "pass the story's file name"
        elif function == "parse_bytes":
            wanted, advice = "bytes", "use parse() for a str, parse_file() for a file"
        elif isinstance(got, (bytes, bytearray, memoryview)):
            wanted, advice = (
                "the story as str",
                "decode the bytes, or use parse_bytes() or parse_file()",
            )
        elif isinstance(got, PurePath):
            wanted, advice = "the story as str", "use parse_file() to read a story from a file"
        else:
            wanted, advice = (
                "the story as str",
                "pass the story's text, or use parse_file() for a file",
            )
        super().__init__(f"{function}() needs {wanted}, got {kind}: {advice}")


class ReadError(NewsModelError, OSError):
    """A story could not be read: a missing or unreadable file, a folder, a closed input.

    ``source`` names what was being read and ``reason`` says what went wrong.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class CorpusError(NewsModelError, ValueError):
    """A line of an annotated corpus (``expected.jsonl``) that cannot be scored.

    ``source`` names the file and ``line`` the 1-based line; the message says what is wrong.
    """

    def __init__(self, source: str, line: int, problem: str) -> None:
        self.source = source
        self.line = line
        self.problem = problem
        super().__init__(f"{source}, line {line}: {problem}")


class UnknownFormatError(NewsModelError, LookupError):
    """A wire format was asked for by a name nobody registered."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = tuple(known)
        super().__init__(f"unknown wire format {name!r}; known formats: {', '.join(known)}")


class UnknownReaderError(NewsModelError, LookupError):
    """A reader was asked for by a name no reader has (``--from NAME``, ``read(reader_name=)``)."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = tuple(known)
        super().__init__(f"unknown reader {name!r}; known readers: {', '.join(known)}")


class PluginError(NewsModelError):
    """A wire-format plugin could not be registered; ``plugin`` names it."""

    def __init__(self, plugin: str, problem: str) -> None:
        self.plugin = plugin
        self.problem = problem
        super().__init__(f"wire format plugin {plugin!r}: {problem}")


class PluginWarning(UserWarning):
    """A wire-format plugin's entry point could not be loaded; the plugin is skipped.

    Issued once per registry, when its plugins are loaded; the built-in formats and every other
    plugin keep working, and :attr:`newsmodel.formats.Registry.broken_plugins` lists the plugins skipped.
    """
