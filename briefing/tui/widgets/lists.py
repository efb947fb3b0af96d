"""The list panes (summary, actors, quotes, timeline, figures): one OptionList per pane.

A pane lists the rows the view gives it and remembers them, so the screen can ask which row is
under the cursor without going back to the brief.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.tui.model import PANE_TITLES, Row, fitting


class ItemList(OptionList):
    """A pane of the brief: arrows or j/k move, g/G jump, enter or a click selects."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Select", key_display="⏎", tooltip="Select: an actor filters, an item shows its source"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("m", "screen.actor_order", "Order", tooltip="Actors most mentioned first, or most prominent first"),
    ]

    class Resized(Message):
        """The pane's width changed: labels that fit themselves to it are made again."""

        def __init__(self, pane: str) -> None:
            super().__init__()
            self.pane = pane

    def __init__(self, pane: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id or pane, classes=classes)
        self.pane = pane
        self.rows: list[Row] = []
        #: The width the labels have, in cells (0 until the pane is laid out).
        self.room = 0
        self._subtitles: tuple[str, ...] = ()
        self.border_title = PANE_TITLES[pane]

    def fit_subtitle(self, choices: tuple[str, ...]) -> None:
        """Show the longest of ``choices`` (longest first) that fits the border, now and whenever
        the pane's width changes.  A border subtitle has the pane's width less the two corners,
        a rule and a space on each side."""
        self._subtitles = choices
        self.border_subtitle = fitting(choices, self.outer_size.width - 6 if self.outer_size.width else 0)

    def on_resize(self) -> None:
        if self._subtitles:
            self.fit_subtitle(self._subtitles)
        room = self.scrollable_content_region.width
        if room != self.room:
            self.room = room
            self.post_message(self.Resized(self.pane))

    def show_rows(self, rows: list[Row], labels: list[Content], *, keep: int | None = None, empty: str = "") -> None:
        """List ``rows`` with their labels; the cursor goes to row position ``keep`` if given.

        A pane with no rows says why (``empty``) in a line that cannot be selected, rather than
        staying blank and leaving the reader to guess whether it is still loading.
        """
        self.rows = rows
        if rows or not empty:
            self.set_options(labels)
        else:
            self.set_options([Option(Content.styled(empty, "italic $text-muted"), disabled=True)])
        total = len(rows)
        self.border_title = f"{PANE_TITLES[self.pane]} ({total})"
        if total:
            self.highlighted = min(keep or 0, total - 1)

    def relabel(self, labels: list[Content]) -> None:
        """New labels for the same rows (search or actor marks changed); the cursor stays.

        A label that came out the same (text and styles) is left alone: a replaced one is measured
        and drawn again, and the pane's first layout relabels every row that did not change.
        """
        for position, content in enumerate(labels):
            old = self.get_option_at_index(position).prompt
            if not (isinstance(old, Content) and old.plain == content.plain and old.spans == content.spans):
                self.replace_option_prompt_at_index(position, content)

    @property
    def current(self) -> Row | None:
        """The row under the cursor, if any."""
        index = self.highlighted
        return self.rows[index] if index is not None and 0 <= index < len(self.rows) else None
