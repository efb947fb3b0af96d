"""How each item of the brief reads in its list: styled Content built from plain strings.

Article text never goes through markup: every piece is a plain string with a style beside it,
after :func:`briefing.views.safe.plain` removed control characters and escape sequences.  Styles
name theme variables (``$accent``) so a theme switch recolours the lists without rebuilding them.
"""

from __future__ import annotations

from textual.content import Content

from briefing.brief import Brief
from briefing.tui.model import Row
from briefing.views.format import event_when, measure_of, number
from briefing.views.safe import plain

MUTED = "$text-muted"
MARK = "bold $accent"


#: Kinds as they fit a narrow actors pane: a kind is one word, never cut in the middle.
SHORT_KINDS = {"organization": "org."}


def label(brief: Brief, row: Row, *, marked: bool = False, query: str = "", room: int = 0) -> Content:
    """The list entry for ``row``; ``marked`` rows belong to the chosen actor, ``query`` is lit.

    ``room`` is the pane's width in cells (0: unknown, as wide as needed): an actor's kind is
    shortened, and a figure's value not indented, rather than a word broken across lines.
    """
    if row.pane == "actors":
        content = _actor(brief, row.index, marked, room)
    elif row.pane == "figures":
        content = _figure(brief, row.index, marked, room)
    else:
        content = _LABELS[row.pane](brief, row.index, marked)
    return _light(content, query) if query.strip() else content


def indented_fits(word: str, room: int) -> bool:
    """Whether ``word``, indented two cells under an item's first line, fits the pane's width (0: any)."""
    return not room or len(word) + 2 <= room


def _summary(brief: Brief, i: int, marked: bool) -> Content:
    bullet = ("▶ ", MARK) if marked else ("• ", "$accent")
    return Content.assemble(bullet, (plain(brief.summary[i].text), "bold" if marked else ""))


def _actor(brief: Brief, i: int, marked: bool, room: int = 0) -> Content:
    a = brief.actors[i]
    parts: list[str | tuple[str, str]] = [("● " if marked else "", MARK), (plain(a.name), "bold")]
    parts.append((f" ×{a.mentions}", MUTED))
    kind = a.kind if indented_fits(a.kind, room) else SHORT_KINDS.get(a.kind, a.kind)
    parts.append(("\n  " + kind, "$secondary"))
    if a.role:
        parts.append((" · " + plain(a.role), MUTED))
    return Content.assemble(*parts)


def _quote(brief: Brief, i: int, marked: bool) -> Content:
    q = brief.quotes[i]
    who: list[str | tuple[str, str]] = [(plain(q.speaker) if q.speaker else "Unattributed", "bold $secondary")]
    if q.cue:
        who.append((f" ({plain(q.cue)})", MUTED))
    if q.partial:
        who.append((" · partial", MUTED))
    return Content.assemble(*who, "\n", ("“", "$accent"), (plain(q.text), "italic"), ("”", "$accent"))


def _event(brief: Brief, i: int, marked: bool) -> Content:
    t = brief.timeline[i]
    names = {a.id: a.name for a in brief.actors}
    shown, said = event_when(t.date, t.qualifier, t.date_text)
    head: list[str | tuple[str, str]] = [(plain(shown), "bold $accent")]
    if said:
        head.append(("  " + plain(said), MUTED))
    body = Content.assemble(*head, "\n", plain(t.event))
    actors = ", ".join(plain(names.get(x, x)) for x in t.actors)
    return Content.assemble(body, ("\n" + actors, MUTED)) if actors else body


def _figure(brief: Brief, i: int, marked: bool, room: int = 0) -> Content:
    """The figure's words and its value (only when the words do not already show it), with its
    unit (unless the words name it); under them what it measures (unless that is the unit).

    The value follows the words when the line has room for both, else it stands on a line of
    its own, so that a long number is never broken.
    """
    f = brief.figures[i]
    words = plain(f.text)
    value = number(f.value)
    unit = plain(f.unit or "")
    parts: list[str | tuple[str, str]] = [(words, "bold")]
    amount = ""
    if f.value is not None and value not in words:
        amount = value + (f" {unit}" if unit else "")
    elif unit and not _says_unit(words, unit):
        amount = unit
    if amount:
        style = "$accent" if amount != unit else "$secondary"
        if not room or len(words) + 4 + len(amount) <= room:
            parts.append((f"  = {amount}" if amount != unit else f"  {amount}", style))
        else:
            parts.append(("\n" + ("  " if indented_fits(amount.split(" ", 1)[0], room) else "") + amount, style))
    measure = measure_of(f.unit, f.measure)
    if measure:
        parts.append(("\n  " + plain(measure), MUTED))
    return Content.assemble(*parts)


def _says_unit(words: str, unit: str) -> bool:
    """Whether a figure's words already name its unit ("4.3%" is percent, "$12" dollars)."""
    signs = {"percent": "%", "USD": "$", "EUR": "€", "GBP": "£"}
    return unit.casefold() in words.casefold() or signs.get(unit, "\0") in words


def _source(brief: Brief, i: int, marked: bool) -> Content:
    """A story's article: its number (the tag the items carry), title, outlet, date and place."""
    s = brief.sources[i]
    facts = " · ".join(plain(x) for x in (s.site, s.author, s.published, s.url or s.path) if x)
    head = Content.assemble((f"[{i + 1}] ", MARK if marked else "$accent"), (plain(s.title or s.id), "bold"))
    return Content.assemble(head, ("\n    " + facts, MUTED)) if facts else head


_LABELS = {
    "sources": _source,
    "summary": _summary,
    "quotes": _quote,
    "timeline": _event,
}


def _light(content: Content, query: str) -> Content:
    """``content`` with every case-insensitive occurrence of ``query`` shown in reverse."""
    needle = query.strip().casefold()
    hay = content.plain.casefold()
    if len(hay) != len(content.plain):
        return content
    start = hay.find(needle)
    while start >= 0:
        content = content.stylize("reverse", start, start + len(needle))
        start = hay.find(needle, start + len(needle))
    return content
