"""Codes of the wire envelopes that mean more than they say (data).

ANPA 1312 (the Newspaper Association of America's wire standard, 1312 edition) gives each story a
one-letter category; AP sends some categories under codes of its own, which newsrooms map back to
the standard ones.

Sources: the AP category map of Superdesk (superdesk-core,
``superdesk/io/feed_parsers/ap_anpa.py`` and its ``ap_category_map`` vocabulary) and the values
its own tests expect from AP's ANPA files.
"""

from __future__ import annotations

__all__ = ["AP_CATEGORIES"]

#: AP's own ANPA category codes and the standard category each stands for
AP_CATEGORIES: dict[str, str] = {
    "z": "s",  # AP's sports wire: sports
}
