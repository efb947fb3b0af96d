"""The linked-selection rules without a terminal: rows, the actor filter, search."""

from tui_helpers import SAMPLE

from briefing.store import load_brief
from briefing.tui.model import PANES, SpanIndex, View, build_rows, find_in_text, row_at, search


def view() -> View:
    return View.of(load_brief(SAMPLE))


def test_every_item_of_the_brief_becomes_a_row_in_its_pane() -> None:
    brief = load_brief(SAMPLE)
    rows = build_rows(brief)
    assert [len(rows[p]) for p in PANES] == [
        len(brief.summary), len(brief.actors), len(brief.quotes), len(brief.timeline), len(brief.figures)
    ]
    assert rows["quotes"][1].actors == {"tomas-reyes"}
    assert rows["figures"][1].evidence == tuple(brief.figures[1].evidence)


def test_choosing_an_actor_keeps_only_their_quotes_and_events() -> None:
    v = view()
    v.actor_id = "ada-quist"
    assert [r.index for r in v.visible("quotes")] == [0, 2]
    assert [r.index for r in v.visible("timeline")] == [0]
    assert len(v.visible("figures")) == 3, "figures are never filtered"


def test_choosing_an_actor_marks_the_summary_sentences_that_name_them() -> None:
    v = view()
    v.actor_id = "ada-quist"
    assert v.marked("summary") == {1}
    v.actor_id = "portvale-harbour-council"
    assert v.marked("summary") == {0, 2}, "by its mention spans, including the alias 'the council'"


def test_no_actor_means_every_row_and_no_marks() -> None:
    v = view()
    assert len(v.visible("quotes")) == 3
    assert v.marked("summary") == set()


def test_search_finds_rows_in_every_pane_in_focus_order_ignoring_case() -> None:
    hits = search(view(), "QUIST")
    panes = [h.pane for h in hits]
    assert panes == sorted(panes, key=[*PANES, "source"].index)
    assert {"summary", "actors", "quotes", "timeline", "source"} <= set(panes)
    assert search(view(), "   ") == []
    assert search(view(), "no such words anywhere") == []


def test_search_positions_follow_the_filtered_rows() -> None:
    v = view()
    v.actor_id = "tomas-reyes"
    hits = [h for h in search(v, "steep") if h.pane == "quotes"]
    assert [h.position for h in hits] == [0]


def test_span_index_answers_overlap_questions() -> None:
    index = SpanIndex([(10, 20), (15, 25), (40, 45)])
    assert index.overlaps(24, 30)
    assert not index.overlaps(25, 40)
    assert index.overlaps(0, 11)
    assert not index.overlaps(0, 10)
    assert index.overlaps(42, 42), "an empty span inside counts"


def test_search_ends_with_the_occurrences_in_the_article() -> None:
    v = view()
    spans = [h.span for h in search(v, "quist") if h.pane == "source"]
    assert spans and all(span is not None and v.brief.at(span) == "Quist" for span in spans)


def test_text_search_keeps_offsets_where_case_folding_would_not() -> None:
    text = "Die Straße, STRASSE und straße."
    assert [text[s:e] for s, e in find_in_text(text, "STRASSE")] == ["STRASSE"]
    assert [text[s:e] for s, e in find_in_text(text, "straße")] == ["Straße", "straße"]
    assert find_in_text(text, "  ") == []


def test_the_narrowest_evidence_under_an_offset_names_the_row() -> None:
    v = view()
    text = v.brief.text_of("s1")
    figure = row_at(v, "s1", text.index("4,000 passengers") + 2)
    assert (figure.pane, figure.index) == ("figures", 0), "a figure inside a sentence wins"
    sentence = row_at(v, "s1", text.index("carry"))
    assert sentence.pane == "summary", "equal spans: the first pane in focus order"
    assert row_at(v, "s1", 0) is None, "the headline is evidence for nothing"
    assert row_at(v, "s2", text.index("carry")) is None, "evidence is in one source, not at that offset of any"


def test_a_filtered_out_row_is_not_found_by_offset() -> None:
    v = view()
    offset = v.brief.text_of("s1").index("too steep")
    assert row_at(v, "s1", offset).pane == "quotes"
    v.actor_id = "ada-quist"
    assert row_at(v, "s1", offset) is None
