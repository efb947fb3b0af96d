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


def test_a_theme_read_before_is_read_again_without_the_yaml_reader(tmp_path: Path) -> None:
    """The cache keeps what the reader made of a theme's text: a second run needs no PyYAML."""
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path)}
    code = (
        "import sys; from briefing.themes import load_theme; spec = load_theme(None); "
        "print(spec.name, spec.colors['primary'], 'yaml' in sys.modules)"
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
            for _ in range(2)]
    first, second = (run.split() for run in runs)
    assert first[:2] == second[:2] and first[0] == DEFAULT_THEME
    assert (first[2], second[2]) == ("True", "False")


def test_a_changed_or_refused_theme_is_read_afresh_each_time(
    user_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = user_dir / "mine.yaml"
    path.write_text("name: mine\nprimary: '#111111'\n")
    assert load_theme("mine").colors["primary"] == "#111111"
    path.write_text("name: mine\nprimary: '#222222'\n")
    assert load_theme("mine").colors["primary"] == "#222222"
    path.write_text("name: mine\nprimary: '#333333'\nprimary: '#444444'\n")
    for _ in range(2):
        assert "duplicate key 'primary'" in _error(path)
