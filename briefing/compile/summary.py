"""Extractive summary: the sentences the rest of the article keeps coming back to.

Candidates are the story sentences (no noise, one member per group of repeats, not too short).
Centrality is PageRank over a graph whose edges are the content words two candidates share,
normalised by their lengths (Mihalcea and Tarau's TextRank similarity): a sentence that shares
words with many central sentences stands for the story.  The score is then nudged by position
(news puts the point first, the first sentence most of all) and damped for short sentences
(fragments and bare quotes say little).  The best are taken greedily, skipping any that repeat
a chosen one, and shown in article order.  Only the first candidates enter the graph, which
keeps the work linear in the article's length; a long report's point is near its top anyway.

How many: a caller may ask for a count.  Otherwise the count grows with the article, about 30%
of its story sentences, clamped to 3..7: short pieces get three sentences, long reports a
paragraph-sized digest a reader still takes in at a glance.  (Measured on BBC reference summaries,
which keep about 40% of the sentences: a share-based count scores higher than any fixed count.)
"""

from __future__ import annotations

import math

from briefing.compile import similarity
from briefing.compile.doc import Layout, Noise, Repeats, Sentence
from briefing.compile.lexicon.stopwords import STOP_WORDS

#: Only the first candidates enter the graph; later ones are not chosen.
_GRAPH_LIMIT = 80
_DAMPING = 0.85
_ITERATIONS = 30
#: Extra weight for early candidates (twice as much for the first) and how fast it fades.
_LEAD_BONUS = 0.1
_POSITION_DECAY = 0.3
#: Candidates shorter than this many words are dropped, shorter than _FULL_WORDS are damped.
_MIN_WORDS = 5
_FULL_WORDS = 12
#: Automatic count: this share of the candidates, clamped to [_AUTO_MIN, _AUTO_MAX].
_AUTO_SHARE = 0.3
_AUTO_MIN = 3
_AUTO_MAX = 7


def select(layout: Layout, noise: Noise, repeats: Repeats, count: int | None) -> list[int]:
    """Indices of the chosen sentences, in article order; ``count`` None picks the count from the length."""
    norm, sentences = layout.norm, layout.sentences
    candidates = _candidates(norm, sentences, noise, repeats)
    if not candidates:
        return []
    words = [_content_words(layout.tokens[i]) for i in candidates]
    wanted = count if count is not None else auto_count(len(candidates))
    scores = _scores(words, [_length(norm, sentences[i]) for i in candidates])
    order = sorted(range(len(candidates)), key=lambda k: (-scores[k], k))
    chosen: list[int] = []
    for k in order:
        if len(chosen) >= wanted:
            break
        if all(not _redundant(words[k], words[c]) for c in chosen):
            chosen.append(k)
    return sorted(candidates[k] for k in chosen)


def auto_count(candidates: int) -> int:
    """Summary length for an article with this many story sentences (see the module docstring)."""
    return max(_AUTO_MIN, min(_AUTO_MAX, round(_AUTO_SHARE * candidates)))


def _candidates(norm: str, sentences: list[Sentence], noise: Noise, repeats: Repeats) -> list[int]:
    """Story sentences said for the first time; short ones only when nothing else is left."""
    story = [i for i in range(len(sentences)) if i not in noise and not repeats.is_repeat(i)]
    long_enough = [i for i in story if _length(norm, sentences[i]) >= _MIN_WORDS]
    return long_enough or story


def _length(norm: str, s: Sentence) -> int:
    """Words in the sentence, for the length prior."""
    return len(norm[s.start : s.end].split())


def _content_words(words: tuple[str, ...]) -> list[str]:
    """A sentence's words (:attr:`Layout.tokens`) without stop words: what sentences are compared on."""
    return [w for w in words if w not in STOP_WORDS and len(w) > 1]


def _scores(words: list[list[str]], lengths: list[int]) -> list[float]:
    """Graph centrality with position and length priors."""
    central = _pagerank(words[:_GRAPH_LIMIT]) + [0.0] * max(0, len(words) - _GRAPH_LIMIT)
    top = max(central, default=0.0) or 1.0
    out = []
    for k, (c, n) in enumerate(zip(central, lengths, strict=True)):
        score = c / top
        score *= 1 + _LEAD_BONUS * math.exp(-_POSITION_DECAY * k) * (2 if k == 0 else 1)
        score *= min(1.0, n / _FULL_WORDS)
        out.append(score)
    return out


def _pagerank(words: list[list[str]]) -> list[float]:
    """PageRank over shared-word similarity; pairs are found through a word index, not all pairs."""
    n = len(words)
    if n == 0:
        return []
    sets = [set(ws) for ws in words]
    norms = [math.log(2 + len(s)) for s in sets]
    postings: dict[str, list[int]] = {}
    for k, s in enumerate(sets):
        for w in s:
            postings.setdefault(w, []).append(k)
    shared: list[dict[int, int]] = [{} for _ in range(n)]
    for holders in postings.values():
        if len(holders) < 2:
            continue
        for a in holders:
            row = shared[a]
            for b in holders:
                if a != b:
                    row[b] = row.get(b, 0) + 1
    edges = [{b: v / (norms[a] + norms[b]) for b, v in row.items()} for a, row in enumerate(shared)]
    out_sum = [sum(row.values()) for row in edges]
    rank = [1.0 / n] * n
    for _ in range(_ITERATIONS):
        nxt = [(1 - _DAMPING) / n] * n
        for a in range(n):
            if out_sum[a]:
                share = _DAMPING * rank[a] / out_sum[a]
                for b, v in edges[a].items():
                    nxt[b] += share * v
        rank = nxt
    return rank


def _redundant(a: list[str], b: list[str]) -> bool:
    """Most of the shorter sentence's content words are in the other: showing both says it twice."""
    return similarity.containment(set(a), set(b)) >= similarity.REDUNDANT
