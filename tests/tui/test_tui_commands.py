"""The app's own commands: copy, export Markdown, open another file, toggle the source."""

from pathlib import Path

from tui_helpers import SAMPLE, loaded, pilot_test, sample_app

from briefing.store import load_brief
from briefing.tui.screens.main import MainScreen
from briefing.tui.screens.prompt import PathPrompt
from briefing.views.markdown import render


@pilot_test
async def test_c_copies_the_selected_item() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "tab", "c")
        assert app.clipboard.startswith("“This line will carry 4,000 passengers a week,”")
        assert app.clipboard.endswith("Ada Quist")


@pilot_test
async def test_copy_in_the_source_pane_takes_the_lit_evidence() -> None:
    brief = load_brief(SAMPLE)
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("s", "tab", "tab", "tab", "tab")  # figures: the first is lit
        await pilot.press("tab", "c")
        ref = brief.figures[0].evidence[0]
        assert app.clipboard == brief.at(ref)


@pilot_test
async def test_export_writes_the_markdown_view_to_the_chosen_file(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, PathPrompt)
        prompt = app.screen.query_one("#path")
        prompt.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    assert target.read_text(encoding="utf-8") == render(load_brief(SAMPLE))


@pilot_test
async def test_a_failed_export_is_a_notification_not_a_crash(tmp_path: Path) -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.export_to(str(tmp_path / "missing-dir" / "out.md"))
        await pilot.pause()
        assert app.is_running
        assert any(n.severity == "error" for n in app._notifications)


@pilot_test
async def test_escape_cancels_a_prompt() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("o", "escape")
        assert isinstance(app.screen, MainScreen)
        assert app.target.path == SAMPLE


@pilot_test
async def test_open_shows_another_file(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(SAMPLE.read_text(encoding="utf-8").replace("title: Harbour council", "title: Another council"))
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.open_path(str(other))
        await loaded(pilot)
        assert app.brief.title.startswith("Another council")
        assert app.target.path == other


@pilot_test
async def test_palette_offers_the_apps_commands() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Theme", "Toggle source", "Export Markdown", "Copy selected item", "Open file"} <= titles
        await pilot.press("ctrl+p", *"toggle source")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.source_shown


@pilot_test
async def test_s_toggles_the_source_pane() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("s")
        assert app.main.source.display and app.main.source.loaded
        await pilot.press("s")
        assert not app.main.source.display
