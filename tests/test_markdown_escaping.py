"""Markdown escaping: article text renders as itself, and only what CommonMark needs is escaped.

Each tricky string is put in every field the Markdown view shows; the document is parsed with
markdown-it-py (CommonMark plus GitHub's tables and strike-through) and the visible text of each
place is compared with the string.  The raw Markdown is checked too: no backslash where none is
needed (``\\4.3%`` renders with its backslash showing).
"""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.brief import Brief
from briefing.views.markdown import escape, render

TRICKY = [
    "Prices rose 4.3% in March",
    "2.5 million people left",
    "1. First point",
    "2024) was the year",
    "- not a bullet",
    "+ not a bullet",
    "* not a bullet",
    "# not a heading",
    "> not a quote",
    "---",
    "===",
    "a | b | c",
    "snake_case and _under_ and *star* and **bold**",
    "`code` and ``more``",
    "[link](http://x.invalid) and ![img](y.png)",
    "<b>bold</b> <script>alert(1)</script> <http://x.invalid>",
    "4 < 5 and 6 > 3",
    "AT&T and &amp; and &#35; and &copy;",
    r"back\slash and \*not\* and a trailing \\",
    "$5 and $6 million",
    "~5% and ~~struck~~",
    "Vote #",
    "ends with #1",
]


def parse(text: str) -> list[Token]:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)


def visible(inline: Token) -> str:
    """The text an inline token shows; fails if any markup (emphasis, code, links, HTML) is in it."""
    kinds = {c.type for c in inline.children or []}
    assert kinds <= {"text"}, f"markup in {inline.content!r}: {kinds}"
    return "".join(c.content for c in inline.children or [])


def tricky_brief(brief: Brief, text: str) -> Brief:
    brief.title = text
    brief.summary[0].text = text
    brief.actors[0].name = brief.actors[0].role = text
    brief.quotes[0].text = brief.quotes[0].speaker = text
    brief.timeline[0].event = text
    brief.timeline[0].date_text = f"as {text}"
    brief.figures[0].text = brief.figures[0].unit = brief.figures[0].measure = text
    brief.figures[0].unit = "USD"
    return brief


@pytest.mark.parametrize("text", TRICKY)
def test_every_field_renders_as_the_article_text(brief: Brief, text: str) -> None:
    tokens = parse(render(tricky_brief(brief, text)))
    types = [t.type for t in tokens]
    assert types[:3] == ["heading_open", "inline", "heading_close"]
    assert visible(tokens[1]) == text
    # The first bullet is one list item holding one paragraph: no nested list, heading or quote.
    bullet = types.index("bullet_list_open")
    assert types[bullet + 1 : bullet + 4] == ["list_item_open", "paragraph_open", "inline"]
    assert visible(tokens[bullet + 3]) == text
    cells = [visible(t) for i, t in enumerate(tokens) if t.type == "inline" and tokens[i - 1].type == "td_open"]
    actor_row, timeline_row, figure_row = cells[0:4], cells[8:12], cells[16:20]
    assert actor_row[0] == actor_row[2] == text
    assert timeline_row[1] == f"as {text}" and timeline_row[2] == text
    assert figure_row[0] == figure_row[3] == text
    quote = next(t for i, t in enumerate(tokens) if t.type == "inline" and tokens[i - 2].type == "blockquote_open")
    assert visible(quote) == f"“{text}”"
    # Tables keep their shape: every row four cells.
    rows: list[int] = []
    for t in tokens:
        if t.type == "tr_open":
            rows.append(0)
        elif t.type in ("td_open", "th_open"):
            rows[-1] += 1
    assert set(rows) == {4}


def test_digits_and_dashes_are_left_alone_where_they_cannot_be_markup() -> None:
    assert escape("4.3%", cell=True) == "4.3%"
    assert escape("5.9") == "5.9"
    assert escape("2.5 million", line_start=True) == "2.5 million"
    assert escape("a - b", line_start=True) == "a - b"
    assert escape("AT&T") == "AT&T"
    assert escape("4 < 5") == "4 < 5"
    assert escape("$5 million") == "$5 million"
    assert escape("~5%") == "~5%"
    assert escape("a | b") == "a | b"


def test_a_list_marker_is_escaped_only_at_the_start_of_a_line() -> None:
    assert escape("1. First", line_start=True) == r"1\. First"
    assert escape("1. First") == "1. First"
    assert escape("- x", line_start=True) == r"\- x"
    assert escape("a | b", cell=True) == r"a \| b"


def test_a_bullet_of_figures_reads_without_backslashes(brief: Brief) -> None:
    brief.summary[0].text = "2.5 million people, or 4.3%, left"
    assert "- 2.5 million people, or 4.3%, left" in render(brief)
