"""Parsing beyond one machine: Dask bags of texts, files or JSON Lines records, parsed on a cluster.

Needs the ``dask`` extra (``pip install 'newsmodel[dask]'``: dask's bags and ``distributed``);
writing Parquet needs the ``parquet`` extra (pyarrow).

>>> import dask.bag as db
>>> texts = db.from_sequence(["TOKYO, Oct. 11 (Kyodo) -- Rain fell.", "x" * 30], npartitions=1)
>>> [type(r).__name__ for r in parse_texts(texts, max_length=20).compute(scheduler="sync")]
['Failure', 'Failure']

Each partition is parsed whole (``map_partitions``): one call per partition, not per story. The
results are :class:`~newsmodel.Article` objects, or :class:`~newsmodel.Failure` for a story that
could not be read or parsed (nothing is dropped); :func:`to_dicts` makes plain data of them, and
:func:`write_jsonl` and :func:`write_parquet` write one file per partition, with the failures of
that partition beside it (``errors-NNNNN.jsonl``, only when there are some).
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import dask.bag
from dask.base import compute
from dask.delayed import delayed

from .batch.inputs import Fields, Piece, item_of, records
from .batch.work import Options, parse_item, parse_text
from .export.flat import arrow_schema, row
from .models import Article, Failure
from .parsing import DEFAULT_MAX_LENGTH
from .serialization import to_dict, to_json

__all__ = [
    "parse_files",
    "parse_records",
    "parse_texts",
    "to_dicts",
    "write_jsonl",
    "write_parquet",
]

Result = Article | Failure


def _options(
    format: str | None,
    strict: bool,
    max_length: int | None,
    published: dt.date | None,
    fields: Fields | None = None,
) -> Options:
    return Options(
        format=format,
        strict=strict,
        max_length=max_length,
        published=published,
        fields=fields or Fields(),
    )


def parse_texts(
    texts: dask.bag.Bag,
    *,
    format: str | None = None,
    strict: bool = False,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    published: dt.date | None = None,
) -> dask.bag.Bag:
    """A bag of stories as text to a bag of results, each what :func:`~newsmodel.parse` gives."""
    options = _options(format, strict, max_length, published)
    return _map(texts, _texts, options)


def parse_files(
    paths: dask.bag.Bag,
    *,
    format: str | None = None,
    strict: bool = False,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    published: dt.date | None = None,
    field: str = "text",
    published_field: str | None = None,
    id_field: str | None = "id",
) -> dask.bag.Bag:
    """A bag of file paths to a bag of results: every record of every file, read where it runs.

    The files are read as :func:`newsmodel.batch.iter_parse` reads them (plain or compressed,
    one story or many, JSON Lines by their name), so the cluster's workers must see the paths.
    """
    fields = Fields(text=field, published=published_field, id=id_field)
    options = _options(format, strict, max_length, published, fields)
    return _map(paths, _files, options)


def parse_records(
    objects: dask.bag.Bag,
    *,
    field: str = "text",
    published_field: str | None = None,
    id_field: str | None = "id",
    format: str | None = None,
    strict: bool = False,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    published: dt.date | None = None,
) -> dask.bag.Bag:
    """A bag of JSON objects (``db.read_text(...).map(json.loads)``) to a bag of results.

    ``field`` holds the story, ``published_field`` its publication date and ``id_field`` its id
    (the article's ``source.record_id``).
    """
    fields = Fields(text=field, published=published_field, id=id_field)
    options = _options(format, strict, max_length, published, fields)
    return _map(objects, _objects, options)


def to_dicts(results: dask.bag.Bag) -> dask.bag.Bag:
    """A bag of results as plain data (what :func:`~newsmodel.to_dict` gives)."""
    return _map(results, _dicts)


def write_jsonl(results: dask.bag.Bag, folder: str | os.PathLike[str]) -> list[str]:
    """Write each partition's articles to ``folder/part-NNNNN.jsonl``; the files written."""
    return _write(results, Path(folder), "jsonl", _jsonl_part)


def write_parquet(results: dask.bag.Bag, folder: str | os.PathLike[str]) -> list[str]:
    """Write each partition's articles as one flat table, ``folder/part-NNNNN.parquet``
    (see :mod:`newsmodel.export.flat`); the files written. Needs pyarrow (the ``parquet`` extra)."""
    importlib.import_module("pyarrow.parquet")  # (fail here, not on the cluster)
    return _write(results, Path(folder), "parquet", _parquet_part)


# --- what runs on the workers, one partition at a time ------------------------------------------


def _texts(texts: Iterable[str], options: Options) -> list[Result]:
    return [parse_text(text, options) for text in texts]


def _files(paths: Iterable[str | os.PathLike[str]], options: Options) -> list[Result]:
    results: list[Result] = []
    for path in paths:
        for item in records(Piece(path=os.fspath(path)), options.fields):
            results.append(item if isinstance(item, Failure) else parse_item(item, options))
    return results


def _objects(objects: Iterable[object], options: Options) -> list[Result]:
    results: list[Result] = []
    for data in objects:
        item = item_of(data, options.fields)
        results.append(item if isinstance(item, Failure) else parse_item(item, options))
    return results


def _dicts(results: Iterable[Result]) -> list[dict[str, Any]]:
    return [to_dict(result) for result in results]


def _map(bag: dask.bag.Bag, function: Any, *args: object) -> dask.bag.Bag:
    """``bag.map_partitions`` (dask's bags are not typed: the one place that says so)."""
    mapped: dask.bag.Bag = bag.map_partitions(function, *args)  # type: ignore[no-untyped-call]
    return mapped


def _write(results: dask.bag.Bag, folder: Path, suffix: str, part: Any) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    partitions = results.to_delayed()  # type: ignore[no-untyped-call]
    tasks = [
        delayed(part)(partition, folder, f"part-{number:05}.{suffix}", number)
        for number, partition in enumerate(partitions)
    ]
    written: tuple[str, ...] = compute(*tasks)  # type: ignore[no-untyped-call]
    return list(written)


def _errors(failures: list[Failure], folder: Path, number: int) -> None:
    if failures:
        lines = "".join(to_json(failure) + "\n" for failure in failures)
        (folder / f"errors-{number:05}.jsonl").write_text(lines, encoding="utf-8")


def _jsonl_part(partition: list[Result], folder: Path, name: str, number: int) -> str:
    articles = [r for r in partition if isinstance(r, Article)]
    text = "".join(to_json(article) + "\n" for article in articles)
    (folder / name).write_text(text, encoding="utf-8")
    _errors([r for r in partition if isinstance(r, Failure)], folder, number)
    return str(folder / name)


def _parquet_part(partition: list[Result], folder: Path, name: str, number: int) -> str:
    pa = importlib.import_module("pyarrow")
    parquet = importlib.import_module("pyarrow.parquet")
    rows = [row(r) for r in partition if isinstance(r, Article)]
    table = pa.Table.from_pylist(rows, schema=arrow_schema())
    parquet.write_table(table, folder / name)
    _errors([r for r in partition if isinstance(r, Failure)], folder, number)
    return str(folder / name)
