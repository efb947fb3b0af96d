"""What the TUI shows, as plain data: rows per pane, the actor filter and search matches.

The widgets only draw what this module decides, so the linked-selection rules (which quotes,
events and summary sentences belong to an actor; what a search finds) are tested without a
terminal.  This module imports no widgets and no textual.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import field

from briefing.brief import Actor, Brief, Ref, Span
from briefing.records import dataclass
from briefing.views.format import event_when, measure_of, number
from briefing.views.safe import plain

#: The list panes in focus order; the source pane comes after them when it is shown.
PANES: tuple[str, ...] = ("summary", "actors", "quotes", "timeline", "figures")

#: The list of a story's articles, shown (after the summary) only when a brief has several sources.
SOURCES = "sources"

PANE_TITLES: dict[str, str] = {
    SOURCES: "Sources",
    "summary": "Summary",
    "actors": "Actors",
    "quotes": "Quotes",
    "timeline": "Timeline",
    "figures": "Figures",
}


@dataclass(frozen=True)
class Row:
    """One item of a pane: its position in the brief, its words, and where it stands in its sources.

    ``text`` is what search reads and what copy puts on the clipboard; ``actors`` are the ids of
    the actors the item belongs to, for the actor filter; ``sources`` the ids of the sources it
    comes from, for the source filter.
    """

    pane: str
    index: int
    text: str
    evidence: tuple[Ref, ...]
    actors: frozenset[str] = field(default_factory=frozenset)
    sources: frozenset[str] = field(default_factory=frozenset)

    def source_order(self) -> list[str]:
        """The sources the row's evidence lies in, in the order of the evidence (first is the main one)."""
        return list(dict.fromkeys(r.source for r in self.evidence))


def build_rows(brief: Brief) -> dict[str, list[Row]]:
    """Every item of the brief as rows, pane by pane, in the brief's order."""
    names = {a.id: a.name for a in brief.actors}
    rows: dict[str, list[Row]] = {pane: [] for pane in PANES}
    for i, s in enumerate(brief.summary):
        rows["summary"].append(Row("summary", i, plain(s.text), tuple(s.evidence), sources=frozenset(s.sources)))
    for i, a in enumerate(brief.actors):
        words = " · ".join(x for x in (a.name, a.kind, a.role or "", *a.aliases) if x)
        rows["actors"].append(
            Row("actors", i, plain(words), tuple(a.evidence), frozenset({a.id}), frozenset(a.sources))
        )
    for i, q in enumerate(brief.quotes):
        who = plain(q.speaker) if q.speaker else "Unattributed"
        evidence = tuple(q.evidence) or (q.ref,)
        ids = frozenset({q.speaker_id}) if q.speaker_id else frozenset()
        rows["quotes"].append(Row("quotes", i, f"“{plain(q.text)}” — {who}", evidence, ids, frozenset(q.sources)))
    for i, t in enumerate(brief.timeline):
        actors = ", ".join(plain(names.get(x, x)) for x in t.actors)
        shown, said = event_when(t.date, t.qualifier, t.date_text)
        words = " ".join(x for x in (plain(shown), plain(said), plain(t.event), actors) if x)
        rows["timeline"].append(
            Row("timeline", i, words, tuple(t.evidence), frozenset(t.actors), frozenset(t.sources))
        )
    for i, f in enumerate(brief.figures):
        measure = measure_of(f.unit, f.measure) or ""
        words = " ".join(x for x in (plain(f.text), number(f.value), plain(f.unit or ""), plain(measure)) if x)
        rows["figures"].append(Row("figures", i, words, tuple(f.evidence), sources=frozenset(f.sources)))
    return rows


def source_rows(brief: Brief) -> list[Row]:
    """The Sources pane: one row per article of a story (none for a one-article brief)."""
    if len(brief.sources) < 2:
        return []
    out = []
    for i, s in enumerate(brief.sources):
        words = " · ".join(plain(x) for x in (s.title, s.site, s.author, s.published, s.url or s.path) if x)
        out.append(Row(SOURCES, i, f"[{i + 1}] {words}", (Ref(s.id, 0, 0),), sources=frozenset({s.id})))
    return out


class SpanIndex:
    """Sorted, merged spans that answer "does this span overlap any of them?" in log time."""

    def __init__(self, spans: list[Span] | tuple[Span, ...]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.ends, start + 1)
        return i < len(self.starts) and self.starts[i] < max(end, start + 1)


def actor_mentions(actor: Actor) -> dict[str, SpanIndex]:
    """Where the actor is named, source by source, from its evidence."""
    by_source: dict[str, list[Span]] = {}
    for ref in actor.evidence:
        by_source.setdefault(ref.source, []).append(ref.span)
    return {source: SpanIndex(spans) for source, spans in by_source.items()}


def belongs_to(row: Row, actor: Actor, mentions: dict[str, SpanIndex]) -> bool:
    """Whether a row is about the actor: linked by id, or its evidence names the actor.

    Summary sentences have no actor ids, so they are matched by the actor's mention spans
    lying inside their evidence, or by the actor's name or an alias appearing in the sentence.
    """
    if actor.id in row.actors:
        return True
    if row.pane == "summary":
        if any(r.source in mentions and mentions[r.source].overlaps(r.start, r.end) for r in row.evidence):
            return True
        return any(_has_word(row.text, name) for name in (actor.name, *actor.aliases) if name)
    return False


def _has_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` not glued to other letters (so "Ann" is not in "Annual")."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = text.find(word, start + 1)
    return False


def actor_order(by_mentions: bool) -> str:
    """The actors pane's order, in words."""
    return "most mentioned first" if by_mentions else "most prominent first"


#: The actors pane's subtitle, longest first: the first that fits the pane's border is shown, so
#: that a narrow pane shows whole words, never "most promin…".
ORDER_SUBTITLES: dict[bool, tuple[str, ...]] = {
    False: ("most prominent first · m", "prominent first · m", "prominent · m", "prominent", "m"),
    True: ("most mentioned first · m", "mentioned first · m", "mentions · m", "mentions", "m"),
}


def fitting(choices: tuple[str, ...], room: int) -> str:
    """The first of ``choices`` (longest first) that fits ``room`` cells (0: any), else the last."""
    return next((words for words in choices if not room or len(words) <= room), choices[-1])


#: Panes whose rows are hidden, not just marked, when an actor is chosen.
FILTERED_PANES = frozenset({"quotes", "timeline"})


@dataclass
class View:
    """The brief as shown: all rows, and which of them the actor filter keeps or marks."""

    brief: Brief
    rows: dict[str, list[Row]]
    actor_id: str | None = None
    #: Only the items of this source are listed (a story's Sources pane sets it).
    source_id: str | None = None
    #: Actors most mentioned first (ties in the compiler's order), instead of most prominent first.
    by_mentions: bool = False

    @classmethod
    def of(cls, brief: Brief) -> View:
        return cls(brief, build_rows(brief))

    @property
    def actor(self) -> Actor | None:
        return self.brief.actor(self.actor_id)

    def visible(self, pane: str) -> list[Row]:
        """The rows a pane lists: those of the chosen source, and the actor's own in filtered panes."""
        actor = self.actor
        rows = self.rows[pane]
        if self.source_id is not None:
            rows = [r for r in rows if self.source_id in r.sources]
        if pane == "actors" and self.by_mentions:
            rows = sorted(rows, key=lambda r: -self.brief.actors[r.index].mentions)
        if actor is None or pane not in FILTERED_PANES:
            return rows
        mentions = actor_mentions(actor)
        return [r for r in rows if belongs_to(r, actor, mentions)]

    def marked(self, pane: str) -> set[int]:
        """Indices (into the brief's list) of rows to emphasise for the chosen actor."""
        actor = self.actor
        if actor is None:
            return set()
        mentions = actor_mentions(actor)
        return {r.index for r in self.rows[pane] if belongs_to(r, actor, mentions)}


def row_at(view: View, source: str, offset: int) -> Row | None:
    """The shown row whose evidence most narrowly covers character ``offset`` of ``source``, or None.

    The narrowest span is the most specific claim about that spot: a figure inside a summary
    sentence wins over the sentence.  Ties go to the pane that comes first in focus order.
    """
    best: tuple[int, int, Row] | None = None
    for rank, pane in enumerate(PANES):
        for row in view.visible(pane):
            for ref_source, start, end in row.evidence:
                if ref_source == source and start <= offset < end and (best is None or (end - start, rank) < best[:2]):
                    best = (end - start, rank, row)
    return best[2] if best else None


@dataclass(frozen=True)
class Match:
    """A search hit: a row's position among its pane's visible rows, or words of a source."""

    pane: str
    position: int
    span: Ref | None = None


def find_in_text(text: str, query: str) -> list[Span]:
    """Every case-insensitive occurrence of ``query`` in ``text``, as offsets into ``text``.

    A regular expression keeps offsets exact where case folding would change lengths ("ß").
    """
    needle = query.strip()
    if not needle:
        return []
    return [m.span() for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]


def search(view: View, query: str) -> list[Match]:
    """Rows whose text contains ``query`` (case-insensitive), pane by pane in focus order, then
    the occurrences in the articles themselves (the source pane), source by source."""
    needle = query.strip().casefold()
    if not needle:
        return []
    rows = [
        Match(pane, position)
        for pane in PANES
        for position, row in enumerate(view.visible(pane))
        if needle in row.text.casefold()
    ]
    spans = [Ref(s.id, *span) for s in view.brief.sources for span in find_in_text(s.text, query)]
    return rows + [Match("source", i, span) for i, span in enumerate(spans)]
