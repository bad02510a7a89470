"""English number words as wire copy writes small counts: ``the past three weeks`` (data).

Where the entries come from: AP style spells out whole numbers below 10 (and wire copy often up to
twelve); one is left out, as ``the past one week`` is not written.
"""

from __future__ import annotations

__all__ = ["NUMBER_WORDS"]

NUMBER_WORDS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        "two three four five six seven eight nine ten eleven twelve".split(), start=2
    )
}
