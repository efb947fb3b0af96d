"""The quote windows read the page's own paragraphs (the Layout's), not spans rebuilt from sentences."""

from __future__ import annotations

from briefing.compile.layout import page
from briefing.compile.quotes.windows import Windows

ARTICLE = "The council met on Monday. It voted.\n\nThe mayor said:\n\n\"We will rebuild,\" she said."


def test_a_paragraph_bound_is_the_layouts_paragraph() -> None:
    layout = page.read(ARTICLE)
    windows = Windows(layout, [])
    for sentence in layout.sentences:
        assert windows.bounds(sentence.start) == layout.paragraphs[sentence.paragraph]


def test_the_sentence_before_a_quote_is_the_paragraph_that_ends_in_a_colon() -> None:
    layout = page.read(ARTICLE)
    windows = Windows(layout, [])
    colon = next(i for i, (s, e) in enumerate(layout.paragraphs) if layout.norm[s:e].endswith(":"))
    span = windows.closing_sentence(colon)
    assert span is not None and layout.norm[span[0] : span[1]] == "The mayor said:"
    assert windows.closing_sentence(colon - 1) is None
    assert windows.closing_sentence(len(layout.paragraphs)) is None
