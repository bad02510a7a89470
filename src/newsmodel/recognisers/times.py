"""Time expressions in the text, resolved to calendar dates against the story's anchor date.

One compiled pattern finds them all; each reading is resolved with :mod:`newsmodel.recognisers.dates`:

- weekdays and weekday ranges: ``on Thursday``, ``from Thursday to Saturday``;
- month and day, with or without a year, and day ranges: ``Oct. 9, 2025``, ``Sept 29``, ``Oct. 9-11``,
  ``9 October 2025``;
- numeric dates in the agency's order: ``06/08/2019``;
- a weekday that opens a full date is part of it: ``Tuesday, March 16, 2021``, ``Thursday 25 June 2015``;
- parts of a month: ``mid-March``, ``early March``, ``end of March``;
- relative expressions: ``yesterday``, ``the day before yesterday``, ``last week``, ``earlier this
  month``, ``early next year``, ``this weekend``, ``the past two days``, ``June 3 last year``.

Without an anchor (``anchor=None``) every expression is still found; those whose rule needs an
anchor are kept unresolved (``start``, ``end`` and ``anchor`` None).

An expression that stands again in the same sentence (a repeated caption, or a sentence captions
share) is one :class:`~newsmodel.TimeExpression` with several ``occurrences``.

A weekday in news narrative is the nearest such day on or before the anchor; where the sentence
speaks of the future (``will``, ``next``, ``is scheduled to``) the nearest on or after it, and the
other reading is kept as an alternative.

>>> import datetime as dt
>>> from newsmodel.text import split_blocks
>>> [t] = find_times(split_blocks("He toured the city from Thursday to Saturday."), dt.date(2025, 10, 11))
>>> t.text, t.start.isoformat(), t.end.isoformat(), t.rule
('from Thursday to Saturday', '2025-10-09', '2025-10-11', 'weekday-range')
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Sequence

from .._regex import words, words_by_initial
from ..lexicon import Lexicon
from ..lexicon.numbers import NUMBER_WORDS
from ..lexicon.time_words import (
    LEAD_WORDS,
    SCHEDULE_AUXILIARIES,
    SCHEDULE_PREPOSITIONS,
    SCHEDULE_VERBS,
)
from ..models import (
    DateRange,
    Reading,
    Span,
    TimeExpression,
    TimeRule,
    new_date_range,
    new_time_expression,
)
from ..text import Block, lowered
from .dates import (
    FUTURE_GRACE,
    month_number,
    past_month_day,
    resolve_month_day,
    resolve_weekday,
    weekday_number,
    years_around,
)

__all__ = ["TimeGrammar", "find_times", "grammar_for"]

_WEEKDAY_PREFIX = r"(?:(?P<{name}>{weekday}),?\s)?"  # ``Tuesday, `` before a full date
_YEAR_WORD = r"(?:,?\s(?P<{}>last|next|this)\syear\b)?"  # ``June 3 last year``


def _pattern(months: str, weekdays: str) -> re.Pattern[str]:
    """The one pattern of the dates and weekdays, over the alternations of the month words and
    the weekday names. Tried only where a trigger word stands (see find_times), never over the
    whole text."""
    month = rf"(?:{months})"
    weekday = rf"(?:{weekdays})"
    return re.compile(
        rf"(?:"
        rf"(?:from\s)?(?P<w1>{weekday})(?:\s(?:to|through|until|till)\s|\s?[-–—]\s?)(?P<w2>{weekday})"
        rf"|{_WEEKDAY_PREFIX.format(name='wa', weekday=weekday)}"
        rf"(?P<m>{month})\.?\s(?P<d>\d{{1,2}})(?:\s?[-–]\s?(?P<d2>\d{{1,2}}))?(?:,\s(?P<y>\d{{4}}))?\b"
        rf"{_YEAR_WORD.format('r1')}"
        rf"|{_WEEKDAY_PREFIX.format(name='wb', weekday=weekday)}"
        rf"(?P<d3>\d{{1,2}})(?:\s?[-–]\s?(?P<d4>\d{{1,2}}))?\s(?P<m2>{month})(?:\s(?P<y2>\d{{4}}))?\b"
        rf"{_YEAR_WORD.format('r2')}"
        rf"|(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})/(?P<ny>\d{{4}})\b"
        rf"|(?P<part>early|mid|late|end\sof)[-\s](?P<pm>{month})\b(?:,?\s(?P<py>\d{{4}}))?"
        rf"|(?P<mod>next|last|this|on|late|early|since|until|by)?\s?(?P<w>{weekday})\b"
        # (not the weekday that opens a full date: from ``on``, ``on Tuesday, March 16`` is that date)
        rf"(?!,?\s(?:{month})\.?\s\d|,?\s\d{{1,2}}\s(?:{month})\b)"
        rf")",
        re.IGNORECASE,
    )


# Relative expressions, found from their last word: ``last week``, ``earlier this month``.
_RELATIVE = re.compile(
    r"(?:(?:the\s)?day\s(?P<beyond>before\syesterday|after\stomorrow)"
    r"|(?P<day>yesterday|today|tomorrow)"
    r"|(?:(?P<part>earlier|later|early|late|mid|end\sof)[-\s])?"
    r"(?P<which>last|next|this)\s(?P<unit>week|month|year)"
    r"|(?P<weekend>this|last|next|over\sthe)\sweekend"
    rf"|the\s(?P<way>past|last|next|coming)\s(?:(?P<count>\d{{1,3}}|{words(NUMBER_WORDS)})\s)?"
    r"(?P<period>days|weeks|months|years|week|month|year)"
    r")\Z",
    re.IGNORECASE,
)
_RELATIVE_ENDS = (
    "yesterday",
    "today",
    "tomorrow",
    " week",
    " weeks",
    " weekend",
    " month",
    " months",
    " year",
    " years",
    " days",
)
# How far before its last word a relative expression may start (``the day before yesterday``).
_RELATIVE_REACH = 32
# How the story's lowered source is searched for them, once, before any paragraph is read: by the
# word without its space (a line break may stand there). A pattern led by a literal lets the regex
# engine jump to that literal (a tight loop in C; ``in`` took half as long again), so words that
# share a rare letter share one scan: ``yesterday``, ``year(s)``, and ``today`` and ``days`` by the
# ``y`` they end with (read back from it), then ``month(s)`` and ``tomorrow`` by ``mo``, and ``week``.
# Each scan starts where ``str.find`` first finds its literal: it skips there in half the
# instructions of the engine's own search (for a story without ``week``: nothing left to scan).
_END_SCANS = (
    ("y", re.compile("y(?:e(?:sterday|ars?)|(?<=today)|s(?<=days))")),
    ("mo", re.compile("mo(?:nths?|rrow)")),
    ("week", re.compile("week(?:end|s)?")),
)
_END_FOUND_AS = {
    "yesterday": "yesterday",
    "year": " year",
    "years": " years",
    "y": "today",
    "ys": " days",
    "month": " month",
    "months": " months",
    "morrow": "tomorrow",
    "week": " week",
    "weeks": " weeks",
    "weekend": " weekend",
}
# Words a trigger may stand after, that belong to the expression.
_LEAD_WORDS = frozenset(LEAD_WORDS)


def _triggers(months: Sequence[Sequence[str]], weekdays: Sequence[str]) -> frozenset[str]:
    """Month and weekday words as they may stand in the text (as listed, capitalised, upper
    case): intersected with a paragraph's capitalised words to find where to look."""
    return (
        frozenset(
            case
            for group in (*months, *((name,) for name in weekdays))
            for word in group
            for case in (word, word.capitalize(), word.upper())
        )
        | frozenset(
            # A range written as one hyphenated word, ``Thursday-Saturday``, is one word.
            case
            for first in weekdays
            for last in weekdays
            if first != last
            for case in (f"{first}-{last}", f"{first}-{last}".upper())
        )
        | frozenset(
            # ``Mid-March`` at the start of a sentence is one capitalised word.
            case
            for group in months
            for word in group
            for case in (f"Mid-{word.capitalize()}", f"MID-{word.upper()}")
        )
    )


class TimeGrammar:
    """What the time grammar derives from a lexicon's month and weekday words: the pattern and
    the trigger words. Built once per lexicon (:func:`grammar_for`), never per story."""

    __slots__ = ("pattern", "triggers")

    def __init__(self, lexicon: Lexicon) -> None:
        weekdays = [group[-1] for group in lexicon.weekdays]  # full names only
        month_words = [w for group in lexicon.months for w in group]
        self.pattern = _pattern(_alternatives(month_words), _alternatives(weekdays))
        self.triggers = _triggers(lexicon.months, weekdays)


def _alternatives(names: Sequence[str]) -> str:
    """The regex alternation of ``names`` in the case-blind pattern: grouped by first letter where
    all are ASCII (the engine then tries one group, not every name; the same matches, as names
    with other first letters never match where one does), else one flat alternation."""
    if all(name.isascii() for name in names):
        return words_by_initial(names, ignore_case=True)
    return words(names)


@functools.cache
def grammar_for(lexicon: Lexicon) -> TimeGrammar:
    """The time grammar of ``lexicon``, built once for each."""
    return TimeGrammar(lexicon)


_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
# A slash between digits, which every numeric date holds: looked for first, since a pattern that
# starts with a literal lets the engine jump from slash to slash (``_NUMERIC_DATE`` tries every
# position; captions hold slashes in credits such as ``Xinhua/Shi Yalan``).
_SLASHED_DIGITS = re.compile(r"/(?<=\d/)\d")
# Words that turn a sentence toward the future.
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s(?:scheduled|set|due|expected|planned)\sto|are\s(?:scheduled|set|due|expected)\sto"
    r"|plans?\sto|to\sbe\sheld|upcoming)\b",
    re.IGNORECASE,
)
# A word every reading of _FUTURE holds, as a substring: a sentence with none of them is not
# searched (the pattern has no literal to jump to). Keep it in step with _FUTURE.
_FUTURE_WORDS = ("will", "shall", "upcoming", "to")
# ... or that stand right before the expression: ``a ruling is expected on Monday``, ``the vote
# is scheduled for Tuesday`` (the words before it, lowered, end with one of these).
_EXPECTED_BEFORE = tuple(
    f" {aux} {verb}{preposition}"
    for aux in SCHEDULE_AUXILIARIES
    for verb in SCHEDULE_VERBS
    for preposition in SCHEDULE_PREPOSITIONS
)
_EXPECTED_REACH = 30
# Every one of them opens with its auxiliary: the words are tested for these first (most hold
# neither, and two tests cost a third of trying every phrase).
_AUXILIARIES = tuple(f" {aux} " for aux in SCHEDULE_AUXILIARIES)


# How far back the sentence of a date is read: longer than a wire sentence, and a bound on the
# work per date in a paragraph that has no stop at all (else each date reads it all: quadratic).
_SENTENCE_REACH = 400

# Where a sentence may end: ``. ``, ``? ``, ``! ``; a ``. `` after ``a.m``/``p.m`` does not
# (``will lift off at 10:14 p.m. Friday``).
_CLOCK = ("a.m", "p.m")
_CLOCK_LAST = ("m", "M")  # their last letter in either case (no other character lowers to it)
# The stops besides ``. `` (each looked for only in a paragraph that has its mark: most have
# neither, and a bounded search costs several times an ``in``).
_OTHER_STOPS = ("? ", "! ")


def _clock_dot(text: str, at: int) -> bool:
    """Whether the ``.`` at ``at`` closes ``a.m.`` or ``p.m.`` (any case)."""
    # (the letter before it first: a quick no for every other full stop)
    return (
        text[at - 1 : at] in _CLOCK_LAST
        and text[max(0, at - 3) : at].lower() in _CLOCK
        and (at < 4 or not text[at - 4].isalpha())
    )


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (at most :data:`_SENTENCE_REACH` back): after
    the last stop before it."""
    reach = start - _SENTENCE_REACH if start > _SENTENCE_REACH else 0
    # The last ``. `` first (it is near: a sentence is short), then a ``? `` or ``! `` only after it.
    at = text.rfind(". ", reach, start)
    while at >= 0 and _clock_dot(text, at):
        at = text.rfind(". ", reach, at)
    first = reach if at < 0 else at + 1
    for mark in _OTHER_STOPS:
        if mark[0] in text:
            first = max(first, text.rfind(mark, first, start) + 1)
    return first


def _sentence_end(text: str, end: int) -> int:
    """Where the sentence holding ``end`` ends (at most :data:`_SENTENCE_REACH` on): at the first
    stop after it."""
    ceiling = min(len(text), end + _SENTENCE_REACH)
    # The first ``. `` first, then a ``? `` or ``! `` only before it.
    at = text.find(". ", end, ceiling)
    while at >= 0 and _clock_dot(text, at):
        at = text.find(". ", at + 1, ceiling)
    if at >= 0:
        ceiling = at
    for mark in _OTHER_STOPS:
        if mark[0] in text:
            stop = text.find(mark, end, ceiling)
            if stop >= 0:
                ceiling = stop
    return ceiling


def _future(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` (its last :data:`_SENTENCE_REACH` characters)
    speaks of the future."""
    sentence_start = _sentence_start(text, start)
    # The sentence is lowered once, and its last words read from its end for a schedule verb
    # (each character lowers on its own: the same words as those lowered apart, which cost a
    # slice and a lowering more; with the auxiliaries first, 3K instructions less a date).
    sentence = text[sentence_start:start].lower()
    before = " " + sentence[-_EXPECTED_REACH:].rstrip()
    for auxiliary in _AUXILIARIES:
        if auxiliary in before:
            if before.endswith(_EXPECTED_BEFORE):
                return True
            break
    for word in _FUTURE_WORDS:
        if word in sentence:
            return _FUTURE.search(text, sentence_start, start) is not None
    return False


def _may_hold_numeric_date(text: str) -> bool:
    """Whether ``text`` has a slash between digits, as a numeric date does."""
    return "/" in text and _SLASHED_DIGITS.search(text) is not None


# Days of each month in a common year (index 0 unused); February of a leap year has one more.
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_length(year: int, month: int) -> int:
    # (calendar.monthrange also works out the month's first weekday)
    return _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year))


def _add_months(date: dt.date, months: int) -> dt.date:
    """``date`` moved by ``months`` (negative: back), its day kept or else the month's last, as
    dateutil's relativedelta does: plain arithmetic, several times faster than building one."""
    year, month = divmod(date.year * 12 + date.month - 1 + months, 12)
    month += 1
    return dt.date(year, month, min(date.day, _month_length(year, month)))


def _candidates(block: Block, triggers: frozenset[str]) -> list[int]:
    """Where a time expression may start: at a month or weekday word (``triggers``, those the
    block holds) or the word before it that belongs to it (``from``, ``next``, ``mid-``, a day
    number, ``end of``), at a numeric date."""
    text = block.text
    starts = []
    for word in triggers:
        for start in block.find_word(word):
            if start:
                before = text.rfind(" ", 0, start - 1) + 1
                lead = text[before : start - 1].lower()
                if lead in _LEAD_WORDS or lead.replace("-", "").isdigit():
                    starts.append(before)
                elif lead == "of" and text[max(0, before - 4) : before].lower() == "end ":
                    starts.append(before - 4)
            starts.append(start)
    if _may_hold_numeric_date(text):
        starts += [m.start() for m in _NUMERIC_DATE.finditer(text)]
    return sorted(starts)


def _relative_ends(lowered: str) -> tuple[str, ...]:
    """Those of ``_RELATIVE_ENDS`` that the ``lowered`` source may hold, in their order
    (``morrow`` is taken for ``tomorrow``: the paragraphs are searched for the word itself)."""
    found = set()
    for literal, scan in _END_SCANS:
        first = lowered.find(literal)
        if first >= 0:
            found.update([_END_FOUND_AS[word] for word in scan.findall(lowered, first)])
    return tuple(word for word in _RELATIVE_ENDS if word in found)


def _relative_matches(text: str, ends: Sequence[str]) -> list[re.Match[str]]:
    """``yesterday``, ``last week``, ``the past two days`` ... found by their last word
    (``ends``: those of the story), each the longest that starts at a word."""
    lower = lowered(text)  # (offsets into it are offsets into the text)
    found = []
    for end_word in ends:
        at = lower.find(end_word)
        while at >= 0:
            end = at + len(end_word)
            if end == len(text) or not text[end].isalpha():
                lo = max(0, at - _RELATIVE_REACH)
                match = _RELATIVE.search(text, lo, end)
                # (the leftmost may start inside a word: ``Monday before yesterday``)
                while match is not None and match.start() and text[match.start() - 1].isalpha():
                    match = _RELATIVE.search(text, match.start() + 1, end)
                if match is not None:
                    found.append(match)
            at = lower.find(end_word, end)
    return found


# A date with every year's days (2000 was a leap year), to read an expression without an anchor:
# what it gives is dropped for every rule that needs an anchor (``TimeRule.needs_anchor``).
_NO_ANCHOR = dt.date(2000, 7, 1)
# The rules that read an anchor, by the values the resolvers give.
_NEEDS_ANCHOR = frozenset(rule.value for rule in TimeRule if rule.needs_anchor)


def find_times(
    blocks: Sequence[Block],
    anchor: dt.date | None,
    *,
    day_first: bool = False,
    lexicon: Lexicon | None = None,
) -> list[TimeExpression]:
    """Every time expression in ``blocks`` resolved against ``anchor``.

    ``lexicon`` gives the month and weekday words (the default lexicon unless a format extends it).

    With ``anchor`` None the expressions are still found, and those that need an anchor are kept
    unresolved. The same expression in the same sentence again (repeated captions) is one
    expression with several ``occurrences``.
    """
    grammar = grammar_for(lexicon or Lexicon.default())
    # The last words of relative expressions that the story may hold, looked for once in its
    # source (normalising never touches letters), then only in paragraphs. (The sources by
    # identity: a story's blocks share one, and hashing it would read it all.)
    sources = {id(block.source): block.source for block in blocks}
    ends = _relative_ends("\n".join(sources.values()).lower())
    # A paragraph text is read once, at its first block: a repeat as written (a caption again)
    # adds only its block.
    seen: _Seen = {}
    order: list[Block] = []  # the blocks with readings, in order
    for block in blocks:
        text = block.text
        # Exact: with no month or weekday word, no slash and no relative end word in the story,
        # ``_read`` finds nothing (most paragraphs are plain prose).
        if not ends and "/" not in text and grammar.triggers.isdisjoint(block.words):
            continue
        entry = seen.get(text)
        if entry is None:
            entry = seen[text] = (_read(block, grammar, ends, anchor or _NO_ANCHOR, day_first), [])
        if entry[0]:
            entry[1].append(block)
            order.append(block)
    found = []
    for resolved, written, occurrences in _expressions(seen, order):
        start_date, end_date, rule, confidence, alternatives = resolved
        unresolved = anchor is None and rule in _NEEDS_ANCHOR
        found.append(
            new_time_expression(  # (its fields in order: a call by keyword costs a dict)
                written,  # text
                occurrences[0],  # span
                None if unresolved else start_date,  # start
                None if unresolved else end_date,  # end
                anchor,
                rule,
                confidence,
                () if unresolved else alternatives,  # alternatives
                tuple(occurrences),  # occurrences
            )
        )
    return found


def _expressions(seen: _Seen, order: list[Block]) -> list[tuple[_Resolved, str, list[Span]]]:
    """The readings in order as expressions: each its reading, its words and its spans.

    ``seen`` holds the readings of each paragraph text and the blocks holding it, ``order`` those
    blocks in order. The same words with the same reading at the same place in the same sentence
    (a repeated caption, or a sentence captions share) are one expression, at its first reading.
    """
    # Each reading of a text, in all the blocks that hold it (a caption repeated as written)...
    # (plain loops: a comprehension for each reading cost more than the spans it built)
    expressions: list[tuple[_Resolved, str, list[Span]]] = []
    distinct: set[str] = set()
    for text, (spans, blocks) in seen.items():
        for lo, hi, resolved in spans:
            words = text[lo:hi]
            distinct.add(words)
            occurrences = []
            for block in blocks:
                occurrences.append(block.span(lo, hi))
            expressions.append((resolved, words, occurrences))
    if len(distinct) == len(expressions):
        return expressions  # (the usual story: no words read at two places)
    # ... unless the same words were read at two places: then by their sentences, in order.
    read: list[_Reading] = [(block, *each) for block in order for each in seen[block.text][0]]
    written = [block.text[lo:hi] for block, lo, hi, _ in read]
    # Where each words were read: the same paragraph text and offset (a caption repeated as
    # written) is the same reading in the same sentence.
    places: dict[str, set[tuple[str, int]]] = {}
    for each, (block, lo, _, _) in zip(written, read, strict=True):
        places.setdefault(each, set()).add((block.text, lo))
    grouped: dict[object, tuple[_Resolved, str, list[Span]]] = {}
    keys: dict[tuple[str, int], object] = {}  # a repeated caption's sentences are found once
    for index, (block, lo, hi, resolved) in enumerate(read):
        key: object = (block.text, lo)
        if len(places[written[index]]) > 1:
            # (words read at one place share no sentence key with another reading: only for
            # words read elsewhere too is the sentence they stand in looked up)
            sentence = keys.get((block.text, lo))
            if sentence is None:
                sentence = keys[(block.text, lo)] = _sentence_key(block.text, lo, hi, resolved)
            key = sentence
        span = block.span(lo, hi)
        expression = grouped.get(key)
        if expression is None:
            grouped[key] = (resolved, written[index], [span])
        else:
            expression[2].append(span)
    return list(grouped.values())


def _sentence_key(text: str, lo: int, hi: int, resolved: _Resolved) -> object:
    """The sentence of ``text[lo:hi]``, where the words stand in it, and their reading: what the
    same expression has wherever it stands again."""
    first = _sentence_start(text, lo)
    return text[first : _sentence_end(text, hi)], lo - first, hi - first, resolved


def _read(
    block: Block, grammar: TimeGrammar, ends: Sequence[str], anchor: dt.date, day_first: bool
) -> list[tuple[int, int, _Resolved]]:
    """The time expressions of one block: where each stands and what it resolves to, in order
    (where two overlap, the one that starts first, or the longer: ``June 3 last year``)."""
    text = block.text
    spans: list[tuple[int, int, _Resolved]] = []
    triggers = grammar.triggers.intersection(block.words)
    if triggers or "/" in text:  # (``_candidates`` looks closer for a numeric date)
        covered = -1
        for start in _candidates(block, triggers):
            if start < covered:
                continue
            match = grammar.pattern.match(text, start)
            if match is None:
                continue
            resolved = _resolve(match, text, anchor, day_first)
            if resolved is not None:
                covered = match.end()
                spans.append((start, covered, resolved))
    relative = _relative_matches(text, ends) if ends else None
    if relative:
        spans += [(m.start(), m.end(), _relative(m, anchor)) for m in relative]
        spans.sort(key=lambda item: (item[0], -item[1]))
        kept: list[tuple[int, int, _Resolved]] = []
        for item in spans:
            if not kept or item[0] >= kept[-1][1]:
                kept.append(item)
        spans = kept
    return spans


# (the rule as the member, not its value: the model keeps a member as it is, where a value is
# looked up, 2.4K instructions an expression)
_Resolved = tuple[dt.date, dt.date, TimeRule, float, tuple[DateRange, ...]]
# A reading of a block: where in its text (start, end) and what it resolves to.
_Reading = tuple[Block, int, int, _Resolved]
# Each paragraph text's readings (start, end, reading) and the blocks that hold that text.
_Seen = dict[str, tuple[list[tuple[int, int, _Resolved]], list[Block]]]


def _weekday_range(match: re.Match[str], text: str, anchor: dt.date) -> _Resolved:
    first_day = weekday_number(match["w1"]) or 0
    last_day = weekday_number(match["w2"]) or 0
    if _future(text, match.start()):  # ``will run from Thursday to Saturday``
        first = resolve_weekday(first_day, anchor, future=True)
        last = resolve_weekday(last_day, first, future=True)
    else:
        last = resolve_weekday(last_day, anchor)
        first = resolve_weekday(first_day, last)
    return first, last, TimeRule.WEEKDAY_RANGE, 0.9, ()


# How many years from the anchor's ``last year`` and ``next year`` are (``this year``: none).
_YEAR_SHIFTS = {"last": -1, "next": 1}
# The confidence of a full date whose weekday is not the date's: the date is kept as written.
WEEKDAY_MISMATCH_CONFIDENCE = 0.5


def _month_day(match: re.Match[str], text: str, anchor: dt.date) -> _Resolved | None:
    month = month_number(match["m"] or match["m2"])
    day = int(match["d"] or match["d3"])
    day_end = match["d2"] or match["d4"]
    year = match["y"] or match["y2"]
    year_word = (match["r1"] or match["r2"] or "").lower()
    weekday_word = match["wa"] or match["wb"]
    weekday = weekday_number(weekday_word) if weekday_word else None
    if month is None:
        return None
    if year or year_word:
        shift = _YEAR_SHIFTS.get(year_word, 0)
        year_number = int(year) if year else anchor.year + shift
        try:
            first = dt.date(year_number, month, day)
            last = dt.date(year_number, month, int(day_end)) if day_end else first
        except ValueError:
            return None
        confidence = 0.95 if year_word and not year else 1.0
        if weekday is not None and first.weekday() != weekday:
            confidence = WEEKDAY_MISMATCH_CONFIDENCE
        rule = TimeRule.EXPLICIT_DATE if year else TimeRule.MONTH_DAY_RELATIVE
        return first, max(first, last), rule, confidence, ()
    future = _future(text, match.start())
    first_or_none = resolve_month_day(month, day, anchor, future=future)
    if weekday is not None:
        # The weekday names the year: the nearest of those where the date falls on it.
        same = [c for c in years_around(month, day, anchor) if c.weekday() == weekday]
        if same:
            first = min(same, key=lambda c: abs((c - (first_or_none or anchor)).days))
            return _day_range(first, day_end, TimeRule.MONTH_DAY, 0.95)
    if first_or_none is None:
        return None
    alternatives: tuple[DateRange, ...] = ()
    if not future and first_or_none > anchor + FUTURE_GRACE:
        # Ahead of the story with no word of the future: the year before stays possible.
        past = past_month_day(month, day, anchor)
        if past is not None:
            alternatives = (new_date_range(start=past, end=past, reading=Reading.PAST),)
    confidence = 0.7 if alternatives else 0.95
    if weekday is not None:  # (and no year near the anchor has the date on that weekday)
        confidence = WEEKDAY_MISMATCH_CONFIDENCE
    resolved = _day_range(first_or_none, day_end, TimeRule.MONTH_DAY, confidence)
    return None if resolved is None else (*resolved[:4], alternatives)


def _day_range(
    first: dt.date, day_end: str | None, rule: TimeRule, confidence: float
) -> _Resolved | None:
    """``first`` to ``day_end`` of its month (None when the month has no such day)."""
    last = first
    if day_end:
        if int(day_end) > _month_length(first.year, first.month):
            return None
        last = first.replace(day=int(day_end))
    return first, max(first, last), rule, confidence, ()


# Parts of a month, week and year: ``early`` the first third, ``mid`` the middle one, ``late`` and
# ``end of`` the last (months by day 1-10, 11-20, 21-end; weeks Mon-Tue, Wed-Thu, Fri-Sun; years
# by month January-April, May-August, September-December), but the ``end of`` a year is December.
_THIRDS = {"early": 0, "mid": 1, "late": 2, "end of": 2}


def _part_of(start: dt.date, end: dt.date, unit: str, part: str) -> tuple[dt.date, dt.date]:
    """The ``part`` (``early``, ``mid``, ``late``, ``end of``) of the ``unit`` from ``start`` to
    ``end``."""
    third = _THIRDS[part]
    if unit == "year":
        if part == "end of":
            return start.replace(month=12, day=1), end
        first = start.replace(month=1 + 4 * third, day=1)
        return first, _add_months(first, 4) - dt.timedelta(days=1)
    if unit == "week":
        first = start + dt.timedelta(days=2 * third)
        return first, (end if third == 2 else first + dt.timedelta(days=1))
    first = start.replace(day=1 + 10 * third)
    return first, (end if third == 2 else first + dt.timedelta(days=9))


def _part_of_month(match: re.Match[str], text: str, anchor: dt.date) -> _Resolved | None:
    month = month_number(match["pm"])
    if month is None:
        return None
    part = " ".join(match["part"].lower().split())
    if match["py"]:
        year, rule, confidence = int(match["py"]), TimeRule.EXPLICIT_DATE, 1.0
    else:
        middle = resolve_month_day(month, 15, anchor, future=_future(text, match.start()))
        if middle is None:
            return None
        year, rule, confidence = middle.year, TimeRule.PART_OF_MONTH, 0.85
    start = dt.date(year, month, 1)
    end = start.replace(day=_month_length(year, month))
    first, last = _part_of(start, end, "month", part)
    return first, last, rule, confidence, ()


def _resolve(match: re.Match[str], text: str, anchor: dt.date, day_first: bool) -> _Resolved | None:
    if match["w1"]:
        return _weekday_range(match, text, anchor)
    if match["m"] or match["m2"]:
        return _month_day(match, text, anchor)
    if match["pm"]:
        return _part_of_month(match, text, anchor)
    if match["n1"]:
        a, b, year = int(match["n1"]), int(match["n2"]), int(match["ny"])
        day, month = (a, b) if day_first else (b, a)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        return date, date, TimeRule.NUMERIC_DATE, 0.9, ()
    if match["w"]:
        weekday = weekday_number(match["w"]) or 0
        modifier = (match["mod"] or "").lower()
        future = modifier in ("next", "until", "by") or (
            modifier != "last" and _future(text, match.start())
        )
        past_day = resolve_weekday(weekday, anchor)
        future_day = resolve_weekday(weekday, anchor, future=True)
        if modifier == "next" and future_day == anchor:
            future_day += dt.timedelta(days=7)
        if modifier == "last" and past_day == anchor:
            past_day -= dt.timedelta(days=7)
        chosen, other, reading = (
            (future_day, past_day, Reading.PAST)
            if future
            else (past_day, future_day, Reading.FUTURE)
        )
        alternatives = (
            () if chosen == other else (new_date_range(start=other, end=other, reading=reading),)
        )
        rule = TimeRule.WEEKDAY_FUTURE if future else TimeRule.WEEKDAY_PAST
        return chosen, chosen, rule, 0.8, alternatives
    return None


# A unit of a period in months, or else in days.
_UNIT_MONTHS = {"month": 1, "year": 12}
_UNIT_DAYS = {"day": 1, "week": 7}
# The rule of ``last week``, ``next month``, ``this year`` by its unit.
_RELATIVE_RULES = {
    "week": TimeRule.RELATIVE_WEEK,
    "month": TimeRule.RELATIVE_MONTH,
    "year": TimeRule.RELATIVE_YEAR,
}


def _relative(match: re.Match[str], anchor: dt.date) -> _Resolved:
    day = dt.timedelta(days=1)
    if match["beyond"]:  # the day before yesterday, the day after tomorrow
        date = anchor + (2 * day if match["beyond"].lower().startswith("after") else -2 * day)
        return date, date, TimeRule.RELATIVE_DAY, 0.9, ()
    if match["day"]:
        word = match["day"].lower()
        date = anchor + {"yesterday": -day, "today": 0 * day, "tomorrow": day}[word]
        return date, date, TimeRule.RELATIVE_DAY, 0.9, ()
    week_start = anchor - dt.timedelta(days=anchor.weekday())
    if match["weekend"]:
        which = " ".join(match["weekend"].lower().split())
        saturday = week_start + 5 * day
        # (``over the weekend``: the last one on or before the anchor)
        shifts = {"this": 0, "last": -7, "next": 7, "over the": 0 if anchor >= saturday else -7}
        shift = shifts[which]
        saturday += shift * day
        return saturday, saturday + day, TimeRule.RELATIVE_WEEKEND, 0.85, ()
    if match["period"]:
        count_word = (match["count"] or "1").lower()
        count = NUMBER_WORDS.get(count_word) or int(count_word)
        unit = match["period"].lower().rstrip("s")
        back = match["way"].lower() in ("past", "last")
        sign = -1 if back else 1
        if unit in _UNIT_MONTHS:
            other = _add_months(anchor, sign * count * _UNIT_MONTHS[unit])
        else:
            other = anchor + sign * count * _UNIT_DAYS[unit] * day
        if back:
            return other, anchor, TimeRule.RELATIVE_PERIOD, 0.85, ()
        return anchor, other, TimeRule.RELATIVE_PERIOD, 0.85, ()
    which = match["which"].lower()
    unit = match["unit"].lower()
    part = " ".join((match["part"] or "").lower().split())
    month_start = anchor.replace(day=1)
    year_start = anchor.replace(month=1, day=1)
    shift = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "week":
        start = week_start + 7 * shift * day
        end = start + 6 * day
    elif unit == "month":
        start = _add_months(month_start, shift)
        end = start.replace(day=_month_length(start.year, start.month))
    else:
        start = year_start.replace(year=anchor.year + shift)
        end = start.replace(month=12, day=31)
    if part == "earlier" and which == "this":
        end = anchor
    elif part == "later" and which == "this":
        start = anchor
    elif part in _THIRDS:
        start, end = _part_of(start, end, unit, part)
    return start, end, _RELATIVE_RULES[unit], 0.85, ()
