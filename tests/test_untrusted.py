"""Untrusted briefs, paths and outputs: what is written reads back, what is read is refused in one
line when a brief could not hold it, nothing reaches the terminal as escape codes, and ``-o``
never turns a device, a FIFO or a symlink into a regular file."""

from __future__ import annotations

import dataclasses
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefing.compile import compile_text
from briefing.errors import BriefingError
from briefing.store import dump_brief, dumps_brief, json_line, load_brief, loads_brief, write_atomic
from briefing.views.markdown import render

ARTICLE = 'Ann Roe said the vote failed.{c}{c}The council met on Monday. "We{c}win," she said.'
#: NEL, line and paragraph separators, lone surrogates (an article read with surrogate escapes), a BOM.
AWKWARD = ["\x85", "\u2028", "\u2029", "\ud800", "\udfff", "\ufeff"]


@pytest.mark.parametrize("char", AWKWARD, ids=[f"U+{ord(c):04X}" for c in AWKWARD])
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_every_awkward_character_round_trips_through_a_file(char: str, fmt: str, tmp_path: Path) -> None:
    brief = compile_text(ARTICLE.format(c=char))
    path = tmp_path / f"brief.{fmt}"
    dump_brief(brief, path)
    path.read_bytes().decode("utf-8")  # the file is UTF-8, whatever the article held
    assert load_brief(path).to_dict() == brief.to_dict()
    assert loads_brief(dumps_brief(brief, fmt), fmt=fmt).to_dict() == brief.to_dict()  # type: ignore[arg-type]


def test_a_lone_surrogate_is_a_json_escape_in_json_lines() -> None:
    line = json_line(compile_text(ARTICLE.format(c="\ud800")))
    assert "\\ud800" in line and "\ud800" not in line


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    brief = compile_text(ARTICLE.format(c=" "), published="2021-01-05")
    return {"yaml": dumps_brief(brief, "yaml"), "json": dumps_brief(brief, "json")}


def _refusal(text: str, fmt: str) -> str:
    with pytest.raises(BriefingError) as caught:
        loads_brief(text, name=f"b.{fmt}", fmt=fmt)  # type: ignore[arg-type]
    message = caught.value.message
    assert "\n" not in message
    return message


def test_a_duplicate_key_is_refused_with_its_line(texts: dict[str, str]) -> None:
    assert _refusal(texts["yaml"].replace("title:", "title: x\ntitle:", 1), "yaml") == (
        "b.yaml:3: invalid YAML: duplicate key 'title'"
    )
    assert _refusal(texts["json"].replace('"title":', '"title": "x", "title":', 1), "json") == (
        "b.json: invalid JSON: duplicate key 'title'"
    )


def test_an_impossible_date_is_refused_not_a_crash(texts: dict[str, str]) -> None:
    message = _refusal(texts["yaml"].replace("published: '2021-01-05'", "published: 2021-13-45"), "yaml")
    assert message.endswith("invalid YAML: not a valid date: '2021-13-45'")


def test_markdown_shows_no_escape_code_from_any_field() -> None:
    brief = compile_text(ARTICLE.format(c=" "))
    source = dataclasses.replace(brief.sources[0], sha256="\x1b]0;HACKED\x07" + "0" * 52, path="a`b\x1b[2J.txt")
    shown = render(dataclasses.replace(brief, sources=[source]))
    assert "\x1b" not in shown and "\x07" not in shown
    assert "`a'b" in shown  # a backtick cannot close the code span early


def _briefing(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *args], capture_output=True, text=True, timeout=120)


def test_a_file_name_with_escape_codes_is_shown_without_them(tmp_path: Path) -> None:
    name = tmp_path / "\x1b]0;PWNED\x07x.yaml"
    name.write_text("x")
    run = _briefing("print", str(name))
    assert run.returncode == 1
    assert "\x1b" not in run.stderr and "\x07" not in run.stderr
    assert len(run.stderr.splitlines()) == 1 and "x.yaml" in run.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["markdown", "print", "compile"])
def test_stdout_on_a_full_device_is_one_line_and_exit_1(command: str, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE.format(c=" "))
    with open("/dev/full", "w") as full:
        run = subprocess.run(
            [sys.executable, "-m", "briefing", command, str(article)], stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert run.returncode == 1
    assert run.stderr.splitlines() == [run.stderr.strip()] and "No space left on device" in run.stderr
    assert "internal error" not in run.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_batch_streaming_to_a_full_device_stops_with_one_line(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(ARTICLE.format(c=" "))
    with open("/dev/full", "w") as full:
        run = subprocess.run(
            [sys.executable, "-m", "briefing", "compile", str(tmp_path), "--format", "jsonl", "-j", "2"],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
        )
    assert run.returncode == 1
    assert run.stderr.splitlines() == ["briefing: error: stdout: cannot write: No space left on device"]


def test_writing_onto_a_symlink_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.yaml"
    target.write_text("old")
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and target.read_text() == "new"


def test_replacing_a_file_keeps_its_mode_and_a_new_file_follows_the_umask(tmp_path: Path) -> None:
    old = tmp_path / "shared.yaml"
    old.write_text("old")
    old.chmod(0o644)
    write_atomic(old, "new")
    assert stat.S_IMODE(old.stat().st_mode) == 0o644 and old.read_text() == "new"
    mask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "fresh.yaml", "x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "fresh.yaml").stat().st_mode) == 0o640


def test_a_device_is_written_directly_and_stays_a_device(tmp_path: Path) -> None:
    """``-o /dev/null`` as root: a character device of our own (the real one is not a test's to risk)."""
    device = tmp_path / "null.yaml"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device needs root")
    write_atomic(device, "brief text")
    assert stat.S_ISCHR(device.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null.yaml"]


def test_a_fifo_is_written_directly_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "out.yaml"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    write_atomic(fifo, "brief text")
    reader.join(timeout=10)
    assert got == ["brief text"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]
