"""What was found when newsmodel was tried as a new user would: each finding, one row.

Every row runs under a watchdog (the regex engine is interrupted by a signal), so a finding that
comes back as a hang fails in a second instead of stalling the suite. How time grows with size is
measured in ``test_growth.py``; here each row states the result the story must give.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel.recognisers.captions import PhotoIndex, same_photo
from newsmodel.testing import assert_nothing_lost, assert_round_trip

# Far more than any row needs (each takes milliseconds), far less than a hang.
WATCHDOG = 2.0


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the main thread when ``seconds`` pass."""
    if sys.platform == "win32" or threading.current_thread() is not threading.main_thread():
        yield  # no interval timer: the row still runs, without its watchdog
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"did not return within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _captions(count: int) -> str:
    """``count`` distinct Xinhua captions after a dateline paragraph."""
    captions = (
        f"Worker number {i} inspects machine {i * 7} in plant {i % 13} in Hangzhou, east China's"
        f" Zhejiang Province, Oct. 9, 2025. (Xinhua/Li Wei{i})"
        for i in range(count)
    )
    return "HANGZHOU, Oct. 11 (Xinhua) -- Body.\n\n" + "\n\n".join(captions)


def _apposition_without_stop(words: int) -> str:
    tail = " ".join(["across", "the", "street", "from", "the", "house"] * 50)
    return "WASHINGTON (AP) -- A story.\n\nJohn Smith, a man who lives " + " ".join(
        tail.split()[:words]
    )


Check = Callable[[newsmodel.Article], None]


def _no_people(article: newsmodel.Article) -> None:
    assert article.people == ()


def _dateline(place: str) -> Check:
    def check(article: newsmodel.Article) -> None:
        assert article.dateline is not None
        assert article.dateline.place == place

    return check


def _photos(count: int) -> Check:
    def check(article: newsmodel.Article) -> None:
        assert len(article.photos) == count
        assert all(len(photo.occurrences) == 1 for photo in article.photos)

    return check


def _body_starts(start: str) -> Check:
    def check(article: newsmodel.Article) -> None:
        assert article.body[0].text.startswith(start)

    return check


ROWS = [
    # An apposition with no stop after it took exponential time (issue 10's first example).
    pytest.param(_apposition_without_stop(3), _dateline("WASHINGTON"), id="apposition-3-words"),
    pytest.param(_apposition_without_stop(300), _dateline("WASHINGTON"), id="apposition-300-words"),
    pytest.param(
        "BEIJING, Oct. 11 (Xinhua) -- (according to Zhang Wei, the head of the provincial "
        "department) and more.",
        _dateline("BEIJING"),
        id="apposition-inside-brackets",
    ),
    # A space before a comma raised IndexError (about 4 in 1,000 generated stories).
    pytest.param(
        "He met Li Qiang , Wang Yi, and others.", _body_starts("He met"), id="space-before-comma"
    ),
    pytest.param(
        "By Kim Soo-yeon\n\nSEOUL, May 2 (Yonhap) -- Officials , led by Vice Minister Park Ji-min ,"
        " met.",
        _dateline("SEOUL"),
        id="spaces-before-commas-yonhap-style",
    ),
    # Caption grouping compared every pair of captions: 100 KB of captions took seconds.
    pytest.param(_captions(900), _photos(900), id="nine-hundred-distinct-captions"),
    # A body of earnings lines with no stop anywhere (Reuters-21578 style).
    pytest.param(
        "Divs\n\nVERNON, British Columbia, March 6 - Annual div four cts vs 1.76 cts\n"
        "Pay March 20\nRecord March 15",
        _no_people,
        id="earnings-lines-without-stops",
    ),
    pytest.param(
        "Results\n\nMIDLAND, Mich., March 4 - Shr 1.10 dlrs vs 90 cts, Net 5,000,000 vs "
        + ", ".join(f"Region {i} {i} vs {i + 1}" for i in range(400)),
        _no_people,
        id="comma-separated-region-table",
    ),
]


class TestFound:
    """Each finding returns promptly, with the stated result, nothing lost and a JSON round trip."""

    @pytest.mark.parametrize(("text", "check"), ROWS)
    def test_row(self, text: str, check: Check) -> None:
        with deadline(WATCHDOG):
            article = newsmodel.parse(text)
        check(article)
        assert_nothing_lost(article, text)
        assert_round_trip(article)

    def test_the_watchdog_fires(self) -> None:
        """The watchdog interrupts the regex engine (else the rows above could hang the suite)."""
        import re

        if sys.platform == "win32":
            pytest.skip("no interval timer")
        with pytest.raises(TimeoutError), deadline(0.2):
            re.match(r"(a+)+b", "a" * 60)


class TestPhotoIndex:
    """The caption index finds what comparing with every earlier caption finds."""

    @given(
        st.lists(
            st.sampled_from(
                [
                    "Chinese Vice Premier Zhang Guoqing inspects a shipyard in Zhoushan City.",
                    "Chinese Vice Premier Zhang Guoqing inspects a ship...",
                    "Chinese Vice Premier Zhang Guoqing  inspects a shipyard in Zhoushan City.",
                    "Chinese Vice Premier Zhang Guoqing visits a port in Ningbo... more",
                    "A worker repairs a crane.",
                    "A worker repairs a crane...",
                    "Firefighters battle a blaze in Sydney's west on Tuesday.",
                ]
            ),
            max_size=8,
        ),
        st.text(max_size=90),
    )
    def test_same_answer_as_pairwise(self, seen: list[str], probe: str) -> None:
        index = PhotoIndex()
        for text in seen:
            index.add(text)
        for text in [*seen, probe]:
            assert (text in index) == any(same_photo(earlier, text) for earlier in seen)


# Stories with a character that lowers to two (Turkish ``İ`` lowers to ``i̇``) before what is
# found by a lowered search: relative dates and ``the <role>`` mentions. Each row: the story, the
# times and the mentions it must give, each read back from its span.
_LOWERS_TO_TWO = [
    pytest.param(
        "ISTANBUL (AA) - Turkish Foreign Minister Hakan Fidan met his counterpart in İzmir on "
        "Friday.\n\nOfficials in İstanbul said the foreign minister would travel again next week.",
        ["on Friday", "next week"],
        ["Hakan Fidan", "the foreign minister"],
        id="anadolu",
    ),
    pytest.param(
        "ANKARA, March 3 (Xinhua) -- Turkish Foreign Minister Hakan Fidan met guests in İstanbul "
        "today.\n\nIn İzmir the foreign minister said yesterday's talks went well.",
        ["March 3", "today", "yesterday"],
        ["Hakan Fidan", "the foreign minister"],
        id="xinhua",
    ),
]


@pytest.mark.parametrize(("text", "times", "mentions"), _LOWERS_TO_TWO)
def test_a_character_that_lowers_to_two_moves_no_span(
    text: str, times: list[str], mentions: list[str]
) -> None:
    """(the parse raised IndexError on the first; the second's mention read ``foreign minister sai``)"""
    with deadline(WATCHDOG):
        article = newsmodel.parse(text)
    assert [(t.text, t.span.of(text)) for t in article.times] == [(t, t) for t in times]
    [person] = article.people
    assert [(m.text, m.span.of(text)) for m in person.mentions] == [(m, m) for m in mentions]
