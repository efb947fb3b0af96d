"""A story brief in the TUI: the Sources pane, stepping through an item's sources, the source filter."""

from pathlib import Path

from textual.widgets import Static
from tui_helpers import loaded, pilot_test

from briefing.compile import compile_text
from briefing.merge import merge_story
from briefing.store import dump_brief
from briefing.tui.launch import make_app
from briefing.tui.model import SOURCES, View, source_rows

FIRST = (
    "Harbour wall approved\n\n"
    '"The wall will protect the east side for fifty years," Mayor Ana Ruiz said on Tuesday.\n\n'
    "The council approved the flood wall after a long debate.\n"
)
SECOND = (
    "Council backs flood wall\n\n"
    "Ruiz welcomed the vote. "
    '"The wall will protect the east side for fifty years," she told reporters.\n\n'
    "Ferries will run while the harbour is closed.\n"
)


def story_file(tmp_path: Path) -> Path:
    briefs = [compile_text(FIRST, path="first.txt", published="2026-03-04"),
              compile_text(SECOND, path="second.txt", published="2026-03-05")]
    path = tmp_path / "story.yaml"
    dump_brief(merge_story(briefs), path)
    return path


def test_the_model_lists_sources_only_for_a_story_and_filters_items_by_source(tmp_path: Path) -> None:
    from briefing.store import load_brief

    story = load_brief(story_file(tmp_path))
    assert [r.text.split(" ", 1)[0] for r in source_rows(story)] == ["[1]", "[2]"]
    assert source_rows(merge_story([compile_text(FIRST)])) == []
    view = View.of(story)
    assert len(view.visible("quotes")) == 1
    view.source_id = "s2"
    assert all("s2" in r.sources for pane in ("summary", "timeline", "figures") for r in view.visible(pane))
    assert not any("council approved" in r.text for r in view.visible("summary"))


@pilot_test
async def test_sources_pane_filters_and_the_source_pane_steps_through_a_quotes_outlets(tmp_path: Path) -> None:
    app = make_app(story_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        main = app.main
        assert main.pane(SOURCES).display and len(main.pane(SOURCES).rows) == 2
        main.focus_pane("quotes")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        quote = main.pane("quotes").current
        assert quote is not None and quote.source_order() == ["s1", "s2"]
        assert main.source_id == "s1" and main.source.text == FIRST
        await pilot.press("right_square_bracket")
        await pilot.pause()
        start = SECOND.index("The wall will")
        assert main.source_id == "s2" and main.source.text == SECOND and main.source.lit()[0][0] == start
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert main.source_id == "s1"
        main.focus_pane(SOURCES)
        sources = main.pane(SOURCES)
        sources.highlighted = 1
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert main.view is not None and main.view.source_id == "s2"
        assert all("s2" in r.sources for r in main.pane("summary").rows)
        assert main.source.text == SECOND
        await pilot.press("escape")
        await pilot.pause()
        assert main.view.source_id is None


@pilot_test
async def test_several_articles_open_as_one_story_with_a_source_per_article(tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    app = make_app(first, story=[str(first), str(second)])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.brief is not None and [s.path for s in app.brief.sources] == [str(first), str(second)]
        assert len(app.main.pane(SOURCES).rows) == 2
        assert app.target.label == f"story: {first} and 1 more"
        assert len(app.brief.quotes) == 1 and app.brief.quotes[0].sources == ["s1", "s2"]


@pilot_test
async def test_a_story_of_articles_that_all_fail_says_why_in_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    app = make_app(empty, story=[str(empty), str(empty)])
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.brief is None
        error = app.main.query_one("#error", Static)
        message = str(error.content)
        assert error.display and "none of the 2 articles could be compiled" in message and "\n" not in message
