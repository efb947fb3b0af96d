"""The HTML view: ``briefing html``, one self-contained page with the brief and its sources.

The page needs nothing from the network: its CSS and its bit of JavaScript are inline, and a
Content-Security-Policy allows only that one script (by its hash) and inline styles, so even a
script that got into the article text could neither run nor fetch anything.  All article text
is escaped as text.  The panes are those of the TUI; clicking an item (or Enter on it) lights
its evidence in the source text and scrolls it to the middle.

Evidence offsets are Python string indices (code points) while JavaScript counts UTF-16 units,
so the page does no offset arithmetic: each source is cut here, at every evidence boundary, into
spans that carry their own offset, and the script only adds a class to the spans an item covers.
This module imports neither rich nor textual.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from briefing.brief import Brief, Ref
from briefing.themes import ThemeSpec, load_theme
from briefing.views.format import ACTOR_ORDER, event_when, measure_of, number, publication, shown_bounds
from briefing.views.safe import masked, plain

_SCRIPT = """
(() => {
  const pieces = {};
  for (const el of document.querySelectorAll(".source [data-o]")) {
    const id = el.parentElement.dataset.source;
    (pieces[id] = pieces[id] || []).push([Number(el.dataset.o), el]);
  }
  let lit = [];
  let chosen = null;
  function light(item) {
    for (const el of lit) el.classList.remove("lit");
    lit = [];
    if (chosen) chosen.removeAttribute("aria-current");
    chosen = item;
    item.setAttribute("aria-current", "true");
    for (const ref of (item.dataset.ev || "").split(" ").filter(Boolean)) {
      const [id, range] = ref.split("@");
      const [start, end] = range.split("-").map(Number);
      for (const [o, el] of pieces[id] || []) {
        if (o >= start && o < end) { el.classList.add("lit"); lit.push(el); }
      }
    }
    if (lit.length) lit[0].scrollIntoView({block: "center", behavior: "instant"});
    const status = document.getElementById("status");
    status.textContent = lit.length ? "" : "This item has no evidence in the text.";
  }
  for (const item of document.querySelectorAll("[data-ev]")) {
    item.addEventListener("click", () => light(item));
    item.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); light(item); }
    });
  }
})();
"""

_CSS = """
:root { color-scheme: light dark; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; background: var(--background); color: var(--foreground); }
header { padding: .75rem 1.25rem; background: var(--panel); }
header h1 { margin: 0; font-size: 1.3rem; }
header p { margin: .2rem 0 0; color: var(--muted); }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; padding: 1rem 1.25rem;
  height: calc(100vh - 5rem); }
@media (max-width: 800px) { main { grid-template-columns: 1fr; height: auto; } .source-pane { max-height: 70vh; } }
.panes { overflow-y: auto; }
section, .source-pane { background: var(--surface); border: 1px solid var(--border); border-radius: 6px;
  padding: .5rem 1rem; margin-bottom: 1rem; }
.source-pane { overflow-y: auto; margin-bottom: 0; }
h2 { font-size: 1rem; color: var(--accent); margin: .25rem 0 .5rem; }
h2 small { color: var(--muted); font-weight: normal; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: .35rem .5rem; border-radius: 4px; cursor: pointer; }
li:hover, li:focus { outline: 2px solid var(--primary); outline-offset: -2px; }
li[aria-current] { background: var(--cursor); }
.muted { color: var(--muted); }
.kind, .speaker { color: var(--secondary); font-weight: 600; }
.date { color: var(--accent); font-weight: 600; }
q { font-style: italic; quotes: "\\201C" "\\201D"; }
q::before, q::after { color: var(--accent); }
.source { white-space: pre-wrap; font: 14px/1.55 ui-monospace, monospace; margin: 0; }
.source .lit { background: var(--evidence); font-weight: 700; }
#status { color: var(--muted); min-height: 1.2em; margin: 0; }
details summary { cursor: pointer; color: var(--accent); padding: .35rem .5rem; border-radius: 4px; }
details summary:hover, details summary:focus { outline: 2px solid var(--primary); outline-offset: -2px; }
details[open] summary { color: var(--muted); }
"""

_THEME_VARS = ("background", "foreground", "surface", "panel", "primary", "secondary", "accent", "muted", "cursor", "evidence")


def _vars(theme: ThemeSpec) -> str:
    colours = [f"--{key}: {theme.color(key)};" for key in _THEME_VARS]
    colours.append(f"--border: {theme.color('panel')};")
    return " ".join(colours)


#: Actors listed before the rest fold under "show all" (they are in order of prominence), and how
#: many more may be listed rather than folded: hiding one or two saves nothing.
ACTORS_SHOWN = 8
FOLD_SLACK = 2


def _t(text: str | None) -> str:
    return escape(plain(text or ""), quote=True)


def _refs(evidence: list[Ref] | tuple[Ref, ...]) -> str:
    """Evidence as the page's script reads it: ``s1@12-40 s1@50-61``."""
    return " ".join(f"{escape(r.source, quote=True)}@{int(r.start)}-{int(r.end)}" for r in evidence)


def _item(evidence: list[Ref] | tuple[Ref, ...], body: str) -> str:
    return f'<li tabindex="0" data-ev="{_refs(evidence)}">{body}</li>'


def _source_html(source_id: str, text: str, cuts: set[int]) -> str:
    """The text of one source cut into spans at ``cuts``, each span knowing its offset; the
    article's own blank lines at either end are left out (the offsets stay the whole text's)."""
    safe = masked(text)
    start, end = shown_bounds(safe)
    edges = sorted({start, end, *(c for c in cuts if start < c < end)})
    spans = [f'<span data-o="{a}">{escape(safe[a:b], quote=False)}</span>' for a, b in zip(edges, edges[1:])]
    return f'<pre class="source" data-source="{escape(source_id, quote=True)}">{"".join(spans)}</pre>'


def render(brief: Brief, theme: str | None = None) -> str:
    """The whole page, one string; ``theme`` names the theme for a light or dark reader (both
    shipped themes are in the page, chosen by the reader's colour-scheme preference, unless one
    is named)."""
    names = {a.id: a.name for a in brief.actors}
    sections: list[str] = []

    def section(title: str, items: list[str], note: str = "", shown: int | None = None) -> None:
        """A pane; past ``shown`` items the rest fold under "show all" (a long list of actors
        would push the quotes and the timeline far down the page)."""
        small = f" <small>{escape(note)}</small>" if note else ""
        head, rest = (items[:shown], items[shown:]) if shown is not None and len(items) > shown + FOLD_SLACK else (items, [])
        more = (
            f'<details><summary>Show all {len(items)} ({len(rest)} more)</summary><ul>{"".join(rest)}</ul></details>'
            if rest
            else ""
        )
        sections.append(
            f'<section aria-label="{escape(title)}"><h2>{escape(title)} ({len(items)}){small}</h2><ul>{"".join(head)}</ul>{more}</section>'
        )

    if brief.summary:
        section("Summary", [_item(s.evidence, _t(s.text)) for s in brief.summary])
    if brief.actors:
        items = []
        for a in brief.actors:
            role = f' · <span class="muted">{_t(a.role)}</span>' if a.role else ""
            items.append(_item(a.evidence, f'<b>{_t(a.name)}</b> <span class="muted">×{a.mentions}</span><br><span class="kind">{_t(a.kind)}</span>{role}'))
        section("Actors", items, ACTOR_ORDER, shown=ACTORS_SHOWN)
    if brief.quotes:
        items = []
        for q in brief.quotes:
            who = f'<span class="speaker">{_t(q.speaker) if q.speaker else "Unattributed"}</span>'
            cue = f' <span class="muted">({_t(q.cue)})</span>' if q.cue else ""
            partial = ' <span class="muted">· partial</span>' if q.partial else ""
            items.append(_item(q.evidence or [q.ref], f"{who}{cue}{partial}<br><q>{_t(q.text)}</q>"))
        section("Quotes", items)
    if brief.timeline:
        items = []
        for t in brief.timeline:
            shown, said = event_when(t.date, t.qualifier, t.date_text)
            said_html = f' <span class="muted">{_t(said)}</span>' if said else ""
            actors = ", ".join(_t(names.get(i, i)) for i in t.actors)
            who = f'<br><span class="muted">{actors}</span>' if actors else ""
            items.append(_item(t.evidence, f'<span class="date" data-value="{_t(t.date)}">{_t(shown)}</span>{said_html}<br>{_t(t.event)}{who}'))
        section("Timeline", items)
    if brief.figures:
        items = []
        for f in brief.figures:
            value = number(f.value)
            extra = f' <span class="date">= {escape(value)}</span>' if f.value is not None and value not in f.text else ""
            unit = f' <span class="kind">{_t(f.unit)}</span>' if f.unit and extra else ""
            measure = measure_of(f.unit, f.measure)
            what = f'<br><span class="muted">{_t(measure)}</span>' if measure else ""
            items.append(_item(f.evidence, f"<b>{_t(f.text)}</b>{extra}{unit}{what}"))
        section("Figures", items)

    cuts: dict[str, set[int]] = {s.id: set() for s in brief.sources}
    for ref in _all_refs(brief):
        cuts.setdefault(ref.source, set()).update((int(ref.start), int(ref.end)))
    texts = "".join(
        (f"<h2>{_t(s.title or s.path or s.url or s.id)}</h2>" if len(brief.sources) > 1 else "") + _source_html(s.id, s.text, cuts[s.id])
        for s in brief.sources
    )

    if len(brief.sources) == 1:
        src = brief.sources[0]
        facts = [plain(src.path or src.url or "stdin"), f"{src.words} words", publication(src.published, [(d.start, d.value) for d in brief.dates])]
    else:
        facts = [f"{len(brief.sources)} sources", f"{sum(s.words for s in brief.sources)} words"]

    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'; img-src data:"
    style = _css(theme)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_t(brief.title)}</title><style>{style}</style></head><body>"
        f"<header><h1>{_t(brief.title)}</h1><p>{escape(' · '.join(facts))}</p></header>"
        f'<main><div class="panes">{"".join(sections)}</div>'
        f'<div class="source-pane" aria-label="Source"><h2>Source</h2><p id="status" role="status"></p>{texts}</div></main>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def _css(theme: str | None) -> str:
    """The stylesheet with the theme's colours: one named theme, or dark and light by preference."""
    if theme is not None:
        return f":root {{ {_vars(load_theme(theme))} }}" + _CSS
    light, dark = load_theme("briefing-light"), load_theme("briefing-dark")
    return f":root {{ {_vars(light)} }} @media (prefers-color-scheme: dark) {{ :root {{ {_vars(dark)} }} }}" + _CSS


def _all_refs(brief: Brief) -> list[Ref]:
    refs: list[Ref] = []
    for items in (brief.summary, brief.actors, brief.timeline, brief.figures):
        for item in items:
            refs.extend(item.evidence)
    for q in brief.quotes:
        refs.extend(q.evidence or [q.ref])
    return refs
