"""The Markdown view: GitHub-flavoured Markdown that is safe to pipe and to publish.

Article text is data, never markup: every string from the brief is stripped of control characters
and escaped so that ``*``, ``_``, backticks, ``<``, ``[`` or ``|`` show as themselves.  This module
imports neither rich nor textual; it is on the fast path.
"""

from __future__ import annotations

import re

from briefing.brief import Brief
from briefing.views.format import claim_lines, number, source_line, source_numbers, source_tag, when_text
from briefing.views.safe import plain

_INLINE = re.compile(r"([\\`*_{}\[\]<>()#+!|~&$])")
_LINE_START = re.compile(r"^(\s*)([-=>]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """Escape text for inline Markdown: it renders as the same characters, with no formatting."""
    text = _INLINE.sub(r"\\\1", plain(text))
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _cell(text: str | None) -> str:
    return escape(text) if text else "—"


def render(brief: Brief) -> str:
    """The whole brief as one Markdown document, ending in a newline."""
    names = {a.id: a.name for a in brief.actors}
    numbers = source_numbers(brief)

    def tag(ids: list[str]) -> str:
        text = source_tag(ids, numbers)
        return f" {escape(text)}" if text else ""

    out: list[str] = [f"# {escape(brief.title)}", ""]
    if len(brief.sources) == 1:
        src = brief.sources[0]
        facts = [f"{src.words} words"]
        if src.published:
            facts.append(f"published {src.published}")
        if src.path or src.url:
            facts.insert(0, f"source: `{_code(src.path or src.url or '')}`")
        facts.append(f"sha256 `{src.sha256[:12]}`")
    else:
        facts = [f"{len(brief.sources)} sources", f"{sum(s.words for s in brief.sources)} words"]
    out += ["*" + " · ".join(facts) + "*", ""]
    if numbers:
        out += ["## Sources", ""]
        out += [f"{numbers[s.id]}. {escape(source_line(s))}" for s in brief.sources]
        out.append("")

    if brief.summary:
        out += ["## Summary", ""]
        out += [f"- {escape(s.text)}{tag(s.sources)}" for s in brief.summary]
        out.append("")

    if brief.actors:
        out += ["## Actors", "", "| Name | Kind | Role | Mentions |", "| --- | --- | --- | ---: |"]
        for a in brief.actors:
            out.append(f"| {_cell(a.name)}{tag(a.sources)} | {a.kind} | {_cell(a.role)} | {a.mentions} |")
        out.append("")

    if brief.quotes:
        out += ["## Quotes", ""]
        for q in brief.quotes:
            speaker = escape(q.speaker) if q.speaker else "Unattributed"
            cue = f" ({escape(q.cue)})" if q.cue else ""
            partial = " · partial" if q.partial else ""
            out += [f"> “{escape(q.text)}”", ">", f"> — {speaker}{cue}{partial}{tag(q.sources)}", ""]

    if brief.timeline:
        out += ["## Timeline", "", "| Date | When | Event | Actors |", "| --- | --- | --- | --- |"]
        for t in brief.timeline:
            who = ", ".join(escape(names.get(i, i)) for i in t.actors)
            said = when_text(t.date_text, t.qualifier)
            when = escape(said) if said != t.date else ""
            out.append(f"| {escape(t.date)} | {when} | {_cell(t.event)}{tag(t.sources)} | {who or '—'} |")
        out.append("")

    if brief.figures:
        out += ["## Figures", "", "| Figure | Value | Unit | Measures |", "| --- | ---: | --- | --- |"]
        for f in brief.figures:
            out.append(f"| {_cell(f.text)}{tag(f.sources)} | {number(f.value)} | {_cell(f.unit)} | {_cell(f.measure)} |")
        out.append("")

    if brief.conflicts:
        out += ["## Disagreements", ""]
        for c in brief.conflicts:
            out.append(f"- **{c.kind}** · {escape(c.about)}")
            out += [f"  - {escape(line)}" for line in claim_lines(c, numbers)]
        out.append("")

    return "\n".join(out).rstrip("\n") + "\n"


def _code(text: str) -> str:
    """Text for an inline code span: no backticks or controls can break out of it."""
    return plain(text).replace("`", "'")
