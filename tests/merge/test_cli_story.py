"""``briefing compile ... --story``: one story brief from several articles, bad files reported."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from briefing.brief import Brief
from briefing.cli import cli
from briefing.store import load_brief


def write_story(tmp_path: Path, articles: list[tuple[str, str, str]]) -> list[str]:
    """The articles as files, each opening with its dateline so it carries its own day."""
    paths = []
    for name, text, day in articles:
        path = tmp_path / name
        path.write_text(f"{day}\n{text}", encoding="utf-8")
        paths.append(str(path))
    return paths


def test_story_prints_one_json_brief_with_every_source_in_order(tmp_path: Path, articles: list) -> None:
    paths = write_story(tmp_path, articles)
    result = CliRunner().invoke(cli, ["compile", *paths, "--story", "--format", "json", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(s["id"], s["path"]) for s in data["sources"]] == [("s1", paths[0]), ("s2", paths[1]), ("s3", paths[2])]
    story = Brief.from_dict(data)
    assert {c.kind for c in story.conflicts} >= {"figure", "speaker"}
    assert any(len(q.sources) == 3 for q in story.quotes)


def test_story_writes_a_yaml_file_with_o(tmp_path: Path, articles: list) -> None:
    paths = write_story(tmp_path, articles)
    out = tmp_path / "story.yaml"
    result = CliRunner().invoke(cli, ["compile", *paths, "--story", "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    assert len(load_brief(out).sources) == 3


def test_story_with_a_bad_file_keeps_the_others_and_exits_1(tmp_path: Path, articles: list) -> None:
    paths = write_story(tmp_path, articles[:2])
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\xff\xfe binary")
    result = CliRunner().invoke(cli, ["compile", paths[0], str(bad), paths[1], "--story", "--jobs", "1"])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr and "bad.txt" in result.stderr
    assert [s["path"] for s in json.loads(result.stdout)["sources"]] == paths


def test_story_of_nothing_compilable_is_one_line_and_no_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\xff\xfe binary")
    out = tmp_path / "story.json"
    result = CliRunner().invoke(cli, ["compile", str(bad), "--story", "-o", str(out)])
    assert result.exit_code == 1 and not out.exists()
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("briefing: error: ")


def test_story_refuses_out_dir_and_jsonl(tmp_path: Path, articles: list) -> None:
    paths = write_story(tmp_path, articles[:1])
    for extra in (["--out", str(tmp_path / "d")], ["--format", "jsonl"]):
        assert CliRunner().invoke(cli, ["compile", *paths, "--story", *extra]).exit_code == 2


def test_open_takes_several_articles_only_as_a_story_and_not_with_watch(tmp_path: Path, articles: list) -> None:
    paths = write_story(tmp_path, articles)
    several = CliRunner().invoke(cli, ["open", *paths])
    assert several.exit_code == 2 and "only with --story" in several.stderr
    watched = CliRunner().invoke(cli, [*paths, "--story", "--watch"])
    assert watched.exit_code == 2 and "--watch follows one file" in watched.stderr
    missing = CliRunner().invoke(cli, ["open", paths[0], str(tmp_path / "gone.txt"), "--story"])
    assert missing.exit_code == 1
    assert missing.stderr == f"briefing: error: {tmp_path / 'gone.txt'}: no such file\n"
