"""Keys: focus order, list movement, tabs on a narrow terminal, quitting."""

from textual import events
from tui_helpers import loaded, pilot_test, sample_app, until

from briefing.tui.widgets.lists import ItemList


def focused_pane(app) -> str:
    focused = app.focused
    return focused.pane if isinstance(focused, ItemList) else type(focused).__name__


@pilot_test
async def test_tab_and_shift_tab_walk_the_panes_in_order() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        seen = [focused_pane(app)]
        for _ in range(5):
            await pilot.press("tab")
            seen.append(focused_pane(app))
        assert seen == ["summary", "actors", "quotes", "timeline", "figures", "summary"]
        await pilot.press("shift+tab")
        assert focused_pane(app) == "figures"


@pilot_test
async def test_the_source_pane_joins_the_focus_order_when_shown() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("s", "shift+tab")
        assert focused_pane(app) == "SourcePane"
        await pilot.press("tab")
        assert focused_pane(app) == "summary"


@pilot_test
async def test_j_k_g_and_capital_g_move_the_cursor() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("tab")
        actors = app.focused
        assert actors.highlighted == 0
        await pilot.press("j", "j")
        assert actors.highlighted == 2
        await pilot.press("k")
        assert actors.highlighted == 1
        await pilot.press("G")
        assert actors.highlighted == len(actors.rows) - 1
        await pilot.press("g")
        assert actors.highlighted == 0
        await pilot.press("down")
        assert actors.highlighted == 1


@pilot_test
async def test_narrow_terminals_show_one_pane_at_a_time_as_tabs() -> None:
    app = sample_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        screen = app.main
        assert screen.narrow
        shown = [p for p in ("actors", "quotes", "timeline", "figures") if screen.pane(p).display]
        assert shown == ["actors"]
        await pilot.press("tab", "tab")
        assert focused_pane(app) == "quotes"
        assert screen.pane("quotes").display and not screen.pane("actors").display
        assert screen.query_one("#tabs").active == "tab-quotes"


@pilot_test
async def test_keys_typed_faster_than_focus_moves_still_count() -> None:
    app = sample_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        for _ in range(3):  # as a terminal delivers a burst: no waiting between keys
            key = events.Key("tab", None)
            key.set_sender(app)
            app._driver.send_message(key)
        await pilot.pause()
        await pilot.pause()
        assert focused_pane(app) == "timeline"
        assert app.main.pane("timeline").display


@pilot_test
async def test_hidden_tabs_are_listed_only_when_first_shown() -> None:
    app = sample_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        quotes = app.main.pane("quotes")
        assert quotes.option_count == 0 and "quotes" in app.main.stale
        await pilot.press("tab", "tab")
        assert quotes.option_count == 3 and "quotes" not in app.main.stale


@pilot_test
async def test_clicking_a_tab_shows_its_pane() -> None:
    app = sample_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.click("#tab-timeline")
        await pilot.pause()
        assert app.main.pane("timeline").display
        assert not app.main.pane("actors").display


@pilot_test
async def test_wide_terminals_show_every_pane_at_once() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert all(app.main.pane(p).display for p in ("actors", "quotes", "timeline", "figures"))
        assert not app.main.query_one("#tabs").display


@pilot_test
async def test_q_quits_with_status_zero() -> None:
    app = sample_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("q")
    assert app.return_code == 0


@pilot_test
async def test_showing_the_source_keeps_each_list_cursor_on_screen() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "G")
        await pilot.press("s")
        await pilot.pause()
        actors = app.main.pane("actors")
        region = actors.scrollable_content_region
        assert region.height > 0
        line = actors._index_to_line[actors.highlighted]
        assert actors.scroll_y <= line < actors.scroll_y + region.height


@pilot_test
async def test_resizing_between_wide_and_narrow_keeps_the_filter_and_the_focus() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "j", "enter", "tab")  # filter on Tomas Reyes, then to quotes
        await pilot.resize_terminal(80, 24)
        screen = app.main
        await until(pilot, lambda: screen.narrow)
        assert screen.narrow and screen.query_one("#tabs").display
        assert screen.view.actor_id == "tomas-reyes"
        await pilot.press("tab")
        assert focused_pane(app) == "timeline"
        assert [r.index for r in screen.pane("timeline").rows] == [2]
        await pilot.resize_terminal(120, 40)
        await until(pilot, lambda: not screen.narrow)
        await pilot.pause()
        assert not screen.narrow
        assert all(screen.pane(p).display for p in ("actors", "quotes", "timeline", "figures"))
