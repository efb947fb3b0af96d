"""Figures across sources: one figure per measure and value, and the measures the sources disagree on.

A figure is keyed by what it measures and its unit ("contract", USD).  The same value from several
sources is one figure with every source.  When two sources each give the measure and no value in
common ("$40 million" against "$55 million" for the repairs), that is a ``figure`` conflict; a
source that gives both values (a figure that was revised, told in one article) settles nothing
and raises none.
"""

from __future__ import annotations

from briefing.brief import Claim, Conflict, Figure
from briefing.merge.similar import disjoint, fold
from briefing.records import dataclass


@dataclass
class Counted:
    """One per-article figure and its source."""

    source: str
    figure: Figure


def merge_figures(counted: list[Counted]) -> tuple[list[Figure], list[Conflict]]:
    """One figure per (measure, unit, value), in the order first given, and the conflicts."""
    by_value: dict[tuple[str, str, float | str], list[Counted]] = {}
    for c in counted:
        f = c.figure
        value: float | str = f.value if f.value is not None else fold(f.text)
        by_value.setdefault((fold(f.measure or ""), f.unit or "", value), []).append(c)
    figures: list[Figure] = []
    by_measure: dict[tuple[str, str], dict[str, list[Counted]]] = {}
    for (measure, unit, _), group in by_value.items():
        head = group[0].figure
        figures.append(
            Figure(
                text=head.text,
                value=head.value,
                unit=head.unit,
                measure=head.measure,
                sources=list(dict.fromkeys(c.source for c in group)),
                evidence=[r for c in group for r in c.figure.evidence],
            )
        )
        if measure and head.value is not None and any(ch.isdigit() for ch in head.text):
            by_measure.setdefault((measure, unit), {})[figures[-1].text] = group
    conflicts: list[Conflict] = []
    for (measure, _), values in by_measure.items():
        if len(values) < 2:
            continue
        stated: dict[str, set[str]] = {}
        for text, group in values.items():
            for c in group:
                stated.setdefault(c.source, set()).add(text)
        if not disjoint(stated.values()):
            continue
        claims: list[Claim] = []
        for text, group in values.items():
            for c in group:
                if stated[c.source] == {text}:
                    claims.append(Claim(source=c.source, text=text, evidence=list(c.figure.evidence[:1])))
                    break
        if len({claim.text for claim in claims}) >= 2:
            conflicts.append(Conflict(kind="figure", about=measure, claims=claims))
    return figures, conflicts
