"""``?`` and F1 open a help screen that lists every key binding."""

from textual.binding import Binding
from textual.widgets import Static
from tui_helpers import loaded, pilot_test, sample_app

from briefing.tui.screens.help import HelpScreen, sections
from briefing.tui.screens.main import MainScreen
from briefing.tui.widgets.lists import ItemList
from briefing.tui.widgets.source import SourcePane


def every_key(*owners: type) -> set[str]:
    keys: set[str] = set()
    for owner in owners:
        for binding in owner.__dict__.get("BINDINGS", []):
            keys.update(k.strip() for k in binding.key.split(","))
    return keys


@pilot_test
async def test_question_mark_and_f1_open_the_help_and_escape_closes_it() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            assert isinstance(app.screen, MainScreen)


@pilot_test
async def test_the_help_lists_every_binding_of_app_screen_and_panes() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("f1")
        text = str(app.screen.query_one("#help-text", Static).content)
        shown_keys = " ".join(keys for _, rows in sections(app) for keys, _ in rows)
        for key in every_key(type(app), MainScreen, ItemList, SourcePane):
            display = app.get_key_display(Binding(key, ""))
            assert display in shown_keys, key
            assert display in text, key
        for words in ("Next pane", "Search", "Show or hide the article", "Copy", "Export the brief as Markdown", "Command palette", "Quit"):
            assert words in text
        for command in ("Theme", "Toggle source", "Copy selected item", "Open file"):
            assert command in text


@pilot_test
async def test_q_in_the_help_closes_it_rather_than_quitting() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark", "q")
        assert app.is_running
        assert isinstance(app.screen, MainScreen)
