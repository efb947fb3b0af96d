"""Extractive summary (first cut: the lead sentences)."""

from __future__ import annotations

from briefing.compile.doc import Noise, Repeats, Sentence


def select(norm: str, sentences: list[Sentence], noise: Noise, repeats: Repeats, count: int) -> list[int]:
    """Indices of the chosen sentences, in article order."""
    chosen = [i for i in range(len(sentences)) if i not in noise and not repeats.is_repeat(i)]
    return chosen[:count]
