"""Fuzz target: ``newsmodel.from_json`` on the fuzzer's bytes, as an Article and as each model.

A document that opens with ``{`` is read as an Article; otherwise the first byte picks the model
class and the rest is the JSON document (bytes as given). A run fails
on any exception that is not a :class:`newsmodel.NewsModelError`, and on an object that comes back
different from a second trip through ``to_json``. See fuzz/README.md.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from _harness import is_answer

    import newsmodel

MODELS: list[type] = [
    newsmodel.Article,
    newsmodel.Dateline,
    newsmodel.PhotoCaption,
    newsmodel.Credit,
    newsmodel.Person,
    newsmodel.Title,
    newsmodel.TimeExpression,
    newsmodel.Span,
]


def test_one_input(data: bytes) -> None:
    if not data:
        return
    # A document (``{...``, as the golden JSON that seeds the corpus) is an Article; otherwise the
    # first byte picks the model.
    cls, document = (
        (newsmodel.Article, data) if data[:1] == b"{" else (MODELS[data[0] % len(MODELS)], data[1:])
    )
    try:
        obj: object = newsmodel.from_json(cls, document)
    except Exception as exc:
        if is_answer(exc):
            return
        raise
    again: object = newsmodel.from_json(cls, newsmodel.to_json(obj))
    if again != obj:
        raise AssertionError(f"{cls.__name__}: the JSON round trip changed the object")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
