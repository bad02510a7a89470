"""newsmodel.dask: a cluster of two workers gives exactly the serial result."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsmodel import Article, Failure, parse, to_dict

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pa_parquet = pytest.importorskip("pyarrow.parquet")

from newsmodel import dask as nd  # noqa: E402  (after the skips: it needs dask)

STORIES = [
    "BEIJING, Oct. 11 (Xinhua) -- Chinese Premier Li Qiang met farmers on Friday.",
    "LONDON, Aug 10 (Reuters) - Finance Minister Rachel Reeves spoke on Tuesday.",
    "WASHINGTON (AP) — The Senate passed the bill late Thursday.",
    "HEFEI, Oct. 9 (Xinhua) -- A caption. (Xinhua/Shi Yalan)\n\nThe plant opened on Monday.",
    "   ",
] * 4


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A LocalCluster of two worker processes (started once for the module)."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


class TestCluster:
    """Bags parsed on two workers equal the same bags parsed in this process."""

    def test_texts(self, client: Any) -> None:
        bag = nd.parse_texts(db.from_sequence(STORIES, npartitions=4))
        on_cluster = bag.compute()
        assert on_cluster == bag.compute(scheduler="sync")
        assert on_cluster == [parse(text) for text in STORIES]

    def test_records_and_dicts(self, client: Any, tmp_path: Path) -> None:
        path = tmp_path / "stories.jsonl"
        lines = [json.dumps({"id": n, "text": t}) for n, t in enumerate(STORIES)]
        path.write_text("\n".join([*lines, '{"id": "bad"}']) + "\n", encoding="utf-8")
        bag = nd.to_dicts(nd.parse_records(db.read_text(str(path), blocksize=600).map(json.loads)))
        on_cluster = bag.compute()
        assert on_cluster == bag.compute(scheduler="sync")
        assert [d.get("source", {}).get("record_id") for d in on_cluster[:3]] == ["0", "1", "2"]
        assert on_cluster[-1]["error"] == "RecordError"

    def test_files(self, client: Any, tmp_path: Path) -> None:
        for number, text in enumerate(STORIES[:4]):
            (tmp_path / f"{number}.txt").write_text(text, encoding="utf-8")
        paths = sorted(str(p) for p in tmp_path.glob("*.txt"))
        bag = nd.parse_files(db.from_sequence(paths, npartitions=2))
        on_cluster = bag.compute()
        assert on_cluster == bag.compute(scheduler="sync")
        assert [a.source.path for a in on_cluster] == paths


class TestWriters:
    """The writers keep every article and put the failures beside them."""

    def bag(self) -> Any:
        return nd.parse_texts(db.from_sequence(STORIES, npartitions=2), max_length=80)

    def test_jsonl(self, tmp_path: Path) -> None:
        with_dask = self.bag()
        written = nd.write_jsonl(with_dask, tmp_path)
        lines = [json.loads(line) for p in written for line in Path(p).read_text().splitlines()]
        results = with_dask.compute(scheduler="sync")
        articles = [r for r in results if isinstance(r, Article)]
        assert lines == [to_dict(a) for a in articles]
        errors = [
            line for p in tmp_path.glob("errors-*.jsonl") for line in p.read_text().splitlines()
        ]
        assert len(errors) == sum(isinstance(r, Failure) for r in results) > 0

    def test_parquet_flat_table(self, tmp_path: Path) -> None:
        written = nd.write_parquet(self.bag(), tmp_path)
        table = pa_parquet.read_table(written[0])
        rows = table.to_pylist()
        first = rows[0]
        assert first["dateline_place"] == "BEIJING"
        assert first["people"][0]["name"] == "Li Qiang"
        assert first["people"][0]["titles"] == ["Premier"]
        first_partition = self.bag().compute(scheduler="sync")[:10]
        assert table.num_rows == sum(isinstance(r, Article) for r in first_partition)
