"""Theme files (``themes/`` and the user's folder) as Textual themes.

Reading and validating the files is :mod:`briefing.themes`' job, shared with ``briefing print``;
here each valid spec becomes a :class:`textual.theme.Theme`.  A bad file is reported, never fatal.
"""

from __future__ import annotations

from pathlib import Path

from textual.theme import Theme

from briefing.themes import DEFAULT_THEME, ThemeSpec, discover


def to_textual(spec: ThemeSpec) -> Theme:
    """The Textual theme for a spec: colours it lacks are derived by Textual from the primary."""
    colors = spec.colors
    return Theme(
        name=spec.name,
        primary=colors["primary"],
        secondary=colors.get("secondary"),
        accent=colors.get("accent"),
        foreground=colors.get("foreground"),
        background=colors.get("background"),
        surface=colors.get("surface"),
        panel=colors.get("panel"),
        success=colors.get("success"),
        warning=colors.get("warning"),
        error=colors.get("error"),
        dark=spec.dark,
    )


def load_themes(extra_dirs: tuple[Path, ...] = ()) -> tuple[list[Theme], list[str]]:
    """Textual themes from every theme folder, and one message per file that could not be used."""
    specs, errors = discover(extra_dirs)
    themes: list[Theme] = []
    for spec in specs.values():
        try:
            themes.append(to_textual(spec))
        except Exception as exc:  # a colour Textual rejects: report it like a bad file
            errors.append(f"{spec.path or spec.name}: {exc}")
    return themes, errors


def choose(wanted: str | None, names: list[str]) -> tuple[str, str | None]:
    """The theme to start with and, when ``wanted`` is unknown, a message saying so."""
    if wanted is None or wanted in names:
        return (wanted or DEFAULT_THEME), None
    known = ", ".join(sorted(names))
    return DEFAULT_THEME, f"unknown theme {wanted!r}, using {DEFAULT_THEME} (known: {known})"
