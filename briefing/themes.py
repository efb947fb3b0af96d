"""Themes: YAML files of named colours shared by the TUI and ``briefing print``.

A theme file holds ``name``, ``dark`` and colours (``primary``, ``secondary``, ``accent``,
``foreground``, ``background``, ``surface``, ``panel``, ``success``, ``warning``, ``error``, and
the quieter text and highlight backgrounds ``muted``, ``cursor``, ``evidence``, ``mention``).  The
defaults ship in ``themes/``; users copy one to ``$XDG_CONFIG_HOME/briefing/themes/`` and change
it.  This module has no UI imports, so the print path can read colours cheaply.
"""

from __future__ import annotations

import marshal
import os
import re
from dataclasses import field
from pathlib import Path
from typing import Any

from briefing.errors import BriefingError
from briefing.records import dataclass
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
    "muted",
    "cursor",
    "evidence",
    "mention",
)
#: Keys a theme may leave out, and how each is made from the others when it does: (the colour
#: laid over, the colour under it, how much of the first shows).
DERIVED: dict[str, tuple[str, str, float]] = {
    "muted": ("foreground", "surface", 0.7),
    "cursor": ("primary", "surface", 0.3),
    "evidence": ("accent", "surface", 0.35),
    "mention": ("secondary", "surface", 0.3),
}
#: What the views draw, as (text colour, background, where): each pair must reach WCAG AA's
#: 4.5:1 in the shipped themes (tests/test_themes.py computes it from the files).
CONTRAST_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("foreground", "background", "screen text, the error box"),
    ("foreground", "surface", "pane text"),
    ("foreground", "panel", "header, footer, toasts, the unfocused cursor row"),
    ("foreground", "cursor", "the item under the cursor"),
    ("foreground", "evidence", "lit evidence in the source"),
    ("foreground", "mention", "an actor's mentions in the source"),
    ("muted", "background", "tab names, border titles"),
    ("muted", "surface", "roles, cues, the actors' order"),
    ("muted", "panel", "the header's facts"),
    ("muted", "cursor", "roles and cues under the cursor"),
    ("accent", "background", "focused border titles, print"),
    ("accent", "surface", "dates, bullets, quote marks, help headings"),
    ("accent", "panel", "footer keys, the filter in the header"),
    ("accent", "cursor", "dates and bullets under the cursor"),
    ("secondary", "background", "print: speakers, kinds"),
    ("secondary", "surface", "speakers, kinds, help keys"),
    ("secondary", "cursor", "speakers and kinds under the cursor"),
    ("primary", "background", "print: headings and rules"),
    ("success", "panel", "toast titles"),
    ("warning", "panel", "toast titles"),
    ("error", "panel", "toast titles"),
    ("error", "background", "the error box"),
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
        """The colour named ``key``: from the file, else made as :data:`DERIVED` says, else ``default``."""
        if key in self.colors:
            return self.colors[key]
        if key in DERIVED:
            over, under, amount = DERIVED[key]
            if over in self.colors and under in self.colors:
                return blend(self.colors[over], self.colors[under], amount)
        return default


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    digits = hex_colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def blend(over: str, under: str, amount: float) -> str:
    """``over`` laid on ``under`` with ``amount`` (0 to 1) of it showing, as ``#rrggbb``."""
    mixed = (round(a * amount + b * (1 - amount)) for a, b in zip(_rgb(over), _rgb(under)))
    return "#" + "".join(f"{c:02x}" for c in mixed)


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""

    def luminance(hex_colour: str) -> float:
        def channel(c: int) -> float:
            x = c / 255
            return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in _rgb(hex_colour))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def user_themes_dir() -> Path:
    """``$XDG_CONFIG_HOME/briefing/themes`` (``~/.config`` when XDG_CONFIG_HOME is unset)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "briefing" / "themes"


#: A theme is a dozen lines; anything larger is not one (and is not read into memory).
MAX_THEME_BYTES = 64 * 1024


def parse_theme(path: Path) -> ThemeSpec:
    """Read one theme file; raises :class:`BriefingError` saying what is wrong with it.

    The file is read with the brief loader's rules (no aliases or tags, no duplicate keys, bounded
    nesting) and only if it is a regular file of a theme's size: a FIFO would block the reader, a
    link to ``/dev/zero`` would never end.
    """
    try:
        raw = _read_regular(path, MAX_THEME_BYTES + 1)
        if len(raw) > MAX_THEME_BYTES:
            raise BriefingError(f"{path}: larger than {MAX_THEME_BYTES // 1024} kB, not a theme")
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefingError(f"{path}: cannot read theme: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = _theme_data(text, path)
    except BriefingError as error:
        raise BriefingError(error.message.replace("invalid YAML", "invalid theme YAML", 1)) from None
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
        colors[key] = value if len(value) == 7 else "#" + "".join(c * 2 for c in value[1:])  # '#abc' is '#aabbcc'
    if "primary" not in colors:
        raise BriefingError(f"{path}: primary: a theme needs at least a primary colour")
    return ThemeSpec(name=name, dark=dark, colors=colors, path=path)


#: Theme texts whose data the cache keeps at most, and the longest one kept (a theme is a dozen lines).
MAX_CACHED_THEMES = 32
MAX_CACHED_THEME_CHARS = 8 * 1024


def _theme_data(text: str, path: Path) -> object:
    """What :func:`briefing.yamlio.parse` reads in a theme's text, from the machine's cache when
    this text was read before.  Importing PyYAML and parsing a dozen lines took an eighth of a
    ``briefing print`` run's CPU; a theme file changes rarely, so its data is kept in a table of
    the cache folder keyed by the whole text, in a file named for the reader's own source and the
    installed PyYAML (a change to either reads every theme afresh).  Refused texts are not kept:
    each run reports them as the reader words it."""
    from briefing import cachefile

    table_path = _theme_table()
    table = cachefile.read_table(table_path) if table_path is not None else {}
    if text in table:
        return table[text]
    from briefing import yamlio

    data: Any = yamlio.parse(text, str(path))[0]
    if table_path is not None and len(text) <= MAX_CACHED_THEME_CHARS:
        try:
            marshal.dumps(data)
        except ValueError:  # a value marshal cannot hold (a date): read afresh each time
            return data
        cachefile.add_to_table(table_path, {text: data}, {text: data}, MAX_CACHED_THEMES)
    return data


def _theme_table() -> Path | None:
    """The table's file, named for the YAML reader that fills it; None when PyYAML is not found."""
    import importlib.util
    import zlib

    from briefing import cachefile

    spec = importlib.util.find_spec("yaml")
    if spec is None or spec.origin is None:
        return None
    try:
        with open(os.path.join(os.path.dirname(__file__), "yamlio.py"), "rb") as reader:
            stamp = zlib.crc32(reader.read())
        info = os.stat(spec.origin)
    except OSError:
        return None
    stamp = zlib.crc32(f"{info.st_size} {info.st_mtime_ns}".encode(), stamp)
    return cachefile.cache_dir() / f"themes-{stamp:08x}.marshal"


def _read_regular(path: Path, limit: int) -> bytes:
    """Up to ``limit`` bytes of a regular file.  Opened without blocking and checked on the open
    file, so a FIFO or a device (or a link to one) is refused instead of hanging or never ending."""
    import stat

    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise BriefingError(f"{path}: not a regular file, not a theme")
        chunks, size = [], 0
        while size < limit and (chunk := os.read(fd, limit - size)):
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


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
    """The named theme (the default when None); unknown names are a :class:`BriefingError`.

    A file named after the theme (the user's before the shipped one) is read alone; the other
    files of the folders are read only when no file has that name.
    """
    wanted = name or DEFAULT_THEME
    if re.fullmatch(r"[A-Za-z0-9_.-]+", wanted):
        for directory in (user_themes_dir(), themes_dir()):
            for suffix in (".yaml", ".yml"):
                path = directory / f"{wanted}{suffix}"
                if path.is_file():
                    spec = parse_theme(path)
                    if spec.name == wanted:
                        return spec
    themes, _ = discover()
    if wanted not in themes:
        known = ", ".join(sorted(themes)) or "none"
        raise BriefingError(f"unknown theme {wanted!r} (known: {known})")
    return themes[wanted]
