"""The key bar: the keys that work now, on one line at the bottom, as Textual's compact footer shows them.

Textual's :class:`~textual.widgets.Footer` is a container of one widget per key, made anew
(composed, styled, laid out) each time the bindings may have changed: at start-up that is four
times before the screen settles, and the footer alone cost ~75 ms of the interface's CPU to the
first frame (``benchmarks/tui_first_frame.py``, the footer left out against kept in).  This bar
is one widget drawing one line: the same keys in the same order and look, a click on a key
presses it, and hovering one shows what it does.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget


class Key(NamedTuple):
    """One key on the bar, as drawn and where."""

    key: str
    display: str
    description: str
    enabled: bool
    tooltip: str
    start: int
    end: int


class KeyBar(Widget):
    """The keys of the focused pane, the screen and the app: one per action, as Textual lists them."""

    DEFAULT_CSS: ClassVar[str] = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        pointer: pointer;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys: list[Key] = []
        self._hover: int | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        """Lay the keys out again; draw them only when they changed."""
        if screen is not self.screen:
            return
        keys: list[Key] = []
        actions: set[str] = set()
        at = 0
        for _, binding, enabled, tooltip in screen.active_bindings.values():
            if not binding.show or binding.action in actions:  # one key an action, the first bound
                continue
            actions.add(binding.action)
            display = self.app.get_key_display(binding)
            end = at + cell_len(display) + (1 + cell_len(binding.description) if binding.description else 0)
            keys.append(Key(binding.key, display, binding.description, enabled, tooltip or binding.description, at, end))
            at = end + 1
        if keys != self.keys:
            self.keys = keys
            self._hover = None
            self.refresh()

    def render(self) -> Content:
        parts: list[Content] = []
        for number, key in enumerate(self.keys):
            dim = "" if key.enabled else " dim"
            hover = " on $block-hover-background" if number == self._hover else ""
            item = Content.styled(key.display, f"bold $footer-key-foreground{dim}{hover}")
            if key.description:
                item += Content.styled(" " + key.description, f"$footer-description-foreground{dim}{hover}")
            parts.append(item)
        return Content(" ").join(parts)

    def key_at(self, x: int) -> int | None:
        """The position in :attr:`keys` of the key drawn at column ``x``, if any."""
        return next((n for n, key in enumerate(self.keys) if key.start <= x < key.end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        at = self.key_at(event.x)
        if at != self._hover:
            self._hover = at
            self.tooltip = self.keys[at].tooltip if at is not None else None
            self.refresh()

    def on_leave(self) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()

    def on_click(self, event: events.Click) -> None:
        """A click on a key presses it; on one that does nothing now, the bell."""
        at = self.key_at(event.x)
        if at is None:
            return
        if self.keys[at].enabled:
            self.app.simulate_key(self.keys[at].key)
        else:
            self.app.bell()
