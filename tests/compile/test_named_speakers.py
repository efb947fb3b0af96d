"""Speakers only the speaker reading names become actors before the timeline reads the actors."""

from __future__ import annotations

from typing import get_type_hints

import pytest

from briefing.brief import ActorKind
from briefing.compile.actors.named_speakers import with_named_speakers
from briefing.compile.doc import Attribution, Entity, Mention, actor_kind
from briefing.compile.pipeline import compile_text


def test_a_speaker_the_actor_pass_missed_is_an_actor_of_the_timeline_event_naming_them() -> None:
    brief = compile_text('The council voted on Friday. "It is over," said Idowu, who resigned on Friday.')
    idowu = next(a for a in brief.actors if a.name == "Idowu")
    assert [q.speaker_id for q in brief.quotes] == [idowu.id]
    text = brief.sources[0].text
    event = next(e for e in brief.timeline if "Idowu" in text[e.evidence[0].start : e.evidence[0].end])
    assert event.actors == [idowu.id]


def test_a_named_speaker_an_entity_already_bears_is_that_entity() -> None:
    norm = "Ann Roe spoke. ann roe said so."
    roe = Entity("ann-roe", "Ann Roe", "person", mentions=[Mention(0, 7, "Ann Roe")])
    entities, attributions = with_named_speakers(norm, [roe], [Attribution(None, "said", None, (15, 22), "ann roe")])
    assert [e.id for e in entities] == ["ann-roe"] and attributions[0].speaker_id == "ann-roe"


def test_a_new_speaker_gets_a_fresh_id_and_a_mention_wherever_a_quote_names_them() -> None:
    norm = "said Idowu. said Idowu."
    taken = Entity("speaker-1", "Speaker One", "person", mentions=[Mention(0, 4, "said")])
    found = [Attribution(None, "said", None, (5, 10), "Idowu"), Attribution(None, "said", None, (17, 22), "Idowu")]
    entities, attributions = with_named_speakers(norm, [taken], found)
    made = entities[-1]
    assert (made.id, made.name, [(m.start, m.end) for m in made.mentions]) == ("speaker-2", "Idowu", [(5, 10), (17, 22)])
    assert [a.speaker_id for a in attributions] == ["speaker-2", "speaker-2"]


def test_entities_and_attributions_take_only_the_briefs_actor_kinds() -> None:
    assert get_type_hints(Entity)["kind"] == ActorKind == get_type_hints(Attribution)["kind"]
    assert actor_kind("organization") == "organization"
    with pytest.raises(ValueError, match="not an actor kind"):
        actor_kind("event")
