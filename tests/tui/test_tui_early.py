"""The first load in a forked child (what the CLI does): shown, failed, died, or cut short by q."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from textual.widgets import Static
from tui_helpers import SAMPLE, loaded, pilot_test

from briefing.tui import loading
from briefing.tui.launch import make_app
from briefing.tui.screens.main import SPINNER_AFTER


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pilot_test
async def test_the_first_load_runs_in_a_child_and_its_brief_is_shown(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The harbour council voted on Tuesday to close the old bridge.\n", encoding="utf-8")
    app = make_app(article, early=True)
    early = app._early
    assert early is not None and early.pid not in (None, os.getpid())
    pid = early.pid
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.brief is not None and app.brief.sources[0].path == str(article)
        assert app.main.pane("summary").option_count > 0
    assert early.pid is None and _gone(pid), "the child is reaped, no zombie left"


@pilot_test
async def test_an_early_load_that_fails_shows_its_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: briefing/1\ntitle: 3\n", encoding="utf-8")
    app = make_app(bad, early=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        error = app.main.query_one("#error", Static)
        assert error.display and str(bad) in str(error.content)


@pilot_test
async def test_a_child_that_dies_without_a_word_is_a_one_line_error(monkeypatch) -> None:
    monkeypatch.setattr(loading, "load", lambda target, warn=None: os.kill(os.getpid(), signal.SIGKILL))
    app = make_app(SAMPLE, early=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        message = str(app.main.query_one("#error", Static).content)
        assert message == f"briefing: {SAMPLE}: could not compile: the compiling process was stopped by SIGKILL"


@pilot_test
async def test_a_long_compile_shows_its_progress_and_q_quits_at_once_killing_it(monkeypatch) -> None:
    """The compile runs in the child, so the screen keeps its clock going whatever the compiler
    does, and quitting does not wait for the compile to end."""
    monkeypatch.setattr(loading, "load", lambda target, warn=None: time.sleep(60))
    app = make_app(SAMPLE, early=True)
    assert app._early is not None
    pid = app._early.pid
    assert pid is not None
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(SPINNER_AFTER + 1.3)
        header = str(app.main.query_one("#header").visual.plain)
        assert f"loading {SAMPLE}" in header and "KB" in header and header.endswith(" s"), header
        assert app.main.query_one("#main").loading, "the spinner covers the panes"
        started = time.monotonic()
        await pilot.press("q")
    assert time.monotonic() - started < 5
    assert app.return_code == 0 and _gone(pid)
