"""The compile pipeline: one article, a fixed order of small passes, one brief.

read -> layout (normalise, paragraphs, headline, sentences, their index and words: computed once)
-> noise -> repeats -> actors -> bylines -> quotes -> speakers -> named speakers (actors for the
speakers only the speaker reading names) -> dates -> timeline -> summary -> figures -> assemble.

Every pass is a pure function of the layout and of what earlier passes returned, so each can be
tested alone on a few lines of text.  Offsets are shared by all passes because normalisation keeps
the text's length.
"""

from __future__ import annotations

import hashlib
from datetime import date

from briefing.brief import Brief, Source
from briefing.compile import assemble, figures, summary
from briefing.compile.actors import bylines, named_speakers
from briefing.compile.actors import find as actors
from briefing.compile.layout import noise, page, repeats, text
from briefing.compile.quotes import find as quotes
from briefing.compile.quotes import speakers
from briefing.compile.time import dates, timeline

#: None: the summary picks its length from the article (see briefing.compile.summary.auto_count).
DEFAULT_SUMMARY_SENTENCES: int | None = None


def compile_text(
    article: str,
    *,
    published: date | str | None = None,
    path: str | None = None,
    url: str | None = None,
    title: str | None = None,
    site: str | None = None,
    author: str | None = None,
    source_id: str = "s1",
    summary_sentences: int | None = DEFAULT_SUMMARY_SENTENCES,
) -> Brief:
    """Compile article text into a brief with one source, ``source_id``.

    ``published`` anchors relative dates ("last week"); without it they are resolved from what the
    text itself supports.  ``path``, ``url``, ``site`` and ``author`` are recorded in the source as
    given (a page reader knows them); ``title`` is the headline when known, else the one the text
    opens with.  Deterministic: the same text and options always give the same brief.
    """
    anchor = date.fromisoformat(published) if isinstance(published, str) else published
    layout = page.read(article)
    noise_found = noise.find_noise(layout)
    repeats_found = repeats.find_repeats(layout, noise_found)
    entities = bylines.without_makers(actors.find_actors(layout, noise_found), layout, noise_found)
    quote_spans = quotes.find_quotes(layout, noise_found)
    entities, attributions = named_speakers.with_named_speakers(
        layout.norm, entities, speakers.attribute(layout, quote_spans, entities)
    )
    entities = bylines.without_page_authors(entities, author, attributions)
    dates_found = dates.find_dates(layout, anchor)
    events = timeline.build_timeline(
        layout, noise_found, repeats_found, dates_found, entities, anchor, quotes=quote_spans, speakers=attributions
    )
    chosen = summary.select(layout, noise_found, repeats_found, summary_sentences)
    numbers = figures.find_figures(layout, noise_found)
    headline = title or text.title(layout)
    source = Source(
        id=source_id,
        path=path,
        url=url,
        title=" ".join(headline.split()) or None,
        site=site,
        author=author,
        published=anchor.isoformat() if anchor else None,
        sha256=hashlib.sha256(article.encode("utf-8", "surrogatepass")).hexdigest(),
        words=text.count_words(layout.norm),
        text=article,
    )
    return assemble.brief(
        layout,
        source=source,
        title=headline,
        repeats=repeats_found,
        summary=chosen,
        entities=entities,
        quotes=quote_spans,
        attributions=attributions,
        dates=dates_found,
        timeline=events,
        figures=numbers,
    )
