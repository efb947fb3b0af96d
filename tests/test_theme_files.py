"""Theme files are untrusted too: only the theme asked for is read, with the brief loader's rules,
a size cap, and never from a FIFO or a device."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.themes import DEFAULT_THEME, discover, load_theme, parse_theme


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    folder = tmp_path / "briefing" / "themes"
    folder.mkdir(parents=True)
    return folder


def _error(path: Path) -> str:
    with pytest.raises(BriefingError) as caught:
        parse_theme(path)
    assert "\n" not in caught.value.message
    return caught.value.message


def test_a_fifo_or_a_link_to_a_device_is_refused_not_read(user_dir: Path) -> None:
    os.mkfifo(user_dir / "fifo.yaml")
    (user_dir / "zero.yaml").symlink_to("/dev/zero")
    assert _error(user_dir / "fifo.yaml").endswith("not a regular file, not a theme")
    assert _error(user_dir / "zero.yaml").endswith("not a regular file, not a theme")
    themes, errors = discover()
    assert DEFAULT_THEME in themes and len(errors) == 2


def test_the_theme_asked_for_is_read_alone(user_dir: Path) -> None:
    os.mkfifo(user_dir / "x.yaml")
    (user_dir / "deep.yaml").write_text("[" * 5000 + "]" * 5000)
    assert load_theme(DEFAULT_THEME).name == DEFAULT_THEME
    (user_dir / "mine.yaml").write_text("name: mine\nprimary: '#abc'\n")
    assert load_theme("mine").colors["primary"] == "#aabbcc"  # the short form, spelled out for the styles


def test_nesting_size_and_duplicates_are_refused_in_one_line(user_dir: Path) -> None:
    (user_dir / "deep.yaml").write_text("[" * 5000 + "]" * 5000)
    assert "invalid theme YAML" in _error(user_dir / "deep.yaml")
    (user_dir / "big.yaml").write_bytes(b"# " + b"x" * (2 * 1024 * 1024))
    assert "larger than 64 kB" in _error(user_dir / "big.yaml")
    (user_dir / "twice.yaml").write_text("name: a\nprimary: '#aaaaaa'\nprimary: '#bbbbbb'\n")
    assert "duplicate key 'primary'" in _error(user_dir / "twice.yaml")
