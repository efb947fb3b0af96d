"""The source pane: the article as read, with the evidence of the selected item lit up.

Evidence is character offsets into the article, so the pane wraps the text itself
(:mod:`briefing.tui.wrap`) and keeps each screen line's offsets: lighting a span and scrolling
to it are then a binary search, not a re-render.  Only visible lines are drawn (Line API).
The text is :func:`briefing.views.safe.masked` first: same length, no escape sequences.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.brief import Span
from briefing.tui.wrap import line_of, wrap
from briefing.views.format import shown_bounds
from briefing.views.safe import masked

#: Highlight kinds, weakest first: a later kind wins where spans overlap.
KINDS: tuple[str, ...] = ("mention", "match", "evidence")


class SourcePane(ScrollView, can_focus=True):
    """Article text with lit spans: an actor's mentions and the current item's evidence."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"source--mention", "source--match", "source--evidence"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Scroll down", show=False),
        Binding("k,up", "scroll_up", "Scroll up", show=False),
        Binding("g,home", "scroll_home", "Top", show=False),
        Binding("G,end", "scroll_end", "Bottom", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
    ]

    class Clicked(Message):
        """A click on the article at character ``offset``: the screen finds what stands there."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.text = ""
        self._lines: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._wrapped_for = -1
        self._marks: dict[str, list[Span]] = {kind: [] for kind in KINDS}
        #: The stretch of text to keep in view: from the first lit span's start to the last's end.
        self._target: Span | None = None
        self.border_title = "Source"

    @property
    def loaded(self) -> bool:
        return bool(self.text)

    def set_text(self, article: str) -> None:
        """Show ``article`` (made safe here, offsets unchanged) from the top, nothing lit."""
        self.text = masked(article)
        self._marks = {kind: [] for kind in KINDS}
        self._wrapped_for = -1
        self._rewrap()
        self.scroll_to(y=0, animate=False, immediate=True)

    def light(
        self,
        evidence: list[Span] | tuple[Span, ...] = (),
        mentions: list[Span] | tuple[Span, ...] = (),
        matches: list[Span] | tuple[Span, ...] = (),
    ) -> None:
        """Light ``evidence`` (centred in the pane), ``mentions`` and search ``matches``."""
        limit = len(self.text)
        self._marks = {
            "mention": _merged(mentions, limit),
            "match": _merged(matches, limit),
            "evidence": _merged(evidence, limit),
        }
        lit = self._marks["evidence"] or self._marks["mention"][:1]
        self._target = (lit[0][0], lit[-1][1]) if lit else None
        self._scroll_to_target()
        self.refresh()

    def lit(self, kind: str = "evidence") -> list[Span]:
        """The spans currently lit as ``kind``."""
        return list(self._marks.get(kind, []))

    def lit_text(self) -> str:
        """The article words under the current evidence, for copying."""
        return " … ".join(self.text[s:e] for s, e in self._marks["evidence"])

    def line_of(self, offset: int) -> int:
        """The screen line that shows character ``offset`` at the current width."""
        return line_of(self._starts, offset)

    def offset_at(self, x: int, y: int) -> int | None:
        """The character shown at content cell ``(x, y)`` of the visible area, if any."""
        index = self.scroll_offset.y + y
        if not 0 <= index < len(self._lines) or x < 0:
            return None
        start, end = self._lines[index]
        used = 0
        for i in range(start, end):
            used += cell_len(self.text[i])
            if used > x:
                return i
        return None

    def on_click(self, event: events.Click) -> None:
        where = event.get_content_offset(self)
        offset = self.offset_at(where.x, where.y) if where is not None else None
        if offset is not None:
            self.post_message(self.Clicked(offset))

    def _scroll_to_target(self, retries: int = 3) -> None:
        """Centre the lit evidence in the pane, all of it when it fits, else from its first line.

        Evidence spread over more lines than the pane has (a long quote and a sentence far from
        it) is centred on its first span when that fits, and otherwise starts at the top.
        """
        if self._target is None or not self._lines:
            return
        height = max(1, self.scrollable_content_region.height)
        start, end = self._target
        first = self.line_of(start)
        last = self.line_of(max(start, end - 1))
        if last - first + 1 > height:
            spans = self._marks["evidence"] or [self._target]
            last = self.line_of(max(start, spans[0][1] - 1))
        if last - first + 1 > height:
            top = first
        else:
            top = first - (height - (last - first + 1)) // 2
        top = max(0, min(top, len(self._lines) - height))
        if top > self.max_scroll_y and retries:
            # Shown a moment ago: the layout has not given the pane its height yet.
            self.call_after_refresh(self._scroll_to_target, retries - 1)
            return
        if top != self.scroll_y:
            # force: the scroll bars of a pane shown a moment ago are not worked out yet.
            self.scroll_to(y=top, animate=False, immediate=True, force=True)

    def visible_lines(self) -> tuple[int, int]:
        """The first and last screen line now in view."""
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        return top, min(len(self._lines), top + height) - 1

    def on_resize(self) -> None:
        """New width: wrap again, then (once the new height is known) bring the lit span back."""
        self._rewrap()
        self.call_after_refresh(self._scroll_to_target)

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._wrapped_for:
            return
        self._wrapped_for = width
        start, end = shown_bounds(self.text)  # the article's own blank lines at either end left out
        self._lines = [(a + start, b + start) for a, b in wrap(self.text[start:end], width)] if end else []
        self._starts = [s for s, _ in self._lines]
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def render_line(self, y: int) -> Strip:
        base = self.rich_style
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[index]
        cuts = self._styles_between(start, end, base)
        segments = [Segment(self.text[a:b], style) for a, b, style in cuts if a < b]
        return Strip(segments).crop_extend(0, width, base)

    def _styles_between(self, start: int, end: int, base: Style) -> list[tuple[int, int, Style]]:
        """Pieces of ``start:end`` with their styles: the strongest lit kind covering each."""
        edges = {start, end}
        covering: list[tuple[Span, Style]] = []
        for kind in KINDS:
            spans = self._marks[kind]
            i = bisect_left(spans, (start, start))
            i = max(0, i - 1)
            style = base + self.get_component_rich_style(f"source--{kind}", partial=True)
            while i < len(spans) and spans[i][0] < end:
                s, e = spans[i]
                if e > start:
                    covering.append(((s, e), style))
                    edges.update(x for x in (s, e) if start < x < end)
                i += 1
        points = sorted(edges)
        pieces: list[tuple[int, int, Style]] = []
        for a, b in zip(points, points[1:]):
            style = base
            for (s, e), lit in covering:
                if s <= a and b <= e:
                    style = lit
            pieces.append((a, b, style))
        return pieces


def _merged(spans: list[Span] | tuple[Span, ...], limit: int) -> list[Span]:
    """Spans clipped to the text, sorted and merged, so each line needs one binary search."""
    out: list[Span] = []
    for start, end in sorted((max(0, s), min(limit, e)) for s, e in spans if s < e and s < limit):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out

