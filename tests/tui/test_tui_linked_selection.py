"""Selecting an actor filters the other panes; selecting an item lights its evidence in the source."""

from tui_helpers import SAMPLE, loaded, pilot_test, sample_app

from briefing.store import load_brief


@pilot_test
async def test_enter_on_an_actor_filters_quotes_and_timeline_and_escape_clears() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = app.main
        assert not screen.check_action("clear", ()), "nothing to clear: escape is not offered"
        await pilot.press("tab", "j", "enter")  # Tomas Reyes
        assert screen.view.actor_id == "tomas-reyes"
        assert screen.check_action("clear", ())
        assert [r.index for r in screen.pane("quotes").rows] == [1]
        assert [r.index for r in screen.pane("timeline").rows] == [2]
        assert "Tomas Reyes" in screen.pane("quotes").border_subtitle
        await pilot.press("escape")
        assert screen.view.actor_id is None
        assert len(screen.pane("quotes").rows) == 3


@pilot_test
async def test_enter_on_the_chosen_actor_again_drops_the_filter() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "enter")
        assert app.main.view.actor_id == "ada-quist"
        await pilot.press("enter")
        assert app.main.view.actor_id is None


@pilot_test
async def test_clicking_an_actor_filters_too() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        actors = app.main.pane("actors")
        await pilot.click(actors, offset=(4, 1))
        await pilot.pause()
        assert app.main.view.actor_id == "ada-quist"


@pilot_test
async def test_the_summary_marks_sentences_that_name_the_chosen_actor() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "enter")
        prompts = [str(o.prompt) for o in app.main.pane("summary").options]
        assert [p.startswith("▶") for p in prompts] == [False, True, False]


@pilot_test
async def test_selecting_a_quote_opens_the_source_with_its_evidence_lit() -> None:
    brief = load_brief(SAMPLE)
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        source = app.main.source
        assert not source.display and not source.loaded, "the source pane loads lazily"
        await pilot.press("tab", "tab", "j", "enter")
        assert source.display
        assert source.lit() == [brief.quotes[1].evidence[0].span]
        await pilot.press("j")
        assert source.lit() == [brief.quotes[2].evidence[0].span], "moving the cursor follows along"


@pilot_test
async def test_lit_evidence_is_scrolled_into_view() -> None:
    app = sample_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        source = app.main.source
        await pilot.press("s")
        await pilot.press("tab", "tab", "tab", "G", "enter")  # the last timeline event, late in the text
        await pilot.pause()
        row = source.line_of(source.lit()[0][0])
        assert source.scroll_y <= row < source.scroll_y + source.scrollable_content_region.height
        assert source.scroll_y > 0


@pilot_test
async def test_with_an_actor_chosen_the_source_also_lights_their_mentions() -> None:
    brief = load_brief(SAMPLE)
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("s", "tab", "enter")
        assert app.main.source.lit("mention") == sorted(r.span for r in brief.actors[0].evidence)


@pilot_test
async def test_evidence_is_scrolled_into_view_when_selecting_opens_the_source() -> None:
    app = sample_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        source = app.main.source
        await pilot.press("tab", "tab", "G", "enter")  # the last quote, late in the text
        await pilot.pause()
        row = source.line_of(source.lit()[0][0])
        assert source.scroll_y > 0
        assert source.scroll_y <= row < source.scroll_y + source.scrollable_content_region.height


@pilot_test
async def test_refilling_other_panes_does_not_move_the_lit_evidence() -> None:
    brief = load_brief(SAMPLE)
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("s", "tab", "j", "enter")  # Tomas Reyes: quotes and timeline are refilled
        await pilot.pause()
        assert app.main.source.lit() == sorted(r.span for r in brief.actors[1].evidence)


@pilot_test
async def test_clicking_the_article_goes_to_the_item_standing_there() -> None:
    brief = load_brief(SAMPLE)
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("s")
        source = app.main.source
        offset = brief.text_of("s1").index("$12 million") + 1
        row = source.line_of(offset) - int(source.scroll_y)
        start = source._lines[source.line_of(offset)][0]
        x = offset - start + source.content_region.x - source.region.x
        y = row + source.content_region.y - source.region.y
        await pilot.click(source, offset=(x, y))
        await pilot.pause()
        assert app.focused is app.main.pane("figures")
        assert app.focused.current.index == 1
        assert source.lit() == [brief.figures[1].evidence[0].span]


def test_source_offsets_follow_wide_characters() -> None:
    from briefing.tui.widgets.source import SourcePane

    pane = SourcePane()
    pane.text = "東京 ab"
    pane._lines = [(0, len(pane.text))]
    assert [pane.offset_at(x, 0) for x in range(7)] == [0, 0, 1, 1, 2, 3, 4]
    assert pane.offset_at(7, 0) is None and pane.offset_at(0, 1) is None
