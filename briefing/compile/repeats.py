"""Repeated sentences (first cut: exact repeats after case and space folding)."""

from __future__ import annotations

from briefing.compile.doc import Noise, Repeats, Sentence


def find_repeats(norm: str, sentences: list[Sentence], noise: Noise) -> Repeats:
    """Map each sentence to the first sentence that says the same."""
    first: dict[str, int] = {}
    canonical = []
    for i, s in enumerate(sentences):
        key = " ".join(norm[s.start : s.end].lower().split())
        canonical.append(first.setdefault(key, i))
    return Repeats(tuple(canonical))
