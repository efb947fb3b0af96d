"""Labels fit the pane they stand in: no word cut in the middle, no unit said twice, and the
actors in the order the reader asked for (``m``), said in the pane's subtitle."""

from __future__ import annotations

import dataclasses

from tui_helpers import SAMPLE, loaded, pilot_test, sample_app

from briefing.store import load_brief
from briefing.tui.model import ORDER_SUBTITLES, View, fitting
from briefing.tui.widgets.labels import label


def _brief():
    return load_brief(SAMPLE)


def _lines(content) -> list[str]:
    return content.plain.split("\n")


def test_a_kind_too_long_for_a_narrow_pane_is_shortened_not_broken() -> None:
    brief = _brief()
    council = View.of(brief).rows["actors"][2]
    assert brief.actors[council.index].kind == "organization"
    assert _lines(label(brief, council))[1].strip() == "organization"
    assert _lines(label(brief, council, room=20))[1].strip() == "organization"
    assert _lines(label(brief, council, room=12))[1].strip() == "org."


def test_a_figure_value_that_does_not_fit_beside_its_words_gets_its_own_line() -> None:
    brief = _brief()
    cost = View.of(brief).rows["figures"][1]
    assert _lines(label(brief, cost)) == ["$12 million  = 12,000,000 USD", "  cost of construction"]
    narrow = _lines(label(brief, cost, room=16))
    assert narrow == ["$12 million", "  12,000,000 USD", "  cost of construction"]
    assert _lines(label(brief, cost, room=11))[1] == "12,000,000 USD", "not indented where the number would not fit"


def test_a_figure_that_measures_its_unit_says_it_once() -> None:
    brief = _brief()
    brief.figures[0] = dataclasses.replace(brief.figures[0], unit="passengers", measure="passengers")
    row = View.of(brief).rows["figures"][0]
    assert label(brief, row).plain.count("passengers") == 1


def test_actors_by_mentions_are_sorted_by_their_count_ties_kept_in_prominence_order() -> None:
    brief = _brief()
    brief.actors[4] = dataclasses.replace(brief.actors[4], mentions=9)
    view = View.of(brief)
    assert [r.index for r in view.visible("actors")] == [0, 1, 2, 3, 4]
    view.by_mentions = True
    assert [r.index for r in view.visible("actors")] == [4, 0, 1, 2, 3]


@pilot_test
async def test_m_on_the_actors_pane_orders_them_by_mentions_and_the_subtitle_says_so() -> None:
    app = sample_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        actors = app.main.pane("actors")
        assert str(actors.border_subtitle).startswith("most prominent first")
        await pilot.press("m")  # the summary has focus: m is for the actors only
        assert not app.main.by_mentions
        await pilot.press("tab", "j", "m")
        await pilot.pause()
        assert app.main.by_mentions and str(actors.border_subtitle).startswith("most mentioned first")
        assert actors.current is not None and actors.current.index == 1, "the cursor stays on its actor"
        await pilot.press("m")
        await pilot.pause()
        assert str(actors.border_subtitle).startswith("most prominent first")
        await pilot.press("q")


def test_the_order_subtitle_is_the_longest_wording_that_fits() -> None:
    assert fitting(ORDER_SUBTITLES[False], 0) == "most prominent first · m"
    assert fitting(ORDER_SUBTITLES[False], 20) == "prominent first · m"
    assert fitting(ORDER_SUBTITLES[True], 12) == "mentions · m"
    assert fitting(ORDER_SUBTITLES[False], 3) == "m"


@pilot_test
async def test_the_actors_subtitle_fits_the_pane_when_the_source_narrows_it() -> None:
    app = sample_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        await pilot.press("s")
        for _ in range(3):
            await pilot.pause()
        actors = app.main.pane("actors")
        subtitle = str(actors.border_subtitle)
        assert actors.outer_size.width < 30, "the source pane took its room"
        assert len(subtitle) <= actors.outer_size.width - 6, f"{subtitle!r} is cut in a pane {actors.outer_size.width} wide"
        await pilot.press("s")
        for _ in range(3):
            await pilot.pause()
        wide = str(actors.border_subtitle)
        assert len(subtitle) < len(wide) <= actors.outer_size.width - 6, "the room came back, so did the words"
