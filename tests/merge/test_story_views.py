"""print and markdown of a story brief: a Sources section, a source tag on every item, Disagreements."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner

from briefing.brief import Brief
from briefing.cli import cli
from briefing.views.console import render_to
from briefing.views.markdown import render


def test_markdown_lists_the_sources_tags_every_item_and_shows_the_disagreements(story: Brief) -> None:
    text = render(story)
    sources = text.split("## Sources\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [line.split(".", 1)[0] for line in sources] == ["1", "2", "3"]
    assert all(s.path and s.path in line for s, line in zip(story.sources, sources, strict=True))
    assert "(said) \\[1, 2, 3]" in text
    for s in story.summary:
        assert f"\\[{s.sources[0][1:]}]" in text
    disagreements = text.split("## Disagreements\n", 1)[1]
    assert disagreements.count("- **") == len(story.conflicts) == 3
    assert "$40 million \\[1]" in disagreements and "$55 million \\[2]" in disagreements


def test_print_lists_the_sources_tags_items_and_shows_the_disagreements(story: Brief) -> None:
    out = io.StringIO()
    render_to(out, story, color="never", width=120)
    text = out.getvalue()
    assert "Sources" in text and "Disagreements" in text
    assert " [1] " in text and "[1, 2, 3]" in text
    assert "$40 million [1]" in text and "$55 million [2]" in text


def test_a_one_article_brief_has_no_tags_sources_or_disagreements(briefs: list[Brief]) -> None:
    text = render(briefs[0])
    assert "## Sources" not in text and "## Disagreements" not in text and "\\[1\\]" not in text


def test_views_take_several_articles_with_story(tmp_path: Path, articles: list) -> None:
    paths = []
    for name, text, _ in articles:
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    runner = CliRunner()
    markdown = runner.invoke(cli, ["markdown", *paths, "--story"])
    assert markdown.exit_code == 0, markdown.stderr
    assert "## Sources" in markdown.stdout and "## Disagreements" in markdown.stdout
    printed = runner.invoke(cli, ["print", *paths, "--story", "--color", "never"])
    assert printed.exit_code == 0 and "Disagreements" in printed.stdout
    refused = runner.invoke(cli, ["markdown", *paths])
    assert refused.exit_code == 2 and "--story" in refused.stderr
