"""Print and Markdown views: golden output on a hand-built brief, and article text kept as data."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from briefing.brief import Brief
from briefing.views import markdown
from briefing.views.console import render_to
from briefing.views.safe import masked, plain

GOLDEN = Path(__file__).parent / "golden"

HOSTILE = (
    "[bold red]Not markup[/] *not em* _not em_ `not code` <script>alert(1)</script> "
    "| not a cell | ~~not struck~~ [link](http://x.invalid) "
    "\x1b[31mred\x1b[0m \x1b]8;;http://x.invalid\x07osc8\x1b]8;;\x07 \x1b]52;c;cHduZWQ=\x07 bell\x07 nul\x00 end"
)


def hostile_brief(brief: Brief) -> Brief:
    """The sample brief with hostile text in every field a view shows."""
    brief.title = HOSTILE
    brief.sources[0].path = "evil`\x1b[2J.txt"
    for item in (*brief.summary, *brief.quotes):
        item.text = HOSTILE
    for actor in brief.actors:
        actor.name = actor.role = HOSTILE
    for quote in brief.quotes:
        quote.speaker = quote.cue = HOSTILE
    for event in brief.timeline:
        event.event = event.date_text = HOSTILE
    for figure in brief.figures:
        figure.text = figure.measure = figure.unit = HOSTILE
    return brief


def printed(brief: Brief, **options: object) -> str:
    out = io.StringIO()
    render_to(out, brief, **options)  # type: ignore[arg-type]
    return out.getvalue()


def test_markdown_matches_the_golden_file(brief: Brief) -> None:
    assert markdown.render(brief) == (GOLDEN / "sample.md").read_text(encoding="utf-8")


def test_print_without_a_terminal_matches_the_golden_file(brief: Brief) -> None:
    assert printed(brief, width=80) == (GOLDEN / "sample.txt").read_text(encoding="utf-8")


def test_print_without_a_terminal_has_no_ansi_codes(brief: Brief) -> None:
    assert "\x1b" not in printed(brief, width=100)


def test_print_color_always_uses_ansi_colours(brief: Brief) -> None:
    assert "\x1b[" in printed(brief, color="always", width=100)


def test_no_color_environment_turns_colour_off(brief: Brief, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    out = printed(brief, color="auto", width=100)
    assert "\x1b" not in out
    assert "Ana Ruiz" in out


def test_print_fits_the_width(brief: Brief) -> None:
    for width in (40, 80, 120):
        assert max(len(line) for line in printed(brief, width=width).splitlines()) <= width


def test_print_never_reads_article_text_as_markup_or_passes_escapes(brief: Brief) -> None:
    out = printed(hostile_brief(brief), color="always", width=400)
    assert "[bold red]Not markup[/]" in out
    for sequence in ("\x1b]", "\x1b[31m", "\x1b[2J", "\x07", "\x00"):
        assert sequence not in out
    # Only Rich's own SGR colour codes remain.
    assert re.sub(r"\x1b\[[0-9;]*m", "", out).count("\x1b") == 0


def test_markdown_escapes_article_text_so_it_renders_as_itself(brief: Brief) -> None:
    text = markdown.render(hostile_brief(brief))
    assert "\x1b" not in text and "\x07" not in text and "\x00" not in text
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)
    inline = [c.type for t in tokens for c in (t.children or [])]
    # The only emphasis and code are the view's own: the source line (em; code for path and
    # digest) and the note on the actors' order (em).
    assert inline.count("em_open") == 2 and inline.count("code_inline") == 2
    assert not {"strong_open", "s_open", "link_open", "html_inline"} & set(inline)
    assert not any(t.type == "html_block" for t in tokens)
    # The hostile pipes did not add cells: every actor row still has four cells.
    rows = [t for t in tokens if t.type == "tr_open"]
    cells_per_row = []
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            cells_per_row.append(0)
        elif token.type in ("td_open", "th_open"):
            cells_per_row[-1] += 1
    assert rows and set(cells_per_row) == {4}
    assert "[bold red]Not markup[/] *not em* _not em_ `not code` <script>" in plain_text(tokens)


def plain_text(tokens: list) -> str:  # type: ignore[type-arg]
    return "".join(c.content for t in tokens for c in (t.children or []) if c.type == "text")


def test_markdown_imports_neither_rich_nor_textual() -> None:
    import subprocess
    import sys

    code = "import sys, briefing.views.markdown, briefing.cli; print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'textual')))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"


def test_plain_strips_escape_sequences_and_controls() -> None:
    assert plain("a\x1b[31mb\x1b]52;c;eA==\x07c\x00d\u202ee\nf") == "abc d e f"


def test_masked_keeps_the_length_and_the_newlines() -> None:
    text = "a\x1b[31mb\x1b]8;;x\x07c\r\nd\te"
    out = masked(text)
    assert len(out) == len(text)
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out and "\t" not in out
    assert out.count("\n") == 1


def test_print_to_a_file_leaves_no_trailing_spaces(brief: Brief) -> None:
    for color in ("never", "always"):
        out = printed(brief, width=100, color=color)
        assert not re.search(r" +(?:\x1b\[[0-9;]*m)*$", out, re.MULTILINE), color


def test_the_timeline_date_column_stays_narrow_at_width_100(brief: Brief) -> None:
    brief.timeline[0].date_text = "on the Tuesday afternoon before the long holiday weekend began"
    lines = printed(brief, width=100).splitlines()
    header = next(line for line in lines if line.lstrip().startswith("Date") and "Event" in line)
    assert header.index("Event") <= 30, "the date column takes at most about 24 columns"


def test_a_short_date_wording_stays_on_one_line_at_width_110(brief: Brief) -> None:
    brief.timeline[0].date, brief.timeline[0].date_text = "XXXX-WXX-4", "Thursday"
    brief.timeline[1].date, brief.timeline[1].date_text = "XXXX-WXX", "last week"
    out = printed(brief, width=110)
    assert "Thursday (date not given)" in out and "last week (date not given)" in out


def test_every_view_words_the_dates_and_leaves_the_timeml_in_the_data(brief: Brief) -> None:
    brief.timeline[0].date = "2026-03-03TAF"
    brief.timeline[0].date_text = "Tuesday afternoon"
    out = printed(brief, width=100) + markdown.render(brief)
    assert "2026-03-03TAF" not in out and "3 Mar 2026, afternoon" in out
    assert "late 2027 (late)" not in out
