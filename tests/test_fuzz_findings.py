"""What the fuzz targets (fuzz/) found: each input gets an answer, never another exception.

One row per finding: the target's call on the input either returns or raises a
:class:`~newsmodel.NewsModelError`. A finding not fixed yet is ``xfail(strict=True)`` with the
exception it raises today, so its fix is noticed.
"""

from __future__ import annotations

import pytest

from newsmodel import Article, NewsModelError, from_json


def _answer(data: bytes) -> Article | NewsModelError:
    """What from_json gives: an article, or the NewsModelError it raised (anything else escapes)."""
    try:
        return from_json(Article, data)
    except NewsModelError as exc:
        return exc


FROM_JSON = [
    # from_json(bytes) let json.loads' UnicodeDecodeError through.
    pytest.param(b'{"wire_format": "xinhua", "headline": "\xff"}', id="bytes-not-utf8"),
]


class TestFromJson:
    """from_json answers every byte string with an object or a NewsModelError."""

    @pytest.mark.parametrize("data", FROM_JSON)
    def test_finding(self, data: bytes) -> None:
        assert isinstance(_answer(data), (Article, NewsModelError))
