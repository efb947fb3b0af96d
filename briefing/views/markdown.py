"""The Markdown view: GitHub-flavoured Markdown that is safe to pipe and to publish.

Article text is data, never markup: every string from the brief is stripped of control characters
and escaped so that ``*``, ``_``, backticks, ``<``, ``[`` or ``|`` show as themselves.  This module
imports neither rich nor textual; it is on the fast path.
"""

from __future__ import annotations

import re

from briefing.brief import Brief
from briefing.patterns import regex
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

#: Characters that open inline markup anywhere in a line: emphasis, code spans, links.
_ALWAYS = regex(r"([`*_\[])")
#: A backslash is an escape only before ASCII punctuation (or a hard line break at the end).
_BACKSLASH = regex(r"\\(?=[!-/:-@\[-`{-~]|$)")
#: ``<`` opens HTML or an autolink only before a letter, ``/``, ``!`` or ``?``.
_ANGLE = regex(r"<(?=[A-Za-z/!?])")
#: ``&`` is markup only where it forms an entity or character reference.
_ENTITY = regex(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
#: What reads as a block at the start of a line: a list marker, a quote, a heading, a rule.
_BLOCK_START = regex(r"^(?:([-+*])(?=\s|$)|(\d{1,9})([.)])(?=\s|$)|(>)|(#{1,6})(?=\s|$)|([=-]+\s*$))")


def escape(text: str, *, cell: bool = False, line_start: bool = False) -> str:
    """Text that CommonMark (and GitHub's tables and maths) renders as exactly these characters.

    Only what would otherwise be read as markup is escaped, where it would be: ``4.3%`` and
    ``2.5 million`` stay as typed, a ``1.`` is escaped only where a line could start a list
    (``line_start``), a ``|`` only inside a table cell (``cell``), a ``$`` only where two could
    open GitHub's inline maths (or two ``~`` strike text through).
    """
    text = _BACKSLASH.sub(r"\\\\", plain(text))
    text = _ALWAYS.sub(r"\\\1", text)
    text = _ANGLE.sub(r"\\<", text)
    text = _ENTITY.sub(r"\\&", text)
    for pair in "$~":  # GitHub's maths and strike-through need two
        if text.count(pair) > 1:
            text = text.replace(pair, "\\" + pair)
    if cell:
        text = text.replace("|", r"\|")
    if line_start:
        text = _BLOCK_START.sub(_escape_block, text)
    return text


def _escape_block(m: re.Match[str]) -> str:
    """The block marker of ``m`` with a backslash before the character that makes it one."""
    if m.group(2):
        return f"{m.group(2)}\\{m.group(3)}"
    return "\\" + m.group(0)


def _heading(text: str) -> str:
    """A heading's words: a closing run of ``#`` would be dropped by CommonMark, so it is escaped."""
    words = escape(text, line_start=True)
    return re.sub(r"(\s)(#+)$", lambda m: m.group(1) + "\\" + m.group(2), words)


def _cell(text: str | None) -> str:
    return escape(text, cell=True) if text else "—"


def render(brief: Brief) -> str:
    """The whole brief as one Markdown document, ending in a newline."""
    names = {a.id: a.name for a in brief.actors}
    numbers = source_numbers(brief)

    def tag(ids: list[str]) -> str:
        text = source_tag(ids, numbers)
        return f" {escape(text)}" if text else ""

    out: list[str] = [f"# {_heading(brief.title)}", ""]
    if len(brief.sources) == 1:
        src = brief.sources[0]
        facts = [f"{src.words} words", publication(src.published, [(d.start, d.value) for d in brief.dates if not d.sources or d.sources[0] == src.id])]
        if src.path or src.url:
            facts.insert(0, f"source: `{_code(src.path or src.url or '')}`")
        facts.append(f"sha256 `{_code(src.sha256[:12])}`")
    else:
        facts = [f"{len(brief.sources)} sources", f"{sum(s.words for s in brief.sources)} words"]
    out += ["*" + " · ".join(facts) + "*", ""]
    if numbers:
        out += ["## Sources", ""]
        out += [f"{numbers[s.id]}. {escape(source_line(s), line_start=True)}" for s in brief.sources]
        out.append("")

    if brief.summary:
        out += ["## Summary", ""]
        out += [f"- {escape(s.text, line_start=True)}{tag(s.sources)}" for s in brief.summary]
        out.append("")

    if brief.actors:
        out += ["## Actors", "", f"*{ACTOR_ORDER.capitalize()}.*", "", "| Name | Kind | Role | Mentions |", "| --- | --- | --- | ---: |"]
        for a in brief.actors:
            out.append(f"| {_cell(a.name)}{tag(a.sources)} | {_cell(a.kind)} | {_cell(a.role)} | {a.mentions} |")
        out.append("")

    if brief.quotes:
        out += ["## Quotes", ""]
        for q in brief.quotes:
            speaker = escape(q.speaker) if q.speaker else "Unattributed"
            cue = f" ({escape(q.cue)})" if q.cue else ""
            partial = " · partial" if q.partial else ""
            out += [f"> “{escape(q.text)}”", ">", f"> — {speaker}{cue}{partial}{tag(q.sources)}", ""]

    if brief.timeline:
        out += ["## Timeline", "", "| Date | In the article | Event | Actors |", "| --- | --- | --- | --- |"]
        for t in brief.timeline:
            who = ", ".join(escape(names.get(i, i), cell=True) for i in t.actors)
            shown, said = event_when(t.date, t.qualifier, t.date_text)
            out.append(f"| {escape(shown, cell=True)} | {_cell(said)} | {_cell(t.event)}{tag(t.sources)} | {who or '—'} |")
        out.append("")

    if brief.figures:
        out += ["## Figures", "", "| Figure | Value | Unit | Measures |", "| --- | ---: | --- | --- |"]
        for f in brief.figures:
            out.append(f"| {_cell(f.text)}{tag(f.sources)} | {number(f.value)} | {_cell(f.unit)} | {_cell(measure_of(f.unit, f.measure))} |")
        out.append("")

    if brief.conflicts:
        out += ["## Disagreements", ""]
        for c in brief.conflicts:
            out.append(f"- **{escape(c.kind)}** · {escape(c.about)}")
            out += [f"  - {escape(line, line_start=True)}" for line in claim_lines(c, numbers)]
        out.append("")

    return "\n".join(out).rstrip("\n") + "\n"


def _code(text: str) -> str:
    """Text for an inline code span: no backticks or controls can break out of it."""
    return plain(text).replace("`", "'")
