"""Every compiled pattern newsmodel runs: module globals, wire formats (plugins too), the registry's
detector, the people recogniser's and the time grammar's patterns built from a lexicon and the literal patterns passed to
``re`` functions in the sources."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

import newsmodel
from newsmodel._regex import either
from newsmodel.formats.base import WireFormat
from newsmodel.formats.registry import Registry, default_registry
from newsmodel.lexicon import Lexicon
from newsmodel.recognisers.people.rules import rules_for
from newsmodel.recognisers.times import grammar_for

_RE_FUNCTIONS = {
    "compile",
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "split",
    "findall",
    "finditer",
}


def _modules() -> Iterator[object]:
    yield newsmodel
    for info in pkgutil.walk_packages(newsmodel.__path__, "newsmodel."):
        yield importlib.import_module(info.name)


def _in(value: object, depth: int = 0) -> Iterator[tuple[str, re.Pattern[str]]]:
    """Patterns in a value: itself, or inside a tuple, list, set or dict (two levels)."""
    if isinstance(value, re.Pattern):
        yield "", value
    elif depth < 2 and isinstance(value, (tuple, list, frozenset, set)):
        for i, item in enumerate(value):
            for where, pattern in _in(item, depth + 1):
                yield f"[{i}]{where}", pattern
    elif depth < 2 and isinstance(value, dict):
        for key, item in value.items():
            for where, pattern in _in(item, depth + 1):
                yield f"[{key!r}]{where}", pattern


def format_patterns(fmt: WireFormat) -> Iterator[tuple[str, re.Pattern[str]]]:
    """A wire format's patterns, each named ``format.field[i]``: every field that holds any (so a
    pattern field added to WireFormat later is checked too)."""
    for field in attrs.fields(WireFormat):
        for where, pattern in _in(getattr(fmt, field.name)):
            yield f"format {fmt.name}.{field.name}{where}", pattern


def source_literals(root: Path) -> Iterator[tuple[str, re.Pattern[str]]]:
    """String literals handed straight to ``re.compile``, ``re.search`` ... in the sources."""
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _RE_FUNCTIONS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                where = f"{path.relative_to(root.parent)}:{node.lineno}"
                yield f"literal {where}", re.compile(node.args[0].value)


def all_patterns(extra_formats: Iterable[WireFormat] = ()) -> dict[str, re.Pattern[Any]]:
    """Every pattern by a readable name (the first name wins where one object has several)."""
    found: dict[str, re.Pattern[Any]] = {}
    seen: set[int] = set()

    def add(name: str, pattern: re.Pattern[Any]) -> None:
        if id(pattern) not in seen:
            seen.add(id(pattern))
            found[name] = pattern

    for module in _modules():
        for attr, value in vars(module).items():
            for where, pattern in _in(value):
                add(f"{module.__name__}.{attr}{where}", pattern)
    formats = [default_registry.get(name) for name in default_registry.names()]
    generic = default_registry.get("generic").sign_offs
    for fmt in [*formats, *extra_formats]:
        for name, pattern in format_patterns(fmt):
            add(name, pattern)
        # the sign-offs a story of the format tries as one pattern (see _regex.either)
        for index, pattern in enumerate(either(fmt.sign_offs + generic)):
            add(f"format {fmt.name} sign-offs joined [{index}]", pattern)
    scan = Registry().snapshot()._detector.capitalised
    add("registry detector", scan.pattern)
    add("registry detector, of bytes", scan.keywords)
    add("registry detector, shapes", scan.shapes)
    # The people recogniser's patterns, built from the default lexicon and each format's.
    lexicons = [Lexicon.default()] + [
        Lexicon.default().extended(fmt.lexicon) for fmt in formats if fmt.lexicon is not None
    ]
    for lexicon in lexicons:
        for name, pattern in rules_for(lexicon).patterns().items():
            add(f"people rules {name}", pattern)
    # The time grammar's pattern, built from each lexicon's month and weekday words.
    for index, lexicon in enumerate(lexicons):
        add(f"times grammar pattern of lexicon {index}", grammar_for(lexicon).pattern)
    for name, pattern in source_literals(Path(newsmodel.__file__).parent):
        add(name, pattern)
    return found
