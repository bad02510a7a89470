"""The Associated Press: ``COLUMBIA, S.C. (AP) —``, ``(AP Photo/Evan Vucci)``, ``By JANE DOE``.

Conventions:

- Dateline ``PLACE[, STATE or COUNTRY] (AP) —`` with no date today (``WASHINGTON (AP) —``,
  ``HANOI, Vietnam (AP) —``, state abbreviations ``S.C.``, ``Calif.``, ``N.M.``); ``--`` in plain
  text, ``_`` in ANPA 1312 wire files (``ATLANTA (AP) _``). The dash is always there.
- Bylines above the dateline: ``By CHARLES ODUM`` (ANPA: ``By CHARLES ODUM=`` then ``AP Sports
  Writer=``), ``By JANE DOE, Associated Press``, ``By JANE DOE and JOHN ROE``.
- Marks (ANPA header lines and notes): ``BC-...`` slugs, ``Eds: ...``, ``AP Photo XNP101, ...``,
  ``APNewsAlert``, ``Associated Press=``, ``EDITOR'S NOTE — ...``.
- Sign-offs: ``Associated Press writer Jane Doe in Atlanta contributed to this report.``,
  ``Copyright 2019 The Associated Press. All rights reserved. ...``, ANPA trailers
  ``AP-WF-06-29-17 2350GMT``.
- Photo credits ``(AP Photo/Evan Vucci)``, ``(AP Photo/Evan Vucci, File)``, ``(AP Photo)``;
  aggregators write ``Photo: Name / Associated Press``.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = ("AP", "Associated Press", "The Associated Press")

# What follows the names: the agency or a desk title (``AP Sports Writer``, ``AP Business Writer``).
_AFFILIATION = (
    r"(?:(?:The )?Associated Press(?: Writers?)?"
    r"|AP(?: [A-Z][\w\-]{0,40}+){0,3}? (?:Writers?|Correspondent|Editor|Reporter|Columnist))"
)
# A name in a byline, upper case (``CHARLES ODUM``, ``ALMUDENA CALATRAVA``) or title case; a name
# stops where the affiliation begins (``MARY ANN ROSSI AP Business Writer``).
_WORD = r"[A-Z][\w.'’\-]*+"
_JOINER = r"(?:de|da|van|von|der|del|la|le|bin|al) "
_NAME = rf"{_WORD}(?: (?!(?:The )?Associated Press\b|AP\b)(?:{_JOINER})?{_WORD})*+"
_NAMES = rf"{_NAME}(?:(?:, (?!{_AFFILIATION})| and | & ){_NAME})*+"
_ANPA_END = r"\s?[=<]?"

FORMAT = WireFormat(
    name="ap",
    label="Associated Press",
    agencies=_AGENCIES,
    # The dateline with its dash (``(AP) —``, ``(AP) --``, ANPA ``(AP) _``), so that
    # ``Andhra Pradesh (AP)`` in Indian copy does not count; or the agency line under an ANPA
    # byline (``Associated Press=``), or a line of its own (``\nAssociated Press\n``).
    signature=re.compile(
        r"\(AP\) ?(?:--|[—–_\-])|\^?Associated Press=|(?:^|\n)Associated Press\r?\n"
    ),
    example="COLUMBIA, S.C. (AP) —",
    photo_agencies=("AP Images",),
    marks=(
        # ANPA lines may keep their control characters (STX) when no reader has cleaned them.
        re.compile(r"[\x00-\x1f]*\^?BC-\S.*"),
        re.compile(r"\^?\(?Eds?:.*"),
        re.compile(r"\^?AP Photos? [A-Z]{2}[A-Z\d]*\d(?:, ?[A-Z]{2}[A-Z\d]*\d)*\s?<?"),
        re.compile(r"\^?APNewsAlert\s?<?"),
        re.compile(rf"\^?{_AFFILIATION}{_ANPA_END}"),
        re.compile(r"\^?EDITOR['’]S NOTE\s?[—:_].*"),
    ),
    bylines=(
        re.compile(
            rf"\^?By (?P<names>{_NAMES})(?:,? ?{_AFFILIATION})?{_ANPA_END}"
            rf"(?:\s\^?{_AFFILIATION}{_ANPA_END})?"
        ),
    ),
    sign_offs=(
        re.compile(
            r"(?:_+\s)?(?:The )?(?:Associated Press|AP) (?:[\w\-]++ ){0,8}?(?:[Ww]riters?|[Rr]eporters?"
            r"|[Cc]orrespondents?|[Vv]ideojournalists?|[Pp]hotographers?|[Rr]esearchers?|[Pp]roducers?"
            r"|[Jj]ournalists?|staff)\b.*?\bcontributed(?: to)?"
            r"(?: this| the)? (?:report|story|reporting)\.?"
        ),
        re.compile(r"(?:Copyright|©)\s?(?:\d{4}\s)?(?:The )?Associated Press\b.*"),
        re.compile(r"AP-WF-\d\d-\d\d-\d\d \d{4}\s?GMT\s?<?"),
    ),
)
