"""Generated stories of every built-in wire format: parse returns, nothing is lost, JSON round-trips.

The stories (``tests/strategies.py``, :func:`wire_stories`) carry each format's datelines, credits
and sign-offs, captions before, among and after the body, names with titles and appositions, and
paragraphs that end without a stop, one of them maybe long (up to about 50 KB in all). Each story is
parsed twice: with the format detected and with its own format forced.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmodel import Article, formats, from_json, parse, to_json
from newsmodel.testing import assert_nothing_lost

from .strategies import WIRE_SHAPES, wire_stories

#: a parse of a story of up to 50 KB takes well under this (a hang fails the example)
DEADLINE = dt.timedelta(seconds=10)


def _assert_parsed(text: str, article: Article) -> None:
    assert_nothing_lost(article, text)
    assert from_json(Article, to_json(article)) == article
    assert article.text_length == len(text)


class TestEveryFormatHasShapes:
    """Every built-in format has a story shape, so the property below covers them all."""

    def test_all_formats(self) -> None:
        assert set(WIRE_SHAPES) == set(formats.names())


class TestGeneratedStories:
    """parse returns on every generated story, accounts for every character and round-trips."""

    @pytest.mark.parametrize("name", sorted(WIRE_SHAPES))
    @settings(
        max_examples=15,
        deadline=DEADLINE,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def test_story(self, name: str, data: st.DataObject) -> None:
        text = data.draw(wire_stories(name), label="story")
        _assert_parsed(text, parse(text))
        _assert_parsed(text, parse(text, format=name))


#: Inputs the generated stories found; each must parse, lose nothing and round-trip.
FINDINGS = [
    # A space before a comma raised IndexError in people._phrase_start.
    pytest.param(
        "BEIJING, March 14 AAP - The the the the Zhang Guoqing , Zhang Guoqing said",
        id="space-before-comma-after-name",
    ),
    pytest.param("He met Li Qiang , Wang Yi, and others.", id="space-before-comma-issue-10"),
]


class TestFindings:
    """What the generated stories found parses, loses nothing and round-trips."""

    @pytest.mark.parametrize("text", FINDINGS)
    def test_finding(self, text: str) -> None:
        _assert_parsed(text, parse(text))
