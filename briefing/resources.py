"""Where the files that ship with briefing live: the seed article and the default themes.

In a source checkout they are the top-level ``seeds/`` and ``themes/`` folders; an installed wheel
carries copies under ``briefing/_data/`` (see ``pyproject.toml``).  Both layouts are looked up so
an editable install and a plain ``pip install .`` behave the same.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

SEED_NAME = "000_15fa05f4d3cf0d4f.txt"


def data_dir(name: str) -> Path:
    """The shipped folder ``name`` (``seeds`` or ``themes``)."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"briefing's {name}/ folder is missing from this installation")


def seed_path() -> Path:
    """The seed article opened when no path is given."""
    return data_dir("seeds") / SEED_NAME


def themes_dir() -> Path:
    """The folder of default theme files."""
    return data_dir("themes")
