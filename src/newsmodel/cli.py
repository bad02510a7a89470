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
import io
import itertools
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .batch import DEFAULT_TIMEOUT, parse_to
from .batch.inputs import Fields, Piece, is_jsonl, records
from .batch.work import LINE_WRITERS, Options
from .evaluate_reuters import FIELDS as REUTERS_FIELDS
from .evaluate_reuters import MODES as REUTERS_MODES
from .evaluate_reuters import Tally, evaluate_reuters
from .evaluation import COLUMNS, evaluate, format_report
from .exceptions import NewsModelError, ReadError, UnknownFormatError
from .export import WRITERS, dumps
from .formats.registry import default_registry
from .models import Article
from .parsing import DEFAULT_MAX_LENGTH, parse_bytes, parse_file
from .readers import HEAD, detect, read
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
    parse_cmd.add_argument(
        "--from",
        dest="reader",
        metavar="NAME",
        help="force a reader of the file's layout (anpa-1312, iptc-7901, aap-zczc, "
        "reuters21578-sgml, gigaword-sgml, trec-sgml, text, ...); by default it is detected. "
        "A file of several records prints one compact article per line (JSON Lines)",
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
    reuters_cmd = commands.add_parser(
        "evaluate-reuters", help="score the parser on Reuters-21578 (its records are the answers)"
    )
    reuters_cmd.add_argument("folder", help="a folder with reut2-*.sgm and expected.jsonl")
    reuters_cmd.add_argument(
        "--as",
        dest="as_",
        choices=REUTERS_MODES,
        default="sgml",
        help="read the records as SGML with their envelopes (default), or as plain wire text",
    )
    reuters_cmd.add_argument("--details", metavar="FILE", help="write one JSON line per miss")
    reuters_cmd.add_argument(
        "--require",
        action="append",
        default=[],
        metavar="FIELD=MIN",
        type=_requirement_of(REUTERS_FIELDS),
        help="exit 1 when FIELD falls below MIN (fields: " + ", ".join(REUTERS_FIELDS) + ")",
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
    data = _read_stdin() if file == "-" else None
    chosen = args.reader or _detected(file, data)
    if chosen != "text":
        return _read_records(args, file, data, chosen, options)
    if data is not None:
        article: Article = parse_bytes(data, source="<stdin>", **options)
    else:
        article = parse_file(file, **options)
    _write_one(args, dumps(article, args.to, indent=_indent_of(args)))
    return EXIT_OK


def _indent_of(args: argparse.Namespace) -> int | None:
    return None if args.compact else (args.indent if args.indent is not None else 2)


def _write_one(args: argparse.Namespace, text: str) -> None:
    """One story's output, to standard output or ``--output``."""
    if args.output is None:
        _write(text)
    else:
        Path(args.output).write_text(text + "\n", encoding="utf-8")


def _many(args: argparse.Namespace) -> bool:
    """Whether the inputs are read as a batch, written as JSON Lines (docs/corpus.md)."""
    if args.jsonl or args.errors or args.resume or len(args.inputs) > 1:
        return True
    [file] = args.inputs
    if file == "-" or args.reader is not None:
        return False  # (a reader forced with --from reads its one file: _read_records)
    path = Path(file)
    return (
        path.is_dir()
        or is_jsonl(file)
        or path.suffix.lower() in (".gz", ".bz2")
        or (path.is_file() and _several_records(path))
    )


def _several_records(path: Path) -> bool:
    """Whether a file holds more than one story, by the count of the reader that takes it."""
    if _detected(str(path), None) == "text":
        return False
    items = records(Piece(path=str(path)), Fields())
    return next(items, None) is not None and next(items, None) is not None


def _parse_many(args: argparse.Namespace) -> int:
    if args.reader is not None:
        return _fail("--from reads one file: several inputs are read by the readers they detect")
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


def _detected(file: str, data: bytes | None) -> str:
    """The name of the reader that takes the file (or the standard input's ``data``)."""
    if data is None:
        try:
            with Path(file).open("rb") as stream:
                data = stream.read(HEAD)
        except OSError:
            return "text"  # parse_file says what is wrong with the file
    return detect(data[:HEAD]).name


def _read_records(
    args: argparse.Namespace, file: str, data: bytes | None, name: str, options: dict[str, Any]
) -> int:
    """Each record of the file, parsed: one article as usual, or several as JSON Lines."""
    source = io.BytesIO(data) if data is not None else file
    articles = read(source, reader_name=name, **options)
    first = next(articles, None)
    if first is None:
        return _fail(f"{file}: no {name} record in it")
    second = next(articles, None)
    if second is None:
        _write_one(args, dumps(first, args.to, indent=_indent_of(args)))
        return EXIT_OK
    lines = (dumps(a, args.to, indent=None) for a in itertools.chain((first, second), articles))
    if args.output is None:
        for line in lines:
            _write(line)
    else:
        with Path(args.output).open("w", encoding="utf-8") as out:
            out.writelines(line + "\n" for line in lines)
    return EXIT_OK


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


def _requirement_of(fields: Sequence[str]) -> Callable[[str], tuple[str, float]]:
    """The reader of ``FIELD=MIN`` for a command whose fields are ``fields``."""

    def requirement(text: str) -> tuple[str, float]:
        name, _, value = text.partition("=")
        if name not in fields:
            known = ", ".join(fields)
            raise argparse.ArgumentTypeError(f"unknown field {name!r}; fields: {known}")
        try:
            return name, float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r}: expected FIELD=NUMBER") from None

    return requirement


_requirement = _requirement_of(COLUMNS)


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


def _evaluate_reuters(args: argparse.Namespace) -> int:
    tally = Tally()
    missed = []
    for expected, article, checks in evaluate_reuters(args.folder, as_=args.as_):
        tally.add(checks)
        if args.details and not all(v in (None, True) for v in checks.values()):
            found = article.dateline
            missed.append(
                {
                    "newid": expected["newid"],
                    "checks": checks,
                    "expected": {k: expected.get(k) for k in ("dateline", "title", "author")},
                    "found": {
                        "dateline": found.raw if found else None,
                        "headline": article.headline,
                        "bylines": [list(b.names) for b in article.bylines],
                    },
                }
            )
    _write(tally.report())
    if args.details:
        with Path(args.details).open("w", encoding="utf-8") as out:
            for line in missed:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    short = [
        f"{f} {tally.fraction(f):.3f} < {bar}" for f, bar in args.require if tally.fraction(f) < bar
    ]
    if short:
        return _fail("below the bar: " + "; ".join(short))
    return EXIT_OK


def _formats(_: argparse.Namespace) -> int:
    for fmt in default_registry:
        _write(f"{fmt.name:<12} {fmt.label:<16} {fmt.example}")
    for broken in default_registry.broken_plugins:
        _write(f"{broken.name:<12} {'(broken)':<16} {broken.value}: {broken.error}")
    return EXIT_OK


_COMMANDS = {
    "parse": _parse,
    "schema": _schema,
    "evaluate": _evaluate,
    "evaluate-reuters": _evaluate_reuters,
    "formats": _formats,
}
