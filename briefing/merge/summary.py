"""The story's summary: the sentences most central to the story, each fact once, each with its source.

Every article's own summary is a list of its most central sentences.  Across the story, a sentence
is central when its content words are the ones many sources use (a centroid over the sources'
summaries, as multi-document summarisers do), with a small bonus for its rank in its own summary.
Sentences are taken best first; one that mostly repeats a sentence already taken (:data:`SAME_SHARE`
of the shorter one's content words) is the same fact told by another outlet and is left out.
"""

from __future__ import annotations

import math
from collections import Counter

from briefing.brief import SummarySentence
from briefing.compile.lexicon.words import FUNCTION_WORDS
from briefing.compile.similarity import containment
from briefing.merge.similar import words
from briefing.records import dataclass

#: Share of the shorter sentence's content words that makes two sentences one fact.
SAME_SHARE = 0.5
#: Fewest and most sentences in a story summary.
MIN_SENTENCES, MAX_SENTENCES = 3, 8
_RANK_BONUS = 0.3


@dataclass
class Summed:
    """One per-article summary sentence, its source and its rank in that summary (0 is the best)."""

    source: str
    sentence: SummarySentence
    rank: int


def merge_summary(summed: list[Summed], sources: int) -> list[SummarySentence]:
    """The story summary: about as long as the longest article summary, plus one per three sources."""
    content = [frozenset(w for w in words(s.sentence.text) if w not in FUNCTION_WORDS and len(w) > 1) for s in summed]
    spread = Counter[str]()
    for word, holders in _holders(summed, content).items():
        spread[word] = len(holders)
    scores = []
    for k, (s, ws) in enumerate(zip(summed, content, strict=True)):
        centre = sum(spread[w] - 1 for w in ws) / math.sqrt(len(ws) + 1)
        scores.append((-(centre * (1 + _RANK_BONUS / (1 + s.rank))), k))
    longest = max(Counter(s.source for s in summed).values(), default=0)
    want = max(MIN_SENTENCES, min(MAX_SENTENCES, longest + sources // 3))
    chosen: list[int] = []
    for _, k in sorted(scores):
        if len(chosen) >= want:
            break
        if any(containment(content[k], content[c]) >= SAME_SHARE for c in chosen):
            continue
        chosen.append(k)
    return [
        SummarySentence(text=summed[k].sentence.text, sources=[summed[k].source], evidence=list(summed[k].sentence.evidence))
        for k in chosen
    ]


def _holders(summed: list[Summed], content: list[frozenset[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s, ws in zip(summed, content, strict=True):
        for w in ws:
            out.setdefault(w, set()).add(s.source)
    return out
