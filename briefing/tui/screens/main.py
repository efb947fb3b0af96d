"""The main screen: summary on top, the other panes side by side (tabs when narrow), the source.

The screen owns the linked selection: it turns cursor moves and selections in the lists into an
actor filter (:class:`briefing.tui.model.View`) and into lit evidence in the source pane.  Which
rows belong to an actor and what a search finds are decided in the model, not here.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import OptionList, Static, Tab, Tabs

from briefing.brief import Brief, Ref
from briefing.tui.model import (
    FILTERED_PANES,
    ORDER_SUBTITLES,
    PANE_TITLES,
    PANES,
    SOURCES,
    Match,
    Row,
    View,
    actor_order,
    row_at,
    search,
    source_rows,
)
from briefing.tui.widgets.footer import KeyBar
from briefing.tui.widgets.header import BriefHeader
from briefing.tui.widgets.labels import label
from briefing.tui.widgets.lists import ItemList
from briefing.tui.widgets.search import SearchBar
from briefing.tui.widgets.source import SourcePane
from briefing.views.safe import plain

#: Panes that share the space under the summary; they become tabs on a narrow terminal.
TABBED: tuple[str, ...] = ("actors", "quotes", "timeline", "figures")
#: Below this many columns the panes become tabs.
NARROW_BELOW = 100
#: Seconds a load may take before the spinner covers the panes.  The seed compiles in well under
#: this; an animated spinner redrawn while the compile runs takes the compile thread's turns at
#: the interpreter, so showing one for a short load makes the load itself slower.
SPINNER_AFTER = 0.4


def _size_words(label: str) -> str:
    """A file's size for people ("2.3 MB"), or "" when the label is no file."""
    try:
        size = os.path.getsize(label)
    except (OSError, ValueError):
        return ""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class MainScreen(Screen[None]):
    """The brief, its panes and the source; see the help screen (``?``) for the keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "focus_pane(1)", "Pane", tooltip="Next pane"),
        Binding("shift+tab", "focus_pane(-1)", "Previous pane", show=False),
        Binding("s", "toggle_source", "Source", tooltip="Show or hide the article"),
        Binding("slash", "search", "Search"),
        Binding("n", "next_match(1)", "Next match", show=False),
        Binding("N", "next_match(-1)", "Previous match", show=False),
        Binding("escape", "clear", "Clear", tooltip="Clear the actor filter, the source filter, then the search"),
        Binding("right_square_bracket", "step_source(1)", "Next source", show=False,
                tooltip="The selected item in its next source"),
        Binding("left_square_bracket", "step_source(-1)", "Previous source", show=False,
                tooltip="The selected item in its previous source"),
        Binding("c", "copy", "Copy", tooltip="Copy the selected item (or the lit evidence)"),
        Binding("e", "app.export", "Export", tooltip="Export the brief as Markdown"),
        Binding("o", "app.open", "Open", tooltip="Open another article or brief"),
    ]

    def __init__(self, mounted: Callable[[], None] | None = None) -> None:
        """``mounted`` is called once the panes exist, before they are first laid out."""
        super().__init__()
        self._mounted = mounted
        self.view: View | None = None
        self.label = ""
        self.query_text = ""
        self._query_before = ""
        self._loading_since = 0.0
        self._loading_size = ""
        self._ticker: Timer | None = None
        self._spinner: Timer | None = None
        self.matches: list[Match] = []
        self.match_at = -1
        self.active_tab = TABBED[0]
        self.narrow = False
        self.source_shown = False
        #: The source whose text the source pane shows (the first one until evidence elsewhere is lit).
        self.source_id = ""
        self.last_pane = PANES[0]
        self.focus_at = PANES[0]
        #: Panes with rows still to list (hidden tabs), and the cursor position to restore.
        self.stale: dict[str, int | None] = {}
        #: The reader's order of the actors (``m``), kept when another brief is opened.
        self.by_mentions = False

    def compose(self) -> ComposeResult:
        self._set_mode(self.app.size.width)  # before the children exist: styled once, not twice
        yield BriefHeader(id="header")
        yield Static(id="error")
        with Vertical(id="main"):
            yield ItemList("summary")
            yield ItemList(SOURCES)
            yield Tabs(*(Tab(PANE_TITLES[p], id=f"tab-{p}") for p in TABBED), id="tabs")
            with Horizontal(id="body"):
                with Container(id="lists"):
                    for pane in ("actors", "quotes", "figures", "timeline"):
                        yield ItemList(pane)
                yield SourcePane(id="source")
        with Vertical(id="bottom"):
            yield SearchBar(id="search")
            yield Static(id="status")
        yield KeyBar(id="keys")  # no ctrl+p on it: that is in the help, the keys need the room

    def on_mount(self) -> None:
        self.query_one("#tabs", Tabs).can_focus = False
        self.query_one("#source").display = False
        self.pane(SOURCES).display = False
        self.query_one("#search").display = False
        self.query_one("#status").display = False
        self.query_one("#error").display = False
        self._layout(self.size.width)
        if self._mounted is not None:
            self._mounted()

    # -- layout -------------------------------------------------------------------------------

    def on_resize(self) -> None:
        self._layout(self.size.width)

    def _set_mode(self, width: int) -> None:
        self.narrow = width < NARROW_BELOW
        self.set_class(self.narrow, "-narrow")
        self.set_class(not self.narrow, "-wide")

    def _layout(self, width: int) -> None:
        """Side by side when wide; one tab at a time under the summary when narrow."""
        self._set_mode(width)
        tabs = self.query_one("#tabs", Tabs)
        tabs.display = self.narrow
        if self.narrow and self.focus_at in TABBED and self.focus_at != self.active_tab:
            self.active_tab = self.focus_at  # the focused pane stays the one on screen
            tabs.active = f"tab-{self.focus_at}"
        for pane in TABBED:
            self.pane(pane).display = not self.narrow or pane == self.active_tab
            if pane in self.stale and self.pane(pane).display:
                self._fill(pane, self.stale[pane])

    @on(Tabs.TabActivated, "#tabs")
    def _tab_activated(self, event: Tabs.TabActivated) -> None:
        """A tab was chosen (a click, or a key moving the focus): show its pane.

        Events from tabs that are no longer the active one are stale (keys came faster than
        the events) and ignored.  A focused list hands the focus to the chosen tab's pane.
        """
        pane = (event.tab.id or "").removeprefix("tab-")
        if event.tab.id != event.tabs.active or pane == self.active_tab or pane not in TABBED:
            return
        self.active_tab = pane
        if self.focus_at in TABBED:
            self.focus_at = pane
        self._layout(self.size.width)
        if self.focus_at == pane:
            self.pane(pane).focus()

    def pane(self, name: str) -> ItemList:
        return self.query_one(f"#{name}", ItemList)

    @property
    def source(self) -> SourcePane:
        return self.query_one("#source", SourcePane)

    # -- loading ------------------------------------------------------------------------------

    def show_loading(self, label: str) -> None:
        """Say what is being loaded, how big it is and, each second, how long it has taken: a
        10 MB article takes seconds, and a spinner alone looks like a hang."""
        self.label = label
        self._loading_since = time.monotonic()
        self._loading_size = _size_words(label)
        self._loading_tick()
        if self._spinner is None:
            self._spinner = self.set_timer(SPINNER_AFTER, self._spin)
        if self._ticker is None:
            self._ticker = self.set_interval(1.0, self._loading_tick)

    def _loading_tick(self) -> None:
        elapsed = int(time.monotonic() - self._loading_since)
        facts = [f"loading {self.label}", self._loading_size, f"{elapsed} s" if elapsed else ""]
        self.query_one("#header", BriefHeader).show(None, " · ".join(f for f in facts if f))

    def _spin(self) -> None:
        """The load is taking a while: show the spinner over the panes."""
        self._spinner = None
        self.query_one("#main").loading = True

    def _loading_done(self) -> None:
        if self._spinner is not None:
            self._spinner.stop()
            self._spinner = None
        if self._ticker is not None:
            self._ticker.stop()
            self._ticker = None

    def show_error(self, message: str) -> None:
        """Put a one-line problem where the brief would be (no brief was loaded)."""
        self._loading_done()
        self.query_one("#main").loading = False
        if self.view is not None:  # the brief on screen stays, under its own header
            self._refresh_filter_titles()
            self.notify(plain(message), title="Could not load", severity="error", timeout=8, markup=False)
            return
        self.query_one("#main").display = False
        error = self.query_one("#error", Static)
        error.update(Content(f"briefing: {plain(message)}"))
        error.display = True

    def show_brief(self, brief: Brief, *, fresh: bool = False) -> None:
        """Show ``brief``; on a reload the actor filter, search and cursors are kept where possible.

        A ``fresh`` brief (another file opened) starts clean: cursors at the top, no filter, no
        search, the source from its start.
        """
        self._loading_done()
        if fresh:
            self.view = None
            self.query_text = ""
            self.matches = []
            self.match_at = -1
            self._status(None)
            self.source.text = ""
        old = self.view
        keep = {p: self.pane(p).highlighted for p in PANES} if old is not None else {}
        self.view = View.of(brief)
        self.view.by_mentions = self.by_mentions
        if old is not None and brief.actor(old.actor_id) is not None:
            self.view.actor_id = old.actor_id
        self.query_one("#error").display = False
        main = self.query_one("#main")
        main.display = True
        main.loading = False
        if old is not None and brief.source(old.source_id or "") is not None:
            self.view.source_id = old.source_id
        for pane in PANES:
            self._fill(pane, keep.get(pane))
        self._fill_sources()
        self._refresh_filter_titles()
        if self.query_text:
            self.matches = search(self.view, self.query_text)
        if fresh or brief.source(self.source_id) is None:
            self.source_id = brief.sources[0].id
        if self.source.loaded or self.source_shown:
            self.source.set_text(brief.text_of(self.source_id))
        if self.focused is None:
            self.pane(self.last_pane).focus()

    def _fill(self, pane: str, keep: int | None = None) -> None:
        """List the pane's rows now if it is on screen, else when it is first shown."""
        if self.view is None:
            return
        widget = self.pane(pane)
        if not widget.display:
            self.stale[pane] = keep
            return
        self.stale.pop(pane, None)
        rows = self.view.visible(pane)
        widget.show_rows(rows, self._labels(pane, rows), keep=keep, empty=self._empty_reason(pane))

    def _empty_reason(self, pane: str) -> str:
        """Why a pane has nothing to list: the actor filter hides every item, or the article has none."""
        assert self.view is not None
        what = PANE_TITLES[pane].lower()
        actor = self.view.actor
        if actor is not None and pane in FILTERED_PANES and self.view.rows[pane]:
            return f"No {what} for {plain(actor.name)} · esc shows all {len(self.view.rows[pane])}"
        source = self.view.brief.source(self.view.source_id) if self.view.source_id else None
        if source is not None and self.view.rows[pane]:
            number = self.view.brief.sources.index(source) + 1
            return f"No {what} from source [{number}] · esc shows all {len(self.view.rows[pane])}"
        if pane == "timeline":
            return "No dated events found in this article"
        return f"No {what} found in this article"

    def _fill_sources(self) -> None:
        """The Sources pane: a story's articles, shown only when the brief has several."""
        assert self.view is not None
        widget = self.pane(SOURCES)
        rows = source_rows(self.view.brief)
        widget.display = bool(rows)
        widget.show_rows(rows, self._labels(SOURCES, rows), keep=widget.highlighted)

    def _labels(self, pane: str, rows: list[Row]) -> list[Content]:
        assert self.view is not None
        if pane == SOURCES:
            marks = {r.index for r in rows if self.view.source_id in r.sources}
        else:
            marks = self.view.marked(pane)
        brief = self.view.brief
        room = self.pane(pane).room if pane in ("actors", "figures") else 0
        return [label(brief, r, marked=r.index in marks, query=self.query_text, room=room) for r in rows]

    @on(ItemList.Resized)
    def _resized(self, event: ItemList.Resized) -> None:
        """The actors and figures fit their second lines to the width: relabel them when it changed."""
        if event.pane in ("actors", "figures") and self.view is not None:
            self._relabel(event.pane)

    def action_actor_order(self) -> None:
        """``m`` on the actors: most mentioned first, or back to most prominent first."""
        if self.view is None:
            return
        self.by_mentions = self.view.by_mentions = not self.by_mentions
        widget = self.pane("actors")
        current = widget.current
        self._fill("actors")
        if current is not None and current in widget.rows:
            widget.highlighted = widget.rows.index(current)
        self._refresh_filter_titles()
        self.notify(f"Actors: {actor_order(self.by_mentions)}", timeout=2)

    def _relabel(self, pane: str) -> None:
        if pane in self.stale:
            return
        widget = self.pane(pane)
        widget.relabel(self._labels(pane, widget.rows))

    # -- linked selection ---------------------------------------------------------------------

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The cursor moved: light the item, unless the list was merely refilled out of focus."""
        widget = event.option_list
        if isinstance(widget, ItemList) and widget.pane == self.focus_at:
            self._light(widget.current)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        widget = event.option_list
        if not isinstance(widget, ItemList) or widget.current is None:
            return
        row = widget.current
        if row.pane == SOURCES:
            self.set_source(None if self.view and self.view.source_id in row.sources else next(iter(row.sources)))
            self._show_source()
        elif row.pane == "actors":
            self.set_actor(None if self.view and self.view.actor_id in row.actors else next(iter(row.actors)))
        else:
            self._show_source()
        self._light(row)

    @on(SourcePane.Clicked)
    def _source_clicked(self, event: SourcePane.Clicked) -> None:
        """A click on the article goes to the item whose evidence stands there."""
        row = row_at(self.view, self.source_id, event.offset) if self.view is not None else None
        if row is None:
            return
        self.focus_pane(row.pane)
        widget = self.pane(row.pane)
        widget.highlighted = widget.rows.index(row)
        widget.scroll_to_highlight()
        self._light(row)

    def set_actor(self, actor_id: str | None) -> None:
        """Filter quotes and events to one actor (None: everything) and mark its summary sentences."""
        if self.view is None or self.view.actor_id == actor_id:
            return
        self.view.actor_id = actor_id
        for pane in ("quotes", "timeline"):
            self._fill(pane)
        for pane in ("summary", "actors", "figures"):
            self._relabel(pane)
        self._refresh_filter_titles()
        self.refresh_bindings()
        if self.query_text:
            self.matches = search(self.view, self.query_text)
            self.match_at = -1

    def set_source(self, source_id: str | None) -> None:
        """List only the items of one source of a story (None: every source), as the actor filter does."""
        if self.view is None or self.view.source_id == source_id:
            return
        self.view.source_id = source_id
        for pane in PANES:
            self._fill(pane)
        self._relabel(SOURCES)
        self._refresh_filter_titles()
        self.refresh_bindings()
        if self.query_text:
            self.matches = search(self.view, self.query_text)
            self.match_at = -1

    def _refresh_filter_titles(self) -> None:
        actor = self.view.actor if self.view else None
        brief = self.view.brief if self.view else None
        self.query_one("#header", BriefHeader).show(brief, self.label, actor.name if actor else None)
        for pane in ("quotes", "timeline"):
            self.pane(pane).border_subtitle = Content(f"{plain(actor.name)} only · esc") if actor else ""
        self.pane("actors").fit_subtitle(ORDER_SUBTITLES[self.by_mentions])
        source = brief.source(self.view.source_id) if brief is not None and self.view and self.view.source_id else None
        if brief is not None and source is not None:
            number = brief.sources.index(source) + 1
            self.pane(SOURCES).border_subtitle = Content(f"[{number}] only · esc")
        else:
            self.pane(SOURCES).border_subtitle = ""

    def _light(self, row: Row | None) -> None:
        """Light the row's evidence in the source, with the chosen actor's mentions around it."""
        if self.source_shown and row is not None:
            self._light_spans(row.evidence)

    def _light_spans(self, evidence: tuple[Ref, ...]) -> None:
        """Light ``evidence`` in its source (shown if another one was), with the actor's mentions
        and the search's matches in that source."""
        if self.view is None:
            return
        source = evidence[0].source if evidence else self.source_id
        if source != self.source_id:
            self.source_id = source
            self.source.set_text(self.view.brief.text_of(source))
        actor = self.view.actor
        mentions = [r.span for r in actor.evidence if r.source == source] if actor else []
        matches = [m.span.span for m in self.matches if m.span is not None and m.span.source == source]
        self.source.light([r.span for r in evidence if r.source == source], mentions, matches)

    def _show_source(self) -> None:
        if self.source_shown or self.view is None:
            return
        self.source_shown = True
        if not self.source.loaded:
            self.source.set_text(self.view.brief.text_of(self.source_id))
        self.source.display = True
        self.call_after_refresh(self._cursors_into_view)

    def _cursors_into_view(self) -> None:
        """The lists changed width, so their items changed height: keep each cursor on screen."""
        for pane in PANES:
            widget = self.pane(pane)
            if widget.display and widget.highlighted is not None:
                widget.scroll_to_highlight()

    # -- actions ------------------------------------------------------------------------------

    def current_pane(self) -> str:
        """The pane that has focus, or is about to: focusing is deferred, keys may come first."""
        return self.focus_at

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A pane took focus (a key or a click): remember it and light its item in the source."""
        widget = event.widget
        if isinstance(widget, SourcePane):
            self.focus_at = "source"
        elif isinstance(widget, ItemList):
            self.focus_at = self.last_pane = widget.pane
            self._light(widget.current)
        self.refresh_bindings()  # the footer offers m on the actors only

    def focus_pane(self, name: str) -> None:
        """Focus a pane, bringing its tab forward when the panes are tabs."""
        self.focus_at = name
        if name == "source":
            self.source.focus()
            return
        self.last_pane = name
        if self.narrow and name in TABBED and name != self.active_tab:
            self.query_one("#tabs", Tabs).active = f"tab-{name}"
            self.active_tab = name
            self._layout(self.size.width)
        self.pane(name).focus()

    def action_focus_pane(self, step: int) -> None:
        order = list(PANES)
        if self.pane(SOURCES).display:
            order.insert(1, SOURCES)
        if self.source_shown:
            order.append("source")
        here = self.current_pane()
        at = order.index(here) if here in order else 0
        self.focus_pane(order[(at + step) % len(order)])

    def action_toggle_source(self) -> None:
        """Show or hide the article; shown, it lights whatever the focused pane has selected."""
        if self.source_shown:
            self.source_shown = False
            self.source.display = False
            self.call_after_refresh(self._cursors_into_view)
            if self.focus_at == "source" or self.focused is None:
                self.focus_pane(self.last_pane)
            return
        self._show_source()
        self._light(self.pane(self.last_pane).current)

    def on_key(self, event: events.Key) -> None:
        """``/`` opens the search bar at once, and letters reaching the panes while it is open
        were typed into it.

        Keys come faster than bindings run: typing "/fer" quickly puts all four keys in the
        focused list's queue before the ``/`` binding has opened the bar, and "e" would then
        export and "o" open.  So ``/`` is acted on here, as it arrives, and the letters queued
        behind it go into the bar.
        """
        bar = self.query_one("#search", SearchBar)
        if event.key == "slash" and not bar.display and self.view is not None:
            event.stop()
            event.prevent_default()
            self.action_search()
        elif bar.display and event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            bar.insert_text_at_cursor(event.character)

    def action_search(self) -> None:
        if self.view is not None:
            self._query_before = self.query_text
            self.query_one("#search", SearchBar).open()

    @on(SearchBar.Changed, "#search")
    def _typed(self, event: SearchBar.Changed) -> None:
        """Light what the words typed so far match, in every pane, without moving the cursor."""
        if event.input.display:
            self._apply_query(event.value)
            self._say_found()

    @on(SearchBar.Submitted, "#search")
    def _search(self, event: SearchBar.Submitted) -> None:
        event.input.display = False
        self.run_search(event.value)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        """Escape in the bar: back to the search there was before it opened."""
        self._apply_query(self._query_before)
        if self.matches:
            self._say_found()
        self.focus_pane(self.last_pane)

    def _apply_query(self, query: str) -> None:
        """Make ``query`` the search: find it, light it in the lists and the source."""
        if self.view is None:
            return
        query = query.strip()
        if query == self.query_text and (self.matches or not query):
            return
        self.query_text = query
        self.matches = search(self.view, query)
        self.match_at = -1
        self.refresh_bindings()
        for pane in PANES:
            self._relabel(pane)
        self._light(self.pane(self.last_pane).current)
        self._status(None)

    def run_search(self, query: str) -> None:
        """Find ``query`` in every pane, light it in the lists and go to the first match."""
        if self.view is None:
            return
        self._apply_query(query)
        if self.matches:
            self.action_next_match(1)
        else:
            self.focus_pane(self.last_pane)
            self._say_found()

    def _say_found(self) -> None:
        """The status line while a search is typed: how many matches so far, or none."""
        if not self.query_text:
            self._status(None)
        elif not self.matches:
            self._status(Content.assemble(("no match for ", ""), (f"“{plain(self.query_text)}”", "bold"), ("  · esc clears", "$text-muted")))
        else:
            count = len(self.matches)
            self._status(
                Content.assemble(
                    (f"{count} match{'es' if count != 1 else ''} for ", ""),
                    (f"“{plain(self.query_text)}”", "bold"),
                    ("  · enter goes to the first, then n / N", "$text-muted"),
                )
            )

    def _status(self, content: Content | None) -> None:
        """Show one line under the panes (None hides it): the search's state, replaced, not stacked."""
        line = self.query_one("#status", Static)
        line.display = content is not None
        if content is not None:
            line.update(content)

    def action_next_match(self, step: int) -> None:
        if not self.matches:
            self.notify("No search: press / to search", severity="information", timeout=3)
            return
        before = self.match_at
        self.match_at = (self.match_at + step) % len(self.matches)
        wrapped = before >= 0 and (self.match_at < before) == (step > 0) and self.match_at != before
        match = self.matches[self.match_at]
        if match.span is not None:
            self._show_source()
            self.focus_pane("source")
            self._light_spans((match.span,))
        else:
            self.focus_pane(match.pane)
            widget = self.pane(match.pane)
            widget.highlighted = match.position
            widget.scroll_to_highlight()
        where = "the article" if match.pane == "source" else PANE_TITLES[match.pane]
        parts: list[str | tuple[str, str]] = [
            (f"match {self.match_at + 1} of {len(self.matches)}", "bold"),
            f" for “{plain(self.query_text)}” in {where}",
        ]
        if wrapped:
            parts.append(("  · wrapped to the " + ("first" if step > 0 else "last"), "bold $warning"))
        parts.append(("  · n next, N previous, esc clears", "$text-muted"))
        self._status(Content.assemble(*parts))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Escape is offered (and shown in the footer) only while there is something to clear."""
        if action == "actor_order":
            return self.focus_at == "actors" and self.view is not None
        if action == "clear":
            return self.view is not None and (
                self.view.actor_id is not None or self.view.source_id is not None or bool(self.query_text)
            )
        return True

    def action_step_source(self, step: int) -> None:
        """Show the selected item's evidence in its next (or previous) source: the same quote or
        event as another outlet carried it."""
        row = self.pane(self.last_pane).current
        order = row.source_order() if row is not None else []
        if len(order) < 2:
            self.notify("The selected item has one source", severity="information", timeout=3)
            return
        self._show_source()
        at = order.index(self.source_id) if self.source_id in order else -step
        source = order[(at + step) % len(order)]
        assert row is not None
        self._light_spans(tuple(r for r in row.evidence if r.source == source))
        assert self.view is not None
        number = [s.id for s in self.view.brief.sources].index(source) + 1
        self.notify(f"Source [{number}]: {order.index(source) + 1} of {len(order)} for this item", timeout=2)

    def action_clear(self) -> None:
        """Escape: drop the actor filter, then the source filter, then the search lighting."""
        if self.view is None:
            return
        if self.view.actor_id is not None:
            self.set_actor(None)
        elif self.view.source_id is not None:
            self.set_source(None)
        elif self.query_text:
            self.run_search("")

    def selected_text(self) -> str | None:
        """What copy takes: the focused item's words, or the lit evidence in the source pane."""
        if self.current_pane() == "source":
            return self.source.lit_text() or None
        row = self.pane(self.current_pane()).current
        return row.text if row else None

    def action_copy(self) -> None:
        text = self.selected_text()
        if not text:
            self.notify("Nothing selected to copy", severity="warning", timeout=3)
            return
        from briefing.tui.clipboard import copy

        way = copy(text, self.app.copy_to_clipboard)
        self.notify(f"Copied {len(text)} characters to {way}", timeout=4, markup=False)
