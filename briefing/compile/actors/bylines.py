"""Bylines and credits name the reporter or photographer, not an actor in the story.

The actor pass reads every segment (datelines and captions do name places and people of the
story); this pass then removes the mentions that stand in byline and credit segments, and any
entity left with none, so "Oleg Bourunov" above a story or "(Reporting by ...)" below it never
becomes an actor, a speaker or a timeline participant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing.compile.doc import Attribution, Entity, Layout, Noise

#: Noise kinds whose names are the article's makers, not its subjects; an embedded post's names
#: (its account, its handle) are the page's furniture, told again by the story when they matter.
MAKER_KINDS = frozenset({"byline", "credit", "embed"})


def without_makers(entities: list[Entity], layout: Layout, noise: Noise) -> list[Entity]:
    """The entities minus their mentions in byline and credit segments; empty entities dropped."""
    if not any(kind in MAKER_KINDS for kind in noise.kinds.values()):
        return entities
    out: list[Entity] = []
    for entity in entities:
        kept = []
        for mention in entity.mentions:
            i = layout.sentence_at(mention.start)
            if not (noise.kinds.get(i) in MAKER_KINDS and mention.end <= layout.sentences[i].end):
                kept.append(mention)
        if len(kept) == len(entity.mentions):
            out.append(entity)
        elif kept:
            out.append(replace(entity, mentions=kept))
    return out


def without_page_authors(
    entities: list[Entity], authors: str | None, attributions: Sequence[Attribution]
) -> list[Entity]:
    """The entities minus the page's named authors (its byline metadata, ``"A, B"``), unless an
    author speaks in the story: a reporter named in a contributor line is the article's maker."""
    if not authors:
        return entities
    names = {" ".join(name.split()).lower() for name in authors.split(",") if name.strip()}
    speaking = {a.speaker_id for a in attributions if a.speaker_id}
    return [e for e in entities if e.id in speaking or not {e.name.lower(), *(a.lower() for a in e.aliases)} & names]
