"""Quotes across sources: the same words carried by several outlets are one quote with every source.

Outlets trim a quotation, drop a clause or change a word ("will not" for "won't"), so two quotes
are one when the words of the shorter are nearly all in the longer (:data:`SAME_SHARE`).  Candidate
pairs come from :func:`candidate_pairs` (prefix filtering on rare words), never from all pairs.
A group keeps the longest wording and lists the others as variants.  When the sources give one
quote to different speakers, the quote keeps the speaker most sources name and the disagreement
becomes a ``speaker`` conflict.
"""

from __future__ import annotations

from collections import Counter

from briefing.brief import Actor, Claim, Conflict, Quote
from briefing.merge.similar import UnionFind, candidate_pairs, containment, distinct, words
from briefing.records import dataclass

#: Share of the shorter quote's words that must occur in the longer for the two to be one quote.
SAME_SHARE = 0.8
#: Quotes with fewer distinct words are only one quote when their words are the same.
MIN_WORDS = 3
#: Candidates are looked for at a lower share of distinct words: a word the shorter quote repeats
#: counts each time it occurs, so the share of its words can pass SAME_SHARE when the share of
#: its distinct words does not.
_PROBE_SHARE = 0.7


@dataclass
class Said:
    """One per-article quote, its source, and its speaker as a story actor id."""

    source: str
    quote: Quote
    speaker_id: str | None


def merge_quotes(said: list[Said], actors: dict[str, Actor]) -> tuple[list[Quote], list[Conflict]]:
    """One quote per group of renderings, in the order their first rendering was given."""
    tokens = [words(s.quote.text) for s in said]
    reps, slot = distinct([tuple(t) for t in tokens])
    sets = [sorted(set(tokens[i])) for i in reps]
    alike = UnionFind(len(reps))
    long_enough = [t if len(t) >= MIN_WORDS else [] for t in sets]
    for a, b in candidate_pairs(long_enough, _PROBE_SHARE, lambda a, b: alike.find(a) == alike.find(b)):
        if containment(tokens[reps[a]], tokens[reps[b]]) >= SAME_SHARE:
            alike.union(a, b)
    _join_repeats(tokens, reps, sets, alike)
    groups = UnionFind(len(said))
    leader: dict[int, int] = {}
    for i, k in enumerate(slot):
        groups.union(leader.setdefault(alike.find(k), i), i)
    quotes: list[Quote] = []
    conflicts: list[Conflict] = []
    for number, group in enumerate(groups.groups(), 1):
        quote, conflict = _one(number, [said[i] for i in group], actors)
        quotes.append(quote)
        if conflict is not None:
            conflicts.append(conflict)
    return quotes, conflicts


def _join_repeats(tokens: list[list[str]], reps: list[int], sets: list[list[str]], alike: UnionFind) -> None:
    """A quote of few distinct words said several times ("Very, very, very subdued") is too
    unlike anything by its word set to be compared so; it is one with a longer quote that holds
    its words in the same order.  Only the postings of its rarest word are read."""
    frequency = Counter(w for t in sets for w in t)
    postings: dict[str, list[int]] = {}
    for k, t in enumerate(sets):
        for w in t:
            postings.setdefault(w, []).append(k)
    for k, t in enumerate(sets):
        run = tokens[reps[k]]
        if len(t) >= MIN_WORDS or len(run) < MIN_WORDS:
            continue
        rarest = min(t, key=lambda w: (frequency[w], w))
        for other in postings[rarest]:
            longer = tokens[reps[other]]
            if other != k and len(longer) > len(run) and _holds(longer, run):
                alike.union(k, other)
                break


def _holds(longer: list[str], run: list[str]) -> bool:
    """Whether ``run`` occurs in ``longer`` as consecutive words."""
    n = len(run)
    return any(longer[i : i + n] == run for i in range(len(longer) - n + 1) if longer[i] == run[0])


def _one(number: int, group: list[Said], actors: dict[str, Actor]) -> tuple[Quote, Conflict | None]:
    head = group[max(range(len(group)), key=lambda k: (len(group[k].quote.text), -k))]
    votes = Counter(s.speaker_id for s in group if s.speaker_id)
    first = {s.speaker_id: k for k, s in reversed(list(enumerate(group))) if s.speaker_id}
    speaker_id = min(votes, key=lambda k: (-votes[k], first[k])) if votes else None
    speaker = actors[speaker_id] if speaker_id else None
    sources = list(dict.fromkeys([head.source, *(s.source for s in group)]))
    variants = list(dict.fromkeys(v for s in group for v in [s.quote.text, *s.quote.variants]))
    quote = Quote(
        id=f"q{number}",
        text=head.quote.text,
        speaker=speaker.name if speaker else head.quote.speaker if not votes else None,
        speaker_id=speaker_id,
        cue=head.quote.cue or next((s.quote.cue for s in group if s.quote.cue), None),
        start=head.quote.start,
        end=head.quote.end,
        partial=all(s.quote.partial for s in group),
        variants=[v for v in variants if v != head.quote.text],
        sources=sources,
        evidence=[r for s in [head, *(s for s in group if s is not head)] for r in s.quote.evidence],
    )
    conflict = None
    if len(votes) > 1:
        claims: list[Claim] = []
        named: set[str | None] = set()
        for s in group:
            if s.speaker_id and s.speaker_id not in named:
                named.add(s.speaker_id)
                claims.append(
                    Claim(source=s.source, text=actors[s.speaker_id].name, evidence=list(s.quote.evidence[:1]))
                )
        conflict = Conflict(kind="speaker", about=f"who said “{_clip(quote.text)}”", claims=claims)
    return quote, conflict


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
