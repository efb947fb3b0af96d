"""Figures: money, counts, percentages (first cut: none)."""

from __future__ import annotations

from briefing.brief import Figure
from briefing.compile.doc import Noise, Sentence


def find_figures(norm: str, sentences: list[Sentence], noise: Noise) -> list[Figure]:
    """Figures in article order with what they measure."""
    return []
