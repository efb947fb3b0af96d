"""Small modals: one asks for a file path (export Markdown to..., open...), one asks yes or no."""

from __future__ import annotations

import os
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label


class PathSuggester(Suggester):
    """Completes the last part of a path from what is on disk, as a shell's tab does.

    With several names fitting, the longest start they share is offered, or the first name when
    they share no more than what is typed (nothing when nothing is typed yet); folders end in
    ``/`` so the next tab goes inside.
    """

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return complete(value)


def complete(value: str) -> str | None:
    """``value`` completed from the names in its folder, or None when nothing fits."""
    if not value:
        return None
    folder, slash, stem = value.rpartition("/")
    where = Path(os.path.expanduser(folder) if folder else ("/" if slash else "."))
    try:
        names = sorted(e.name + ("/" if e.is_dir() else "") for e in os.scandir(where) if e.name.startswith(stem))
    except OSError:
        return None
    if not stem.startswith("."):
        names = [n for n in names if not n.startswith(".")]
    if not names:
        return None
    shared = os.path.commonprefix(names)
    if len(shared) <= len(stem) and not stem:
        return None  # a folder of several names: nothing to prefer
    pick = shared if len(shared) > len(stem) else names[0]
    head = value[: len(value) - len(stem)]
    return head + pick if pick != stem else None


class PathPrompt(ModalScreen[str | None]):
    """Ask for a path: tab completes it, enter answers with it, escape answers None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("tab", "complete", "Complete the path", show=False),
    ]

    def __init__(self, question: str, value: str = "") -> None:
        super().__init__()
        self.question = question
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Label(self.question, markup=False)
            yield Input(self.value, id="path", suggester=PathSuggester())
            yield Label("tab completes · enter to confirm · escape to cancel", classes="hint", markup=False)

    def action_complete(self) -> None:
        """Take the offered completion (the greyed text after the cursor)."""
        field = self.query_one("#path", Input)
        field.cursor_position = len(field.value)
        field.action_cursor_right()

    @on(Input.Submitted, "#path")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)


class Confirm(ModalScreen[bool]):
    """A yes-or-no question: y answers yes; n or escape answer no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "dismiss(True)", "Yes"),
        Binding("n,escape", "dismiss(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Label(self.question, markup=False)
            yield Label("y: yes · n or escape: no", classes="hint", markup=False)
