"""The Textual app: ``make_app`` builds it for the CLI and for the tests alike.

The app owns what is shown (the target, the theme) and how it is had: the brief is loaded or
compiled in a worker (the first one, from the CLI, in a process forked before Textual was
imported: :mod:`briefing.tui.early`) so the screen appears at once, and ``--watch`` polls the
file's modification time and recompiles when it changes.  ``make_app`` is in
:mod:`briefing.tui.launch`, which can start that process before importing this module.  Everything about the brief on screen is the
main screen's business (:mod:`briefing.tui.screens.main`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from briefing.brief import Brief
from briefing.errors import BriefingError
from briefing.themes import DEFAULT_THEME
from briefing.tui.loading import Outcome, Target, outcome_of, stamp, target_for
from briefing.tui.screens.main import MainScreen
from briefing.tui.theming import choose, load_themes
from briefing.views.safe import plain

if TYPE_CHECKING:
    from briefing.tui.early import EarlyLoad


class BriefingApp(App[None]):
    """A brief in panes; see :class:`~briefing.tui.screens.help.HelpScreen` for the keys."""

    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark,f1", "help", "Help"),
    ]
    #: How often ``--watch`` looks at the file's modification time, in seconds.
    POLL_SECONDS: ClassVar[float] = 0.5

    def __init__(
        self,
        target: Target,
        *,
        theme: str | None = None,
        watch: bool = False,
        fatal: str | None = None,
        early: EarlyLoad | None = None,
    ) -> None:
        super().__init__()
        self.target = target
        #: The first load, already running in a child process.
        self._early = early
        self.watching = watch
        self.fatal = fatal
        self.brief: Brief | None = None
        self._stamp: tuple[int, int] | None = None
        self._outcome: Brief | str | None = None
        #: The warnings of the brief in ``_outcome`` (a text that is not English).
        self._warnings: tuple[str, ...] = ()
        #: A load runs whose outcome is not on screen yet.
        self._loading = False
        #: The target and stamp of the brief on screen while another is being opened.
        self._shown: tuple[Target, tuple[int, int] | None] | None = None
        themes, self.theme_errors = load_themes()
        for spec in themes:
            self.register_theme(spec)
        self.briefing_themes = [t.name for t in themes]
        chosen, problem = choose(theme, self.briefing_themes)
        if problem:
            self.theme_errors.append(problem)
        self.theme = chosen if chosen in self.available_themes else "textual-dark"

    def run(self, *args: Any, **kwargs: Any) -> None:
        """Run the UI; when the input could not be had at all, say why on stderr and never start it."""
        if self.fatal:
            sys.stderr.write(f"briefing: error: {self.fatal}\n")
            self._return_code = 1
            return None
        return super().run(*args, **kwargs)

    def get_default_screen(self) -> Screen[None]:
        return MainScreen(mounted=self._screen_mounted)

    @property
    def main(self) -> MainScreen:
        """The brief's screen, under any help or prompt screen on top of it."""
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def on_mount(self) -> None:
        """Start loading before the screen is even built: compiling overlaps Textual's start-up."""
        if self.theme_errors:
            self.notify(
                plain("\n".join(self.theme_errors), newlines=True),
                title="Theme problem",
                severity="warning",
                timeout=10,
                markup=False,
            )
        if self._early is not None:
            self._loading = True
            self._stamp = self._early.stamp
            self._receive(self._early)
        elif not self.fatal:
            self._loading = True
            self._stamp = stamp(self.target.path)
            self._load(self.target)

    def on_unmount(self) -> None:
        """A compile still running in the early child is of no use once the app is gone."""
        if self._early is not None:
            self._early.cancel()

    def _screen_mounted(self) -> None:
        """The main screen exists but is not laid out yet: a brief already here goes on it now, so
        the first layout has it (laying the panes out empty, then again full, costs a frame)."""
        if self._outcome is not None:
            self._deliver()

    def on_ready(self) -> None:
        """The first frame is up: show the brief if it is here, else that it is coming (a brief
        that came before the screen was laid out is on it already)."""
        if self.fatal:
            self.exit(return_code=1, message=f"briefing: error: {self.fatal}")
            return
        if self._outcome is not None:
            self._deliver()
        elif self._loading:
            self.main.show_loading(self.target.label)
        if self.watching:
            if self.target.path is None:
                self.notify("--watch needs a file; standard input and URLs are shown once", severity="warning")
            else:
                self.set_interval(self.POLL_SECONDS, self.poll)

    # -- loading and watching -----------------------------------------------------------------

    def open_target(self, target: Target) -> None:
        """Show ``target``: the screen says it is loading at once, the brief follows from a worker.

        Until it is there the brief on screen stays what it was: a target that cannot be had
        leaves it (and its header) as they were, and says why.
        """
        if self.brief is not None:
            self._shown = (self.target, self._stamp)
        self.target = target
        self._stamp = stamp(target.path)
        self._outcome = None
        self._loading = True
        self.main.show_loading(target.label)
        self._load(target)

    @work(thread=True, exclusive=True, group="load")
    def _load(self, target: Target) -> None:
        self.call_from_thread(self._arrived, *outcome_of(target))

    @work(exclusive=True, group="load")
    async def _receive(self, early: EarlyLoad) -> None:
        """The early child's outcome; cancelled (another file opened, the app quits), the child is killed."""
        try:
            outcome: Outcome = await early.outcome()
        finally:
            early.cancel()
            self._early = None
        self._arrived(*outcome)

    def _arrived(self, outcome: Brief | str, warnings: tuple[str, ...] = ()) -> None:
        """A load finished: a brief (and what may be poor about it), or the one-line reason there is none."""
        self._outcome = outcome
        self._warnings = warnings
        if self.main.is_mounted:  # before the first frame too: the screen is laid out once, brief and all
            self._deliver()

    def _deliver(self) -> None:
        outcome, self._outcome, self._loading = self._outcome, None, False
        opened, self._shown = self._shown, None
        if isinstance(outcome, Brief):
            self.main.label = self.target.label
            self.brief = outcome
            self.main.show_brief(outcome, fresh=opened is not None)
            for line in self._warnings:
                self.notify(plain(line), title="The brief may be poor", severity="warning", timeout=12, markup=False)
        elif outcome is not None:
            if opened is not None:  # back to the brief still on screen
                self.target, self._stamp = opened
            self.main.label = self.target.label
            self.main.show_error(outcome)

    def poll(self) -> None:
        """Recompile when the watched file's modification time or size changed."""
        now = stamp(self.target.path)
        if now is None or now == self._stamp:
            return
        self._stamp = now
        self.notify(f"{plain(self.target.label)} changed: reloading", timeout=2, markup=False)
        self._load(self.target)

    # -- commands -----------------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands less its theme picker (briefing offers its own themes, each one
        checked for contrast), then the app's."""
        yield from (c for c in super().get_system_commands(screen) if c.title != "Theme")
        names = ", ".join(self.briefing_themes)
        yield SystemCommand("Theme", f"Go to the next briefing theme ({names})", self.action_next_theme)
        for name in self.briefing_themes:
            yield SystemCommand(f"Theme: {name}", f"Use the {name} theme", lambda n=name: self.use_theme(n), discover=False)
        yield SystemCommand("Toggle source", "Show or hide the article text (s)", self.main.action_toggle_source)
        yield SystemCommand("Export Markdown", "Write the brief to a Markdown file (e)", self.action_export)
        yield SystemCommand("Copy selected item", "Copy the selected item to the clipboard (c)", self.main.action_copy)
        yield SystemCommand("Open file", "Open another article or brief (o)", self.action_open)
        yield SystemCommand("Help", "Every key binding (? or F1)", self.action_help)

    def use_theme(self, name: str) -> None:
        self.theme = name

    def action_next_theme(self) -> None:
        names = self.briefing_themes or [DEFAULT_THEME]
        at = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(at + 1) % len(names)]
        self.notify(f"Theme: {self.theme}", timeout=2)

    def action_help(self) -> None:
        from briefing.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_export(self) -> None:
        from briefing.tui.screens.prompt import PathPrompt

        if self.brief is None:
            self.notify("Nothing to export yet", severity="warning")
            return
        stem = self.target.path.stem if self.target.path is not None else "brief"
        self.push_screen(PathPrompt("Export the brief as Markdown to:", f"{stem}.md"), self.export_to)

    def export_to(self, path: str | None, *, overwrite: bool = False) -> None:
        """Write the brief as Markdown to ``path`` (nothing when None); say how it went.

        An existing file is replaced only once the reader said yes to it.
        """
        if not path or self.brief is None:
            return
        if not overwrite and Path(path).expanduser().exists():
            from briefing.tui.screens.prompt import Confirm

            def answered(yes: bool | None) -> None:
                if yes:
                    self.export_to(path, overwrite=True)
                else:
                    self.notify("Export cancelled: the file is unchanged", timeout=3)

            self.push_screen(Confirm(f"{plain(path)} exists. Replace it?"), answered)
            return
        from briefing.store import write_atomic
        from briefing.views.markdown import render

        try:
            write_atomic(Path(path).expanduser(), render(self.brief))
        except BriefingError as error:
            self.notify(plain(error.message), title="Export failed", severity="error", timeout=8, markup=False)
            return
        self.notify(f"Wrote {plain(path)}", timeout=3, markup=False)

    def action_open(self) -> None:
        from briefing.tui.screens.prompt import PathPrompt

        self.push_screen(PathPrompt("Open an article, a page, a URL or a brief (.yaml, .json):"), self.open_path)

    def open_path(self, path: str | None) -> None:
        """Open another file or URL in place of the current one."""
        if path:
            self.open_target(target_for(path, self.target.published))
