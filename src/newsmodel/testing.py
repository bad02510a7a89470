"""Helpers for testing a wire format in a few lines, for the authors of new formats.

A complete test of a format package::

    from pathlib import Path
    from newsmodel.testing import check_format
    from my_wire import FORMAT

    def test_my_wire():
        check_format(FORMAT, Path(__file__).parent / "golden")

:func:`check_format` checks, for every ``*.txt`` story in the folder: detection picks the format,
the story parses to its ``.json`` golden (written when ``update=True`` or when missing in update
mode), nothing of the text is lost, the JSON round trip is the identity; and that random and
mangled text never raises anything but :class:`~newsmodel.ParseError` in strict mode. Each helper
is also usable on its own; all of them fail with an :class:`AssertionError` saying what and where,
raised explicitly: they check the same under ``python -O``, which removes ``assert`` statements.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .exceptions import ParseError
from .formats.base import WireFormat
from .formats.registry import default_registry
from .models import Article
from .parsing import parse
from .serialization import from_json, to_json
from .text import line_column

__all__ = [
    "assert_detected",
    "assert_golden",
    "assert_nothing_lost",
    "assert_round_trip",
    "assert_strict_only_raises_parse_error",
    "check_format",
    "registered",
]


@contextmanager
def registered(fmt: WireFormat) -> Iterator[WireFormat]:
    """Register ``fmt`` in the default registry for the duration of a ``with`` block."""
    previous = default_registry.get(fmt.name) if fmt.name in default_registry else None
    default_registry.register(fmt, replace=True)
    try:
        yield fmt
    finally:
        default_registry.unregister(fmt.name)
        if previous is not None:
            default_registry.register(previous)


def assert_detected(fmt: WireFormat, text: str) -> None:
    """Detection picks ``fmt`` for ``text`` (``fmt`` must be registered)."""
    formats = default_registry.snapshot()
    found = formats.detect(text)
    if found.name != fmt.name:
        scores = {k: round(v, 3) for k, v in formats.scores(text).items() if v}
        raise AssertionError(f"detected {found.name!r}, not {fmt.name!r} (scores: {scores})")


def assert_nothing_lost(article: Article, text: str) -> None:
    """Every non-blank character belongs to exactly one segment of the article."""
    owners = [0] * len(text)
    for segment in article.segments:
        for index in range(segment.span.start, segment.span.end):
            owners[index] += 1
    for index, char in enumerate(text):
        if not char.isspace() and owners[index] != 1:
            line, column = line_column(text, index)
            state = "lost" if owners[index] == 0 else "claimed twice"
            raise AssertionError(f"line {line}, column {column}: {char!r} is {state}")


def assert_round_trip(article: Article) -> None:
    """JSON out and back in gives an equal article."""
    again = from_json(Article, to_json(article))
    if again != article:
        raise AssertionError("the JSON round trip changed the article")


def assert_golden(fmt: WireFormat, story: Path, *, update: bool = False) -> Article:
    """``story`` parses with ``fmt`` to the JSON stored beside it (``update`` rewrites that file)."""
    text = story.read_text(encoding="utf-8")
    article = parse(text, format=fmt.name)
    produced = to_json(article, indent=2) + "\n"
    golden = story.with_suffix(".json")
    if update:
        golden.write_text(produced, encoding="utf-8")
    if not golden.exists():
        raise AssertionError(f"{golden} is missing: run with update=True and read the diff")
    expected = golden.read_text(encoding="utf-8")
    if produced != expected:
        for number, (want, got) in enumerate(
            zip(expected.splitlines(), produced.splitlines(), strict=False), 1
        ):
            if want != got:
                raise AssertionError(
                    f"{golden}:{number}: expected {want.strip()!r}, got {got.strip()!r}"
                )
        raise AssertionError(f"{golden}: output has another length than the golden")
    return article


def _mangled(texts: list[str], rng: random.Random, count: int) -> Iterator[str]:
    alphabet = "abc XYZ ,.-—–_()/[]\n\n\t\u00a00123456789:;'\"(Xinhua)(AP)--"
    for _ in range(count):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
    for text in texts:
        for _ in range(count // max(1, len(texts)) + 1):
            cut = rng.randint(0, len(text))
            lines = text[:cut].splitlines()
            rng.shuffle(lines)
            yield "\n".join(lines) + text[cut : cut + rng.randint(0, 50)]


def assert_strict_only_raises_parse_error(
    fmt: WireFormat, texts: list[str] | None = None, *, count: int = 200, seed: int = 0
) -> None:
    """Random text and mangled copies of ``texts`` raise nothing but ParseError in strict mode."""
    rng = random.Random(seed)
    for text in _mangled(texts or [], rng, count):
        try:
            article = parse(text, format=fmt.name, strict=True)
        except ParseError:
            continue
        except Exception as exc:
            raise AssertionError(f"{type(exc).__name__}: {exc} on input {text[:80]!r}") from exc
        assert_nothing_lost(article, text)


def check_format(fmt: WireFormat, goldens: Path, *, update: bool = False) -> None:
    """Every check of this module for ``fmt`` and the golden stories in ``goldens``."""
    stories = sorted(goldens.glob("*.txt"))
    if not stories:
        raise AssertionError(f"no golden stories (*.txt) in {goldens}")
    with registered(fmt):
        texts = []
        for story in stories:
            text = story.read_text(encoding="utf-8")
            texts.append(text)
            assert_detected(fmt, text)
            article = assert_golden(fmt, story, update=update)
            assert_nothing_lost(article, text)
            assert_round_trip(article)
        assert_strict_only_raises_parse_error(fmt, texts)
