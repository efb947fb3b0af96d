"""Bylines and credits name the reporter or photographer, not an actor in the story.

The actor pass reads every segment (datelines and captions do name places and people of the
story); this pass then removes the mentions that stand in byline and credit segments, and any
entity left with none, so "Oleg Bourunov" above a story or "(Reporting by ...)" below it never
becomes an actor, a speaker or a timeline participant.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from briefing.compile.doc import Attribution, Entity, Noise, Sentence

#: Noise kinds whose names are the article's makers, not its subjects; an embedded post's names
#: (its account, its handle) are the page's furniture, told again by the story when they matter.
MAKER_KINDS = frozenset({"byline", "credit", "embed"})


def without_makers(entities: list[Entity], sentences: list[Sentence], noise: Noise) -> list[Entity]:
    """The entities minus their mentions in byline and credit segments; empty entities dropped."""
    spans = sorted((sentences[i].start, sentences[i].end) for i, kind in noise.kinds.items() if kind in MAKER_KINDS)
    if not spans:
        return entities
    starts = [start for start, _ in spans]
    out: list[Entity] = []
    for entity in entities:
        kept = []
        for mention in entity.mentions:
            i = bisect.bisect_right(starts, mention.start) - 1
            if not (i >= 0 and mention.end <= spans[i][1]):
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
