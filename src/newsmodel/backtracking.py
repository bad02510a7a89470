"""A static check that a regular expression cannot backtrack without end.

Python's ``re`` is a backtracking engine: a pattern that can match the same text in many ways takes
time that grows exponentially (or as a high power) with the input when the match fails. Every
pattern newsmodel uses, and every pattern a wire format supplies, must run in linear time. This
module reads a compiled pattern's parse tree (the engine's own parser, so it sees exactly what the
engine runs) and reports the shapes that make the engine's work grow faster than the text:

``nested``
    a repeated group holding a variable-length repeat whose characters can also begin the group's
    next round: ``(?:[^,]+|\\.)+``, ``(\\w+\\s?)+``. The text can be divided among the rounds in
    exponentially many ways.
``ambiguous-branch``
    a repeated group whose alternatives can begin with the same character and one of them repeats
    without bound: ``(?:\\w+|\\d)+``.
``empty-loop``
    a repeated group that can match the empty string: ``(?:a?)*``.
``adjacent``
    two long repeats over overlapping characters with nothing but optional parts between them:
    ``\\s*\\S*\\s*``, ``[a-z]+[a-z]*``. The split point between them can be anywhere: quadratic.
``lookaround``
    a look-ahead that may scan without bound (it runs again at every position tried).

Possessive repeats (``x++``) and atomic groups (``(?>...)``) never give back what they took, so what
lies inside them is not a source of backtracking; they are the usual cure, with bounded repeats
(``{0,200}``) and plain code over tokens where a pattern cannot say a thing safely.

The check is conservative about the shapes above: it may report one that a proof shows to be safe
in context (an allow-list with that proof is the place for it). It does not see every ambiguity:
alternatives of the same bounded length that match the same text (``(?:a\\d|\\w1)+``) pass, as do
patterns that are slow only under ``search`` (``[a-z]+x`` tried at every start). The growth tests
over adversarial text are the second line of defence. Character
classes are compared on a sample alphabet (ASCII, Latin-1, Latin Extended-A and the punctuation,
spaces and marks of wire copy), which is what the patterns here distinguish.

>>> import re
>>> [f.rule for f in check(re.compile(r"(?:[^,;]+|\\.)+,"))]
['nested', 'ambiguous-branch']
>>> check(re.compile(r"(?:[^,;]++|\\.)++,"))
[]
>>> [f.rule for f in check(re.compile(r"\\s*\\S*\\s*x"))]
['adjacent']
>>> check(re.compile(r"[A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,3}"))
[]
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

__all__ = ["Finding", "check"]

# The engine's own parser and opcodes (private modules, stable from Python 3.11 to 3.13; the
# public ``sre_parse`` alias is deprecated).
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_UNBOUNDED: int = int(_c.MAXREPEAT)  # the parser's upper bound of ``*`` and ``+``

#: Repeats whose upper bound is above this count as unbounded: a bounded repeat costs a constant.
LONG = 100

_SAMPLE = "".join(chr(i) for i in range(0x180)) + (
    "\u2009\u200b\u200c\u200d\u200e\u200f\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019"
    "\u201c\u201d\u2026\u2028\u2029\u202f\u2060\u3000\u3001\u3002\uff08\uff09\uff0c\ufeff"
    "\u4e2d\u0416\u03b1"
)
_ALL = frozenset(_SAMPLE)
_ALL_PLACEHOLDER = _ALL
# Each sample character's other cases among the samples, for case-blind patterns.
_CASES: dict[str, tuple[str, ...]] = {}
for _ch in _SAMPLE:
    for _other in {_ch.lower(), _ch.upper(), _ch.swapcase(), _ch.casefold()}:
        if _other != _ch and _other in _ALL:
            _CASES[_ch] = (*_CASES.get(_ch, ()), _other)


@attrs.frozen
class Finding:
    """One shape that can make the engine backtrack: which rule, and the part of the pattern."""

    rule: str
    detail: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.detail}"


def check(
    pattern: re.Pattern[str] | re.Pattern[bytes] | str | bytes, flags: int = 0
) -> list[Finding]:
    """Every shape in ``pattern`` (of text or of bytes) that can take more than linear time (empty
    when it is safe)."""
    source: str | bytes
    if isinstance(pattern, re.Pattern):
        source, flags = pattern.pattern, pattern.flags
    else:
        source = pattern
    tree = _parser.parse(source, flags)
    checker = _Checker(bool(tree.state.flags & re.IGNORECASE))
    checker.sequence(list(tree), in_loop=False)
    return checker.findings


@attrs.frozen
class _Info:
    """What a piece of pattern can consume."""

    first: frozenset[str]  # characters it can begin with
    chars: frozenset[str]  # characters it can consume anywhere
    min: int
    max: int  # _c.MAXREPEAT for no bound
    second: frozenset[str] = _ALL_PLACEHOLDER  # characters its second can be (all when unknown)
    rounds: int = 1  # for a repeat, how many rounds it may take: the places it can give back

    @property
    def many(self) -> bool:
        """Whether it can give back at more than a bounded number of places."""
        return self.rounds > LONG

    def overlaps(self, other: _Info) -> bool:
        """Whether both can begin with the same two characters (as far as is known)."""
        return bool(self.first & other.first) and bool(self.second & other.second)

    @property
    def nullable(self) -> bool:
        return self.min == 0

    @property
    def variable(self) -> bool:
        return self.min != self.max

    @property
    def long(self) -> bool:
        return self.max > LONG


_EMPTY = _Info(frozenset(), frozenset(), 0, 0, frozenset())


def _add(a: int, b: int) -> int:
    return _UNBOUNDED if _UNBOUNDED in (a, b) else min(a + b, _UNBOUNDED)


def _times(a: int, n: int) -> int:
    if a == 0 or n == 0:
        return 0
    return _UNBOUNDED if _UNBOUNDED in (a, n) else min(a * n, _UNBOUNDED)


class _Checker:
    def __init__(self, ignore_case: bool) -> None:
        self.ignore_case = ignore_case
        self.findings: list[Finding] = []
        # What each node of the tree consumes, computed once (nodes live as long as the check).
        self._infos: dict[tuple[int, bool], _Info] = {}

    def report(self, rule: str, detail: str) -> None:
        finding = Finding(rule, detail)
        if finding not in self.findings:
            self.findings.append(finding)

    # -- what a piece consumes ------------------------------------------------------------------

    def charset(self, items: Sequence[tuple[Any, Any]], ignore_case: bool) -> frozenset[str]:
        """The sample characters an ``IN`` set (or a single-character op) matches."""
        negate = bool(items) and items[0][0] is _c.NEGATE
        found: set[str] = set()
        for op, av in items:
            if op is _c.LITERAL:
                found.add(chr(av))
            elif op in (_c.RANGE, _c.RANGE_UNI_IGNORE):
                lo, hi = av
                found.update(ch for ch in _SAMPLE if lo <= ord(ch) <= hi)
            elif op is _c.CATEGORY:
                found.update(ch for ch in _SAMPLE if _in_category(av, ch))
        if ignore_case:
            found.update(variant for ch in list(found) for variant in _CASES.get(ch, ()))
        return _ALL - found if negate else frozenset(found)

    def info(self, seq: Sequence[tuple[Any, Any]], ignore_case: bool) -> _Info:
        """First characters, characters and length bounds of a sequence of ops."""
        first: set[str] = set()
        chars: set[str] = set()
        low = high = 0
        open_start = True  # every op so far can match empty: the next one's first chars count
        pieces = [self.op_info(op, av, ignore_case) for op, av in seq]
        for piece in pieces:
            if open_start:
                first |= piece.first
                open_start = piece.nullable
            chars |= piece.chars
            low, high = _add(low, piece.min), _add(high, piece.max)
        return _Info(frozenset(first), frozenset(chars), low, high, _second(pieces))

    def op_info(self, op: Any, av: Any, ignore_case: bool) -> _Info:
        key = (id(av), ignore_case)
        if isinstance(av, (list, tuple)):  # (a literal's code point is no node: not memoised)
            known = self._infos.get(key)
            if known is None:
                known = self._infos[key] = self._op_info(op, av, ignore_case)
            return known
        return self._op_info(op, av, ignore_case)

    def _op_info(self, op: Any, av: Any, ignore_case: bool) -> _Info:
        if op is _c.LITERAL:
            one = self.charset([(op, av)], ignore_case)
            return _Info(one, one, 1, 1)
        if op is _c.NOT_LITERAL:
            one = _ALL - self.charset([(_c.LITERAL, av)], ignore_case)
            return _Info(one, one, 1, 1)
        if op is _c.ANY:
            return _Info(_ALL, _ALL, 1, 1)
        if op is _c.IN:
            one = self.charset(av, ignore_case)
            return _Info(one, one, 1, 1)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, body = av
            inner = self.info(body, ignore_case)
            if inner.min >= 2:
                second = inner.second
            elif inner.min == inner.max == 1 and low >= 2:
                second = inner.first
            else:
                second = _ALL
            return _Info(
                inner.first,
                inner.chars,
                _times(inner.min, low),
                _times(inner.max, high),
                second,
                high,
            )
        if op is _c.SUBPATTERN:
            _, add_flags, del_flags, body = av
            return self.info(body, _case(ignore_case, add_flags, del_flags))
        if op is _c.ATOMIC_GROUP:
            return self.info(av, ignore_case)
        if op is _c.BRANCH:
            parts = [self.info(branch, ignore_case) for branch in av[1]]
            return _Info(
                frozenset().union(*(p.first for p in parts)),
                frozenset().union(*(p.chars for p in parts)),
                min(p.min for p in parts),
                max(p.max for p in parts),
                frozenset().union(*(p.second for p in parts)),
            )
        if op is _c.GROUPREF_EXISTS:
            _, yes, no = av
            parts = [self.info(yes, ignore_case), self.info(no or [], ignore_case)]
            return _Info(
                parts[0].first | parts[1].first,
                parts[0].chars | parts[1].chars,
                min(p.min for p in parts),
                max(p.max for p in parts),
            )
        if op is _c.GROUPREF:
            return _Info(_ALL, _ALL, 0, _c.MAXREPEAT)
        return _EMPTY  # AT, ASSERT, ASSERT_NOT: consume nothing

    # -- the rules ------------------------------------------------------------------------------

    def sequence(
        self, seq: Sequence[tuple[Any, Any]], *, in_loop: bool, ignore_case: bool | None = None
    ) -> None:
        """Check a sequence of ops and everything inside it."""
        case = self.ignore_case if ignore_case is None else ignore_case
        self.adjacent(seq, case, in_loop)
        for op, av in seq:
            self.one(op, av, case, in_loop=in_loop)

    def one(self, op: Any, av: Any, ignore_case: bool, *, in_loop: bool) -> None:
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            _, high, body = av
            if high > 1:
                self.loop(body, ignore_case, high)
            self.sequence(body, in_loop=in_loop or high > 1, ignore_case=ignore_case)
        elif op is _c.POSSESSIVE_REPEAT or op is _c.ATOMIC_GROUP:
            # Nothing inside is given back once the group has matched; check only for loops that
            # cannot end (an empty body) and for the rules inside a single round.
            body = av[2] if op is _c.POSSESSIVE_REPEAT else av
            self.sequence(body, in_loop=False, ignore_case=ignore_case)
        elif op is _c.SUBPATTERN:
            _, add_flags, del_flags, body = av
            self.sequence(
                body, in_loop=in_loop, ignore_case=_case(ignore_case, add_flags, del_flags)
            )
        elif op is _c.BRANCH:
            for branch in av[1]:
                self.sequence(branch, in_loop=in_loop, ignore_case=ignore_case)
        elif op is _c.GROUPREF_EXISTS:
            _, yes, no = av
            self.sequence(yes, in_loop=in_loop, ignore_case=ignore_case)
            if no:
                self.sequence(no, in_loop=in_loop, ignore_case=ignore_case)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, body = av
            inner = self.info(body, ignore_case)
            if direction > 0 and inner.variable and inner.max == _c.MAXREPEAT:
                self.report("lookaround", f"a look-ahead that may scan without bound: {body!r}")
            self.sequence(body, in_loop=False, ignore_case=ignore_case)

    def loop(self, body: Sequence[tuple[Any, Any]], ignore_case: bool, rounds: int) -> None:
        """A group repeated more than once: its rounds must divide any text in one way only."""
        whole = self.info(body, ignore_case)
        if whole.nullable:
            self.report("empty-loop", f"a repeated group that can match nothing: {body!r}")
            return
        for inner in self.trailing(body, ignore_case):
            shared = inner.first & whole.first
            if (rounds > LONG or inner.many) and inner.overlaps(whole):
                self.report(
                    "nested",
                    "a variable repeat that can end a round of a repeated group, over characters "
                    f"that can begin the next round ({_show(shared)}): {body!r}",
                )
                break
        if rounds <= LONG:
            return  # a bounded loop: its branches are tried a bounded number of times
        for branches, branch_case in self.branches(body, ignore_case):
            infos = [self.info(b, branch_case) for b in branches]
            for i, a in enumerate(infos):
                for b in infos[i + 1 :]:
                    shared = a.first & b.first
                    if shared and (_c.MAXREPEAT in (a.max, b.max) or a.max == b.max == 1):
                        self.report(
                            "ambiguous-branch",
                            "alternatives of a repeated group that begin alike "
                            f"({_show(shared)}) and one repeats without bound: {body!r}",
                        )

    def trailing(self, seq: Sequence[tuple[Any, Any]], ignore_case: bool) -> Iterator[_Info]:
        """The variable repeats that can end a match of ``seq`` and give characters back (not
        possessive, not inside an atomic group)."""
        for op, av in reversed(seq):
            yield from self.trailing_in(op, av, ignore_case)
            if not self.op_info(op, av, ignore_case).nullable:
                return

    def trailing_in(self, op: Any, av: Any, ignore_case: bool) -> Iterator[_Info]:
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            piece = self.op_info(op, av, ignore_case)
            if piece.variable:
                yield piece
            yield from self.trailing(av[2], ignore_case)
        elif op is _c.SUBPATTERN:
            _, add_flags, del_flags, body = av
            yield from self.trailing(body, _case(ignore_case, add_flags, del_flags))
        elif op is _c.BRANCH:
            for branch in av[1]:
                yield from self.trailing(branch, ignore_case)
        elif op is _c.GROUPREF_EXISTS:
            yield from self.trailing(av[1], ignore_case)
            yield from self.trailing(av[2] or [], ignore_case)

    def branches(
        self, seq: Sequence[tuple[Any, Any]], ignore_case: bool
    ) -> Iterator[tuple[list[Any], bool]]:
        """The alternations inside ``seq`` that backtrack (not inside possessive or atomic parts)."""
        for op, av in seq:
            if op is _c.BRANCH:
                yield av[1], ignore_case
                for branch in av[1]:
                    yield from self.branches(branch, ignore_case)
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
                yield from self.branches(av[2], ignore_case)
            elif op is _c.SUBPATTERN:
                _, add_flags, del_flags, body = av
                yield from self.branches(body, _case(ignore_case, add_flags, del_flags))

    def adjacent(self, seq: Sequence[tuple[Any, Any]], ignore_case: bool, in_loop: bool) -> None:
        """What a repeat can give back must not also begin a later variable part: else the split
        between them can fall anywhere (quadratic; exponential inside a loop). Outside loops only
        long repeats count."""
        items = [(op, av, self.op_info(op, av, ignore_case)) for op, av in seq]
        for i, (op, av, _) in enumerate(items):
            for left in self.trailing_in(op, av, ignore_case):
                if not (in_loop or left.many):
                    continue
                for _, later, right in items[i + 1 :]:
                    if right.variable and (in_loop or right.long) and left.overlaps(right):
                        self.report(
                            "adjacent",
                            "a repeat can give back what a later variable part can begin with "
                            f"({_show(left.first & right.first)}): {av!r} then {later!r}",
                        )
                        return
                    # a required part fixes the split unless it can begin where the give-back does
                    # (``[a-z]*a[a-z]*``: the ``a`` can be any of the letters)
                    if not right.nullable and not (right.first & left.first):
                        break


def _first(pieces: Sequence[_Info]) -> tuple[frozenset[str], bool]:
    """The characters a row of pieces can begin with, and whether it can match nothing."""
    first: set[str] = set()
    for piece in pieces:
        first |= piece.first
        if not piece.nullable:
            return frozenset(first), False
    return frozenset(first), True


def _second(pieces: Sequence[_Info]) -> frozenset[str]:
    """The characters the second character of a row of pieces can be (all, when not known)."""
    consuming = [p for p in pieces if p.max > 0]  # (assertions and anchors consume nothing)
    if not consuming:
        return _ALL
    head, rest = consuming[0], consuming[1:]
    rest_first, rest_nullable = _first(rest)
    if head.min >= 2:
        return head.second
    if rest_nullable:
        return _ALL
    if head.min == head.max == 1:
        return rest_first
    if head.min == 0 and head.max == 1:  # an optional character: the second is after it or not
        return rest_first | _second(rest)
    return _ALL


def _case(ignore_case: bool, add_flags: int, del_flags: int) -> bool:
    if add_flags & re.IGNORECASE:
        return True
    if del_flags & re.IGNORECASE:
        return False
    return ignore_case


def _in_category(category: Any, ch: str) -> bool:
    name = str(category)
    negated = "NOT_" in name
    if "DIGIT" in name:
        hit = ch.isdigit()
    elif "SPACE" in name:
        hit = ch.isspace()
    elif "WORD" in name:
        hit = ch.isalnum() or ch == "_"
    elif "LINEBREAK" in name:
        hit = ch == "\n"
    else:
        hit = True
    return hit != negated


def _show(chars: frozenset[str]) -> str:
    shown = "".join(sorted(chars)[:12])
    return repr(shown + ("..." if len(chars) > 12 else ""))
