"""Quote attribution (first cut: no speakers)."""

from __future__ import annotations

from briefing.compile.doc import Attribution, Entity, QuoteSpan, Sentence


def attribute(norm: str, quotes: list[QuoteSpan], sentences: list[Sentence], entities: list[Entity]) -> list[Attribution]:
    """One attribution per quote, in the same order."""
    return [Attribution(None, None) for _ in quotes]
