"""The last pass: turn what the passes found into the brief the views and other programs read.

The passes work on plain ``(start, end)`` spans of one article; here they become evidence
references ``[source_id, start, end]`` and every item is tagged with the article's source id, so
the brief has the one shape a story brief of several sources also has.
"""

from __future__ import annotations

from briefing.brief import Actor, Brief, DateMention, Figure, Quote, Ref, Source, SummarySentence, TimelineEvent
from briefing.compile.doc import (
    Attribution,
    DateFound,
    Entity,
    EventFound,
    FigureFound,
    Layout,
    QuoteSpan,
    Repeats,
    Span,
)


def brief(
    layout: Layout,
    *,
    source: Source,
    title: str,
    repeats: Repeats,
    summary: list[int],
    entities: list[Entity],
    quotes: list[QuoteSpan],
    attributions: list[Attribution],
    dates: list[DateFound],
    timeline: list[EventFound],
    figures: list[FigureFound],
) -> Brief:
    """Assemble the brief; item texts are cut from the original article, whitespace collapsed."""
    sid = source.id
    article, sentences = layout.text, layout.sentences

    def refs(spans: list[Span]) -> list[Ref]:
        return [Ref(sid, start, end) for start, end in spans]

    by_id = {e.id: e for e in entities}
    summary_out = []
    for index in summary:
        s = sentences[index]
        evidence = [(s.start, s.end)] + [(sentences[v].start, sentences[v].end) for v in repeats.variants(index)]
        summary_out.append(
            SummarySentence(text=_clean(article[s.start : s.end]), sources=[sid], evidence=refs(evidence))
        )
    actors_out = [
        Actor(
            id=e.id,
            name=e.name,
            kind=e.kind,
            role=e.role,
            aliases=list(e.aliases),
            mentions=len(e.mentions),
            sources=[sid],
            evidence=[Ref(sid, m.start, m.end) for m in e.mentions],
        )
        for e in entities
    ]
    quotes_out = []
    for number, (q, who) in enumerate(zip(quotes, attributions, strict=True), start=1):
        speaker = by_id.get(who.speaker_id) if who.speaker_id else None
        text = _clean(article[q.start : q.end])
        variants: list[str] = []
        for vs, ve in q.variants:
            variant = _clean(article[vs:ve])
            if variant != text and variant not in variants:
                variants.append(variant)
        evidence = [(q.start, q.end), *q.variants]
        if who.cue_span:
            evidence.append(who.cue_span)
        quotes_out.append(
            Quote(
                id=f"q{number}",
                text=text,
                # An unnamed source reads as described ("executive spokeswoman"), its actor the body it speaks for.
                speaker=who.description or (speaker.name if speaker else None),
                speaker_id=speaker.id if speaker else None,
                cue=who.cue,
                start=q.start,
                end=q.end,
                partial=q.partial,
                variants=variants,
                sources=[sid],
                evidence=refs(evidence),
            )
        )
    dates_out = [
        DateMention(text=article[d.start : d.end], start=d.start, end=d.end, value=d.value, sources=[sid])
        for d in dates
    ]
    timeline_out = [
        TimelineEvent(
            date=t.date,
            date_text=t.date_text,
            qualifier=t.qualifier,
            event=t.event,
            actors=t.actors,
            sources=[sid],
            evidence=refs(t.evidence),
        )
        for t in timeline
    ]
    figures_out = [
        Figure(text=f.text, value=f.value, unit=f.unit, measure=f.measure, sources=[sid], evidence=refs(f.evidence))
        for f in figures
    ]
    return Brief(
        title=_clean(title),
        summary=summary_out,
        actors=actors_out,
        quotes=quotes_out,
        dates=dates_out,
        timeline=timeline_out,
        figures=figures_out,
        sources=[source],
    )


def _clean(text: str) -> str:
    return " ".join(text.split())
