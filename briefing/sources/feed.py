"""The feed reader: an RSS or Atom feed (a file or a URL) as its entries, each one article.

feedparser reads every RSS and Atom dialect and sanitises the HTML in entries.  An entry whose
feed carries its full text (``content:encoded``, Atom ``content``) is compiled from it; an entry
with only a summary is compiled from its page, fetched from the entry's link (the summary is one
teaser sentence, not the story).  The entry's title, byline and date fill in what the page does
not give.  Entries are plain data, so the batch compiles them in worker processes, in parallel.
"""

from __future__ import annotations

import calendar
import re
import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from briefing.errors import BriefingError
from briefing.records import dataclass
from briefing.sources.base import Article, Raw

#: An entry's content is the full story when it has this many words more than its summary.
_FULL_TEXT_WORDS = 60
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Entry:
    """One article of a feed: its full text from the feed, or its link to fetch."""

    #: What messages call it: the feed and the entry's number and title.
    name: str
    #: A file name stem for its brief (from the link, else the title).
    stem: str
    link: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    #: The entry's HTML content when the feed carries the full story (or, without a link, all it has).
    content: str | None = None


def read_feed(raw: Raw) -> list[Entry]:
    """The entries of the feed in ``raw``, in feed order; a :class:`BriefingError` for a broken or empty feed."""
    import feedparser

    parsed = feedparser.parse(raw.data, sanitize_html=True, resolve_relative_uris=True, response_headers=_headers(raw))
    broken = f"{raw.name}: not a readable feed ({_bozo(parsed)})" if parsed.get("bozo") else None
    if not parsed.entries:
        raise BriefingError(broken or f"{raw.name}: the feed has no entries")
    entries: list[Entry] = []
    used: set[str] = set()
    for number, item in enumerate(parsed.entries, 1):
        title = _clean(item.get("title"))
        link = item.get("link") or None
        content = _content(item)
        summary = item.get("summary") or None
        full = content if content and _words(content) >= _words(summary or "") + _FULL_TEXT_WORDS else None
        if full is None and link is None:
            full = content or summary
        if full is None and link is None:
            continue  # neither a story nor a page: nothing to compile
        stem = _unique(_stem(link, title, number), used)
        entries.append(
            Entry(
                name=f"{raw.name}#{number}" + (f" ({title[:60]})" if title else ""),
                stem=stem,
                link=link,
                title=title,
                author=_clean(item.get("author")),
                published=_date(item.get("published_parsed") or item.get("updated_parsed")),
                content=full,
            )
        )
    if not entries:
        raise BriefingError(broken or f"{raw.name}: no entry of the feed has a story or a link")
    return entries


def _bozo(parsed: Mapping[str, Any]) -> str:
    """What feedparser found wrong with the XML, in a few words."""
    return " ".join(str(parsed.get("bozo_exception") or "malformed XML").split())[:120]


def read_entry(entry: Entry, *, save_page: str | None = None) -> Article:
    """The article of one entry: its full text from the feed, or its page fetched from the link."""
    if entry.content is not None:
        from briefing.sources.html import fragment_text

        text = fragment_text(entry.content)
        if not text:
            raise BriefingError(f"{entry.name}: the entry holds no text")
        return Article(text=text, url=entry.link, title=entry.title, author=entry.author, published=entry.published)
    from briefing.sources import read_article

    assert entry.link is not None  # read_feed keeps no entry without content or link
    page = read_article(entry.link, save_page=save_page)
    return replace(
        page,
        title=page.title or entry.title,
        author=page.author or entry.author,
        published=page.published or entry.published,
    )


def _headers(raw: Raw) -> dict[str, str]:
    """The HTTP headers feedparser uses to pick the encoding, when the feed was fetched."""
    if not raw.media_type:
        return {}
    value = raw.media_type + (f"; charset={raw.charset}" if raw.charset else "")
    return {"content-type": value, "content-location": raw.url or ""}


def _content(item: Mapping[str, Any]) -> str | None:
    """The entry's longest HTML or text content (feeds may give several)."""
    values = [str(c.get("value") or "") for c in item.get("content") or []]
    values = [v for v in values if v.strip()]
    return max(values, key=len) if values else None


def _words(markup: str) -> int:
    return len(_WORD.findall(_TAG.sub(" ", markup)))


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None


def _date(parsed: time.struct_time | None) -> str | None:
    """feedparser's UTC time tuple as an ISO day."""
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).date().isoformat()
    except (OverflowError, ValueError, OSError):
        return None


def _stem(link: str | None, title: str | None, number: int) -> str:
    """A file name for the entry's brief: the link's last path part, else the title, else its number."""
    from urllib.parse import urlsplit

    candidates = []
    if link:
        candidates.append(urlsplit(link).path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0])
    if title:
        candidates.append(title.lower())
    for candidate in candidates:
        stem = re.sub(r"[^\w-]+", "-", candidate).strip("-")[:80]
        if stem:
            return stem
    return f"entry-{number}"


def _unique(stem: str, used: set[str]) -> str:
    name, number = stem, 1
    while name in used:
        number += 1
        name = f"{stem}-{number}"
    used.add(name)
    return name
