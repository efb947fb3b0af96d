"""The help screen (``?`` or F1): every key binding, read from the widgets that define them.

The list is generated from the binding tables, so a key added anywhere shows up here without
anyone remembering to document it.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static

from briefing.tui.screens.main import MainScreen
from briefing.tui.widgets.lists import ItemList
from briefing.tui.widgets.search import SearchBar
from briefing.tui.widgets.source import SourcePane

#: Keys every list has from Textual's OptionList that are worth telling about.
_OPTION_LIST_KEYS = frozenset({"up", "down", "home", "end", "pageup", "pagedown"})


def _bindings(owner: type, keep: frozenset[str] | None = None) -> list[Binding]:
    table: list[BindingType] = list(owner.__dict__.get("BINDINGS", []))
    out: list[Binding] = []
    for item in table:
        binding = item if isinstance(item, Binding) else Binding(*item)
        out.extend(b for b in binding.make_bindings([binding]) if keep is None or b.key in keep)
    return out


def sections(app: App[None]) -> list[tuple[str, list[tuple[str, str]]]]:
    """``(heading, [(keys, what they do)])`` for every binding table of the TUI."""
    def rows(bindings: list[Binding]) -> list[tuple[str, str]]:
        grouped: dict[str, list[str]] = {}
        for b in bindings:
            grouped.setdefault(b.tooltip or b.description or b.action.replace("_", " ").capitalize(), []).append(app.get_key_display(b))
        return [(" / ".join(keys), what) for what, keys in grouped.items()]

    palette = Binding(app.COMMAND_PALETTE_BINDING, "command_palette", "Command palette")
    return [
        # Textual's ctrl+c only says how to quit (ctrl+q), which the quit row already shows.
        ("Anywhere", rows([*_bindings(type(app)), palette, *(b for b in _bindings(App) if b.action != "help_quit")])),
        ("Brief", rows(_bindings(MainScreen))),
        ("Lists", rows([*_bindings(ItemList), *_bindings(OptionList, _OPTION_LIST_KEYS)])),
        ("Source pane", rows(_bindings(SourcePane))),
        ("Search bar", rows([Binding("enter", "submit", "Find"), *_bindings(SearchBar)])),
        (
            "Mouse",
            [
                ("click", "select an item or a tab"),
                ("click the source", "go to the item whose evidence is there"),
                ("wheel", "scroll the pane under the pointer"),
            ],
        ),
        ("Command palette (ctrl+p, then type)", _commands(app)),
    ]


def _commands(app: App[None]) -> list[tuple[str, str]]:
    """The palette's commands that are always offered, with what they do."""
    return [(c.title, c.help) for c in app.get_system_commands(app.screen_stack[0]) if c.discover]


def help_content(app: App[None]) -> Content:
    """The help text: a heading per section, then one line per key."""
    parts: list[str | tuple[str, str]] = []
    for heading, entries in sections(app):
        parts.append((f"{heading}\n", "bold $accent"))
        width = max((len(keys) for keys, _ in entries), default=0)
        for keys, what in entries:
            parts.append((f"  {keys.ljust(width)}  ", "bold $secondary"))
            parts.append(f"{what}\n")
        parts.append("\n")
    parts.append(("escape, q, ? or F1 closes this help", "$text-muted"))
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """Every binding, grouped by where it works."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss(None)", "Close help"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(help_content(self.app), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help").border_title = "briefing — keys"
