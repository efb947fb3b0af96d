"""Temporal expressions (first cut: none)."""

from __future__ import annotations

from datetime import date

from briefing.compile.doc import DateFound, Sentence


def find_dates(norm: str, sentences: list[Sentence], published: date | None) -> list[DateFound]:
    """Every date or time expression with its TimeML value."""
    return []
