"""Repeated sentences: the same statement said again, usually by another rendition of the story.

Scraped pages often hold the story two or three times, lightly reworded ("have signed" / "signed",
"America's refusal" / "the US refusal").  Each sentence is reduced to its word bigrams; an inverted
index from bigram to the earlier sentences holding it finds the candidates, so the work grows with
the text, not with the number of sentence pairs.  A sentence repeats an earlier one when most of the
shorter one's bigrams are shared; it then joins that sentence's group, whose first member is canonical.
Noise segments (bylines, pasted headlines) group only with identical noise, never with story text,
so a story sentence is never represented by a headline that happens to echo it.
"""

from __future__ import annotations

import re

from briefing.compile.doc import Noise, Repeats, Sentence

_TOKEN = re.compile(r"[^\W_]+(?:[.'-][^\W_]+)*")
#: Share of the shorter sentence's bigrams that must be found in the other.
_CONTAINMENT = 0.6
#: Sentences with fewer words are repeats only when identical.
_MIN_WORDS = 5
#: Bigrams held by more sentences than this are too common to point at a repeat ("of the").
_MAX_POSTINGS = 40


def find_repeats(norm: str, sentences: list[Sentence], noise: Noise) -> Repeats:
    """Map each sentence to the first sentence of its group of near-duplicates (itself when unique)."""
    canonical: list[int] = []
    exact: dict[tuple[str, ...], int] = {}
    postings: dict[tuple[str, str], list[int]] = {}
    grams_of: list[frozenset[tuple[str, str]]] = []
    for index, s in enumerate(sentences):
        words = tuple(w.lower() for w in _TOKEN.findall(norm, s.start, s.end))
        grams = frozenset(zip(words, words[1:]))
        grams_of.append(grams)
        if index in noise:
            first = exact.setdefault(("<noise>", *words), index)
            canonical.append(first if first == index else canonical[first])
            continue
        match = exact.get(words)
        if match is None and len(words) >= _MIN_WORDS:
            match = _best_match(grams, postings, grams_of)
        canonical.append(canonical[match] if match is not None else index)
        exact.setdefault(words, index)
        for gram in grams:
            holders = postings.setdefault(gram, [])
            if len(holders) <= _MAX_POSTINGS:
                holders.append(index)
    return Repeats(tuple(canonical))


def _best_match(
    grams: frozenset[tuple[str, str]],
    postings: dict[tuple[str, str], list[int]],
    grams_of: list[frozenset[tuple[str, str]]],
) -> int | None:
    """The earlier sentence sharing the largest share of bigrams, if that share is high enough."""
    shared: dict[int, int] = {}
    for gram in grams:
        for other in postings.get(gram, ()):
            shared[other] = shared.get(other, 0) + 1
    best, best_score = None, _CONTAINMENT
    for other, count in shared.items():
        smaller = min(len(grams), len(grams_of[other]))
        if smaller < _MIN_WORDS - 1:
            continue
        score = count / smaller
        if score >= best_score and (best is None or score > best_score or other < best):
            best, best_score = other, score
    return best
