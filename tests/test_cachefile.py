"""The cache folder and its writes: whole files or none, and no error where it cannot be written."""

from __future__ import annotations

import marshal
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


def test_a_table_is_read_back_whole_and_merged_with_what_another_run_added(tmp_path: Path) -> None:
    target = tmp_path / "table.marshal"
    cachefile.add_to_table(target, {"a": 1}, {"a": 1}, bound=10)
    cachefile.add_to_table(target, {"b": 2}, {"b": 2}, bound=10)
    assert cachefile.read_table(target) == {"a": 1, "b": 2}
    cachefile.add_to_table(target, {"c": 3}, {"c": 3}, bound=2)  # over the bound: only this run's
    assert cachefile.read_table(target) == {"c": 3}


@pytest.mark.parametrize("content", [b"\x00not marshal", marshal.dumps([1, 2])])
def test_a_damaged_table_or_one_that_is_no_dict_reads_as_empty(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "table.marshal"
    target.write_bytes(content)
    assert cachefile.read_table(target) == {}
    assert cachefile.read_table(tmp_path / "missing.marshal") == {}


def test_a_table_others_can_write_is_not_read(tmp_path: Path) -> None:
    """The tables hold code a run executes: read like Python's own bytecode files, only the user's."""
    target = tmp_path / "table.marshal"
    cachefile.add_to_table(target, {"a": 1}, {}, bound=10)
    assert cachefile.read_table(target) == {"a": 1}
    target.chmod(0o666)
    assert cachefile.read_table(target) == {}
