"""What the TUI draws is what the contrast test measured: the lit evidence, an actor's mentions
and the cursor row are read off the screen, in both themes, and reach 4.5:1."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from tui_helpers import loaded, pilot_test, sample_app

from briefing.themes import contrast, load_theme


def _hex(colour) -> str:  # type: ignore[no-untyped-def]
    r, g, b = colour.get_truecolor()
    return f"#{r:02x}{g:02x}{b:02x}"


def _pairs(segments: list[Segment]) -> set[tuple[str, str]]:
    return {(_hex(s.style.color), _hex(s.style.bgcolor)) for s in segments if s.text.strip() and s.style and s.style.color and s.style.bgcolor}


@pytest.mark.parametrize("theme", ["briefing-dark", "briefing-light"])
@pilot_test
async def test_lit_evidence_mentions_and_the_cursor_row_are_legible(theme: str) -> None:
    spec = load_theme(theme)
    app = sample_app(theme=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "j", "enter", "s")  # an actor chosen: its mentions lit
        await pilot.press("tab")  # the quotes: the first quote's evidence lit
        await pilot.pause()
        source = app.main.source
        assert source.lit("evidence") and source.lit("mention")
        drawn: set[tuple[str, str]] = set()
        for y in range(source.scrollable_content_region.height):
            drawn |= _pairs(list(source.render_line(y)))
        grounds = {bg for _, bg in drawn}
        assert spec.color("evidence") in grounds and spec.color("mention") in grounds
        quotes = app.main.pane("quotes")
        for y in range(quotes.scrollable_content_region.height):
            drawn |= _pairs(list(quotes.render_line(y)))
        assert spec.color("cursor") in {bg for _, bg in drawn}
        weak = {(fg, bg) for fg, bg in drawn if contrast(fg, bg) < 4.5}
        assert not weak, weak
