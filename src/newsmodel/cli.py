"""The ``newsmodel`` command: parse stories, print the schema, score against a corpus, list formats.

Exit codes: 0 success, 1 input that could not be read or (with ``--strict``) parsed, 2 usage.
Errors are one line on standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .evaluation import COLUMNS, evaluate, format_report
from .exceptions import NewsModelError, ParseError
from .formats.registry import default_registry
from .parsing import parse, read_story
from .serialization import json_schema, to_json

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmodel", description="Wire-service news text into typed, validated JSON."
    )
    parser.add_argument("--version", action="version", version=f"newsmodel {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse_cmd = commands.add_parser("parse", help="parse one story and print it as JSON")
    parse_cmd.add_argument("file", help="the story's file, or - for standard input")
    parse_cmd.add_argument("--format", help="force a wire format (see `newsmodel formats`)")
    parse_cmd.add_argument("--strict", action="store_true", help="fail on any diagnostic")
    layout = parse_cmd.add_mutually_exclusive_group()
    layout.add_argument(
        "--indent", type=int, default=2, metavar="N", help="indent by N (default 2)"
    )
    layout.add_argument("--compact", action="store_true", help="one line of JSON")

    commands.add_parser("schema", help="print the JSON Schema of the output")

    evaluate_cmd = commands.add_parser(
        "evaluate", help="score the parser against an annotated corpus"
    )
    evaluate_cmd.add_argument("folder", help="a folder with articles/ and expected.jsonl")
    evaluate_cmd.add_argument("--details", metavar="FILE", help="write one JSON line per story")
    evaluate_cmd.add_argument(
        "--container", action="append", metavar="NAME", help="score only stories in this container"
    )
    evaluate_cmd.add_argument(
        "--require",
        action="append",
        default=[],
        metavar="FIELD=MIN",
        type=_requirement,
        help="exit 1 when the overall FIELD falls below MIN (e.g. dateline=0.95)",
    )
    evaluate_cmd.add_argument(
        "--require-each-agency",
        action="append",
        default=[],
        metavar="FIELD=MIN",
        type=_requirement,
        help="exit 1 when any agency's FIELD falls below MIN",
    )

    commands.add_parser("formats", help="list the wire formats with an example dateline each")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        return int(_COMMANDS[args.command](args))
    except ParseError as exc:
        return _fail(f"{getattr(args, 'file', '')}: {exc}")
    except (NewsModelError, OSError) as exc:
        return _fail(str(exc))


def _fail(message: str) -> int:
    print(f"newsmodel: error: {message}", file=sys.stderr)
    return 1


def _read(name: str) -> str:
    return sys.stdin.read() if name == "-" else read_story(name)


def _parse(args: argparse.Namespace) -> int:
    article = parse(_read(args.file), format=args.format, strict=args.strict)
    print(to_json(article, indent=None if args.compact else args.indent))
    return 0


def _schema(_: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2))
    return 0


def _requirement(text: str) -> tuple[str, float]:
    name, _, value = text.partition("=")
    if name not in COLUMNS:
        raise argparse.ArgumentTypeError(f"unknown field {name!r}; fields: {', '.join(COLUMNS)}")
    try:
        return name, float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected FIELD=NUMBER") from None


def _evaluate(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not (folder / "expected.jsonl").is_file():
        return _fail(f"{folder}: no expected.jsonl (expected a folder like shared/corpus)")
    results = [r for r in evaluate(folder) if not args.container or r.container in args.container]
    if args.details:
        with Path(args.details).open("w", encoding="utf-8") as out:
            for scored in results:
                line = {"file": scored.file, "agency": scored.agency, "container": scored.container}
                out.write(json.dumps(line | scored.checks, ensure_ascii=False) + "\n")
    report, scores = format_report(results)
    print(report)
    short = [
        f"{field} {scores['overall'].fraction(field):.2f} < {bar}"
        for field, bar in args.require
        if scores["overall"].fraction(field) < bar
    ]
    short += [
        f"{name.split(':', 1)[1]}: {field} {score.fraction(field):.2f} < {bar}"
        for field, bar in args.require_each_agency
        for name, score in sorted(scores.items())
        if name.startswith("agency:") and score.fraction(field) < bar
    ]
    if short:
        return _fail("below the bar: " + "; ".join(short))
    return 0


def _formats(_: argparse.Namespace) -> int:
    for fmt in default_registry:
        print(f"{fmt.name:<12} {fmt.label:<16} {fmt.example}")
    return 0


_COMMANDS = {"parse": _parse, "schema": _schema, "evaluate": _evaluate, "formats": _formats}
