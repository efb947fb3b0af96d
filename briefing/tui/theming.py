"""Theme files (``themes/`` and the user's folder) as Textual themes.

Reading and validating the files is :mod:`briefing.themes`' job, shared with ``briefing print``;
here each valid spec becomes a :class:`textual.theme.Theme`.  A bad file is reported, never fatal.
"""

from __future__ import annotations

from pathlib import Path

from textual.theme import Theme

from briefing.themes import DEFAULT_THEME, DERIVED, ThemeSpec, blend, discover

#: The colours Textual itself knows (besides ``primary``); the rest of a theme goes in as variables.
_BASE = ("secondary", "accent", "foreground", "background", "surface", "panel", "success", "warning", "error")


def to_textual(spec: ThemeSpec) -> Theme:
    """The Textual theme for a spec: colours it lacks are derived by Textual from the primary.

    Text colours are handed over solid (Textual would otherwise tint ``$text-*`` and fade
    ``$text-muted`` into the background), so what is drawn is what the theme file says and what
    the contrast test measured.  The highlight backgrounds become ``$briefing-cursor``,
    ``$briefing-evidence`` and ``$briefing-mention`` for the stylesheet.
    """
    colors = spec.colors
    base = _theme(spec, {})
    made = base.to_color_system().generate()
    full = {key: colors.get(key) or made[key] for key in ("primary", *_BASE)}
    variables = {f"text-{key}": full[key] for key in ("primary", "secondary", "accent", "success", "warning", "error")}
    variables["footer-key-foreground"] = full["accent"]
    for key, var in (("muted", "text-muted"), ("cursor", "briefing-cursor"), ("evidence", "briefing-evidence"), ("mention", "briefing-mention")):
        over, under, amount = DERIVED[key]
        variables[var] = colors.get(key) or blend(full[over], full[under], amount)
    return _theme(spec, variables)


def _theme(spec: ThemeSpec, variables: dict[str, str]) -> Theme:
    c = spec.colors.get
    return Theme(
        name=spec.name,
        primary=spec.colors["primary"],
        secondary=c("secondary"),
        accent=c("accent"),
        foreground=c("foreground"),
        background=c("background"),
        surface=c("surface"),
        panel=c("panel"),
        success=c("success"),
        warning=c("warning"),
        error=c("error"),
        dark=spec.dark,
        variables=variables,
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
