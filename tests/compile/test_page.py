"""The layout: the page read once, the headline, sentences, their offset index and words."""

from __future__ import annotations

from briefing.compile import similarity
from briefing.compile.doc import Sentence
from briefing.compile.layout import noise, page

ARTICLE = (
    "Harbour Council Backs Flood Wall. Residents Split\n\n"
    "The council voted on Monday. \u201cIt is late,\u201d said Ana Ruiz.\n\n"
    "Work starts in May."
)


def test_the_headline_line_is_found_once_and_kept_whole_by_the_splitter() -> None:
    layout = page.read(ARTICLE)
    assert layout.headline is not None
    head = layout.norm[layout.headline[0] : layout.headline[1]]
    assert head == "Harbour Council Backs Flood Wall. Residents Split"
    first = layout.sentences[0]
    assert (first.start, first.end) == layout.headline
    assert noise.find_noise(layout).kinds.get(0) == "title"


def test_sentence_at_maps_an_offset_to_the_sentence_holding_it_or_the_last_before() -> None:
    layout = page.read(ARTICLE)
    vote = ARTICLE.index("voted")
    index = layout.sentence_at(vote)
    s = layout.sentences[index]
    assert s.start <= vote < s.end and ARTICLE[s.start : s.end] == "The council voted on Monday."
    gap = s.end  # the space after the sentence belongs to no sentence: the one before it answers
    assert layout.sentence_at(gap) == index
    assert layout.sentence_at(len(ARTICLE) - 1) == len(layout.sentences) - 1
    assert page.cut("  Late start.", [Sentence(2, 13, 0)]).sentence_at(0) == -1


def test_tokens_are_each_sentences_lower_cased_words_and_offsets_index_the_article() -> None:
    layout = page.read(ARTICLE)
    assert layout.text == ARTICLE and len(layout.norm) == len(ARTICLE)
    assert layout.starts == [s.start for s in layout.sentences]
    assert layout.tokens == [tuple(similarity.words(layout.norm, s.start, s.end)) for s in layout.sentences]
    quote = layout.sentence_at(ARTICLE.index("It is late"))
    assert layout.tokens[quote] == ("it", "is", "late", "said", "ana", "ruiz")


def test_cut_keeps_the_sentences_it_is_given() -> None:
    article = "One line of text. Another one."
    layout = page.cut(article, [Sentence(0, len(article), 0)])
    assert layout.sentences == [Sentence(0, len(article), 0)] and layout.headline is None
    assert layout.paragraphs == [(0, len(article))]
