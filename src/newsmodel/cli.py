"""The ``newsmodel`` command: parse stories, print the schema, score against a corpus, list formats.

Exit codes: 0 success (also when the reader of a pipe stops early, as ``| head`` does); 1 input
that could not be read, was too long, or (with ``--strict``) parsed with a diagnostic, output
that could not be written, or a batch in which any story failed (see ``--errors``); 2 usage;
3 an unexpected error, which is a bug in newsmodel (please report it); 130 interrupted. Errors are
one line on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .batch import DEFAULT_TIMEOUT, parse_to
from .batch.inputs import Fields, Piece, is_jsonl, records
from .batch.work import LINE_WRITERS, Options, parse_item
from .evaluation import COLUMNS, evaluate, format_report
from .exceptions import NewsModelError, ReadError, UnknownFormatError
from .export import WRITERS, dumps
from .formats.registry import default_registry
from .models import Article, Failure
from .parsing import DEFAULT_MAX_LENGTH, parse_bytes, parse_file
from .readers import detect
from .readers.base import HEAD
from .serialization import json_schema

__all__ = ["EXIT_BUG", "EXIT_FAILURE", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
#: input unreadable, too long, not parsed under --strict; output that could not be written
EXIT_FAILURE = 1
#: a bad command line (argparse's own code)
EXIT_USAGE = 2
#: an unexpected exception (a bug in newsmodel)
EXIT_BUG = 3
EXIT_INTERRUPTED = 130
# The widest --indent accepted (JSON indented deeper than this helps no reader).
_MAX_INDENT = 16
# A space before the end of a line of indented JSON (a string never holds a raw newline).


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmodel", description="Wire-service news text into typed, validated JSON."
    )
    parser.add_argument("--version", action="version", version=f"newsmodel {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse_cmd = commands.add_parser(
        "parse",
        help="parse stories: one file as JSON, or many (folders, JSON Lines, ...) as JSON Lines",
        description="One story file (or - for standard input) is printed as indented JSON. "
        "Several inputs, a folder, a JSON Lines, .gz, .bz2 or multi-record file, or --jsonl, "
        "give JSON Lines: one compact article per line, with its source.",
    )
    parse_cmd.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="story files, folders, or - for standard input"
    )
    parse_cmd.add_argument(
        "--format", type=_format_name, help="force a wire format (see `newsmodel formats`)"
    )
    parse_cmd.add_argument("--strict", action="store_true", help="fail on any diagnostic")
    parse_cmd.add_argument(
        "--published",
        type=_published,
        metavar="WHEN",
        help="the publication date you know, ISO 8601 (2025-10-13 or 2025-10-13T09:15+08:00): "
        "the year of a yearless dateline and the anchor of relative dates",
    )
    parse_cmd.add_argument(
        "--max-length",
        type=_max_length,
        default=DEFAULT_MAX_LENGTH,
        metavar="N",
        help=f"refuse a story longer than N characters (default {DEFAULT_MAX_LENGTH:,}; 0: no limit)",
    )
    parse_cmd.add_argument(
        "--to",
        choices=sorted(WRITERS),
        default="json",
        help="write newsmodel's JSON (default), IPTC ninjs 3.1, schema.org JSON-LD or NITF 3.6 XML",
    )
    layout = parse_cmd.add_mutually_exclusive_group()
    layout.add_argument(
        "--indent",
        type=_indent,
        metavar="N",
        help=f"indent one story's JSON by N, 0 to {_MAX_INDENT} (default 2)",
    )
    layout.add_argument("--compact", action="store_true", help="one story on one line of JSON")
    layout.add_argument(
        "--jsonl", action="store_true", help="JSON Lines even for one story (with its source)"
    )
    _batch_arguments(parse_cmd)

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
        "--stories",
        metavar="FROM-TO",
        type=_story_range,
        help="score only the stories numbered FROM to TO (file names NNN.txt), e.g. 001-072",
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


def _batch_arguments(parse_cmd: argparse.ArgumentParser) -> None:
    """The options of many stories at once (see docs/corpus.md)."""
    batch = parse_cmd.add_argument_group("many stories (JSON Lines)")
    batch.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not standard output")
    batch.add_argument(
        "--errors",
        metavar="FILE",
        help="write each story that failed to FILE as JSON Lines (input, record, error, message)",
    )
    batch.add_argument(
        "--jobs",
        type=_jobs,
        metavar="N",
        help="worker processes (default: every core)",
    )
    batch.add_argument(
        "--unordered", action="store_true", help="write stories as they finish, not in input order"
    )
    batch.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"give up a story after S seconds, 0: never (default {DEFAULT_TIMEOUT:g})",
    )
    batch.add_argument(
        "--resume",
        action="store_true",
        help="skip the stories already in --output, append the rest",
    )
    batch.add_argument(
        "--glob", default="*", metavar="PATTERN", help="the files of a folder to read (default *)"
    )
    batch.add_argument(
        "--field",
        default="text",
        metavar="NAME",
        help="the field of a JSON Lines object that holds the story (default text)",
    )
    batch.add_argument(
        "--published-field", metavar="NAME", help="the field that holds its publication date"
    )
    batch.add_argument(
        "--id-field", default="id", metavar="NAME", help="the field that holds its id (default id)"
    )
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary line")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (a usage error exits 2 through argparse)."""
    args = _parser().parse_args(argv)
    try:
        code = int(_COMMANDS[args.command](args))
        _stdout().flush()
    except BrokenPipeError:
        # The reader went away (``newsmodel parse story.txt | head``): not an error of ours.
        _silence_stdout()
        return EXIT_OK
    except NewsModelError as exc:
        return _fail(str(exc))
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            _silence_stdout()
            return EXIT_OK
        return _fail(_os_message(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)
    except Exception as exc:  # the promise: never a traceback
        where = _where(args)
        return _fail(
            f"unexpected {type(exc).__name__} on {where}: {exc}; this is a bug in newsmodel "
            f"{__version__}, please report it with the input",
            EXIT_BUG,
        )
    return code


def _where(args: argparse.Namespace) -> str:
    inputs = getattr(args, "inputs", None)
    if inputs:
        return str(inputs[0]) if len(inputs) == 1 else f"{len(inputs)} inputs"
    return str(getattr(args, "folder", None) or args.command)


def _fail(message: str, code: int = EXIT_FAILURE) -> int:
    # When standard error is closed too, the exit code is all that is left.
    if sys.stderr is None:  # (print would fall back to standard output)
        return code
    with contextlib.suppress(AttributeError, OSError, ValueError):
        print(f"newsmodel: error: {message}", file=sys.stderr)
    return code


def _os_message(exc: OSError) -> str:
    if exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)


def _stdout() -> TextIO:
    """Standard output; an OSError when it is closed (``newsmodel parse story.txt >&-``)."""
    out = sys.stdout
    if out is None or out.closed:
        raise OSError(errno.EBADF, "standard output is closed: nothing can be written")
    return out


def _silence_stdout() -> None:
    """Point standard output at the null device so the interpreter's last flush stays quiet."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass  # not a real file (tests capture it): nothing will be flushed to a closed pipe


def _write(text: str) -> None:
    out = _stdout()
    try:
        out.write(text + "\n")
    except ValueError:  # "I/O operation on closed file"
        raise OSError(errno.EBADF, "standard output is closed: nothing can be written") from None


def _read_stdin() -> bytes:
    stream = sys.stdin
    try:
        if stream is None:
            raise ValueError("closed")
        return stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode()
    except (OSError, ValueError):
        raise ReadError("<stdin>", "standard input is closed or cannot be read") from None


def _parse(args: argparse.Namespace) -> int:
    if _many(args):
        return _parse_many(args)
    options = {
        "format": args.format,
        "strict": args.strict,
        "max_length": args.max_length or None,
        "published": args.published,
    }
    [file] = args.inputs
    if file == "-":
        article: Article = parse_bytes(_read_stdin(), source="<stdin>", **options)
    elif _reader_of(Path(file)) == "text":
        article = parse_file(file, **options)
    else:  # (one story in an envelope a reader knows: NITF, ninjs, ...)
        found = _read_one(file, args)
        if isinstance(found, Failure):
            return _fail(f"{file}: {found.message}")
        article = found
    indent = None if args.compact else (args.indent if args.indent is not None else 2)
    text = dumps(article, args.to, indent=indent)
    if args.output is None:
        _write(text)
    else:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    return EXIT_OK


def _many(args: argparse.Namespace) -> bool:
    """Whether the inputs are read as a batch, written as JSON Lines (docs/corpus.md)."""
    if args.jsonl or args.errors or args.resume or len(args.inputs) > 1:
        return True
    [file] = args.inputs
    if file == "-":
        return False
    path = Path(file)
    return (
        path.is_dir()
        or is_jsonl(file)
        or path.suffix.lower() in (".gz", ".bz2")
        or (path.is_file() and _several_records(path))
    )


def _reader_of(path: Path) -> str:
    """The name of the reader that takes the file (``text`` for one it cannot open)."""
    try:
        with path.open("rb") as story:
            return detect(story.read(HEAD)).name
    except OSError:
        return "text"  # (parse_file says what is wrong with it)


def _several_records(path: Path) -> bool:
    """Whether a file holds more than one story, by the count of its reader."""
    if _reader_of(path) == "text":
        return False
    items = records(Piece(path=str(path)), Fields())
    return next(items, None) is not None and next(items, None) is not None


def _read_one(file: str, args: argparse.Namespace) -> Article | Failure:
    """The one story of a file in an envelope, parsed as a batch would parse it."""
    options = Options(
        format=args.format,
        strict=args.strict,
        max_length=args.max_length or None,
        published=args.published,
    )
    item = next(records(Piece(path=file), Fields()))
    return item if isinstance(item, Failure) else parse_item(item, options)


def _parse_many(args: argparse.Namespace) -> int:
    if "-" in args.inputs:
        return _fail("standard input (-) is read only as the one input: name files or folders")
    if args.indent is not None:
        return _fail("--indent is for one story: JSON Lines are compact", EXIT_USAGE)
    if args.to not in LINE_WRITERS:
        return _fail(
            f"--to {args.to} writes a document of many lines per story: a batch takes "
            + ", ".join(LINE_WRITERS),
            EXIT_USAGE,
        )
    if args.resume and args.output is None:
        return _fail("--resume needs --output FILE (the output to go on with)", EXIT_USAGE)
    options = Options(
        format=args.format,
        strict=args.strict,
        max_length=args.max_length or None,
        published=args.published,
        fields=Fields(text=args.field, published=args.published_field, id=args.id_field),
        to=args.to,
    )
    progress = None if args.quiet else sys.stderr
    output = args.output
    if output is None:
        out = _stdout()
        out.flush()
        output = out.buffer
    summary = parse_to(
        args.inputs,
        output,
        options=options,
        jobs=args.jobs,
        ordered=not args.unordered,
        timeout=args.timeout or None,
        glob=args.glob,
        errors=args.errors,
        resume=args.resume,
        progress=progress,
    )
    if progress is not None:
        print(f"newsmodel: {summary.line()}", file=progress)
    return EXIT_FAILURE if summary.failures else EXIT_OK


def _format_name(name: str) -> str:
    try:
        default_registry.get(name)
    except UnknownFormatError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return name


def _published(text: str) -> dt.date:
    """An ISO 8601 date (``2025-10-13``) or date and time (``2025-10-13T09:15:00+08:00``)."""
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        if len(text) > 10 and text[10] in "T ":
            return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(
        f"{text!r}: expected an ISO date (2025-10-13) or date and time (2025-10-13T09:15:00+08:00)"
    )


def _whole_number(text: str, high: int | None, expected: str) -> int:
    """``text`` as a whole number from 0 to ``high`` (no bound when None), or a usage error."""
    value = int(text) if text.isdecimal() else -1
    if value < 0 or (high is not None and value > high):
        raise argparse.ArgumentTypeError(f"{text!r}: expected {expected}")
    return value


def _max_length(text: str) -> int:
    return _whole_number(text, None, "a number of characters, 0 or more")


def _jobs(text: str) -> int:
    value = _whole_number(text, None, "a number of worker processes, 1 or more")
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected a number of worker processes, 1 or more"
        )
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r}: expected a number of seconds, 0 or more")
    return value


def _indent(text: str) -> int:
    return _whole_number(text, _MAX_INDENT, f"a number from 0 to {_MAX_INDENT}")


def _schema(_: argparse.Namespace) -> int:
    _write(json.dumps(json_schema(), indent=2))
    return EXIT_OK


def _requirement(text: str) -> tuple[str, float]:
    name, _, value = text.partition("=")
    if name not in COLUMNS:
        raise argparse.ArgumentTypeError(f"unknown field {name!r}; fields: {', '.join(COLUMNS)}")
    try:
        return name, float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected FIELD=NUMBER") from None


def _story_range(text: str) -> range:
    first, dash, last = text.partition("-")
    if not (dash and first.isdigit() and last.isdigit()) or int(first) > int(last):
        raise argparse.ArgumentTypeError(f"{text!r}: expected FROM-TO, e.g. 001-072")
    return range(int(first), int(last) + 1)


def _numbered(file: str) -> int:
    """The number a corpus file is named by (``064.txt``: 64; -1 for a name without one)."""
    stem = Path(file).stem
    return int(stem) if stem.isdigit() else -1


def _evaluate(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not (folder / "expected.jsonl").is_file():
        return _fail(f"{folder}: no expected.jsonl (expected a folder like shared/corpus)")
    results = [
        r
        for r in evaluate(folder)
        if (not args.container or r.container in args.container)
        and (args.stories is None or _numbered(r.file) in args.stories)
    ]
    if args.details:
        with Path(args.details).open("w", encoding="utf-8") as out:
            for scored in results:
                line = {"file": scored.file, "agency": scored.agency, "container": scored.container}
                out.write(json.dumps(line | scored.checks, ensure_ascii=False) + "\n")
    report, scores = format_report(results)
    _write(report)
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
        _write(f"{fmt.name:<12} {fmt.label:<16} {fmt.example}")
    for broken in default_registry.broken_plugins:
        _write(f"{broken.name:<12} {'(broken)':<16} {broken.value}: {broken.error}")
    return EXIT_OK


_COMMANDS = {"parse": _parse, "schema": _schema, "evaluate": _evaluate, "formats": _formats}
