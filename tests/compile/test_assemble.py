"""Assemble: the passes' plain spans become evidence references of the article's source."""

from __future__ import annotations

import hashlib

from briefing.compile import compile_text

ARTICLE = (
    "Dock strike ends\n\n"
    'Union leader Mara Voss said on Friday that "the strike is over" after talks with the port, '
    "which agreed to a 4% raise for 1,200 workers.\n"
)


def test_the_source_records_what_the_reader_knew_and_the_text_as_read() -> None:
    brief = compile_text(
        ARTICLE, published="2026-05-02", url="https://news.invalid/dock", site="News", author="A. Writer",
        title="Dock strike ends after talks", source_id="s7",
    )
    (source,) = brief.sources
    assert (source.id, source.url, source.site, source.author) == ("s7", "https://news.invalid/dock", "News", "A. Writer")
    assert source.path is None and source.published == "2026-05-02" and source.text == ARTICLE
    assert source.title == brief.title == "Dock strike ends after talks"
    assert source.sha256 == hashlib.sha256(ARTICLE.encode()).hexdigest()


def test_without_a_title_the_source_takes_the_headline_the_text_opens_with() -> None:
    brief = compile_text(ARTICLE)
    assert brief.sources[0].title == brief.title == "Dock strike ends"


def test_every_item_and_every_reference_names_the_one_source() -> None:
    brief = compile_text(ARTICLE, source_id="s7")
    items = [*brief.summary, *brief.actors, *brief.quotes, *brief.dates, *brief.timeline, *brief.figures]
    assert brief.quotes and brief.figures and brief.timeline
    assert all(item.sources == ["s7"] for item in items)
    refs = [ref for item in items for ref in getattr(item, "evidence", [])]
    assert refs and all(ref.source == "s7" for ref in refs)
    assert brief.at(brief.quotes[0].ref) == "the strike is over"
    assert brief.conflicts == []
