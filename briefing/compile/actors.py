"""Actors: people, organisations, places and groups (first cut: none)."""

from __future__ import annotations

from briefing.compile.doc import Entity, Noise, Sentence


def find_actors(norm: str, sentences: list[Sentence], noise: Noise) -> list[Entity]:
    """Entities with every mention, ordered by salience."""
    return []
