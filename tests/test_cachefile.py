"""The cache folder and its writes: whole files or none, and no error where it cannot be written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefing import cachefile, patterns
from briefing.compile.lexicon import gazetteer


def test_the_cache_folder_follows_xdg_cache_home_else_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cachefile.cache_dir() == tmp_path / "briefing"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cachefile.cache_dir() == tmp_path / "home" / ".cache" / "briefing"


def test_the_gazetteer_and_the_patterns_share_the_one_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert gazetteer.cache_path().parent == patterns.cache_path().parent == cachefile.cache_dir()  # type: ignore[union-attr]


def test_a_write_replaces_the_file_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "new" / "table.marshal"
    assert cachefile.write_atomic(target, b"first")
    assert cachefile.write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["table.marshal"]


def test_a_failed_write_keeps_the_old_file_and_removes_its_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "table.marshal"
    target.write_bytes(b"old")
    seen: list[str] = []

    def refuse(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        seen.append(os.path.basename(src))
        raise OSError("no space left")

    monkeypatch.setattr(cachefile.os, "replace", refuse)
    assert cachefile.write_atomic(target, b"new") is False
    assert target.read_bytes() == b"old"
    assert seen and seen[0].startswith(".table.marshal.")
    assert [p.name for p in tmp_path.iterdir()] == ["table.marshal"]


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:  # root writes anywhere: block the folder with a file instead
        blocked = tmp_path / "file-not-dir"
        blocked.write_text("x")
        target = blocked / "briefing" / "g.marshal"
    else:
        tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)
        target = tmp_path / "briefing" / "g.marshal"
    assert cachefile.write_atomic(target, b"payload") is False
