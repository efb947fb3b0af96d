"""Helpers the TUI tests share: the hand-written sample brief and waiting for a load to finish."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from briefing.tui.app import BriefingApp
from briefing.tui.launch import make_app

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "sample.yaml"


async def loaded(pilot: Pilot) -> None:
    """Wait until the load worker finished and its result is on screen."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def until(pilot: Pilot, condition: Callable[[], bool], seconds: float = 5.0) -> None:
    """Let the app run until ``condition`` holds (or ``seconds`` pass): a resized terminal is
    acted on from a timer, which a busy machine may run a few frames late."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)


def sample_app(**options: object) -> BriefingApp:
    """The app on the hand-written sample brief (``options`` as for ``make_app``)."""
    return make_app(SAMPLE, **options)  # type: ignore[arg-type]


def pilot_test(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async pilot test on a fresh event loop (no pytest asyncio plugin needed)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run
