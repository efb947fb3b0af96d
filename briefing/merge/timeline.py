"""The story's timeline: one entry per event, every source that dates it, and the dates in dispute.

Two outlets tell one event in different words, so entries are compared on their content words
(the date's own words left out, so "on March 3" and "on Monday" do not weigh in).  Entries with
the same date whose words mostly agree (:data:`SAME_SHARE`) are one entry with both sources.  An
event that two sources tell in nearly the same words (:data:`DISPUTE_SHARE`) but date on different
days is kept under both dates, and the disagreement becomes a ``date`` conflict.  Candidate pairs
come from the rare-word index, never from all pairs.
"""

from __future__ import annotations

from briefing.brief import Claim, Conflict, TimelineEvent
from briefing.compile.lexicon.words import FUNCTION_WORDS
from briefing.compile.similarity import containment
from briefing.compile.time.timeline import sort_key
from briefing.merge.similar import UnionFind, candidate_pairs, disjoint, distinct, words
from briefing.patterns import regex
from briefing.records import dataclass

#: Share of the shorter entry's content words in the other for two same-date entries to be one.
SAME_SHARE = 0.6
#: Share for two differently dated entries of two sources to be one event told twice.
DISPUTE_SHARE = 0.8
#: Fewest content words an entry needs before its date can be disputed.
DISPUTE_WORDS = 5
_DAY = regex(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class Dated:
    """One per-article timeline entry, its source, and its actors as story actor ids."""

    source: str
    event: TimelineEvent
    actors: list[str]


def _content(event: TimelineEvent) -> frozenset[str]:
    own = set(words(event.date_text))
    return frozenset(w for w in words(event.event) if w not in FUNCTION_WORDS and w not in own and len(w) > 1)


def merge_timeline(dated: list[Dated]) -> tuple[list[TimelineEvent], list[Conflict]]:
    """The merged entries in date order, and the conflicts over when an event happened."""
    content = [_content(d.event) for d in dated]
    reps, slot = distinct([(d.event.date, c) for d, c in zip(dated, content, strict=True)])
    alike = UnionFind(len(reps))
    rep_pairs: list[tuple[int, int]] = []

    def settled(a: int, b: int) -> bool:
        return dated[reps[a]].event.date == dated[reps[b]].event.date and alike.find(a) == alike.find(b)

    for a, b in candidate_pairs([content[i] for i in reps], SAME_SHARE, settled):
        i, j = reps[a], reps[b]
        share = containment(content[i], content[j])
        if dated[i].event.date == dated[j].event.date:
            if share >= SAME_SHARE:
                alike.union(a, b)
        elif (
            share >= DISPUTE_SHARE
            and min(len(content[i]), len(content[j])) >= DISPUTE_WORDS
            and _DAY.match(dated[i].event.date)
            and _DAY.match(dated[j].event.date)
        ):
            rep_pairs.append((a, b))
    groups = UnionFind(len(dated))
    leader: dict[int, int] = {}
    for i, k in enumerate(slot):
        groups.union(leader.setdefault(alike.find(k), i), i)
    disputes = [(reps[a], reps[b]) for a, b in rep_pairs]
    order: list[tuple[tuple[int, ...], int, TimelineEvent]] = []
    members: dict[int, list[int]] = {}
    for group in groups.groups():
        event = _one([dated[i] for i in group])
        members[group[0]] = group
        order.append((sort_key(event.date, event.qualifier, 0), group[0], event))
    order.sort(key=lambda item: (item[0], item[1]))
    return [event for _, _, event in order], _disputes(dated, groups, members, disputes)


def _disputes(
    dated: list[Dated], groups: UnionFind, members: dict[int, list[int]], pairs: list[tuple[int, int]]
) -> list[Conflict]:
    """One ``date`` conflict per set of entries told alike but dated apart: each source's date once."""
    ties = UnionFind(len(dated))
    for i, j in pairs:
        ties.union(groups.find(i), groups.find(j))
    conflicts: list[Conflict] = []
    for roots in ties.groups():
        entries = [i for root in roots for i in members.get(root, [])]
        told: dict[str, set[str]] = {}
        for i in entries:
            told.setdefault(dated[i].source, set()).add(dated[i].event.date)
        if not disjoint(told.values()):
            continue
        claims: list[Claim] = []
        claimed: set[str] = set()
        for i in sorted(entries):
            d = dated[i]
            if d.source not in claimed:
                claimed.add(d.source)
                text = f"{d.event.date} ({d.event.date_text}): {d.event.event}"
                claims.append(Claim(source=d.source, text=text, evidence=list(d.event.evidence[:1])))
        if len(claims) >= 2:
            conflicts.append(Conflict(kind="date", about=f"when: {_clip(dated[entries[0]].event.event)}", claims=claims))
    return conflicts


def _one(group: list[Dated]) -> TimelineEvent:
    head = group[max(range(len(group)), key=lambda k: (len(group[k].event.event), -k))]
    return TimelineEvent(
        date=head.event.date,
        date_text=head.event.date_text,
        qualifier=head.event.qualifier,
        event=head.event.event,
        actors=list(dict.fromkeys(a for d in group for a in d.actors)),
        sources=list(dict.fromkeys([head.source, *(d.source for d in group)])),
        evidence=[r for d in [head, *(d for d in group if d is not head)] for r in d.event.evidence],
    )


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
