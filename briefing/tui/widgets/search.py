"""The search bar: ``/`` opens it, enter searches every pane, escape closes it."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """An input docked at the bottom, hidden until ``/`` is pressed."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close search", show=False)]

    class Closed(Message):
        """The bar was closed without searching: focus goes back to the pane it came from."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="search all panes: enter finds, then n / N", id=id)

    def open(self) -> None:
        """Show the bar and give it the focus now, not after the keys already queued: typing
        "/fer" at speed must put "fer" in the bar, not export ("e") or open ("o")."""
        self.display = True
        self.screen.set_focus(self)

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed())
