"""The words of the dateline grammar that are not places: joiners inside a place name, and the
labels that open a paragraph in capitals without being a place (data).

Where the entries come from: the joiners are the lower-case particles of place names in the
gazetteers behind :mod:`newsmodel.lexicon.places` (``Rio de Janeiro``, ``Dar es Salaam``,
``Stratford upon Avon``, ``Frankfurt am Main``, ``Boulogne sur Mer``); the labels are the AP
Stylebook's caption and desk labels (``FILE -``, ``EDITOR'S NOTE -``) and the marks Reuters and AFP
print before a story (``UPDATE 2 -``, ``REFILE-``, ``FACTBOX-``).
"""

from __future__ import annotations

__all__ = ["NOT_PLACES", "PLACE_JOINERS"]

#: Lower-case words inside a place name, between two capitalised words.
PLACE_JOINERS: tuple[str, ...] = tuple("de del da do dos la el al es am upon on of sur an".split())

#: Capitalised words that open paragraphs which are not datelines, as written (upper case).
NOT_PLACES: tuple[str, ...] = tuple(
    """
    FILE UPDATE UPDATED UPDATES ADVISORY CORRECTION CORRECTED CORRECTS REFILE REFILED URGENT
    BREAKING EXCLUSIVE ANALYSIS FACTBOX EXPLAINER FEATURE INTERVIEW OPINION COMMENTARY EDITORIAL
    PHOTO PHOTOS VIDEO WATCH LIVE NOTE NOTES EDITOR EDITOR'S EDITORS EDS BULLETIN FLASH PREVIEW REVIEW
    SUMMARY TIMELINE WRAPUP POLL BRIEF BRIEFS GRAPHIC CLARIFICATION WARNING NEWS SPORTS SPORT
    """.split()
)
