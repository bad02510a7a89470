"""newsmodel against the peers a user would otherwise combine, on the same stories, from one run.

    pip install --group bench          # dateparser, nameparser, trafilatura
    python benchmarks/peers.py [--stories N] [--reuters N] [--rounds R]

Each peer does one piece of what ``newsmodel.parse`` does, and is timed on that piece alone:

- dates: ``dateparser.search.search_dates(text, languages=["en"])`` (the language given, which
  spares dateparser its language detection: the faster way to call it);
- names: ``nameparser.HumanName`` on every run of two to four capitalised words of the story (a
  generous stand-in: a user would also need something to find the names, which is not timed);
- text: ``trafilatura.extract`` on the story wrapped in minimal HTML (one ``<p>`` a paragraph).

newsmodel runs the full parse to JSON (``newsmodel.to_json(newsmodel.parse(text))``). The stories
are the synthetic ones of ``benchmarks/run.py`` (same generator and seed) and, when
``../shared/reuters21578`` is beside the checkout, Reuters-21578 records as plain wire text (as
``scripts/reuters21578.py`` rebuilds them). The runs take turns in every round and each keeps its
best round. Each peer is printed as a ratio to newsmodel's time on the same stories, and so is
their combination (the sum of their times); the target is newsmodel at 30x or more the throughput
of the combination. Report only: it never fails on a figure.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

import newsmodel

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "scripts")]

from reuters21578 import stories as reuters_stories  # noqa: E402 (found through the path above)
from run import _rates, story  # noqa: E402

#: newsmodel at this multiple of the combined peers' throughput, or more.
TARGET = 30.0
#: A run of two to four capitalised words: the candidates handed to nameparser.
CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]++(?: [A-Z][a-z]++){1,3}\b")

Run = Callable[[str], object]


def _peers() -> dict[str, Run] | None:
    """The peers' runs, or None where the bench group is not installed."""
    try:
        import trafilatura  # noqa: PLC0415 (optional: the bench group)
        from dateparser.search import search_dates  # noqa: PLC0415
        from nameparser import HumanName  # noqa: PLC0415
    except ImportError:
        return None

    def dates(text: str) -> object:
        return search_dates(text, languages=["en"])

    def names(text: str) -> object:
        return [HumanName(words) for words in CAPITALISED_RUN.findall(text)]

    def extract(text: str) -> object:
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
        return trafilatura.extract(f"<html><body>{paragraphs}</body></html>")

    return {"dateparser (dates)": dates, "nameparser (names)": names, "trafilatura (text)": extract}


def _full(text: str) -> object:
    return newsmodel.to_json(newsmodel.parse(text))


def _seconds(runs: dict[str, Run], texts: list[str], rounds: int) -> dict[str, float]:
    """Seconds a story for each run, best of ``rounds`` (run.py's turns); imports and caches are
    warmed outside the timing."""
    for run in runs.values():
        run(texts[0])
    return {name: 1 / rate for name, rate in _rates(runs, texts, rounds).items()}


def report(title: str, texts: list[str], peers: dict[str, Run], rounds: int) -> float:
    """Prints the table for one set of stories; returns newsmodel's multiple of the combination."""
    seconds = _seconds({"newsmodel (full parse to JSON)": _full, **peers}, texts, rounds)
    ours = seconds.pop("newsmodel (full parse to JSON)")
    combined = sum(seconds.values())
    size = sum(len(text) for text in texts) / len(texts) / 1024
    print(f"\n{title}: {len(texts)} stories, mean {size:.1f} KB, best of {rounds} rounds")
    print(f"  {'run':34} {'ms/story':>9} {'stories/s':>10} {'newsmodel is':>13}")
    print(f"  {'newsmodel (full parse to JSON)':34} {ours * 1e3:9.2f} {1 / ours:10.0f}")
    for name, peer in [*seconds.items(), ("the peers combined", combined)]:
        print(f"  {name:34} {peer * 1e3:9.2f} {1 / peer:10.0f} {peer / ours:12.1f}x")
    verdict = "met" if combined / ours >= TARGET else "NOT met"
    print(
        f"  newsmodel: {combined / ours:.1f}x the peers' combined throughput (target {TARGET:.0f}x: {verdict})"
    )
    return combined / ours


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=40, help="synthetic stories (run.py's)")
    parser.add_argument("--seed", type=int, default=20251013)
    parser.add_argument("--reuters", type=int, default=40, help="Reuters-21578 records, if present")
    parser.add_argument(
        "--reuters-folder", type=Path, default=ROOT.parent / "shared" / "reuters21578"
    )
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    peers = _peers()
    if peers is None:
        print("the peers are not installed: pip install --group bench (report only, nothing run)")
        return 0
    rng = random.Random(args.seed)
    report(
        "synthetic stories (benchmarks/run.py)",
        [story(rng) for _ in range(args.stories)],
        peers,
        args.rounds,
    )
    if args.reuters > 0 and args.reuters_folder.is_dir():
        records = reuters_stories(args.reuters_folder)
        texts = [text for _, (_, text) in zip(range(args.reuters), records, strict=False)]
        report("Reuters-21578 records as plain wire text", texts, peers, args.rounds)
    else:
        print(f"\n{args.reuters_folder}: absent, so no Reuters-21578 records measured")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
