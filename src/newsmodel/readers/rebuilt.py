"""The story text a reader of a structured format rebuilds from its parts.

NITF and ninjs hold a story in pieces (dateline, paragraphs, pictures with caption and credit).
Their readers put the pieces back into the plain layout of wire copy, one paragraph a block, the
dateline opening the first paragraph and each caption followed by its credit as written, so the
same :func:`newsmodel.parse` reads them back into the same structure.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["caption_paragraph", "story_text"]


def caption_paragraph(caption: str, credit: str | None) -> str:
    """A caption as printed: its text, then its credit (unless the text already ends with it)."""
    caption = " ".join(caption.split())
    if not credit or not credit.strip():
        return caption
    credit = " ".join(credit.split())
    return caption if caption.endswith(credit) else f"{caption} {credit}".strip()


def story_text(paragraphs: Iterable[str]) -> str:
    """The paragraphs as one text, a blank line between them (empty ones left out)."""
    return "\n\n".join(p.strip() for p in paragraphs if p and not p.isspace())
