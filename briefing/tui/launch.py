"""``make_app``: the one factory of the TUI, for the CLI and the tests alike.

It lives apart from :mod:`briefing.tui.app` so that it can start the first load before that module
(and Textual with it) is imported: with ``early=True`` the load runs in a forked child beside
Textual's start (see :mod:`briefing.tui.early`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import BriefingError
from briefing.tui.loading import STDIN, Target, read_stdin_target, target_for

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp


def make_app(
    target: Path | str,
    theme: str | None = None,
    watch: bool = False,
    published: str | None = None,
    story: Sequence[str] = (),
    *,
    early: bool = False,
) -> BriefingApp:
    """The app for ``target`` (an article, a page, a URL, a .yaml/.json brief, or ``-`` for stdin),
    or, when ``story`` names articles, for the story brief merged from them (``target`` unused).

    Standard input is read here, before the app takes the terminal; when it cannot be read the
    app exits at once with status 1 and the reason.  ``early`` starts the load in a child process
    now, before Textual is imported (the CLI does; tests that replace the loader in this process
    do not).
    """
    fatal = None
    if story:
        resolved = Target(None, published=published, story=tuple(story))
    elif str(target) == STDIN:
        try:
            resolved = read_stdin_target(published)
        except BriefingError as error:
            resolved, fatal = Target(None), error.message
    else:
        resolved = target_for(str(target), published)
    started = None
    if early and fatal is None:
        from briefing.tui.early import EarlyLoad

        started = EarlyLoad.start(resolved)
    from briefing.tui.app import BriefingApp

    return BriefingApp(resolved, theme=theme, watch=watch, fatal=fatal, early=started)
