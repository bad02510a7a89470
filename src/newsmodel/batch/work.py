"""One task's work, wherever it runs: read its records, parse each, and write what came out.

A worker runs :func:`run_task` and hands back one :class:`Outcome`: the task's output already
written as bytes of JSON Lines (so nothing but one buffer crosses between processes), or the
articles themselves for :func:`newsmodel.batch.iter_parse`; and the failures, in record order.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterator, Mapping

from attrs import field, frozen

from ..exceptions import NewsModelError, ValidationError
from ..models import Article, Failure
from ..parsing import DEFAULT_MAX_LENGTH, parse
from ..readers import apply_envelope
from .inputs import Fields, Item, Task, records

__all__ = [
    "LINE_WRITERS",
    "OBJECTS",
    "Options",
    "Outcome",
    "parse_item",
    "parse_text",
    "run_task",
    "writer",
]

#: The name of the output that keeps the articles as objects (what ``iter_parse`` yields).
OBJECTS = "objects"


@frozen(kw_only=True)
class Options:
    """How every story of a batch is read and parsed, and the output it is written in.

    ``format``, ``strict``, ``max_length`` and ``published`` are those of
    :func:`~newsmodel.parse`; ``fields`` says where JSON Lines objects keep the text; ``jsonl``
    reads every file as JSON Lines; ``to`` names the output (one of :data:`~newsmodel.batch.work.LINE_WRITERS`, or
    ``objects`` for the articles themselves).
    """

    format: str | None = None
    strict: bool = False
    max_length: int | None = DEFAULT_MAX_LENGTH
    published: dt.date | None = None
    fields: Fields = field(factory=Fields)
    jsonl: bool = False
    to: str = "json"


@frozen(kw_only=True)
class Outcome:
    """What one task gave: its output, its failures, and how much it read."""

    index: int
    #: JSON Lines as bytes, or (for ``objects``) the articles and failures in record order
    output: bytes | tuple[Article | Failure, ...]
    failures: tuple[Failure, ...]
    stories: int
    size: int
    #: records already in the output of an earlier run (``--resume``), not parsed again
    skipped: int = 0


#: The writers whose output is one line per article (NITF is an XML document of many lines).
LINE_WRITERS = ("json", "jsonld", "ninjs")


def writer(name: str) -> Callable[[Article], str]:
    """The writer of JSON Lines called ``name`` (one of :data:`LINE_WRITERS`)."""
    if name not in LINE_WRITERS:
        raise ValidationError("to", "one of " + ", ".join(LINE_WRITERS), name)
    writers: Mapping[str, Callable[[Article], str]] = importlib.import_module(
        "newsmodel.export"
    ).WRITERS
    return writers[name]


def parse_item(item: Item, options: Options) -> Article | Failure:
    """One record parsed as :func:`newsmodel.read` parses it; any error becomes a Failure.

    A record's envelope date wins over the date its JSON Lines object gives, which wins over
    ``options.published``.
    """
    record = item.record
    envelope = record.envelope
    when = item.published or options.published
    if envelope is not None and envelope.published is not None:
        when = envelope.published
    try:
        article = _parse(record.text, options, when)
    except Exception as exc:  # a batch never stops for one story: every error is a Failure
        return _failed(item, type(exc).__name__, _message(exc))
    return apply_envelope(article, record)


def parse_text(text: str, options: Options) -> Article | Failure:
    """One story given as text, parsed as :func:`~newsmodel.parse` parses it, or a Failure."""
    try:
        return _parse(text, options, options.published)
    except Exception as exc:  # a batch never stops for one story: every error is a Failure
        return Failure(input="<text>", error=type(exc).__name__, message=_message(exc))


def _parse(text: str, options: Options, published: dt.date | None) -> Article:
    return parse(
        text,
        format=options.format,
        strict=options.strict,
        max_length=options.max_length,
        published=published,
    )


def _message(exc: Exception) -> str:
    unexpected = "" if isinstance(exc, NewsModelError) else "unexpected (a bug in newsmodel): "
    return unexpected + (str(exc).strip() or type(exc).__name__)


def _items(task: Task, options: Options) -> Iterator[Item | Failure]:
    for piece in task.pieces:
        yield from records(piece, options.fields, jsonl=options.jsonl)


def _failed(item: Item | Failure, error: str, message: str) -> Failure:
    if isinstance(item, Failure):
        return item
    source = item.record.source
    return Failure(
        input=source.path or "<text>",
        record=source.record_id,
        span=source.span,
        error=error,
        message=message,
    )


def _beat_nothing(_: int) -> None:
    pass


def run_task(task: Task, options: Options, beat: Callable[[int], None] = _beat_nothing) -> Outcome:
    """Parse every record of ``task``; ``beat(n)`` is called as the n-th record is reached."""
    write = None if options.to == OBJECTS else writer(options.to)
    skip = {index: (error, message) for index, error, message in task.skip}
    lines: list[str] = []
    results: list[Article | Failure] = []
    failures: list[Failure] = []
    stories = skipped = 0
    for index, item in enumerate(_items(task, options)):
        beat(index)
        stories += 1
        if index in skip:
            result: Article | Failure = _failed(item, *skip[index])
        elif isinstance(item, Failure):
            result = item
        else:
            span = item.record.source.span
            if (
                task.done
                and span is not None
                and (item.record.source.path, span.start) in task.done
            ):
                skipped += 1
                continue
            result = parse_item(item, options)
        if isinstance(result, Failure):
            failures.append(result)
            if write is not None:
                continue
        if write is None:
            results.append(result)
        else:
            lines.append(write(result))  # type: ignore[arg-type]
    beat(-1)
    output: bytes | tuple[Article | Failure, ...] = tuple(results)
    if write is not None:
        output = ("\n".join(lines) + "\n").encode() if lines else b""
    return Outcome(
        index=task.index,
        output=output,
        failures=tuple(failures),
        stories=stories - skipped,
        size=task.size,
        skipped=skipped,
    )
