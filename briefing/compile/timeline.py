"""The timeline of dated events (first cut: none)."""

from __future__ import annotations

from briefing.brief import TimelineEvent
from briefing.compile.doc import DateFound, Entity, Noise, Repeats, Sentence


def build_timeline(
    norm: str,
    sentences: list[Sentence],
    noise: Noise,
    repeats: Repeats,
    dates: list[DateFound],
    entities: list[Entity],
) -> list[TimelineEvent]:
    """Dated events, sorted chronologically."""
    return []
