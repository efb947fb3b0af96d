"""The Rich view: ``briefing print``.

Every string from the article goes into a :class:`rich.text.Text` built from plain text, never
into markup, so ``[bold]`` in an article prints as ``[bold]``; control characters and escape
sequences are removed first.  Colours come from the same theme files as the TUI.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import IO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from briefing.brief import Brief
from briefing.patterns import regex
from briefing.themes import ThemeSpec, load_theme
from briefing.views.format import (
    ACTOR_ORDER,
    claim_lines,
    event_when,
    measure_of,
    number,
    publication,
    source_line,
    source_numbers,
    source_tag,
)
from briefing.views.safe import plain


def make_console(file: IO[str], *, color: str = "auto", width: int | None = None) -> Console:
    """A console honouring ``--color`` and NO_COLOR: no ANSI codes unless colour is wanted."""
    if color == "always":
        return Console(file=file, force_terminal=True, color_system="truecolor", width=width, no_color=False)
    if color == "never" or (color == "auto" and os.environ.get("NO_COLOR")):
        return Console(file=file, color_system=None, force_terminal=False, width=width, no_color=True)
    return Console(file=file, width=width)


#: The end of a line that shows nothing: spaces, and colour codes between and after them.
_TRAILING = regex(r"(?:[ ]|\x1b\[[0-9;]*m)+$", re.MULTILINE)
_SGR = regex(r"\x1b\[[0-9;]*m")


def _trim(m: re.Match[str]) -> str:
    """Nothing for a blank line end, or one reset when colour codes were in it."""
    return "\x1b[0m" if _SGR.search(m.group()) else ""


def render_to(file: IO[str], brief: Brief, *, color: str = "auto", width: int | None = None, theme: str | None = None) -> None:
    """Print the brief on ``file``.

    Rich pads every line of a table or panel to the full width; in a file or a pipe that is only
    trailing spaces (and noise in diffs), so they are taken off each line before writing.
    """
    console = make_console(file, color=color, width=width)
    with console.capture() as captured:
        console.print(renderable(brief, load_theme(theme), width=console.width))
    file.write(_TRAILING.sub(_trim, captured.get()))


#: The widest a timeline date's wording is kept on one line, in cells.
DATE_ROOM = 30


def _word_room(texts: Iterable[str], cap: int = 12) -> int:
    """A column's least width: its longest word (up to ``cap``), so Rich wraps between words
    instead of cutting one short with an ellipsis ("Councill…", "perce…")."""
    return min(cap, max((len(word) for text in texts for word in plain(text).split()), default=1))


def _t(text: str | None, style: str = "") -> Text:
    return Text(plain(text or ""), style=style)


def renderable(brief: Brief, theme: ThemeSpec, *, width: int = 100) -> Group:
    """The brief as one Rich renderable (header, summary, actors, quotes, timeline, figures),
    laid out for ``width`` columns."""
    primary, accent, secondary = theme.color("primary"), theme.color("accent"), theme.color("secondary")
    muted = theme.color("muted", "dim")
    heading = f"bold {primary}"
    parts: list[RenderableType] = []

    facts = Text(style=muted)
    if len(brief.sources) == 1:
        src = brief.sources[0]
        facts.append(plain(src.path or src.url or "stdin"))
        facts.append(f" · {src.words} words")
        facts.append(" · " + publication(src.published, [(d.start, d.value) for d in brief.dates if not d.sources or d.sources[0] == src.id]))
    else:
        facts.append(f"{len(brief.sources)} sources · {sum(s.words for s in brief.sources)} words")
    parts.append(Panel(Group(_t(brief.title, "bold"), facts), border_style=primary, box=box.ROUNDED))
    numbers = source_numbers(brief)

    def tagged(text: Text, ids: list[str]) -> Text:
        """``text`` with the footnote tag of its sources, ``[1, 2]``, when the brief has several."""
        tag = source_tag(ids, numbers)
        if tag:
            text.append(f" {tag}", style=muted)
        return text

    def section(title: str) -> None:
        parts.append(Text(""))
        parts.append(Rule(Text(title, style=heading), align="left", style=primary))

    if numbers:
        section("Sources")
        listing = Table.grid(padding=(0, 1), pad_edge=True)
        listing.add_column(style=accent, no_wrap=True, justify="right")
        listing.add_column(ratio=1)
        for source in brief.sources:
            listing.add_row(f"[{numbers[source.id]}]", _t(source_line(source)))
        parts.append(listing)

    if brief.summary:
        section("Summary")
        bullets = Table.grid(padding=(0, 1), pad_edge=True)
        bullets.add_column(style=accent, no_wrap=True)
        bullets.add_column(ratio=1)
        for s in brief.summary:
            bullets.add_row("•", tagged(_t(s.text), s.sources))
        parts.append(bullets)

    if brief.actors:
        section("Actors")
        table = Table(
            box=box.SIMPLE_HEAD, header_style=heading, expand=False, pad_edge=False,
            caption=ACTOR_ORDER, caption_style=muted, caption_justify="left",
        )  # fmt: skip
        table.add_column("Name", style="bold", ratio=3)
        table.add_column("Kind", style=secondary, no_wrap=True)
        table.add_column("Role", ratio=4)
        table.add_column("Mentions", justify="right", no_wrap=True)
        for a in brief.actors:
            table.add_row(tagged(_t(a.name), a.sources), _t(a.kind), _t(a.role or "—"), str(a.mentions))
        parts.append(table)

    if brief.quotes:
        section("Quotes")
        for q in brief.quotes:
            who = Text.assemble((plain(q.speaker) if q.speaker else "Unattributed", f"bold {secondary}"))
            if q.cue:
                who.append(f" ({plain(q.cue)})", style=muted)
            if q.partial:
                who.append(" · partial", style=muted)
            tagged(who, q.sources)
            quote = Text.assemble(("“", accent), _t(q.text, "italic"), ("”", accent))
            parts.append(Padding(Group(who, Padding(quote, (0, 0, 0, 2))), (0, 0, 1, 1)))

    if brief.timeline:
        section("Timeline")
        names = {a.id: a.name for a in brief.actors}
        table = Table(box=box.SIMPLE_HEAD, header_style=heading, pad_edge=False)
        whens = [event_when(t.date, t.qualifier, t.date_text) for t in brief.timeline]
        # A date's wording stays on one line when it is short enough ("Thursday (date not
        # given)"); only a long one wraps, and the events keep two thirds of the width.
        room = min(DATE_ROOM, width // 3, max(len(plain(shown)) for shown, _ in whens))
        table.add_column("Date", style=f"bold {accent}", min_width=room, max_width=max(room, 24))
        table.add_column("Event", ratio=1)
        for t, (shown, said) in zip(brief.timeline, whens, strict=True):
            when = Text(plain(shown))
            if said:
                when.append(f"\n{plain(said)}", style=muted)
            event = tagged(_t(t.event), t.sources)
            actors = ", ".join(plain(names.get(i, i)) for i in t.actors)
            if actors:
                event.append(f"\n{actors}", style=muted)
            table.add_row(when, event)
        parts.append(table)

    if brief.figures:
        section("Figures")
        table = Table(box=box.SIMPLE_HEAD, header_style=heading, pad_edge=False)
        table.add_column("Figure", style="bold", no_wrap=True)
        table.add_column("Value", justify="right", no_wrap=True)
        table.add_column("Unit", min_width=_word_room(f.unit or "" for f in brief.figures))
        table.add_column("Measures", ratio=1, min_width=_word_room(f.measure or "" for f in brief.figures))
        for f in brief.figures:
            table.add_row(tagged(_t(f.text), f.sources), number(f.value), _t(f.unit or "—"), _t(measure_of(f.unit, f.measure) or "—"))
        parts.append(table)

    if brief.conflicts:
        section("Disagreements")
        for c in brief.conflicts:
            claims = Table.grid(padding=(0, 1), pad_edge=True)
            claims.add_column(style=accent, no_wrap=True)
            claims.add_column(ratio=1)
            for line in claim_lines(c, numbers):
                claims.add_row("•", _t(line))
            head = Text.assemble((c.kind, f"bold {secondary}"), " · ", _t(c.about))
            parts.append(Padding(Group(head, claims), (0, 0, 1, 1)))
    return Group(*parts)
