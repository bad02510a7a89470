"""Reuters: ``NEW YORK, Aug 10 (Reuters) -``, ``REUTERS/Kevin Lamarque``, ``(Reporting by ...)``.

Conventions:

- Dateline ``PLACE[, REGION][/PLACE][, DATE] (Reuters) -``; today usually without a date
  (``KYIV (Reuters) -``), older copy with a bare month (``Aug 10``, no period). Web copy may drop
  the place (``(Reuters) —``). Several cities share one dateline: ``SURABAYA, Indonesia/JAKARTA``.
- Reuters-21578 records have no agency token: ``WASHINGTON, Feb 26 -``.
- Marks above the story (whole paragraphs): ``REFILE``, ``UPDATE 1``, ``EXCLUSIVE``, ``CORRECTED``,
  chained with hyphens (``REFILE-UPDATE 2``); editors' notes ``(Corrects name in paragraph 3)``.
- Bylines ``By Michael Gelb, Reuters`` / ``By Jane Doe and John Roe``.
- Sign-offs: ``Reuter`` (1980s wire), ``(Reporting by A; Editing by B)``, ``(Additional reporting
  by ...)``, corrections ``(This story has been corrected to ...)``, ``© Reuters`` trailers.
- Photo credits ``REUTERS/Name``, ``REUTERS/Name/File Photo``; gallery captions ``1 of 18.`` often
  carry no credit at all.
"""

from __future__ import annotations

import re

from .base import WireFormat

_AGENCIES = (
    "Reuters",
    "REUTERS",
    "Thomson Reuters Foundation",
    "Reuters Health",
    "Reuters Breakingviews",
)

# A person's name in a byline: ``Michael Gelb``, ``Andrea Shalal``, ``Ben Blanchard``.
_NAME = r"[A-Z][\w.'’\-]*+(?: (?:(?:de|da|van|von|der|del|la|le|bin|al) )?[A-Z][\w.'’\-]*+)*+"
_NAMES = rf"{_NAME}(?:(?:, (?!Reuters\b)| and | & ){_NAME})*+"
# A bracketed paragraph, allowing one level of inner brackets: ``(Reporting by A (in Kyiv); ...)``.
_INNER = r"[^()]*(?:\([^()]*\)[^()]*)*"
_MARK = (
    r"(?:REFILE|RPT|REPEAT|CORRECTED|CORRECTION|UPDATE \d+|WRAPUP(?: \d+)?|EXCLUSIVE|ANALYSIS"
    r"|INSIGHT|FOCUS|FACTBOX|EXPLAINER|TIMELINE|SPECIAL REPORT|BREAKINGVIEWS|BUZZ|BRIEF|COLUMN"
    r"|FEATURE|GRAPHIC|REUTERS POLL|POLL)"
)

FORMAT = WireFormat(
    name="reuters",
    label="Reuters",
    agencies=_AGENCIES,
    # The dateline bracket (``(Xinhua/Reuters)`` is Xinhua's and does not match), or the record
    # tag of Reuters-21578 files, whose datelines carry no agency.
    signature=re.compile(
        r"\((?:Thomson )?Reuters(?: Foundation| Health| Breakingviews)?\)|<REUTERS\b"
    ),
    # Web galleries put ``1 of 18.`` before a caption that carries no credit.
    captions=(re.compile(r"\d{1,3} of \d{1,3}\.\s.+"),),
    example="NEW YORK, Aug 10 (Reuters) -",
    marks=(
        re.compile(rf"{_MARK}(?:\s?[—–\-]\s?{_MARK})*"),
        # Editors' notes at the top of an updated story.
        re.compile(
            r"\((?:Corrects|Adds|Updates|Recasts|Refiles|Repeats|Changes|Removes|Fixes|Rewrites"
            rf"|Clarifies|Inserts|Deletes|Moves|Writes through)\b{_INNER}\)"
        ),
    ),
    bylines=(re.compile(rf"By (?P<names>{_NAMES})(?:,? (?:Thomson )?Reuters)?"),),
    sign_offs=(
        re.compile(r"Reuter|REUTER"),
        re.compile(
            r"\((?:(?:Additional|Further) )?(?:[Rr]eporting|Writing|Editing|Compiled|Compiling"
            rf"|Graphics|Research|Produced|Translated|Fact-?checking)\b{_INNER}\)\.?"
        ),
        re.compile(
            r"\(This (?:story|article|version) (?:has been|was|is)"
            rf" (?:corrected|refiled|updated|changed)\b{_INNER}\)\.?"
        ),
        re.compile(r"(?:©|\(c\)|Copyright)\s?(?:\d{4}\s)?(?:Thomson )?Reuters\b.*"),
        re.compile(r"Our Standards: The Thomson Reuters Trust Principles\.?"),
    ),
    photo_agencies=("Reuters Pictures", "Reuters TV"),
)
