"""The merge of three invented articles on one story (see conftest.py): who, what was said, when, disputes."""

from __future__ import annotations

from briefing.brief import Brief
from briefing.merge import merge_story
from briefing.merge.similar import words


def named(story: Brief, name: str) -> list[str]:
    """Ids of the actors with this name or alias."""
    return [a.id for a in story.actors if name in (a.name, *a.aliases)]


def test_sources_are_numbered_in_the_order_given_and_keep_their_text(story: Brief, articles: list) -> None:
    assert [s.id for s in story.sources] == ["s1", "s2", "s3"]
    assert [s.path for s in story.sources] == [name for name, _, _ in articles]
    assert [s.text for s in story.sources] == [text for _, text, _ in articles]


def test_the_mayor_in_full_without_middle_name_and_by_title_is_one_actor(story: Brief) -> None:
    ids = set(named(story, "Helena Marta Varga")) | set(named(story, "Helena Varga")) | set(named(story, "Varga"))
    assert len(ids) == 1
    mayor = story.actor(ids.pop())
    assert mayor is not None and mayor.sources == ["s1", "s2", "s3"]


def test_two_people_sharing_a_surname_stay_two(story: Brief) -> None:
    engineer = named(story, "Tomas Varga")
    assert len(engineer) == 1 and engineer != named(story, "Helena Varga")
    actor = story.actor(engineer[0])
    assert actor is not None and actor.sources == ["s1", "s2"] and "Varga" not in actor.aliases


def test_minister_by_full_name_and_by_honorific_is_one_actor(story: Brief) -> None:
    ids = set(named(story, "Amara Bello")) | set(named(story, "Bello"))
    assert len(ids) == 1


def test_a_quote_trimmed_and_edited_by_three_outlets_is_one_quote_with_every_source(story: Brief) -> None:
    reopen = [q for q in story.quotes if "reopen" in q.text]
    assert len(reopen) == 1
    quote = reopen[0]
    assert sorted(quote.sources) == ["s1", "s2", "s3"]
    assert quote.speaker_id in named(story, "Helena Varga")
    assert len(quote.variants) == 2
    assert story.at(quote.ref).startswith(quote.text[:20])
    assert {r.source for r in quote.evidence} == {"s1", "s2", "s3"}


def test_a_quote_given_to_two_speakers_is_one_quote_and_a_speaker_conflict(story: Brief) -> None:
    corroded = [q for q in story.quotes if "corroded" in q.text]
    assert len(corroded) == 1 and sorted(corroded[0].sources) == ["s1", "s2"]
    conflicts = [c for c in story.conflicts if c.kind == "speaker"]
    assert len(conflicts) == 1
    assert {(c.source, c.text) for c in conflicts[0].claims} == {("s1", "Tomas Varga"), ("s2", "Amara Bello")}


def test_the_same_measure_with_two_values_is_a_figure_conflict(story: Brief) -> None:
    conflicts = [c for c in story.conflicts if c.kind == "figure"]
    assert len(conflicts) == 1
    assert {(c.source, c.text) for c in conflicts[0].claims} == {("s1", "$40 million"), ("s2", "$55 million")}
    for claim in conflicts[0].claims:
        assert all(story.at(r) == claim.text for r in claim.evidence)


def test_relative_dates_resolve_per_article_and_one_event_is_one_entry(story: Brief) -> None:
    closed = [t for t in story.timeline if "closed the Kessel Bridge" in t.event]
    by_date = {t.date: t for t in closed}
    assert set(by_date) == {"2025-03-03", "2025-03-04"}
    assert sorted(by_date["2025-03-03"].sources) == ["s1", "s2"]
    assert by_date["2025-03-04"].sources == ["s3"]
    assert [t.date for t in story.timeline] == sorted(t.date for t in story.timeline)


def test_an_event_dated_differently_by_two_sources_is_a_date_conflict(story: Brief) -> None:
    conflicts = [c for c in story.conflicts if c.kind == "date"]
    assert len(conflicts) == 1
    dates = {c.source: c.text.split(" ", 1)[0] for c in conflicts[0].claims}
    assert dates == {"s1": "2025-03-03", "s2": "2025-03-03", "s3": "2025-03-04"}


def test_summary_tags_each_sentence_with_its_source_and_never_repeats_a_fact(story: Brief) -> None:
    assert len(story.summary) >= 3
    for s in story.summary:
        assert len(s.sources) == 1 and all(r.source == s.sources[0] for r in s.evidence)
    closures = [s for s in story.summary if "closed the Kessel Bridge" in s.text]
    assert len(closures) == 1
    seen: list[set[str]] = []
    for s in story.summary:
        ws = set(words(s.text))
        assert all(len(ws & other) < 0.8 * min(len(ws), len(other)) for other in seen)
        seen.append(ws)


def test_every_reference_points_at_words_of_a_source_the_item_lists(story: Brief) -> None:
    items = [*story.actors, *story.quotes, *story.timeline, *story.figures, *story.summary]
    for item in items:
        assert item.evidence
        for r in item.evidence:
            assert r.source in item.sources
            assert story.at(r).strip() and r.end <= len(story.text_of(r.source))
    helena = story.actor(named(story, "Helena Varga")[0])
    assert helena is not None
    assert {story.at(r) for r in helena.evidence} >= {"Helena Marta Varga", "Helena Varga", "Varga"}


def test_the_story_brief_round_trips_through_plain_data(story: Brief) -> None:
    assert Brief.from_dict(story.to_dict()) == story


def test_one_brief_merges_into_itself(briefs: list[Brief]) -> None:
    alone = merge_story(briefs[:1])
    assert [a.name for a in alone.actors] == [a.name for a in sorted(briefs[0].actors, key=lambda a: -a.mentions)]
    assert [q.text for q in alone.quotes] == [q.text for q in briefs[0].quotes]
    assert [t.event for t in alone.timeline] == [t.event for t in briefs[0].timeline]
    assert alone.conflicts == []


def test_the_merge_does_not_change_its_input(briefs: list[Brief]) -> None:
    before = [b.to_dict() for b in briefs]
    merge_story(briefs)
    assert [b.to_dict() for b in briefs] == before
