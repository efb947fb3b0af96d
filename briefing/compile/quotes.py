"""Direct quotations (first cut: none)."""

from __future__ import annotations

from briefing.compile.doc import Noise, QuoteSpan, Sentence, Span


def find_quotes(norm: str, sentences: list[Sentence], noise: Noise, paragraphs: list[Span]) -> list[QuoteSpan]:
    """Quoted spans in text order, repeats merged."""
    return []
