"""Small formatting rules shared by the views, so print, Markdown and the TUI agree."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.brief import Brief, Conflict, Source


def number(value: float | None) -> str:
    """A figure's value for people: ``2,500,000,000``, ``4``, ``12.5``; an em dash when unknown."""
    if value is None:
        return "—"
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def when_text(date_text: str, qualifier: str | None) -> str:
    """The date as the article put it, with the qualifier added when the words do not already say it."""
    if qualifier and qualifier.lower() not in date_text.lower():
        return f"{date_text} ({qualifier})"
    return date_text


def source_numbers(brief: Brief) -> dict[str, int]:
    """Source id -> its number as the reader sees it (1, 2, ...); empty for a one-article brief,
    whose items need no source tags."""
    if len(brief.sources) < 2:
        return {}
    return {s.id: k for k, s in enumerate(brief.sources, 1)}


def source_tag(ids: list[str], numbers: dict[str, int]) -> str:
    """The footnote-like tag of an item's sources, ``[1]`` or ``[1, 3]``; empty without numbers."""
    shown = sorted({numbers[i] for i in ids if i in numbers})
    return f"[{', '.join(map(str, shown))}]" if shown else ""


def source_line(source: Source) -> str:
    """One line naming a source for people: its title, then where it came from and when."""
    facts = [source.site, source.author, source.published, source.url or source.path]
    head = source.title or source.url or source.path or source.id
    rest = [f for f in facts if f and f != head]
    return " · ".join([head, *rest])


def claim_lines(conflict: Conflict, numbers: dict[str, int]) -> list[str]:
    """Each side of a disagreement as ``text [n]``."""
    return [f"{claim.text} {source_tag([claim.source], numbers)}".rstrip() for claim in conflict.claims]
