"""``/`` searches every pane; ``n`` and ``N`` walk the matches; matches are lit in the lists."""

from tui_helpers import loaded, pilot_test, sample_app

from briefing.tui.widgets.lists import ItemList


def status(app) -> str:  # type: ignore[no-untyped-def]
    """The search's status line as shown, or "" when it is hidden."""
    line = app.main.query_one("#status")
    return str(line.visual.plain) if line.display else ""


async def search_for(pilot, words: str) -> None:
    await pilot.press("slash")
    await pilot.press(*words)
    await pilot.press("enter")
    await pilot.pause()


@pilot_test
async def test_search_goes_to_the_first_match_and_n_to_the_next_across_panes() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await search_for(pilot, "reyes")
        in_lists = [m for m in app.main.matches if m.pane != "source"]
        seen = []
        for _ in in_lists:
            focused = app.focused
            assert isinstance(focused, ItemList)
            assert "reyes" in focused.current.text.casefold()
            seen.append(focused.pane)
            await pilot.press("n")
        assert seen[0] == "actors"
        assert {"actors", "quotes", "timeline"} <= set(seen)
        assert app.focused is app.main.source, "after the lists, the article's own occurrences"
        for _ in range(len(app.main.matches) - len(in_lists)):
            await pilot.press("n")
        assert app.focused.pane == seen[0], "n wraps around to the first match"
        await pilot.press("N")
        assert app.focused is app.main.source, "N goes back"


@pilot_test
async def test_typed_letters_go_into_the_search_not_to_the_bindings() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("slash", "q", "s", "n")
        assert app.is_running
        assert app.main.query_one("#search").value == "qsn"
        assert not app.main.source_shown


@pilot_test
async def test_matches_are_lit_in_the_list_labels() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await search_for(pilot, "ferry")
        prompt = app.main.pane("summary").options[0].prompt
        lit = [prompt.plain[s.start : s.end] for s in prompt.spans if s.style == "reverse"]
        assert lit == ["ferry"]


@pilot_test
async def test_a_search_with_no_match_says_so_and_keeps_focus() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await search_for(pilot, "zeppelin")
        assert app.main.matches == []
        assert isinstance(app.focused, ItemList)
        assert "no match for “zeppelin”" in status(app)


@pilot_test
async def test_escape_closes_the_search_bar_without_searching() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("slash", "x", "escape")
        assert not app.main.query_one("#search").display
        assert isinstance(app.focused, ItemList)
        assert app.main.query_text == ""


@pilot_test
async def test_matches_in_the_article_come_last_and_open_the_source() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await search_for(pilot, "winter")
        assert [m.pane for m in app.main.matches] == ["quotes", "source"]
        assert app.focused.pane == "quotes"
        await pilot.press("n")
        source = app.main.source
        assert app.focused is source
        (start, end), = source.lit()
        assert source.text[start:end] == "winter"
        assert source.lit("match") == [(start, end)]


@pilot_test
async def test_n_says_which_match_in_one_status_line_not_a_toast_each() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        toasts = len(app._notifications)
        await search_for(pilot, "ferry")
        total = len(app.main.matches)
        assert total > 2
        assert status(app).startswith(f"match 1 of {total} for “ferry”")
        await pilot.press("n")
        assert status(app).startswith(f"match 2 of {total}")
        assert "wrapped" not in status(app)
        for _ in range(total - 1):
            await pilot.press("n")
        assert status(app).startswith(f"match 1 of {total}")
        assert "wrapped to the first" in status(app)
        await pilot.press("N")
        assert status(app).startswith(f"match {total} of {total}")
        assert "wrapped to the last" in status(app)
        assert len(app._notifications) == toasts, "no toast per key"


@pilot_test
async def test_matches_are_lit_while_the_words_are_typed() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("slash", "f", "e", "r")
        await pilot.pause()
        prompt = app.main.pane("summary").options[0].prompt
        assert [prompt.plain[s.start : s.end] for s in prompt.spans if s.style == "reverse"] == ["fer"]
        assert app.focused is app.main.query_one("#search"), "typing stays in the bar"
        assert status(app).startswith(f"{len(app.main.matches)} matches for “fer”")
        await pilot.press("escape")
        await pilot.pause()
        prompt = app.main.pane("summary").options[0].prompt
        assert not [s for s in prompt.spans if s.style == "reverse"], "escape takes the half-typed search back"
        assert status(app) == ""


@pilot_test
async def test_escape_after_a_search_clears_the_status_line() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await search_for(pilot, "ferry")
        assert status(app)
        app.main.focus_pane("summary")
        await pilot.press("escape")
        await pilot.pause()
        assert status(app) == "" and app.main.query_text == ""


@pilot_test
async def test_words_typed_at_speed_after_the_slash_go_into_the_bar() -> None:
    """All keys queued at once, as a fast typist or a paste sends them: none reaches a binding
    ("e" would export, "o" open)."""
    from textual import events

    app = sample_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        for ch in "/ferry":
            app.post_message(events.Key("slash" if ch == "/" else ch, ch))
        await pilot.pause()
        await pilot.pause()
        assert app.main.query_one("#search").value == "ferry"
        assert app.screen is app.main, "no export prompt"
