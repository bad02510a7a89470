"""The English words of the time grammar that are neither months nor weekdays (data).

Where the entries come from: the prepositions and modifiers that open a date in AP and Reuters
copy (``from Thursday``, ``next Monday``, ``since March``, ``mid-March``), and the verbs of
schedules that point a weekday to the future (``a ruling is expected on Monday``, ``the vote is
scheduled for Tuesday``), as the AP Stylebook's entries on days and dates use them.
"""

from __future__ import annotations

__all__ = ["LEAD_WORDS", "SCHEDULE_AUXILIARIES", "SCHEDULE_PREPOSITIONS", "SCHEDULE_VERBS"]

#: Words a month or weekday may stand after that belong to the expression, lower case.
LEAD_WORDS: tuple[str, ...] = tuple("from next last this on late early mid since until by".split())

#: ``is expected on``, ``are scheduled for``: an auxiliary, a verb of schedules, a preposition.
SCHEDULE_AUXILIARIES: tuple[str, ...] = ("is", "are")
SCHEDULE_VERBS: tuple[str, ...] = ("scheduled", "set", "due", "expected", "slated")
SCHEDULE_PREPOSITIONS: tuple[str, ...] = ("", " for", " on")
