"""Parsing a story: :func:`parse` checks its input, chooses the wire format and runs the pipeline.

The pipeline itself (text -> blocks -> recognised parts -> a validated :class:`~newsmodel.Article`)
is :mod:`newsmodel.pipeline`.

>>> article = parse("BEIJING, Oct. 11 (Xinhua) -- Chinese Premier Li Qiang spoke on Friday.")
>>> article.wire_format, article.dateline.place, article.body[0].text
('xinhua', 'BEIJING', 'Chinese Premier Li Qiang spoke on Friday.')

Bytes (a file, standard input) are decoded by one policy, :func:`newsmodel.text.decode_story`:
a byte order mark decides, else UTF-8, else Windows-1252 or Latin-1 with an ``encoding-fallback``
diagnostic. Nothing is refused; with ``strict=True`` that diagnostic is a :class:`ParseError`.

>>> parse_bytes(b"BEIJING, Oct. 11 (Xinhua) -- Caf\\xe9 talk.").diagnostics[0].code
'encoding-fallback'
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path, PurePath
from typing import NamedTuple

import attrs

from .exceptions import InputTypeError, ParseError, ReadError, StoryTooLongError, ValidationError
from .formats.registry import default_registry as _registry
from .models import Article, Diagnostic, Span
from .pipeline import run
from .text import Decoded, decode_story, line_column

__all__ = ["DEFAULT_MAX_LENGTH", "parse", "parse_bytes", "parse_file", "read_story"]

#: The longest story :func:`parse` takes by default, in characters. A real story is under
#: 100,000; this is a last line of defence for a batch job (one pathological input must not take
#: it down), not a rule about news. Pass ``max_length=None`` to lift it.
DEFAULT_MAX_LENGTH = 2_000_000


def parse(
    text: str,
    *,
    format: str | None = None,
    strict: bool = False,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    published: dt.date | None = None,
) -> Article:
    """Parse one story into an :class:`~newsmodel.Article`.

    ``format`` forces a wire format by name (see ``newsmodel formats``); by default it is detected.
    ``published`` is the publication date the caller knows (a ``datetime.date``, or a
    ``datetime.datetime`` with its time): it is the article's ``published``, the year of a
    yearless dateline and the anchor of relative dates (``yesterday``, ``on Friday``), before any
    date the text prints. A publication line more than a day away from it is a ``date-mismatch``
    diagnostic.
    With ``strict=True`` any diagnostic raises :class:`~newsmodel.exceptions.ParseError`.
    A story longer than ``max_length`` characters (default :data:`DEFAULT_MAX_LENGTH`; None for
    no limit) raises :class:`~newsmodel.exceptions.StoryTooLongError` before any work is done.
    Anything but a ``str`` raises :class:`~newsmodel.exceptions.InputTypeError` (a ``TypeError``).
    """
    _check_input(text, max_length)
    if published is not None and not isinstance(published, dt.date):
        raise ValidationError(
            "published", "a datetime.date or datetime.datetime, or None", published
        )
    formats = _registry.snapshot()  # one view of the registry for the whole story
    fmt = formats.get(format) if format is not None else formats.detect(text)
    article = run(text, fmt, formats, published=published)
    if strict:
        _raise_first(article, text, source=None)
    return article


def parse_bytes(
    data: bytes,
    *,
    source: str | None = None,
    format: str | None = None,
    strict: bool = False,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    published: dt.date | None = None,
) -> Article:
    """Parse a story given as bytes, decoded as files are (see :func:`newsmodel.text.decode_story`).

    ``source`` names where the bytes came from, for error messages (a file name, ``<stdin>``);
    the other arguments are those of :func:`parse`.
    """
    if not isinstance(data, (bytes, bytearray)):
        raise InputTypeError(data, "parse_bytes")
    options = _Options(format, strict, max_length, published)
    return _parse_decoded(decode_story(bytes(data)), source, options)


def parse_file(
    path: str | Path,
    *,
    format: str | None = None,
    strict: bool = False,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    published: dt.date | None = None,
) -> Article:
    """Parse the story in the file at ``path``, decoded as :func:`parse_bytes` decodes.

    A missing or unreadable file, or a folder, raises :class:`~newsmodel.exceptions.ReadError`
    (an ``OSError``); every error names the file. The other arguments are those of :func:`parse`.
    """
    if not isinstance(path, (str, PurePath)):
        raise InputTypeError(path, "parse_file")
    name = str(path)
    if max_length is not None and (size := _size(path)) > 4 * max_length:
        # Four bytes per character at most (UTF-32): too long whatever the encoding.
        raise StoryTooLongError(size, max_length, name)
    options = _Options(format, strict, max_length, published)
    return _parse_decoded(decode_story(read_bytes(path)), name, options)


def read_story(path: str | Path) -> str:
    """The text of a story file, decoded by the policy of :func:`newsmodel.text.decode_story`.

    Nothing is refused (a file that is not UTF-8 is read as Windows-1252 or Latin-1); a file that
    cannot be read raises :class:`~newsmodel.exceptions.ReadError`.
    """
    return decode_story(read_bytes(path)).text


def _check_input(text: object, max_length: int | None) -> None:
    if not isinstance(text, str):
        raise InputTypeError(text)
    if max_length is not None:
        if isinstance(max_length, bool) or not isinstance(max_length, int) or max_length < 1:
            raise ValidationError("max_length", "a positive int or None", max_length)
        if len(text) > max_length:
            raise StoryTooLongError(len(text), max_length)


class _Options(NamedTuple):
    """The arguments of :func:`parse` that :func:`parse_bytes` and :func:`parse_file` pass on."""

    format: str | None
    strict: bool
    max_length: int | None
    published: dt.date | None


def _parse_decoded(decoded: Decoded, source: str | None, options: _Options) -> Article:
    text = decoded.text
    try:
        article = parse(
            text,
            format=options.format,
            max_length=options.max_length,
            published=options.published,
        )
    except StoryTooLongError as exc:
        raise StoryTooLongError(exc.length, exc.limit, source) from None
    if decoded.problem is not None and text:
        at = min(decoded.offset, len(text) - 1)
        code = "encoding-fallback" if decoded.encoding in {"cp1252", "latin-1"} else "bad-encoding"
        article = _add(article, text, [_diagnostic(text, code, decoded.problem, at, at + 1)])
    if options.strict:
        _raise_first(article, text, source=source)
    return article


def _diagnostic(text: str, code: str, message: str, start: int, end: int) -> Diagnostic:
    line, column = line_column(text, start)
    return Diagnostic(
        code=code, message=message, span=Span(start=start, end=end), line=line, column=column
    )


def _add(article: Article, text: str, more: list[Diagnostic]) -> Article:
    """``article`` with the diagnostics ``more``, all in the order of the text."""
    merged = sorted((*article.diagnostics, *more), key=lambda d: d.span.start)
    return attrs.evolve(article, diagnostics=tuple(merged))


def _raise_first(article: Article, text: str, *, source: str | None) -> None:
    if article.diagnostics:
        first = article.diagnostics[0]
        excerpt = first.span.of(text)[:60]
        raise ParseError(
            first.message, line=first.line, column=first.column, excerpt=excerpt, source=source
        )


def _size(path: str | Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError as exc:
        raise _read_error(path, exc) from None


def read_bytes(path: str | Path) -> bytes:
    """The bytes of the file at ``path``; a file that cannot be read raises ReadError naming it."""
    if not isinstance(path, (str, PurePath)):
        raise InputTypeError(path, "parse_file")
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise _read_error(path, exc) from None


def _read_error(path: str | Path, exc: OSError) -> ReadError:
    if isinstance(exc, FileNotFoundError):
        reason = "no such file"
    elif isinstance(exc, IsADirectoryError) or Path(path).is_dir():
        reason = "is a folder, not a story file"
    elif isinstance(exc, PermissionError):
        reason = "permission denied (the file cannot be read)"
    else:
        reason = f"cannot be read: {exc.strerror or exc}"
    return ReadError(str(path), reason)
