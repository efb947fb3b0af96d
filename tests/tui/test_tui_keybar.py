"""The key bar: the keys that work now, one per action, pressed by a click."""

from __future__ import annotations

from tui_helpers import loaded, pilot_test, sample_app

from briefing.tui.widgets.footer import KeyBar


def _shown(bar: KeyBar) -> str:
    return bar.render().plain


@pilot_test
async def test_the_bar_offers_the_actor_order_only_on_the_actors_and_clear_only_with_a_filter() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        bar = app.main.query_one(KeyBar)
        assert "m Order" not in _shown(bar) and "esc Clear" not in _shown(bar)
        app.main.focus_pane("actors")
        await pilot.pause()
        assert "m Order" in _shown(bar)
        await pilot.press("enter")  # the actor filter: now there is something to clear
        await pilot.pause()
        assert "esc Clear" in _shown(bar)


@pilot_test
async def test_one_key_is_shown_for_an_action_bound_to_several() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        shown = _shown(app.main.query_one(KeyBar))
        assert "? Help" in shown and "f1" not in shown


@pilot_test
async def test_a_click_on_a_key_presses_it() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        bar = app.main.query_one(KeyBar)
        (source,) = [k for k in bar.keys if k.description == "Source"]
        assert not app.main.source_shown
        await pilot.click(KeyBar, offset=(source.start + 1, 0))
        await pilot.pause()
        assert app.main.source_shown


@pilot_test
async def test_hovering_a_key_says_what_it_does() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        bar = app.main.query_one(KeyBar)
        (source,) = [k for k in bar.keys if k.description == "Source"]
        await pilot.hover(KeyBar, offset=(source.start, 0))
        await pilot.pause()
        assert bar.tooltip == "Show or hide the article"
        assert bar.key_at(source.end) is None, "the gap after a key is no key"
