"""The TUI renders any compiled brief: its model for many random articles, the app for a few."""

from __future__ import annotations

import asyncio
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.compile import compile_text
from briefing.store import dump_brief
from briefing.tui.launch import make_app
from briefing.tui.model import View, build_rows, row_at, search

PIECES = [
    "The", "Mayor", "Ana Ruiz", "said", "told", "Harbour City Council", "U.S.", "Mr.", "in", "late",
    "August", "2019", "last week", '"', "“", "”", "'", ".", ",", ":", "\n", "\n\n", "$3 million",
    "12%", "[bold]", "\x1b[31m", "\x1b]52;c;eA==\x07", "*", "|", "<b>", "\t", "\r\n",
]
articles = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=10)), min_size=1, max_size=80).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles, st.text(min_size=1, max_size=4))
def test_the_pane_model_takes_any_compiled_brief(article: str, query: str) -> None:
    brief = compile_text(article, published="2024-05-01")
    rows = build_rows(brief)
    view = View.of(brief)
    for actor in brief.actors[:3]:
        view.actor_id = actor.id
        for pane in rows:
            view.visible(pane)
            view.marked(pane)
    view.actor_id = None
    search(view, query)
    text = brief.text_of("s1")
    for offset in (0, len(text) // 2, max(0, len(text) - 1)):
        row_at(view, "s1", offset)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(articles)
def test_the_app_shows_any_compiled_brief_and_takes_keys(tmp_path: Path, article: str) -> None:
    path = tmp_path / "brief.yaml"
    dump_brief(compile_text(article), path)

    async def drive() -> None:
        app = make_app(path)
        async with app.run_test(size=(80, 24)) as pilot:
            await app.workers.wait_for_complete()
            for key in ("tab", "j", "enter", "s", "G", "escape", "slash", "a", "enter", "n", "escape", "q"):
                await pilot.press(key)
            await pilot.pause()

    asyncio.run(drive())
