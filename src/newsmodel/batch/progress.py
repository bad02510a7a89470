"""A batch's progress line on standard error, and its closing summary.

No library needed: one line redrawn in place (``\\r``) a few times a second when the stream is a
terminal, nothing otherwise; the summary is one line at the end either way (unless quiet).
"""

from __future__ import annotations

import time
from typing import TextIO

from attrs import define, frozen

from .work import Outcome

__all__ = ["Progress", "Summary"]

#: Seconds between two redraws of the progress line.
_REDRAW = 0.2


@frozen(kw_only=True)
class Summary:
    """What a batch did: records parsed or failed, records skipped as already done, the time."""

    stories: int
    failures: int
    skipped: int
    size: int
    seconds: float

    def line(self) -> str:
        """One line: ``10,051 stories, 0 failed in 12.3 s (817 stories/s, 1.1 MB/s)``."""
        rate = self.stories / self.seconds if self.seconds else 0.0
        megabytes = self.size / 1e6 / self.seconds if self.seconds else 0.0
        done = f", {self.skipped:,} already done" if self.skipped else ""
        return (
            f"{self.stories:,} stories, {self.failures:,} failed{done} in {self.seconds:.1f} s "
            f"({rate:,.0f} stories/s, {megabytes:.1f} MB/s)"
        )


def _clock(seconds: float) -> str:
    minutes, second = divmod(int(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02}:{second:02}"


@define
class Progress:
    """Counts outcomes; draws the line on ``stream`` when ``live`` (a terminal, not quiet)."""

    total: int
    stream: TextIO | None
    live: bool
    stories: int = 0
    failures: int = 0
    skipped: int = 0
    size: int = 0
    started: float = 0.0
    drawn: float = 0.0

    def __attrs_post_init__(self) -> None:
        self.started = self.drawn = time.perf_counter()

    def add(self, outcome: Outcome) -> None:
        """Count one task's outcome and redraw if it is time."""
        self.stories += outcome.stories
        self.failures += len(outcome.failures)
        self.skipped += outcome.skipped
        self.size += outcome.size
        now = time.perf_counter()
        if self.live and self.stream is not None and now - self.drawn >= _REDRAW:
            self.drawn = now
            self.stream.write("\r" + self._line(now - self.started) + "\x1b[K")
            self.stream.flush()

    def _line(self, seconds: float) -> str:
        rate = self.stories / seconds if seconds else 0.0
        speed = self.size / seconds if seconds else 0.0
        eta = _clock((self.total - self.size) / speed) if speed and self.total else "?"
        share = f"{100 * self.size / self.total:3.0f}%" if self.total else ""
        return (
            f"{share} {self.stories:,} stories  {rate:,.0f}/s  {speed / 1e6:.1f} MB/s  "
            f"ETA {eta}  {self.failures:,} failed"
        )

    def summary(self) -> Summary:
        """The closing figures (and the progress line cleared away)."""
        if self.live and self.stream is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
        return Summary(
            stories=self.stories,
            failures=self.failures,
            skipped=self.skipped,
            size=self.size,
            seconds=time.perf_counter() - self.started,
        )
