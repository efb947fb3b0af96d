"""``briefing html`` without a browser: one page, article text escaped, no outside resources."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from click.testing import CliRunner
from test_views import hostile_brief

from briefing.brief import Brief
from briefing.cli import cli
from briefing.views.html import ACTORS_SHOWN, FOLD_SLACK, render


def test_the_page_is_self_contained(brief: Brief) -> None:
    page = render(brief)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page), "no outside resource"
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert page.count("<script>") == 1 and page.count("<style>") == 1


def test_every_item_carries_its_evidence_and_the_source_is_cut_at_it(brief: Brief) -> None:
    page = render(brief)
    refs = re.findall(r'data-ev="([^"]*)"', page)
    items = len(brief.summary) + len(brief.actors) + len(brief.quotes) + len(brief.timeline) + len(brief.figures)
    assert len(refs) == items and all(refs)
    offsets = {int(o) for o in re.findall(r'data-o="(\d+)"', page)}
    for ref in brief.quotes[0].evidence:
        assert ref.start in offsets and ref.end in offsets


def test_the_source_leaves_out_the_articles_blank_lines_at_either_end_and_keeps_the_offsets(brief: Brief) -> None:
    pad = "\n  \n\n"
    source = brief.sources[0]
    source.text = pad + source.text.rstrip("\n") + "\n\n \n"
    for item in (*brief.summary, *brief.actors, *brief.quotes, *brief.timeline, *brief.figures):
        item.evidence = [type(r)(r.source, r.start + len(pad), r.end + len(pad)) for r in item.evidence]
    page = render(brief)
    pre = re.search(r'<pre class="source"[^>]*>(.*?)</pre>', page, re.S)
    assert pre is not None
    shown = re.sub(r"<[^>]+>", "", pre.group(1))
    assert shown == source.text.strip("\n ").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    first = re.search(r'<pre class="source"[^>]*><span data-o="(\d+)">', page)
    assert first is not None and int(first.group(1)) == len(pad)
    offsets = {int(o) for o in re.findall(r'data-o="(\d+)"', page)}
    assert all(r.start in offsets for r in brief.quotes[0].evidence)


def test_article_text_is_escaped_everywhere(brief: Brief) -> None:
    page = render(hostile_brief(brief))
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "\x1b" not in page and "\x07" not in page
    assert "[bold red]Not markup[/]" in page, "text that is markup elsewhere stays as typed"


def test_dates_are_worded_and_the_value_kept_for_machines(brief: Brief) -> None:
    page = render(brief)
    assert "3 Mar 2026" in page and 'data-value="2026-03-03"' in page
    assert "late 2027" in page and "late 2027 (late)" not in page


def test_html_writes_to_a_file_or_standard_output(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('The council approved a $12 million wall on Tuesday, "a promise kept," Mayor Ana Ruiz said.\n', encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "brief.html"
    assert runner.invoke(cli, ["html", str(article), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = runner.invoke(cli, ["html", str(article), "--theme", "briefing-dark"])
    assert result.exit_code == 0 and "#1c1c1c" in result.stdout


def test_html_of_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["html", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "no such file" in result.stderr


def test_serve_of_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "no such file" in result.stderr


def test_a_long_actor_list_folds_under_show_all_so_the_quotes_stay_near(brief: Brief) -> None:
    base = brief.actors[0]
    brief.actors = [dataclasses.replace(base, id=f"a{n}", name=f"Actor {n}") for n in range(ACTORS_SHOWN + FOLD_SLACK + 2)]
    page = render(brief)
    actors = re.search(r'<section aria-label="Actors">(.*?)</section>', page, re.S)
    assert actors is not None
    shown, folded = actors.group(1).split("<details>", 1)
    assert shown.count("<li ") == ACTORS_SHOWN and folded.count("<li ") == FOLD_SLACK + 2
    assert f"Show all {len(brief.actors)} ({FOLD_SLACK + 2} more)" in folded
    assert page.index('aria-label="Quotes"') > page.index("</details>"), "the quotes follow the folded list"


def test_a_short_actor_list_is_not_folded(brief: Brief) -> None:
    base = brief.actors[0]
    brief.actors = [dataclasses.replace(base, id=f"a{n}", name=f"Actor {n}") for n in range(ACTORS_SHOWN + FOLD_SLACK)]
    assert "<details>" not in render(brief), "folding away one or two actors saves nothing"
