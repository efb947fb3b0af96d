"""Several briefs into one story brief: everyone once, every quote once, one timeline, the disagreements.

A pure function of the per-article briefs (:func:`merge_story`), in its own stage after the
compiler: each article is compiled alone (with its own publication date), then

sources -> actors -> quotes -> timeline -> figures -> summary -> dates -> one brief.

Sources are numbered ``s1``, ``s2``, ... in the order given and every piece of evidence is moved to
its new id; actors are merged first because quotes, timeline entries and conflicts name them.
Each step indexes its items by key (name forms, rare words, measures), so the merge stays near
linear in the number of items however many articles the story has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing.brief import Brief, DateMention, Ref, Source
from briefing.merge.actors import Member, merge_actors, title_sexes
from briefing.merge.figures import Counted, merge_figures
from briefing.merge.quotes import Said, merge_quotes
from briefing.merge.summary import Summed, merge_summary
from briefing.merge.timeline import Dated, merge_timeline


def merge_story(briefs: Sequence[Brief], *, title: str | None = None) -> Brief:
    """One story brief from the briefs of its articles, sources in the order given.

    ``title`` defaults to the first article's.  Raises ValueError for an empty list.
    """
    if not briefs:
        raise ValueError("a story needs at least one brief")
    sources: list[Source] = []
    moves: list[dict[str, str]] = []
    for brief in briefs:
        move: dict[str, str] = {}
        for source in brief.sources:
            new_id = f"s{len(sources) + 1}"
            move[source.id] = new_id
            sources.append(replace(source, id=new_id))
        moves.append(move)

    def refs(move: dict[str, str], evidence: list[Ref]) -> list[Ref]:
        return [Ref(move[r.source], r.start, r.end) for r in evidence]

    def first(move: dict[str, str], ids: list[str]) -> str:
        return move[ids[0]] if ids else next(iter(move.values()))

    texts = {s.id: s.text for s in sources}
    members = []
    for brief, move in zip(briefs, moves, strict=True):
        for a in brief.actors:
            actor = replace(a, evidence=refs(move, a.evidence))
            members.append(Member(first(move, a.sources), actor, titled=title_sexes(actor, texts)))
    actors, actor_ids = merge_actors(members)
    by_id = {a.id: a for a in actors}

    def actor_of(source: str, actor_id: str | None) -> str | None:
        return actor_ids.get((source, actor_id)) if actor_id else None

    said = []
    dated = []
    counted = []
    summed = []
    dates: list[DateMention] = []
    for brief, move in zip(briefs, moves, strict=True):
        for q in brief.quotes:
            src = first(move, q.sources)
            said.append(Said(src, replace(q, evidence=refs(move, q.evidence)), actor_of(src, q.speaker_id)))
        for t in brief.timeline:
            src = first(move, t.sources)
            ids = [x for x in (actor_of(src, a) for a in t.actors) if x]
            dated.append(Dated(src, replace(t, evidence=refs(move, t.evidence)), list(dict.fromkeys(ids))))
        for f in brief.figures:
            counted.append(Counted(first(move, f.sources), replace(f, evidence=refs(move, f.evidence))))
        for rank, s in enumerate(brief.summary):
            summed.append(Summed(first(move, s.sources), replace(s, evidence=refs(move, s.evidence)), rank))
        dates.extend(replace(d, sources=[move[x] for x in d.sources]) for d in brief.dates)
    quotes, quote_conflicts = merge_quotes(said, by_id)
    timeline, date_conflicts = merge_timeline(dated)
    figures, figure_conflicts = merge_figures(counted)
    return Brief(
        title=title if title is not None else briefs[0].title,
        summary=merge_summary(summed, len(sources)),
        actors=actors,
        quotes=quotes,
        dates=dates,
        timeline=timeline,
        figures=figures,
        conflicts=[*quote_conflicts, *date_conflicts, *figure_conflicts],
        sources=sources,
    )
