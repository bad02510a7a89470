"""Fuzz target: ``newsmodel.parse`` on text decoded from the fuzzer's bytes, detected or forced.

The first byte picks the wire format (detected, or one built-in format forced), the second how the
rest becomes text (UTF-8 with replacement, Latin-1, or code points drawn by atheris). A run fails
on any exception that is not a :class:`newsmodel.NewsModelError`, on a story that loses a
character (``newsmodel.testing.assert_nothing_lost``), on a JSON round trip that changes the
article, and (with ``-timeout=``) on a parse over the time budget. See fuzz/README.md.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from _harness import is_answer

    import newsmodel
    from newsmodel import formats
    from newsmodel.testing import assert_nothing_lost

FORMATS: list[str | None] = [None, *formats.names()]


def text_of(data: bytes) -> tuple[str, str | None]:
    """The story and the forced format (None: detected) that ``data`` stands for."""
    provider = atheris.FuzzedDataProvider(data)
    name = FORMATS[provider.ConsumeIntInRange(0, len(FORMATS) - 1)]
    how = provider.ConsumeIntInRange(0, 2)
    rest = provider.remaining_bytes()
    if how == 0:
        return provider.ConsumeBytes(rest).decode("utf-8", errors="replace"), name
    if how == 1:
        return provider.ConsumeBytes(rest).decode("latin-1"), name
    return provider.ConsumeUnicodeNoSurrogates(rest), name


def test_one_input(data: bytes) -> None:
    text, name = text_of(data)
    try:
        article = newsmodel.parse(text, format=name)
    except Exception as exc:
        if is_answer(exc):
            return
        raise
    assert_nothing_lost(article, text)
    again = newsmodel.from_json(newsmodel.Article, newsmodel.to_json(article))
    if again != article:
        raise AssertionError("the JSON round trip changed the article")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
