"""The web-page reader: a page's main text and what its metadata says, via trafilatura.

trafilatura drops the page's furniture (menus, header, footer, scripts, cookie banners, comments)
and reads the metadata sites publish for search engines and social cards: JSON-LD, Open Graph,
``<meta name=author>``, ``<link rel=canonical>``.  htmldate finds the publication date where the
metadata has none.  What is left of the furniture inside the article body (captions, "Read more"
lines, share prompts) is the compiler's noise pass's job, by general rules, as for pasted text.

Paragraphs are written one to a line with a blank line between them, as clean news text is, so
the compiler reads a page and the same story pasted as text alike.  This module is imported only
for pages: trafilatura and lxml cost a quarter of a second to import.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from urllib.parse import urlsplit

from briefing.compile.lexicon.pages import CMS_NAMES, GENERIC_TITLE_OPENERS, GENERIC_TITLES
from briefing.errors import BriefingError
from briefing.sources.base import Article, Raw

_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I)
_OG_LOCALE = re.compile(
    rb"<meta\b[^>]*?\bproperty\s*=\s*[\"']og:locale[\"'][^>]*?\bcontent\s*=\s*[\"']([A-Za-z]{2,3})", re.I
)
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_SPACE = re.compile(r"\s+")

for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    # Their warnings ("discarding data", "empty HTML tree") would reach stderr through logging's
    # last-resort handler; briefing says what went wrong itself, in one line.
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


def read(raw: Raw) -> Article:
    """The page's main text and metadata; a :class:`BriefingError` when it holds no article text."""
    from trafilatura import bare_extraction

    markup: bytes | str = raw.data
    if raw.charset:
        try:
            markup = raw.data.decode(raw.charset, errors="replace")
        except LookupError:  # a charset Python does not know: let trafilatura detect it
            markup = raw.data
    document = bare_extraction(
        markup,
        url=raw.url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
    )
    body = getattr(document, "text", None) or ""
    lines = [" ".join(line.split()) for line in body.splitlines()]
    text = "\n\n".join(line for line in lines if line)
    if not text:
        raise BriefingError(f"{raw.name}: no article text found in the page")
    url = getattr(document, "url", None) or raw.url
    site = _clean(getattr(document, "sitename", None)) or _host(url)
    return Article(
        text=text + "\n",
        path=raw.path,
        url=url,
        title=_title(_clean(getattr(document, "title", None)), site),
        site=site,
        author=_authors(getattr(document, "author", None)),
        published=_iso(getattr(document, "date", None)) or _htmldate(markup, url),
        language=_declared_language(raw.data),
    )


def _clean(value: str | None) -> str | None:
    return _SPACE.sub(" ", value).strip() or None if value else None


def _title(title: str | None, site: str | None) -> str | None:
    """The page's title unless it is generic: a CMS's or the site's name, or a section's heading."""
    if not title:
        return None
    low = title.lower().strip(" .:|-")
    words = set(re.findall(r"[a-z0-9]+", low))
    if low in GENERIC_TITLES or low.startswith(GENERIC_TITLE_OPENERS) or (site and low == site.lower()):
        return None
    if words & CMS_NAMES and len(words) <= 4:
        return None
    return title


def _authors(value: str | None) -> str | None:
    """trafilatura joins several authors with "; "; a byline reads "A, B"."""
    cleaned = _clean(value)
    if not cleaned:
        return None
    return ", ".join(part.strip() for part in cleaned.split(";") if part.strip()) or None


def _iso(value: str | None) -> str | None:
    """A real calendar date in ISO form, or None (metadata sometimes holds "0000-00-00")."""
    if not value or not _ISO_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _htmldate(markup: bytes | str, url: str | None) -> str | None:
    """The page's original publication date found by htmldate's extensive search, if any."""
    from htmldate import find_date

    try:
        found = find_date(markup, extensive_search=True, original_date=True, outputformat="%Y-%m-%d", url=url)
    except (ValueError, TypeError):  # htmldate refuses some malformed pages outright
        return None
    return _iso(found)


def _host(url: str | None) -> str | None:
    """The site named by its host when the page names no site ("www." dropped)."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _declared_language(data: bytes) -> str | None:
    """The language the page declares (``<html lang>``, else ``og:locale``), lower-case ISO 639."""
    head = data[:65536]
    match = _LANG.search(head) or _OG_LOCALE.search(head)
    return match.group(1).decode("ascii").lower() if match else None


#: Elements whose text is a paragraph of its own in a feed entry's content.
_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "figcaption", "td")


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content): trafilatura's main text when it finds
    one, else every block's text, one paragraph a line with blank lines between."""
    from lxml import html as lxml_html
    from trafilatura import extract

    found = extract(f"<html><body><article>{fragment}</article></body></html>", include_comments=False,
                    include_images=False, include_links=False, include_formatting=False, deduplicate=False)
    lines = [" ".join(line.split()) for line in (found or "").splitlines()]
    if not any(lines):
        try:
            root = lxml_html.fromstring(f"<div>{fragment}</div>")
        except (ValueError, TypeError):  # lxml refuses some inputs (control characters) outright
            return ""
        blocks = [el for el in root.iter(*_BLOCKS) if not any(child.tag in _BLOCKS for child in el)]
        lines = [" ".join(el.text_content().split()) for el in blocks] or [" ".join(root.text_content().split())]
    text = "\n\n".join(line for line in lines if line)
    return text + "\n" if text else ""
