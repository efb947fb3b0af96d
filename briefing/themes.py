"""Themes: YAML files of named colours shared by the TUI and ``briefing print``.

A theme file holds ``name``, ``dark`` and colours (``primary``, ``secondary``, ``accent``,
``foreground``, ``background``, ``surface``, ``panel``, ``success``, ``warning``, ``error``).  The
defaults ship in ``themes/``; users copy one to ``$XDG_CONFIG_HOME/briefing/themes/`` and change
it.  This module has no UI imports, so the print path can read colours cheaply.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import BriefingError
from briefing.resources import themes_dir

DEFAULT_THEME = "briefing-dark"

COLOR_KEYS: tuple[str, ...] = (
    "primary",
    "secondary",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "success",
    "warning",
    "error",
)
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


@dataclass(frozen=True)
class ThemeSpec:
    """A theme as read from a file: its name, whether it is dark, and its colours."""

    name: str
    dark: bool
    colors: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    def color(self, key: str, default: str = "default") -> str:
        return self.colors.get(key, default)


def user_themes_dir() -> Path:
    """``$XDG_CONFIG_HOME/briefing/themes`` (``~/.config`` when XDG_CONFIG_HOME is unset)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "briefing" / "themes"


def parse_theme(path: Path) -> ThemeSpec:
    """Read one theme file; raises :class:`BriefingError` saying what is wrong with it."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefingError(f"{path}: cannot read theme: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise BriefingError(f"{path}{line}: invalid theme YAML") from None
    if not isinstance(data, dict):
        raise BriefingError(f"{path}: a theme must be a mapping of name, dark and colours")
    name = data.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", name):
        raise BriefingError(f"{path}: name: expected a word of letters, digits, '-', '_' or '.'")
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise BriefingError(f"{path}: dark: expected true or false")
    colors: dict[str, str] = {}
    for key in COLOR_KEYS:
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not _HEX.match(value):
            raise BriefingError(f"{path}: {key}: expected a colour like '#1e90ff', got {value!r}")
        colors[key] = value
    if "primary" not in colors:
        raise BriefingError(f"{path}: primary: a theme needs at least a primary colour")
    return ThemeSpec(name=name, dark=dark, colors=colors, path=path)


def discover(extra_dirs: tuple[Path, ...] = ()) -> tuple[dict[str, ThemeSpec], list[str]]:
    """All themes, shipped first then the user's (which may override), and one error line per bad file."""
    themes: dict[str, ThemeSpec] = {}
    errors: list[str] = []
    for directory in (themes_dir(), user_themes_dir(), *extra_dirs):
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.y*ml")):
            try:
                spec = parse_theme(path)
            except BriefingError as error:
                errors.append(error.message)
                continue
            themes[spec.name] = spec
    return themes, errors


def load_theme(name: str | None) -> ThemeSpec:
    """The named theme (the default when None); unknown names are a :class:`BriefingError`."""
    themes, _ = discover()
    wanted = name or DEFAULT_THEME
    if wanted not in themes:
        known = ", ".join(sorted(themes)) or "none"
        raise BriefingError(f"unknown theme {wanted!r} (known: {known})")
    return themes[wanted]
