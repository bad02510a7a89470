"""What the fuzz targets share: which exceptions are answers, and which are known findings.

A target's call may raise :class:`newsmodel.NewsModelError` (an answer, never a finding). Anything
else is a finding, unless its type is named in the ``NEWSMODEL_FUZZ_KNOWN`` environment variable
(comma-separated, ``UnicodeDecodeError,RecursionError``): a way to fuzz on past a finding that is
recorded (tests/test_fuzz_findings.py) but not fixed yet. Leave it empty for a real run.
"""

from __future__ import annotations

import os

import newsmodel

KNOWN = frozenset(filter(None, os.environ.get("NEWSMODEL_FUZZ_KNOWN", "").split(",")))


def is_answer(exc: BaseException) -> bool:
    """Whether ``exc`` is an answer (a NewsModelError) or a known finding skipped on purpose."""
    return isinstance(exc, newsmodel.NewsModelError) or type(exc).__name__ in KNOWN
