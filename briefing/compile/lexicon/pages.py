"""Words about web pages themselves, not about the news: what a page's generic title says.

A page's ``<title>`` or ``og:title`` is sometimes the publishing system's or the site's name, or a
section's ("News from the council"), which would be a wrong title for the article.
All entries are lower case.
"""

from __future__ import annotations

#: Content-management systems and blog hosts whose name stands in a page's title when no one set one.
CMS_NAMES = frozenset(
    """wordpress drupal joomla blogger blogspot squarespace wix ghost typo3 hubspot weebly
    tumblr substack medium contentful sitecore umbraco""".split()
)

#: Whole titles that name a page's place on the site, not an article.
GENERIC_TITLES = frozenset(
    {
        "home", "home page", "homepage", "index", "news", "latest", "latest news", "breaking news",
        "top stories", "headlines", "front page", "untitled", "untitled document", "page not found",
        "error", "article", "story", "news article", "blog", "blog post", "press release",
        "press releases", "newsroom", "welcome",
    }
)

#: A title that opens like these introduces a section ("News from Oxford", "Latest news on ...").
GENERIC_TITLE_OPENERS = ("news from ", "latest news", "news and ", "welcome to ", "news about ")
#: Capitalised labels a page sets before a colon ("UPDATE:", "EDITOR'S NOTE:", "WATCH:") that a
#: transcript would read as a speaker's turn: page furniture, no one speaking.
PAGE_LABELS = frozenset(
    "UPDATE NOTE CORRECTION EDITOR'S NOTE WATCH READ MORE PHOTO VIDEO RELATED SOURCE SOURCES TRANSCRIPT".split()
)
