"""Site furniture words: the section and site labels web pages print above a story (data).

Where the entries come from: the section menus of wire services' and newspapers' sites (Reuters,
AFP, AP News, Xinhua, BBC, the Guardian, Al Jazeera), lower case.
"""

from __future__ import annotations

__all__ = ["PAGE_CONTROLS", "SITE_LABELS"]

# Site and section labels that web pages print above a story's title, lower case. The data is the
# section menus of wire services' and newspapers' sites (Reuters, AFP, AP News, Xinhua, BBC, the
# Guardian, Al Jazeera): sections, regions and a page's own headings. Countries and cities are left
# out on purpose (a place alone on a line may open a hard-wrapped dateline).
SITE_LABELS: frozenset[str] = frozenset(
    {
        # the page's own headings
        "top", "top news", "top stories", "latest", "latest news", "news", "breaking news",
        "home", "main", "front page", "more", "most read", "most popular", "trending",
        "inside afp", "afp", "in pictures", "pictures", "photos", "gallery", "video", "videos",
        "live", "live updates", "podcast", "podcasts", "exclusive content",
        # kickers a page prints on their own line above the title
        "exclusive", "breaking", "explainer", "factbox", "fact check",
        # sections
        "world", "world news", "national", "international", "local", "nation", "politics",
        "business", "economy", "markets", "finance", "money", "companies", "commodities",
        "energy", "technology", "tech", "sci-tech", "science", "health", "environment",
        "climate", "sustainability", "legal", "sport", "sports", "football", "soccer",
        "cricket", "tennis", "entertainment", "culture", "arts", "lifestyle", "life", "travel",
        "food", "opinion", "opinions", "comment", "editorial", "analysis", "features",
        "feature", "weather", "education", "society", "china news", "us news", "uk news",
        # regions as sections
        "asia", "asia pacific", "asia-pacific", "africa", "americas", "europe", "middle east",
        "latin america", "north america", "south asia", "east asia", "southeast asia",
        "oceania", "mideast",
    }
)  # fmt: skip

#: Gallery and page controls that stand alone on a line of a saved page (``Close``, ``Back to
#: Gallery``, ``Read more``), as the same sites print them; compared ignoring case.
PAGE_CONTROLS: tuple[str, ...] = (
    "Published",
    "Updated",
    "Close",
    "Back to Gallery",
    "Advertisement",
    "Share",
    "Read more",
    "Related",
)
