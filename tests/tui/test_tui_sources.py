"""Several sources in the TUI: the source pane shows the article the selected item's evidence is in."""

from pathlib import Path

from test_two_sources import SECOND, two_sources
from tui_helpers import loaded, pilot_test

from briefing.store import dump_brief
from briefing.tui.launch import make_app


@pilot_test
async def test_the_source_pane_shows_the_source_the_selected_evidence_is_in(tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    dump_brief(two_sources(), path)
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.main.action_toggle_source()
        await pilot.pause()
        assert app.main.source.text.startswith("The port will reopen"), "the first source to begin with"
        quotes = app.main.pane("quotes")
        app.main.focus_pane("quotes")
        quotes.highlighted = len(quotes.options) - 1
        await pilot.pause()
        await pilot.pause()  # the highlight's message, then the source it switches to (slow under load)
        assert app.main.source_id == "s2" and app.main.source.text == SECOND
        start = SECOND.index("We are ready")
        assert app.main.source.lit() == [(start, start + 12)]
