"""The page read once: analysis text, paragraphs, headline, sentences, their index and words.

Every later pass needs some of these; computing them here, once, and handing the one
:class:`~briefing.compile.doc.Layout` down the pipeline keeps the passes from each finding the
headline or indexing the sentence starts again (and from disagreeing about them).
"""

from __future__ import annotations

from briefing.compile import similarity
from briefing.compile.doc import Layout, Sentence, Span
from briefing.compile.layout import sentences, text


def read(article: str) -> Layout:
    """The layout of ``article``: deterministic, and linear in its length."""
    norm = text.normalize(article)
    paragraphs = text.paragraphs(norm)
    headline = text.headline_span(norm)
    return cut(article, sentences.split_sentences(norm, paragraphs, headline), paragraphs=paragraphs, headline=headline)


def cut(article: str, sents: list[Sentence], *, paragraphs: list[Span] | None = None, headline: Span | None = None) -> Layout:
    """The layout of ``article`` cut into the given sentences (sorted, not overlapping).

    :func:`read` passes what the splitter found; a pass can be tried on sentences chosen by hand
    (one sentence for a whole line of text), its paragraphs then read from the text.
    """
    norm = text.normalize(article)
    return Layout(
        text=article,
        norm=norm,
        paragraphs=text.paragraphs(norm) if paragraphs is None else paragraphs,
        headline=headline,
        sentences=sents,
        starts=[s.start for s in sents],
        tokens=[tuple(similarity.words(norm, s.start, s.end)) for s in sents],
    )
