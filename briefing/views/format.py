"""Small formatting rules shared by the views, so print, Markdown and the TUI agree."""

from __future__ import annotations


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
