"""Feeds: each entry one article, from the feed's full text or from its page; compiled as a batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from page_helpers import HEADLINE, PUBLISHED, SECOND_HEADLINE, SECOND_PARAGRAPHS, atom_feed, rss_feed

from briefing.cli import cli
from briefing.errors import BriefingError
from briefing.sources import Raw, load, read_article
from briefing.sources.feed import read_entry, read_feed
from briefing.store import load_brief


def _feed(tmp_path: Path, text: str, name: str = "local.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_feed_gives_one_entry_per_item_with_its_metadata(tmp_path: Path) -> None:
    entries = load(_feed(tmp_path, rss_feed("https://news.tidewater.example/local/old-mill-bridge-vote")))
    assert isinstance(entries, list) and [e.title for e in entries] == [SECOND_HEADLINE, HEADLINE]
    ferry, bridge = entries
    assert (ferry.author, ferry.published, ferry.stem) == ("Sam Okafor", "2025-03-07", "ferry-strike-vote")
    assert ferry.content is not None and bridge.content is None  # full text in the feed, or only a summary


def test_an_entry_with_its_full_text_is_compiled_from_the_feed() -> None:
    ferry = read_feed(Raw(rss_feed("http://127.0.0.1:9/unused").encode(), "local.xml"))[0]
    article = read_entry(ferry)
    assert article.text.split("\n\n")[: len(SECOND_PARAGRAPHS)] == list(SECOND_PARAGRAPHS)
    assert (article.title, article.author, article.published) == (SECOND_HEADLINE, "Sam Okafor", "2025-03-07")


def test_an_atom_feed_is_read_too(tmp_path: Path) -> None:
    (entry,) = read_feed(Raw(atom_feed().encode(), "atom.xml"))
    assert entry.published == "2025-03-07" and entry.title == SECOND_HEADLINE
    assert read_entry(entry).text.startswith(SECOND_PARAGRAPHS[0])


def test_compile_feed_out_dir_writes_one_brief_per_entry_fetching_summary_only_entries(
    server: str, tmp_path: Path
) -> None:
    feed = _feed(tmp_path, rss_feed(f"{server}/story"))
    result = CliRunner().invoke(cli, ["compile", str(feed), "--out", str(tmp_path / "briefs"), "-j", "2"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "briefs").iterdir()) == ["ferry-strike-vote.yaml", "story.yaml"]
    ferry = load_brief(tmp_path / "briefs" / "ferry-strike-vote.yaml")
    bridge = load_brief(tmp_path / "briefs" / "story.yaml")
    assert ferry.title == SECOND_HEADLINE and ferry.sources[0].author == "Sam Okafor"
    assert bridge.title == HEADLINE and bridge.sources[0].published == PUBLISHED  # from the fetched page
    assert any(q.speaker == "Margaret Osei" for q in bridge.quotes)


def test_a_feed_url_streams_jsonl(server: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["compile", f"{server}/feed.xml", "--format", "jsonl", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert titles == [SECOND_HEADLINE, HEADLINE]


def test_a_feed_without_an_output_directory_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["compile", str(_feed(tmp_path, atom_feed()))])
    assert result.exit_code == 2 and "a feed holds several articles" in result.stderr


@pytest.mark.parametrize("command", ["print", "markdown"])
def test_a_feed_given_to_a_view_is_refused_in_one_line(tmp_path: Path, command: str) -> None:
    result = CliRunner().invoke(cli, [command, str(_feed(tmp_path, atom_feed()))])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "is a feed of articles, not one article" in line and "--out DIR" in line


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "has no entries"),
        ('<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</item></rss>', "not a readable feed"),
    ],
)
def test_an_empty_or_broken_feed_is_one_line(tmp_path: Path, text: str, said: str) -> None:
    with pytest.raises(BriefingError, match=said):
        load(_feed(tmp_path, text))
    result = CliRunner().invoke(cli, ["compile", str(_feed(tmp_path, text, "x.rss")), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and said in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_feed_inside_a_directory_is_expanded_into_its_entries(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _feed(folder, atom_feed(), "atom.xml")
    result = CliRunner().invoke(cli, ["compile", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["ferry-strike-vote.yaml"]


def test_read_article_refuses_a_feed(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="is a feed of articles"):
        read_article(_feed(tmp_path, atom_feed()))


def test_a_feed_url_among_several_targets_is_expanded_and_each_url_fetched_once(server: str, tmp_path: Path) -> None:
    from http_helpers import SEEN_AGENTS

    before = len(SEEN_AGENTS)
    out = tmp_path / "briefs"
    result = CliRunner().invoke(cli, ["compile", f"{server}/feed.xml", f"{server}/plain", "--out", str(out), "-j", "2"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ferry-strike-vote.yaml", "plain.yaml", "story.yaml"]
    assert len(SEEN_AGENTS) - before == 3  # the feed, the page of its summary-only entry, the plain text


def test_a_feed_file_named_like_an_article_among_several_targets_is_expanded(tmp_path: Path) -> None:
    feed = _feed(tmp_path, atom_feed(), "latest.txt")
    article = tmp_path / "council.txt"
    article.write_text("The council voted on Tuesday to close the old bridge to lorries.\n", encoding="utf-8")
    out = tmp_path / "briefs"
    result = CliRunner().invoke(cli, ["compile", str(feed), str(article), "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["council.yaml", "ferry-strike-vote.yaml"]


def test_a_url_that_fails_while_the_targets_are_expanded_is_reported_by_its_worker_alone(
    server: str, tmp_path: Path
) -> None:
    out = tmp_path / "briefs"
    result = CliRunner().invoke(cli, ["compile", f"{server}/missing", f"{server}/feed.xml", "--out", str(out), "-j", "1"])
    assert result.exit_code == 1
    assert f"{server}/missing: not found (HTTP 404)" in result.stderr and "1 of 3 articles failed" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ferry-strike-vote.yaml", "story.yaml"]
