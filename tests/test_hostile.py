"""Hostile input through the command line: a correct brief, or one clear line and exit 1.

Never a traceback, never a hang, never a partial file, and never article text that takes over the
terminal.
"""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli import cli
from briefing.store import load_brief

STORY = (
    'Mayor Ana Ruiz said on Tuesday that the city will borrow $40 million. "We have no choice," she said.\n\n'
    "The council votes next month.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def compile_ok(runner: CliRunner, path: Path) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(cli, ["compile", str(path)])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def refused(runner: CliRunner, args: list[str], tmp_path: Path) -> str:
    before = sorted(tmp_path.iterdir())
    result = runner.invoke(cli, args)
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("briefing: error: ")
    assert sorted(tmp_path.iterdir()) == before, "a refused input left a file behind"
    return result.stderr


def test_one_megabyte_line_without_punctuation_compiles(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_text(("word Another " * 80_000)[:1_000_000])
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "compile", str(path)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["sources"][0]["words"] > 100_000


def test_twenty_megabyte_article_is_refused_quickly_in_one_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(STORY.encode() * (20 * 1024 * 1024 // len(STORY) + 1))
    assert "larger than" in refused(runner, ["compile", str(path), "-o", str(tmp_path / "out.yaml")], tmp_path)


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "utf-16"),
        ((STORY + "Café owner Zoë agreed.\n").encode("latin-1"), "latin-1"),
    ],
)
def test_other_encodings_compile_to_the_same_story(runner: CliRunner, tmp_path: Path, raw: bytes, encoding: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(raw)
    data = compile_ok(runner, path)
    assert data["sources"][0]["text"].startswith("Mayor Ana Ruiz said")


@pytest.mark.parametrize("raw", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", STORY.encode()[:40] + b"\x00" * 8 + STORY.encode()])
def test_binary_and_nul_bytes_are_refused(runner: CliRunner, tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(raw)
    assert "binary" in refused(runner, ["compile", str(path), "-o", str(tmp_path / "o.yaml")], tmp_path)


ESCAPES = (
    "Mayor \x1b[31mAna Ruiz\x1b[0m said on Tuesday \x1b]8;;http://evil.invalid\x07click\x1b]8;;\x07 that "
    '"[bold red]the city[/] will \x1b]52;c;cm0gLXJmIH4=\x07 borrow *money* <b>now</b> | today," she said.\x07\n'
)


@pytest.mark.parametrize("command", ["print", "markdown"])
def test_escape_codes_and_markup_in_the_article_never_reach_the_terminal(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    path = tmp_path / "escapes.txt"
    path.write_text(ESCAPES)
    result = runner.invoke(cli, [command, str(path), *(["--color", "always"] if command == "print" else [])])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for bad in ("\x1b]", "\x07", "\x1b[31m", "\x1b[0mAna"):
        assert bad not in out
    assert "[bold red]the city[/]" in out.replace("\\", "")


def test_escape_codes_are_kept_in_the_brief_as_data(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "escapes.txt"
    path.write_text(ESCAPES)
    out = tmp_path / "b.yaml"
    assert runner.invoke(cli, ["compile", str(path), "-o", str(out)]).exit_code == 0
    assert load_brief(out).sources[0].text == ESCAPES


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("!!python/object/apply:os.system ['echo pwned']\n", "is not allowed"),
        ("a: &a [1, 2]\nb: [*a, *a, *a]\n", "aliases"),
        ("schema: briefing/1\ntitle: 42\n", "title: expected a string, got 42"),
        ("- just\n- a list\n", "expected a mapping"),
        ("{unclosed: [\n", "invalid YAML"),
    ],
)
def test_hostile_yaml_briefs_are_refused(runner: CliRunner, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "b.yaml"
    path.write_text(content)
    assert message in refused(runner, ["print", str(path)], tmp_path)


def test_wrong_types_and_out_of_range_offsets_are_refused(runner: CliRunner, tmp_path: Path, brief) -> None:  # type: ignore[no-untyped-def]
    data = brief.to_dict()
    data["quotes"][0]["end"] = 10**9
    path = tmp_path / "range.json"
    path.write_text(json.dumps(data))
    assert "quotes[0].end" in refused(runner, ["markdown", str(path)], tmp_path)
    data = brief.to_dict()
    data["actors"][0]["mentions"] = "many"
    path.write_text(json.dumps(data))
    assert "actors[0].mentions: expected a whole number" in refused(runner, ["markdown", str(path)], tmp_path)


def test_markdown_injection_in_the_article_stays_text(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "inject.txt"
    path.write_text('# Not a heading\n\n| a | b |\n\nOfficials said "![img](http://x.invalid/p.png) [x](javascript:alert(1))" today.\n')
    out = runner.invoke(cli, ["markdown", str(path)]).stdout
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(out)
    inline = [c for t in tokens for c in (t.children or [])]
    assert not [c for c in inline if c.type in ("link_open", "image", "html_inline")], "no link, image or HTML"
    assert "[x](javascript:alert(1))" in "".join(c.content for c in inline if c.type == "text")
    assert not any(line.startswith("# Not") for line in out.splitlines())
