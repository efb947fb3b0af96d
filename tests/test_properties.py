"""Properties that hold for any input: compile never raises, evidence always points at the item,
every view renders every brief, and briefs survive the round trip to disk."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.brief import Brief
from briefing.compile import compile_text
from briefing.errors import BriefingError
from briefing.sources.text import decode
from briefing.store import dumps_brief, loads_brief
from briefing.views import markdown
from briefing.views.console import render_to

# News-shaped pieces, so the passes get past their first checks, mixed with arbitrary Unicode.
PIECES = [
    "The", "President", "Ana Ruiz", "said", "told", "Reuters", "U.S.", "Mr.", "Gen.", "Jan.", "in",
    "late", "August", "2019", "last week", "on Tuesday", "$2.5 billion", "12%", "four", "S-400",
    '"', "“", "”", "'", "’", ".", ",", ":", ";", "?", "!", "(", ")", "[", "]", "\n", "\n\n", " ",
    "according to", "she added", "Ministry of Defense", "NATO", "Turkey", "Ankara's", "—", "-",
    "\x1b[31m", "\x1b]52;c;eA==\x07", "[bold]", "*", "_", "`", "|", "<b>", "\t", "\r\n", "\x00", "\u202e",
]
article_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), min_size=1, max_size=120
).map(" ".join)


def collapse(text: str) -> str:
    return " ".join(text.split())


def check_evidence(brief: Brief) -> None:
    """Every reference names the one source and lies in its text; every item's words are where it says."""
    assert [s.id for s in brief.sources] == ["s1"]
    text, n = brief.sources[0].text, len(brief.sources[0].text)
    items = (*brief.summary, *brief.actors, *brief.quotes, *brief.dates, *brief.timeline, *brief.figures)
    assert all(item.sources == ["s1"] for item in items)
    refs = [ref for item in items if hasattr(item, "evidence") for ref in item.evidence]
    assert all(ref.source == "s1" and 0 <= ref.start <= ref.end <= n for ref in refs)
    for s in brief.summary:
        assert s.evidence and collapse(brief.at(s.evidence[0])) == s.text
    for q in brief.quotes:
        assert 0 <= q.start <= q.end <= n and collapse(brief.at(q.ref)) == q.text
        assert q.speaker is None or brief.actor(q.speaker_id) is not None
    for d in brief.dates:
        assert 0 <= d.start < d.end <= n and text[d.start : d.end] == d.text
    for a in brief.actors:
        assert a.evidence and all(ref.end > ref.start for ref in a.evidence)
    for f in brief.figures:
        assert f.evidence and collapse(f.text) in collapse(brief.at(f.evidence[0]))
    ids = {a.id for a in brief.actors}
    assert all(set(t.actors) <= ids for t in brief.timeline)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text, st.sampled_from([None, "2021-09-26"]))
def test_compile_never_raises_and_evidence_points_at_the_item(article: str, published: str | None) -> None:
    brief = compile_text(article, published=published)
    check_evidence(brief)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused_in_one_line(raw: bytes) -> None:
    try:
        text, _ = decode(raw, "x")
    except BriefingError as error:
        assert "\n" not in error.message
        return
    check_evidence(compile_text(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_every_view_renders_and_the_brief_round_trips(article: str) -> None:
    brief = compile_text(article, published="2021-09-26")
    md = markdown.render(brief)
    assert "\x1b" not in md and "\x00" not in md
    out = io.StringIO()
    render_to(out, brief, color="always", width=80)
    assert "\x1b]" not in out.getvalue() and "\x00" not in out.getvalue()
    assert loads_brief(dumps_brief(brief, "yaml")) == brief
    assert loads_brief(dumps_brief(brief, "json"), fmt="json") == brief
