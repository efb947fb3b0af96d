"""Speakers the actor pass missed become actors, before any later pass reads the actors.

The speaker reading can name someone the actor pass did not find ("said Idowu": one capitalised
word, a surname the gazetteer does not list).  Such a speaker is an actor like any other: the
timeline lists it in the events that mention it, the views light its mentions.  So it is made
here, in the actor family, and every attribution then points at an actor by id.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.compile.doc import Attribution, Entity, Mention


def with_named_speakers(norm: str, entities: list[Entity], attributions: list[Attribution]) -> tuple[list[Entity], list[Attribution]]:
    """The entities plus one for each speaker named only by the speaker reading, and the
    attributions with every named speaker's id.

    A speaker whose name an entity already bears (in any case) is that entity; a new one gets the
    id ``speaker-N`` and a mention wherever a quote names it.
    """
    known = {e.name.casefold(): e for e in entities}
    taken = {e.id for e in entities}
    made: dict[str, Entity] = {}
    out: list[Attribution] = []
    for who in attributions:
        if who.speaker_id or not who.name:
            out.append(who)
            continue
        entity = made.get(who.name) or known.get(who.name.casefold())
        if entity is None:
            number = len(made) + 1
            while f"speaker-{number}" in taken:
                number += 1
            entity = Entity(id=f"speaker-{number}", name=who.name, kind=who.kind)
            taken.add(entity.id)
            made[who.name] = entity
        if entity is made.get(who.name) and who.source_span and all((m.start, m.end) != who.source_span for m in entity.mentions):
            start, end = who.source_span
            entity.mentions.append(Mention(start, end, norm[start:end]))
        out.append(replace(who, speaker_id=entity.id))
    return entities + list(made.values()), out
