"""News pages written for these tests: a story inside the furniture real sites put around it.

The story is the project's own text.  The markup has what pages carry: a cookie banner, header
and navigation, scripts and styles, JSON-LD and Open Graph metadata, a figure with a caption,
related links, a comment section and a footer.
"""

from __future__ import annotations

import html
import json

HEADLINE = "Harbour council votes to shut Old Mill Bridge"
SITE = "The Tidewater Gazette"
AUTHOR = "Priya Nandakumar"
PUBLISHED = "2025-03-04"
CANONICAL = "https://news.tidewater.example/local/old-mill-bridge-vote"

PARAGRAPHS = (
    "The Harbour District Council voted on Tuesday to close the Old Mill Bridge to all traffic after "
    "engineers found deep cracks in two of its stone piers.",
    '"We cannot ask people to drive over a structure that our own engineers say could fail," said '
    "council leader Margaret Osei after the vote, which passed by nine votes to three.",
    "The closure will begin next Monday. Repairs are expected to cost about 4.2 million pounds and take at "
    "least eighteen months, according to a report presented to councillors.",
    "Local businesses warned that the detour would add twenty minutes to journeys into the town centre. "
    '"Our customers will simply go elsewhere," said Tom Adeyemi, who runs a bakery beside the bridge.',
    "The bridge was last repaired in 1987, when a flood washed away part of its western arch.",
    "The council said it would ask the Department for Transport for emergency funding in April. "
    '"We have made the case before and we will make it again," Osei said.',
)


def clean_text(paragraphs: tuple[str, ...] = PARAGRAPHS, headline: str = HEADLINE) -> str:
    """The story as clean text: the headline, then one paragraph a line, blank lines between."""
    return "\n\n".join((headline, *paragraphs)) + "\n"


def news_page(
    paragraphs: tuple[str, ...] = PARAGRAPHS,
    *,
    headline: str = HEADLINE,
    title_tag: str | None = None,
    og_title: str | None = None,
    author: str | None = AUTHOR,
    published: str | None = PUBLISHED,
    lang: str = "en-GB",
    body_extra: str = "",
) -> str:
    """A full news page around ``paragraphs``; None leaves that piece of metadata out."""
    esc = html.escape
    title_tag = title_tag if title_tag is not None else f"{headline} | {SITE}"
    og_title = og_title if og_title is not None else headline
    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": og_title,
        "publisher": {"@type": "Organization", "name": SITE},
    }
    meta = [f'<meta property="og:title" content="{esc(og_title)}">'] if og_title else []
    if author:
        ld["author"] = {"@type": "Person", "name": author}
        meta.append(f'<meta name="author" content="{esc(author)}">')
    if published:
        ld["datePublished"] = f"{published}T09:30:00+00:00"
        meta.append(f'<meta property="article:published_time" content="{published}T09:30:00+00:00">')
    body = "\n".join(f"<p>{esc(p, quote=False)}</p>" for p in paragraphs)
    byline = f'<p class="byline">By <a href="/authors/x">{esc(author)}</a></p>' if author else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_tag)}</title>
{chr(10).join(meta)}
<meta property="og:site_name" content="{SITE}">
<meta property="og:type" content="article">
<meta property="og:url" content="{CANONICAL}">
<link rel="canonical" href="{CANONICAL}">
<script type="application/ld+json">{json.dumps(ld)}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag() {{ dataLayer.push(arguments); }}</script>
<style>.cookie {{ position: fixed; bottom: 0; }} nav li {{ display: inline; }}</style>
</head>
<body>
<div class="cookie" id="cookie-consent"><p>We use cookies to give you the best experience on our site.
<a href="/cookies">Manage preferences</a> <button>Accept all cookies</button></p></div>
<header class="site-header"><a class="logo" href="/">{SITE}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local news</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<form action="/search"><input name="q" placeholder="Search"></form></header>
<main>
<article class="story">
<h1>{esc(headline)}</h1>
{byline}
<time datetime="{published or ''}">{published or ''}</time>
<figure><img src="/img/bridge.jpg" alt="The Old Mill Bridge">
<figcaption>The bridge has carried traffic since 1902. Photograph: Marcus Webb</figcaption></figure>
{body}
{body_extra}
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/local/ferry">Ferry timetable changes from May</a></li>
<li><a href="/local/cycle-lane">New cycle lane opens on Quay Street</a></li>
<li><a href="/local/budget">Council budget gap widens again</a></li></ul></aside>
<section class="comments" id="comments"><h2>Comments (2)</h2>
<div class="comment"><p class="author">harbourwatcher</p><p>Typical council, always too late to act on anything!</p></div>
<div class="comment"><p class="author">millie88</p><p>My grandfather helped repair that bridge decades ago.</p></div>
</section>
</main>
<footer><p>&copy; 2025 Tidewater Media Ltd. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li><li><a href="/contact">Contact us</a></li></ul></footer>
<script src="/js/app.js"></script>
</body>
</html>
"""


SECOND_HEADLINE = "Ferry crews vote to strike over rotas"
SECOND_PARAGRAPHS = (
    "Crews on the Tidewater ferry voted on Friday to strike for three days in May over new rotas that they "
    "say leave too little rest between crossings.",
    '"Nobody wants to stop the boats, but tired crews are a danger to passengers," said union organiser '
    "Dev Lindqvist, who announced the result at the harbour gates.",
    "The operator, Harbourline, said it was disappointed and would publish a revised timetable next week. "
    "About 4,000 passengers use the crossing every day, according to the company.",
    "Talks between the two sides broke down in February after six weeks of meetings.",
)


def rss_feed(story_url: str, *, full_text: bool = True) -> str:
    """An RSS 2.0 feed of two entries: the ferry story in full (``content:encoded``), and the bridge
    story as a one-sentence summary whose link is ``story_url``."""
    content = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in SECOND_PARAGRAPHS)
    encoded = f"<content:encoded><![CDATA[{content}<p>The post appeared first on {SITE}.</p>]]></content:encoded>"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>{SITE}: Local</title>
<link>https://news.tidewater.example/local</link>
<description>Local news from the harbour district</description>
<item>
<title>{SECOND_HEADLINE}</title>
<link>https://news.tidewater.example/local/ferry-strike-vote</link>
<dc:creator>Sam Okafor</dc:creator>
<pubDate>Fri, 07 Mar 2025 17:05:00 +0000</pubDate>
<description>Crews voted to strike for three days in May.</description>
{encoded if full_text else ""}
</item>
<item>
<title>{HEADLINE}</title>
<link>{story_url}</link>
<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate>
<description>The council voted to close the Old Mill Bridge.</description>
</item>
</channel>
</rss>
"""


def atom_feed() -> str:
    """An Atom feed of one entry carrying the ferry story in full."""
    content = html.escape("".join(f"<p>{html.escape(p, quote=False)}</p>" for p in SECOND_PARAGRAPHS))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>{SITE}</title>
<id>urn:tidewater:local</id>
<updated>2025-03-07T17:05:00Z</updated>
<entry>
<title>{SECOND_HEADLINE}</title>
<id>urn:tidewater:ferry</id>
<link href="https://news.tidewater.example/local/ferry-strike-vote"/>
<author><name>Sam Okafor</name></author>
<published>2025-03-07T17:05:00Z</published>
<updated>2025-03-08T08:00:00Z</updated>
<summary>Crews voted to strike for three days in May.</summary>
<content type="html">{content}</content>
</entry>
</feed>
"""
