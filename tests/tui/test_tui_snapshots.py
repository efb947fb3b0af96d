"""Snapshots of the screens people see, on the hand-written sample brief (not the compiler's)."""

from tui_helpers import SAMPLE, loaded

from briefing.tui.launch import make_app


def test_main_screen_at_80_by_24(snap_compare) -> None:
    assert snap_compare(make_app(SAMPLE), terminal_size=(80, 24), run_before=loaded)


def test_main_screen_at_120_by_40(snap_compare) -> None:
    assert snap_compare(make_app(SAMPLE), terminal_size=(120, 40), run_before=loaded)


def test_main_screen_in_the_light_theme(snap_compare) -> None:
    assert snap_compare(make_app(SAMPLE, theme="briefing-light"), terminal_size=(120, 40), run_before=loaded)


def test_help_screen(snap_compare) -> None:
    async def open_help(pilot) -> None:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(SAMPLE), terminal_size=(100, 40), run_before=open_help)


def test_filtered_by_one_actor_with_the_source_shown(snap_compare) -> None:
    async def choose_reyes(pilot) -> None:
        await loaded(pilot)
        await pilot.press("tab", "j", "enter", "s")
        await pilot.pause()

    assert snap_compare(make_app(SAMPLE), terminal_size=(120, 40), run_before=choose_reyes)


def test_search_status_line_after_n(snap_compare) -> None:
    async def search(pilot) -> None:
        await loaded(pilot)
        await pilot.press("slash", *"ferry", "enter", "n")
        await pilot.pause()

    assert snap_compare(make_app(SAMPLE), terminal_size=(100, 30), run_before=search)


def test_source_opened_with_the_quote_centred_at_80_by_24(snap_compare) -> None:
    async def quote_source(pilot) -> None:
        await loaded(pilot)
        await pilot.press("tab", "tab", "j", "s")
        for _ in range(3):
            await pilot.pause()

    assert snap_compare(make_app(SAMPLE), terminal_size=(80, 24), run_before=quote_source)


def test_open_prompt_offers_a_completion(snap_compare) -> None:
    async def prompt(pilot) -> None:
        await loaded(pilot)
        await pilot.press("o", *"tests/tui/data/sam")
        await pilot.pause(0.3)

    assert snap_compare(make_app(SAMPLE), terminal_size=(100, 30), run_before=prompt)
