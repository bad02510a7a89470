"""The pipeline's stages: text -> blocks -> recognised parts -> a validated :class:`~newsmodel.Article`.

:func:`run` splits a story into blocks, finds its dateline, gives every block a kind (header, date
line, caption, body, sign-off, ...) and assembles the article from what the recognisers find.
:func:`newsmodel.parse` (in :mod:`newsmodel.parsing`) checks its input, chooses the wire format
and calls it.

>>> from newsmodel.formats import get
>>> article = run("BEIJING, Oct. 11 (Xinhua) -- Chinese Premier Li Qiang spoke on Friday.", get("xinhua"))
>>> article.dateline.place, [p.name for p in article.people]
('BEIJING', ['Li Qiang'])
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ._regex import either, widest
from .formats.base import WireFormat
from .formats.registry import Snapshot
from .formats.registry import default_registry as _registry
from .lexicon import Lexicon, lexicon_with
from .models import (
    Article,
    Byline,
    Credit,
    Dateline,
    DateResolution,
    Diagnostic,
    Paragraph,
    Segment,
    SegmentKind,
    Span,
    new_article,
    new_paragraph,
    new_segment,
)
from .recognisers.bylines import read_byline
from .recognisers.captions import CaptionPart, PhotoIndex, find_credit, group_captions
from .recognisers.datelines import (
    DatelineParts,
    dateline_like,
    match_dateline_parts,
    may_open_dateline,
    read_dateline_parts,
    resolve_parts,
)
from .recognisers.dates import impossible_date
from .recognisers.furniture import is_furniture, lead_prefix, publication_date
from .recognisers.people import find_people
from .recognisers.times import find_times
from .text import Block, line_column, split_block, split_blocks

__all__ = ["run", "story_anchor"]

# A paragraph cut short by a web page: ``... more``
# Control characters that are not white space: C0 (NUL included), DEL and C1 (NEL is white space).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# The ASCII ones, each looked for alone in an ASCII story: ``in`` runs at memchr speed, where the
# class scan above (or deleting every other character) looks at each character in turn.
_ASCII_CONTROLS = tuple(chr(c) for c in range(0x80) if _CONTROL.match(chr(c)) is not None)
# UTF-8 read as Windows-1252 or Latin-1: ``Ã©`` for é, ``Â `` for a no-break space, ``â€™`` for ’.
_MOJIBAKE = re.compile(r"[ÃÂ][\u0080-\u00bf]|â€")
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*(?:more)?$")
# A caption that ends in a full date: ``... in Mumbai May 13, 2014.``
_ENDS_WITH_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\.?$")
# How far into the story a dateline may stand (header, date line, captions, marks come first).
_DATELINE_REACH = 12
# A headline is short and does not end like a sentence (see _looks_like_headline).
_HEADLINE_MAX = 160
# What a headline may open with besides a capital letter or a figure: a quotation mark, a bracket
# (``(CORRECTED)-...``, ``<CINRAM LTD> 4TH QTR NET``), an apostrophe.
_HEADLINE_OPENERS = "\"'“‘(<["
# The ends of a paragraph that is a sentence or a piece of one, not a title.
_SENTENCE_ENDS = (".", ",", ":", ";", "…")
# A quotation that closes a headline (``... "VERY SOON"``) rather than a quoted sentence
# (``... she said, "we will."``): nothing that ends a sentence or a clause stands before it.
_QUOTE_CLOSES = ('"', "”", "'", "’")
# An abbreviation that ends a headline without making it a sentence: ``U.S.``, ``L.P.``, ``S.A.``
_FINAL_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,4}$")
# The most characters it spans (four letters, each with its full stop).
_ABBREVIATION_MAX = 8
# The kinds the loops over every paragraph test and give, read once: on Python 3.11 a member read
# through its class passes EnumType's __getattr__ hook, 900 instructions a read (a global is 80).
_BODY = SegmentKind.BODY
_CAPTION = SegmentKind.CAPTION
_DATELINE = SegmentKind.DATELINE
_SIGN_OFF = SegmentKind.SIGN_OFF
_UNPARSED = SegmentKind.UNPARSED


def run(
    text: str,
    fmt: WireFormat,
    formats: Snapshot | None = None,
    *,
    published: dt.date | None = None,
) -> Article:
    """The article of the story ``text``, written in the wire format ``fmt``.

    ``formats`` is the registry's view the whole parse uses (the generic format's datelines and
    sign-offs, every agency's name for credits); by default the default registry's current one.
    ``published`` is the publication date (or datetime) the caller knows, if any: it is the
    article's ``published`` and the first anchor of its dates (see :func:`story_anchor`).
    """
    story = _Story(text, fmt, _registry.snapshot() if formats is None else formats)
    story.given = published
    _find_dateline(story)
    _classify(story)
    _notice_input(story)
    return _assemble(story)


class _Story:
    """What the pipeline has found so far: one mutable workspace per parse, never returned."""

    def __init__(self, source: str, fmt: WireFormat, formats: Snapshot) -> None:
        self.source = source
        self.fmt = fmt
        self.blocks = split_blocks(source)
        # Every format's own sign-offs and datelines are followed by the generic format's.
        self.sign_offs = fmt.sign_offs
        self.datelines = fmt.datelines
        generic = formats.generic
        if generic is not None and generic is not fmt and fmt.name != "generic":
            self.sign_offs += generic.sign_offs
            self.datelines += generic.datelines
        # (tried on every body paragraph: as one pattern where joining them changes no match)
        self.sign_offs = either(self.sign_offs)
        self.agencies = formats.agency_names
        # the default lexicon with the format's words, built once per format (lexicon_with caches)
        self.lexicon = lexicon_with(fmt.lexicon)
        self.kinds: list[SegmentKind | None] = [None] * len(self.blocks)
        self.headline: str | None = None
        self.given: dt.date | None = None  # the publication date the caller knows
        self.published: dt.date | None = None  # (a datetime where the text gives the time)
        self.updated: dt.date | None = None  # the first ``Updated: ...`` line
        # the dateline as read: its model is built once, with its date resolved (_assemble)
        self.dateline: DatelineParts | None = None
        self.dateline_index: int | None = None
        self.body_offset = 0  # where the body starts inside the dateline block
        self.captions: list[CaptionPart] = []
        self.credited: dict[str, CaptionPart] = {}  # the first credited caption of each text
        # The captions so far, for truncated copies: keyed only when a paragraph that may be one
        # is looked up (most stories have none; keying each caption cost 5K instructions a story).
        # Every caption's text is added, in order: a repeat as written adds nothing new.
        self._seen = PhotoIndex()
        self._indexed = 0  # how many of the captions are in it
        self.bylines: list[Byline] = []
        self.diagnostics: list[Diagnostic] = []
        # the credit found at the end of each paragraph (by identity: the blocks live as long)
        self._credits: dict[int, tuple[Credit, int] | None] = {}

    def credit(self, block: Block) -> tuple[Credit, int] | None:
        """The credit that ends ``block`` (:func:`find_credit`), read once per paragraph."""
        key = id(block)
        if key in self._credits:
            return self._credits[key]
        found = self._credits[key] = find_credit(
            block, self.agencies, self.fmt.credits, self.lexicon
        )
        return found

    def seen(self, text: str) -> bool:
        """Whether ``text`` shows the photo of a caption so far (:class:`PhotoIndex`)."""
        for part in self.captions[self._indexed :]:
            self._seen.add(part.text)
        self._indexed = len(self.captions)
        return text in self._seen

    def diagnose(self, code: str, message: str, span: Span) -> None:
        line, column = line_column(self.source, span.start)
        self.diagnostics.append(
            Diagnostic(code=code, message=message, span=span, line=line, column=column)
        )


def _notice_input(story: _Story) -> None:
    """What the text itself shows that a reader should know: control characters, mojibake, a
    dateline date no calendar has. Everything is kept as written; the diagnostics say where."""
    text = story.source
    clean = text.isascii() and not _any_in(_ASCII_CONTROLS, text)
    control = None if clean else _CONTROL.search(text)
    if control is not None:
        count = len(_CONTROL.findall(text))
        story.diagnose(
            "control-characters",
            f"{count} control character(s), the first U+{ord(control.group()):04X}; "
            "kept as written",
            Span(start=control.start(), end=control.end()),
        )
    garbled = _MOJIBAKE.search(text) if not text.isascii() else None
    if garbled is not None:
        story.diagnose(
            "mojibake",
            f"{garbled.group()!r} looks like UTF-8 read as Windows-1252 or Latin-1; "
            "kept as written",
            Span(start=garbled.start(), end=garbled.end()),
        )
    dateline = story.dateline
    if dateline is not None and dateline.date_text and impossible_date(dateline.date_text):
        story.diagnose(
            "impossible-date",
            f"the dateline's date {dateline.date_text!r} is not a day of the calendar; "
            "the dateline keeps it as written, with no date",
            dateline.span,
        )


def _any_in(characters: tuple[str, ...], text: str) -> bool:
    """Whether one of ``characters`` occurs in ``text``: a plain loop of ``in`` tests (a generator
    for ``any`` cost 30K instructions a story, the loop 24K)."""
    for character in characters:  # noqa: SIM110 (see above)
        if character in text:
            return True
    return False


def _find_dateline(story: _Story) -> None:
    """The dateline grammar first (it takes a dateline without an agency only in the story's first
    paragraph, after a title, a byline or a date line, which are short); else the shapes a format
    adds through its own patterns (:attr:`~newsmodel.formats.base.WireFormat.datelines`)."""
    found = _first_dateline(story)
    if found is not None:
        index, (story.dateline, story.body_offset) = found
        story.dateline_index = index
        story.kinds[index] = SegmentKind.DATELINE
        return
    # The first paragraph (the first block that is no short title line) may open like a dateline
    # that no rule reads: say so, so that a reader (and --strict) sees it.
    for block in story.blocks[:_DATELINE_REACH]:
        if len(block.text) > _HEADLINE_MAX or block.text.endswith((".", '"', "”")):
            end = dateline_like(block.text, story.agencies, story.lexicon)
            if end is not None:
                story.diagnose(
                    "unread-dateline",
                    f"the story opens like a dateline ({block.text[:end]!r}) that no rule reads",
                    block.span(0, end),
                )
            break


def _first_dateline(story: _Story) -> tuple[int, tuple[DatelineParts, int]] | None:
    blocks = story.blocks[:_DATELINE_REACH]
    lead = True
    for index, block in enumerate(blocks):
        found = read_dateline_parts(block, story.agencies, agencyless=lead, lexicon=story.lexicon)
        if found is not None and (found[0].agencies or not _credited(story, block)):
            # (a paragraph that ends in a photo credit is a caption: ``Chennai: Residents wade
            # ... (PTI Photo/Name)`` opens with its place, as a dateline without agency would)
            return index, found
        if (
            lead
            and (cut := lead_prefix(block.text))
            and cut < len(block.text)
            and may_open_dateline(block.text, cut)
        ):
            # What a scraper left before the dateline on its line: the dateline opens a paragraph
            # of its own after it, and the piece before is read like any paragraph of the lead.
            head, rest = split_block(block, cut)
            found = read_dateline_parts(
                rest, story.agencies, agencyless=True, lexicon=story.lexicon
            )
            if found is not None:
                story.blocks[index : index + 1] = [head, rest]
                # (a header's date is read as a publication line; the rest is page furniture)
                dated = publication_date(head.text, first=index == 0, lexicon=story.lexicon)
                story.kinds.insert(index, None if dated else SegmentKind.FURNITURE)
                return index + 1, found
        # The lead runs through the short lines above a story (a title, a byline, a date line)
        # and its photos' captions.
        lead = lead and (len(block.text) <= _HEADLINE_MAX or _credited(story, block))
    for index, block in enumerate(blocks):
        found = match_dateline_parts(block, story.datelines)
        if found is not None:
            return index, found
    return None


def _credited(story: _Story, block: Block) -> bool:
    """Whether a paragraph ends in a photo credit."""
    return story.credit(block) is not None


def _classify(story: _Story) -> None:
    """Give every block a kind: the lead above the body, then body, captions and sign-offs."""
    agencies = story.agencies
    kinds = story.kinds
    blocks = story.blocks
    start = len(blocks)  # where the body starts
    for index, block in enumerate(blocks):
        if kinds[index] is _DATELINE:
            start = index + 1
            break
        if kinds[index] is not None:
            continue  # known before: what a scraper left on the dateline's line
        kind = _lead_kind(story, index, block, agencies)
        if kind is not None:
            kinds[index] = kind
        elif story.dateline_index is not None:
            kinds[index] = _UNPARSED
            story.diagnose(
                "before-dateline",
                "text before the dateline is neither a date, a caption, a headline, a mark "
                "nor a byline",
                block.span(),
            )
        else:
            start = index  # a story without a dateline: its body starts here
            break
    # The body: one plain loop over what is left (no test of the lead's in each paragraph).
    sign_offs = story.sign_offs
    width = widest(sign_offs)  # (a longer paragraph is no sign-off; read once per set, cached)
    for index in range(start, len(blocks)):
        if kinds[index] is not None:
            continue
        block = blocks[index]
        if _caption(story, block, agencies) or _truncated_copy(story, block):
            kinds[index] = _CAPTION
        elif (width is None or len(block.text) <= width) and _matches_whole(sign_offs, block.text):
            kinds[index] = _SIGN_OFF
        else:
            kinds[index] = _BODY


def _lead_kind(
    story: _Story, index: int, block: Block, agencies: frozenset[str]
) -> SegmentKind | None:
    """What a paragraph above the body is, or None if it is none of the lead's parts."""
    text = block.text
    dated = publication_date(
        text, first=index == 0, day_first=story.fmt.day_first, lexicon=story.lexicon
    )
    if dated is not None:
        _note_publication(story, dated.when, block, updated=dated.updated)
        if dated.headline is not None:
            story.headline = dated.headline
            return SegmentKind.HEADER
        return SegmentKind.DATE_LINE
    if _caption(story, block, agencies):
        return SegmentKind.CAPTION
    if story.dateline_index is not None and _uncredited_caption(story.fmt, text):
        story.captions.append(CaptionPart(block, text, None))
        return SegmentKind.CAPTION
    if _matches_whole(story.fmt.marks, text):
        return SegmentKind.MARK
    byline = _byline(block, story.fmt, agencies, story.lexicon)
    if byline is not None:
        story.bylines.append(byline)
        return SegmentKind.BYLINE
    if is_furniture(text, story.lexicon):
        return SegmentKind.FURNITURE
    if _looks_like_headline(text) and _followed(story, index):
        if story.headline is None:
            story.headline = text.removesuffix(" =").strip()
            return SegmentKind.HEADLINE
        if story.dateline_index is None:
            return SegmentKind.FURNITURE  # a subhead or a label above a story without dateline
    return None


def _note_publication(story: _Story, when: dt.date, block: Block, *, updated: bool) -> None:
    """Keep the date of a publication line; say when it disagrees with one known before it.

    An update line (``Updated: ...``) is kept apart: it may be later than the publication.
    """
    if updated:
        if story.updated is None:
            story.updated = when
        return
    if story.published is None:
        story.published = when
        given = story.given
        if given is not None and abs(_day(given) - _day(when)) > _ZONE_SLACK:
            story.diagnose(
                "date-mismatch",
                f"publication line {_day(when).isoformat()} disagrees with the publication date "
                f"given, {_day(given).isoformat()}",
                block.span(),
            )
    elif _day(story.published) != _day(when):
        story.diagnose(
            "date-mismatch",
            f"date line {_day(when).isoformat()} disagrees with "
            f"{_day(story.published).isoformat()} above it",
            block.span(),
        )


# Two calendar dates of one moment differ by a day at most (the zones of the world span 26 hours).
_ZONE_SLACK = dt.timedelta(days=1)


def _day(moment: dt.date) -> dt.date:
    """The calendar date of a date or datetime (a datetime's own date, in its own zone)."""
    return moment.date() if isinstance(moment, dt.datetime) else moment


# How a dateline's date must have been resolved for it to anchor the story's times: its own year,
# or a publication date's (a dateline that took its year from a caption's photo date is not).
_ANCHORING = frozenset({DateResolution.EXPLICIT, DateResolution.PUBLICATION_DATE})


def story_anchor(
    given: dt.date | None, printed: dt.date | None, dateline: Dateline | None
) -> dt.date | None:
    """The date the story's times are resolved against, in this order:

    1. the publication date the caller gave (``published=``);
    2. the publication line of the text (``Published ...``, a header, a date line);
    3. the dateline's date, when it states its year (or took it from a publication date);
    4. otherwise None: the times are still found, each kept with what it would need to resolve.

    A caption's photo date is never the anchor, nor a dateline whose year came from one: a file
    photo is old by definition, and a photo's date is the photo's.

    >>> story_anchor(None, dt.datetime(2025, 10, 13, 9, 15), None)
    datetime.date(2025, 10, 13)
    """
    for moment in (given, printed):
        if moment is not None:
            return _day(moment)
    if dateline is not None and dateline.date_resolution in _ANCHORING:
        return dateline.date
    return None


def _followed(story: _Story, index: int) -> bool:
    """Whether a paragraph has a story after it: a headline stands above something."""
    return index + 1 < len(story.blocks)


def _caption(story: _Story, block: Block, agencies: frozenset[str]) -> bool:
    part = story.credited.get(block.text)
    if part is not None:
        # A caption repeated as written: the same text and credit (its photo keeps the first
        # occurrence's credit), read once.
        story.captions.append(CaptionPart(block, part.text, part.credit))
        return True
    credit = story.credit(block)
    if credit is None:
        return False
    found, text_end = credit
    part = CaptionPart(block, block.text[:text_end].rstrip(), found)
    story.credited[block.text] = part
    story.captions.append(part)
    return True


def _truncated_copy(story: _Story, block: Block) -> bool:
    """A caption cut short by a web page (``The Islanders ... more``), the photo seen before."""
    text = block.text
    if not text.endswith(("...", "…", "more")) or _TRUNCATED.search(text) is None:
        return False
    if not story.seen(text):
        return False
    story.captions.append(CaptionPart(block, text, None))
    return True


def _uncredited_caption(fmt: WireFormat, text: str) -> bool:
    """A caption with no credit above a dateline: the format's own form, or one ending in a date."""
    return _matches_whole(fmt.captions, text) or (
        len(text) >= 40 and _ENDS_WITH_DATE.search(text) is not None
    )


def _matches_whole(patterns: Sequence[re.Pattern[str]], text: str) -> bool:
    """Whether one of ``patterns`` matches the whole ``text``. A plain loop: every body paragraph
    is tried against the sign-offs, and a generator for ``any`` costs more than the matches."""
    for pattern in patterns:  # noqa: SIM110 (see above)
        if pattern.fullmatch(text) is not None:
            return True
    return False


def _looks_like_headline(text: str) -> bool:
    """Whether a paragraph has the shape of a title: short, opening with a capital, a figure or an
    opening mark, and not ending like a sentence or a clause.

    A full stop ends a title only after an abbreviation (``... IN U.S.``) or in a title written in
    capitals (wire copy of the 1980s: ``MERRILL MANDATED FOR IEL U.S. NOTE.``); a closing quotation
    mark ends one when it closes a quoted phrase, not a quoted sentence.
    """
    if len(text) > _HEADLINE_MAX or not text:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in _HEADLINE_OPENERS):
        return False
    if text.endswith(_QUOTE_CLOSES):
        return len(text) > 1 and not text[:-1].endswith((*_SENTENCE_ENDS, "!", "?"))
    if text.endswith("."):
        # (searched from where the abbreviation could start: its look-behind opening made the
        # engine try every position of the paragraph)
        return _FINAL_ABBREVIATION.search(
            text, max(0, len(text) - _ABBREVIATION_MAX)
        ) is not None or (not any(c.islower() for c in text) and any(c.isupper() for c in text))
    return not text.endswith(_SENTENCE_ENDS)


def _byline(
    block: Block, fmt: WireFormat, agencies: frozenset[str], lexicon: Lexicon
) -> Byline | None:
    """The byline grammar first; else the format's own patterns (the hook for other shapes)."""
    reading = read_byline(block.text, agencies, lexicon)
    if reading is not None:
        return Byline(
            raw=block.raw(), names=reading.names, span=block.span(), agencies=reading.agencies
        )
    for pattern in fmt.bylines:
        match = pattern.fullmatch(block.text)
        if match is not None:
            names = tuple(n.strip() for n in re.split(r",\s|\sand\s", match["names"]) if n.strip())
            return Byline(raw=block.raw(), names=names or (match["names"],), span=block.span())
    return None


def _assemble(story: _Story) -> Article:
    blocks = story.blocks
    segments: list[Segment] = []
    body: list[Paragraph] = []
    unparsed: list[Paragraph] = []
    readable: list[Block] = []  # where people and dates are looked for
    parts = story.dateline
    for block, kind in zip(blocks, story.kinds, strict=False):
        assert kind is not None  # every block was classified
        if kind is _DATELINE and parts is not None:
            segments.append(new_segment(kind, parts.span))
            readable.append(block)
            rest = block.text[story.body_offset :]
            if rest.strip():
                span = block.span(story.body_offset)
                segments.append(new_segment(_BODY, span))
                body.append(new_paragraph(rest.strip(), span))
            continue
        span = block.span()
        segments.append(new_segment(kind, span))
        if kind is _BODY:
            body.append(new_paragraph(block.text, span))
            readable.append(block)
        elif kind is _CAPTION:
            readable.append(block)
        elif kind is _UNPARSED:
            unparsed.append(new_paragraph(block.text, span))
    people = find_people(readable, story.lexicon)
    photos = group_captions(story.captions, people=people)
    printed = story.published if story.published is not None else story.updated
    known = story.given if story.given is not None else printed
    dateline = None
    if parts is not None:
        story_date = next((p.date for p in photos if p.date is not None), None)
        dateline = resolve_parts(parts, None if known is None else _day(known), story_date)
    anchor = story_anchor(story.given, printed, dateline)
    times = find_times(readable, anchor, day_first=story.fmt.day_first, lexicon=story.lexicon)
    return new_article(
        wire_format=story.fmt.name,
        text_length=len(story.source),
        headline=story.headline,
        published=known,
        dateline=dateline,
        bylines=tuple(story.bylines),
        body=tuple(body),
        photos=tuple(photos),
        people=tuple(people),
        times=tuple(times),
        segments=tuple(segments),
        unparsed=tuple(unparsed),
        diagnostics=tuple(sorted(story.diagnostics, key=lambda d: d.span.start)),
    )
