"""A brief of two sources takes the same code path as a brief of one: store, views and the TUI
model look evidence up by its source id (the shape story briefs are built on)."""

from __future__ import annotations

import json

import pytest

from briefing.brief import Brief, Claim, Conflict, Figure, Quote, Ref
from briefing.compile import compile_text
from briefing.store import dumps_brief, loads_brief
from briefing.tui.model import View, row_at, search
from briefing.views import markdown

FIRST = "The port will reopen on Monday, the harbour master said. Repairs cost $3 million.\n"
SECOND = 'Officials said repairs cost $4 million. "We are ready," the harbour master said.\n'


def two_sources() -> Brief:
    """The compiled brief of FIRST plus a second source with one quote and a disputed figure."""
    brief = compile_text(FIRST, path="first.txt")
    second = compile_text(SECOND, path="second.txt", source_id="s2").sources[0]
    brief.sources.append(second)
    start = SECOND.index("We are ready")
    brief.quotes.append(
        Quote(id="q9", text="We are ready", speaker=None, speaker_id=None, cue="said", start=start,
              end=start + len("We are ready"), sources=["s2"], evidence=[Ref("s2", start, start + 12)])
    )
    four = SECOND.index("$4 million")
    brief.figures.append(
        Figure(text="$4 million", value=4e6, unit="USD", measure="repairs", sources=["s2"],
               evidence=[Ref("s2", four, four + 10)])
    )
    three = FIRST.index("$3 million")
    brief.conflicts.append(
        Conflict(kind="figure", about="cost of the repairs", claims=[
            Claim(source="s1", text="$3 million", evidence=[Ref("s1", three, three + 10)]),
            Claim(source="s2", text="$4 million", evidence=[Ref("s2", four, four + 10)]),
        ])
    )
    return brief


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_a_brief_of_two_sources_round_trips(fmt: str) -> None:
    brief = two_sources()
    assert loads_brief(dumps_brief(brief, fmt), fmt=fmt) == brief  # type: ignore[arg-type]


def test_a_quote_offset_is_checked_against_its_own_first_source() -> None:
    data = two_sources().to_dict()
    data["quotes"][-1]["end"] = len(SECOND) + 1
    with pytest.raises(Exception, match=r"quotes\[\d+\]\.end: expected start <= end <= \d+ \(the length of the text of source s2\)"):
        loads_brief(json.dumps(data), fmt="json")


def test_evidence_is_read_from_the_source_it_names() -> None:
    brief = two_sources()
    assert brief.at(brief.quotes[-1].ref) == "We are ready"
    assert [brief.at(c.evidence[0]) for c in brief.conflicts[0].claims] == ["$3 million", "$4 million"]


def test_markdown_of_two_sources_says_so() -> None:
    assert "*2 sources · " in markdown.render(two_sources())


def test_search_and_offsets_reach_every_source() -> None:
    view = View.of(two_sources())
    hits = [m.span for m in search(view, "harbour master") if m.pane == "source"]
    assert [h.source for h in hits if h] == ["s1", "s2"]
    offset = SECOND.index("ready")
    assert row_at(view, "s2", offset) is not None and row_at(view, "s2", offset).pane == "quotes"
    assert row_at(view, "s1", offset) is None or row_at(view, "s1", offset).evidence[0].source == "s1"
