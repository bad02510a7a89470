"""The batch path on real records: speed, workers, Dask, and memory while streaming (a report).

    python benchmarks/batch.py [--reuters ../shared/reuters21578] [--skip-dask]
                               [--rss 200,2000] [--skip-rss]

From one run, on the Reuters-21578 records with a body (10,051 stories, rebuilt as plain wire text
by ``scripts/reuters21578.py`` and written as one JSON Lines file):

- the floor (one pass of the fixed dateline regex of ``run.py``) and ``parse`` + ``to_json`` in
  this process, on the same texts;
- ``newsmodel parse FILE.jsonl --jobs 1`` and ``--jobs 2`` (the batch path: workers read byte
  ranges of the file and write the JSON Lines themselves): stories/s, MB/s, multiple of the
  floor, and 2 workers against 1 (target >= 1.8x);
- ``newsmodel.dask`` on a ``distributed.LocalCluster`` of two single-threaded workers
  (``parse_records`` then ``write_jsonl``), against ``--jobs 2`` (target within 1.5x); the
  cluster's start is not timed;
- peak RSS streaming JSON Lines of repeated records, two sizes (``--rss SMALL,LARGE`` in MB,
  default 200 and 2000), each in a fresh process with ``--jobs 2``: the main process against
  its idle size, and the largest worker (target: within 10 MB of idle, equal for both sizes).

Targets live here, not in timed tests. Everything runs on the machine as it is: say how loaded
it was when you quote the figures (``uptime`` before and after is printed).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "scripts"))
sys.path.insert(0, str(HERE))

from reuters21578 import stories  # noqa: E402
from run import FLOOR  # noqa: E402

import newsmodel  # noqa: E402
from newsmodel.batch import parse_to  # noqa: E402


def _descendants(root: int) -> list[int]:
    """Every process under ``root`` (the workers are children of the forkserver, not of us)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: list[int] = []
    frontier = [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent == frontier[-1]]
        frontier.pop()
        found += children
        frontier += children
    return found


def _high_water(pid: int) -> int:
    """A process's peak resident size so far (VmHWM), in kB; 0 once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _probe(path: Path) -> None:
    """In a fresh interpreter: stream ``path`` to the null device with two workers, and print
    the main process's idle and peak RSS and the workers' first-seen and peak RSS (kB)."""
    pool = importlib.import_module("newsmodel.batch.pool")
    work = importlib.import_module("newsmodel.batch.work")
    # (a process forked from a large one starts with its peak: reset it, Linux keeps it at exec)
    Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    pool.Pool(1, work.Options(), timeout=None).close()  # (the machinery started once, as in a run)
    idle = _high_water(os.getpid())
    first: dict[int, int] = {}
    peaks: dict[int, int] = {}
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.5):
            for pid in _descendants(os.getpid()):
                size = _high_water(pid)
                first.setdefault(pid, size)
                peaks[pid] = max(peaks.get(pid, 0), size)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    with Path(os.devnull).open("wb") as sink:
        summary = parse_to(path, sink, jobs=2)
    stop.set()
    watcher.join()
    peak = _high_water(os.getpid())
    worker = max(peaks, key=lambda pid: peaks[pid]) if peaks else None
    result = {
        "idle": idle,
        "peak": peak,
        "worker_first": first.get(worker, 0) if worker else 0,
        "worker_peak": peaks.get(worker, 0) if worker else 0,
        "stories": summary.stories,
    }
    print(json.dumps(result))


def _texts(folder: Path) -> list[str]:
    return [text for _, text in stories(folder)]


def _write_jsonl(texts: list[str], path: Path, *, megabytes: float | None = None) -> int:
    """The texts as JSON Lines (repeated up to ``megabytes`` when given); bytes written."""
    lines = [
        json.dumps({"id": str(n), "text": t}, ensure_ascii=False) + "\n"
        for n, t in enumerate(texts)
    ]
    data = "".join(lines).encode()
    with path.open("wb") as out:
        if megabytes is None:
            out.write(data)
            return len(data)
        target = int(megabytes * 1e6)
        written = 0
        while written < target:
            out.write(data)
            written += len(data)
    return written


def _rate(function: object, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        function(text)  # type: ignore[operator]
    return len(texts) / (time.perf_counter() - start)


def _batch(path: Path, jobs: int) -> tuple[float, int]:
    """Seconds for the batch path on ``path`` with ``jobs`` workers (output to the null device)."""
    with Path(os.devnull).open("wb") as sink:
        start = time.perf_counter()
        summary = parse_to(path, sink, jobs=jobs)
        seconds = time.perf_counter() - start
    return seconds, summary.stories


def _dask(path: Path, out: Path) -> float | None:
    try:
        db = importlib.import_module("dask.bag")
        distributed = importlib.import_module("distributed")
        nd = importlib.import_module("newsmodel.dask")
    except ImportError:
        return None
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.read_text(str(path), blocksize=1 << 18).map(json.loads)
        start = time.perf_counter()
        nd.write_jsonl(nd.parse_records(bag), out)
        return time.perf_counter() - start


def _rss(path: Path) -> dict[str, int]:
    done = subprocess.run(
        [sys.executable, __file__, "--probe", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, int] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--reuters", type=Path, default=HERE.parent.parent / "shared" / "reuters21578"
    )
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--only-rss", action="store_true", help="the memory figures alone")
    parser.add_argument("--rss", default="200,2000", metavar="MB,MB", help="the input sizes")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe is not None:
        _probe(args.probe)
        return
    if not (args.reuters / "reut2-000.sgm").is_file():
        raise SystemExit(f"{args.reuters}: no Reuters-21578 here (see shared/reuters21578)")
    print("load:", os.getloadavg(), "cores:", os.cpu_count())
    texts = _texts(args.reuters)
    size = sum(len(t.encode()) for t in texts)
    print(f"records: {len(texts):,} Reuters-21578 stories, {size / 1e6:.1f} MB of text")
    with tempfile.TemporaryDirectory() as folder:
        jsonl = Path(folder) / "reuters.jsonl"
        _write_jsonl(texts, jsonl)
        if not args.only_rss:
            newsmodel.parse(texts[0])  # (formats loaded outside the timing)
            floor = _rate(FLOOR.search, texts)
            plain = _rate(lambda t: newsmodel.to_json(newsmodel.parse(t)), texts)
            print(f"floor (one dateline regex pass):   {floor:9,.0f} stories/s")
            print(
                f"parse + to_json in this process:   {plain:9,.0f} stories/s  ({floor / plain:.1f}x the floor)"
            )
            one, count = _batch(jsonl, 1)
            two, _ = _batch(jsonl, 2)
            for jobs, seconds in ((1, one), (2, two)):
                rate = count / seconds
                print(
                    f"batch, --jobs {jobs}:                   {rate:9,.0f} stories/s  "
                    f"{size / 1e6 / seconds:5.2f} MB/s  ({floor / rate:.1f}x the floor)"
                )
            print(f"2 workers against 1: {one / two:.2f}x (target >= 1.8x)")
            if not args.skip_dask:
                seconds = _dask(jsonl, Path(folder) / "dask-out")
                if seconds is None:
                    print("dask: not installed (pip install 'newsmodel[dask]')")
                else:
                    print(
                        f"dask, LocalCluster of 2 workers:   {count / seconds:9,.0f} stories/s  "
                        f"{seconds / two:.2f}x the time of --jobs 2 (target within 1.5x)"
                    )
        if not args.skip_rss:
            for megabytes in (float(n) for n in args.rss.split(",")):
                big = Path(folder) / "repeated.jsonl"
                written = _write_jsonl(texts, big, megabytes=megabytes)
                start = time.perf_counter()
                rss = _rss(big)
                seconds = time.perf_counter() - start
                print(
                    f"streaming {written / 1e6:,.0f} MB ({rss['stories']:,} stories, "
                    f"{seconds:.0f} s): main process peak {rss['peak'] / 1024:.1f} MB against "
                    f"{rss['idle'] / 1024:.1f} MB idle (+{(rss['peak'] - rss['idle']) / 1024:.1f} MB); "
                    f"largest worker peak {rss['worker_peak'] / 1024:.1f} MB against "
                    f"{rss['worker_first'] / 1024:.1f} MB when first seen"
                )
                big.unlink()
    print("load:", os.getloadavg())


if __name__ == "__main__":
    main()
