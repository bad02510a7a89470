"""Parsing a story: :func:`parse` checks its input, chooses the wire format and runs the pipeline.

The pipeline itself (text -> blocks -> recognised parts -> a validated :class:`~newsmodel.Article`)
is :mod:`newsmodel.pipeline`.

>>> article = parse("BEIJING, Oct. 11 (Xinhua) -- Chinese Premier Li Qiang spoke on Friday.")
>>> article.wire_format, article.dateline.place, article.body[0].text
('xinhua', 'BEIJING', 'Chinese Premier Li Qiang spoke on Friday.')
"""

from __future__ import annotations

from pathlib import Path

from .exceptions import NewsModelError, ParseError
from .formats.registry import default_registry as _registry
from .models import Article
from .pipeline import run

__all__ = ["parse", "parse_file", "read_story"]


def parse(text: str, *, format: str | None = None, strict: bool = False) -> Article:
    """Parse one story into an :class:`~newsmodel.Article`.

    ``format`` forces a wire format by name (see ``newsmodel formats``); by default it is detected.
    With ``strict=True`` any diagnostic raises :class:`~newsmodel.exceptions.ParseError`.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() needs the story as str, got {type(text).__name__}")
    formats = _registry.snapshot()  # one view of the registry for the whole story
    fmt = formats.get(format) if format is not None else formats.detect(text)
    article = run(text, fmt, formats)
    if strict and article.diagnostics:
        first = article.diagnostics[0]
        excerpt = first.span.of(text)[:60]
        raise ParseError(first.message, line=first.line, column=first.column, excerpt=excerpt)
    return article


def parse_file(path: str | Path, *, format: str | None = None, strict: bool = False) -> Article:
    """Parse the story in the file at ``path`` (UTF-8; a BOM is dropped)."""
    return parse(read_story(path), format=format, strict=strict)


def read_story(path: str | Path) -> str:
    """The text of a story file: UTF-8, a BOM dropped; anything else is a NewsModelError."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NewsModelError(f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason})") from None
