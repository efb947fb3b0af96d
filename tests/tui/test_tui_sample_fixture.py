"""The hand-written sample brief must be true to its own article, or the TUI tests prove nothing."""

from tui_helpers import SAMPLE

from briefing.store import load_brief


def test_quote_offsets_point_at_the_quoted_words() -> None:
    brief = load_brief(SAMPLE)
    for q in brief.quotes:
        assert brief.at(q.ref) == q.text


def test_actor_evidence_names_the_actor() -> None:
    brief = load_brief(SAMPLE)
    for a in brief.actors:
        for ref in a.evidence:
            said = brief.at(ref)
            assert said in (a.name, *a.aliases), (a.id, said)


def test_figure_and_date_evidence_hold_their_words() -> None:
    brief = load_brief(SAMPLE)
    for f in brief.figures:
        assert [brief.at(ref) for ref in f.evidence] == [f.text]
    for d in brief.dates:
        assert brief.at(d.ref) == d.text
