"""Pages and refusals at every command: compile, print, markdown; warnings and errors in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from page_helpers import HEADLINE, PUBLISHED, news_page

from briefing.brief import Brief
from briefing.cli import cli
from briefing.resources import seed_path
from briefing.store import dump_brief, load_brief

GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Mühlenbrücke für den gesamten Verkehr zu sperren. "
    "Ingenieure hatten tiefe Risse in zwei Pfeilern gefunden. Die Reparatur soll mehr als vier Millionen "
    "Euro kosten und mindestens achtzehn Monate dauern, heißt es in einem Bericht an die Stadträte. "
    "Händler in der Innenstadt befürchten, dass ihre Kunden wegbleiben werden.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "story.html"
    path.write_text(news_page(), encoding="utf-8")
    return path


def _error(result: object) -> str:
    stderr: str = result.stderr  # type: ignore[attr-defined]
    assert result.exit_code == 1, stderr  # type: ignore[attr-defined]
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: ") and "Traceback" not in stderr
    return lines[0]


def test_compile_of_a_page_records_its_title_and_date(runner: CliRunner, page: Path) -> None:
    result = runner.invoke(cli, ["compile", str(page)])
    assert result.exit_code == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["title"] == HEADLINE and brief["sources"][0]["published"] == PUBLISHED
    assert "<" not in brief["sources"][0]["text"]


@pytest.mark.parametrize("command", ["print", "markdown"])
def test_the_views_show_a_page_as_its_story(runner: CliRunner, page: Path, command: str) -> None:
    result = runner.invoke(cli, [command, str(page), *(["--color", "never"] if command == "print" else [])])
    assert result.exit_code == 0, result.stderr
    assert HEADLINE in result.stdout and "<!DOCTYPE" not in result.stdout and "cookies" not in result.stdout


def test_compile_of_a_brief_says_it_is_already_a_brief(runner: CliRunner, tmp_path: Path) -> None:
    brief = tmp_path / "brief.yaml"
    dump_brief(_seed_brief(runner, tmp_path), brief)
    line = _error(runner.invoke(cli, ["compile", str(brief)]))
    assert "is already a brief" in line and f"briefing print {brief}" in line


def _seed_brief(runner: CliRunner, tmp_path: Path) -> Brief:
    out = tmp_path / "seed.json"
    assert runner.invoke(cli, ["compile", str(seed_path()), "-o", str(out)]).exit_code == 0
    return load_brief(out)


@pytest.mark.parametrize("command", ["compile", "print", "markdown"])
def test_a_pdf_named_txt_is_refused_in_one_line_and_no_file_is_written(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << >> stream\nBT /F1 12 Tf 72 712 Td (Hello) Tj ET\nendstream")
    out = tmp_path / "out.yaml"
    args = [command, str(pdf), *(["-o", str(out)] if command == "compile" else [])]
    assert "is a PDF document, not an article" in _error(runner.invoke(cli, args))
    assert not out.exists()


def test_a_directory_of_articles_skips_nothing_but_refuses_a_pdf_among_them(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.html").write_text(news_page(), encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    result = runner.invoke(cli, ["compile", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "scan.pdf: is a PDF document" in result.stderr
    assert load_brief(tmp_path / "out" / "story.yaml").title == HEADLINE


def test_non_english_text_compiles_with_one_warning_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "bericht.txt"
    path.write_text(GERMAN, encoding="utf-8")
    result = runner.invoke(cli, ["compile", str(path)])
    assert result.exit_code == 0 and json.loads(result.stdout)["sources"][0]["text"] == GERMAN
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: warning: ") and "English" in lines[0]


def test_english_text_compiles_without_a_warning(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["markdown", str(seed_path())])
    assert result.exit_code == 0 and result.stderr == ""


def test_help_no_longer_suggests_html2text(runner: CliRunner) -> None:
    for args in (["--help"], ["compile", "--help"]):
        assert "html2text" not in runner.invoke(cli, args).stdout
