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
        self._target: int | None = None
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
        self.scroll_to(y=0, animate=False)

    def light(
        self,
        evidence: list[Span] | tuple[Span, ...] = (),
        mentions: list[Span] | tuple[Span, ...] = (),
        matches: list[Span] | tuple[Span, ...] = (),
    ) -> None:
        """Light ``evidence`` (scrolling its first span into view), ``mentions`` and search ``matches``."""
        limit = len(self.text)
        self._marks = {
            "mention": _merged(mentions, limit),
            "match": _merged(matches, limit),
            "evidence": _merged(evidence, limit),
        }
        first = self._marks["evidence"] or self._marks["mention"]
        self._target = first[0][0] if first else None
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

    def _scroll_to_target(self) -> None:
        if self._target is None or not self._lines:
            return
        row = self.line_of(self._target)
        height = max(1, self.scrollable_content_region.height)
        if not self.scroll_y <= row < self.scroll_y + height:
            self.scroll_to(y=max(0, row - height // 3), animate=False)

    def on_resize(self) -> None:
        """New width: wrap again, then (once the new height is known) bring the lit span back."""
        self._rewrap()
        self.call_after_refresh(self._scroll_to_target)

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._wrapped_for:
            return
        self._wrapped_for = width
        self._lines = wrap(self.text, width) if self.text else []
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
