"""Noise: bylines, captions, datelines and pasted headlines (first cut: none found)."""

from __future__ import annotations

from briefing.compile.doc import Noise, Sentence


def find_noise(norm: str, sentences: list[Sentence]) -> Noise:
    """Which sentences are not story text."""
    return Noise()
