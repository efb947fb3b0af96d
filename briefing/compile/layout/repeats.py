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

from typing import NamedTuple

from briefing.compile import similarity
from briefing.compile.doc import Layout, Noise, Repeats
from briefing.patterns import regex

_NUMBER = regex(r"\d+(?:[.,]\d+)*")
#: Sentences with fewer words are repeats only when identical.
_MIN_WORDS = 5
#: Below this many word pairs a sentence is compared by Dice overlap, not containment.
_SHORT_PAIRS = 9
#: Only the first sentences holding a bigram are indexed: a common one ("of the") would otherwise
#: make every lookup scan the whole article.
_MAX_POSTINGS = 40


def find_repeats(layout: Layout, noise: Noise) -> Repeats:
    """Map each sentence to the first sentence of its group of near-duplicates (itself when unique)."""
    norm = layout.norm
    canonical: list[int] = []
    exact: dict[tuple[str, ...], int] = {}
    postings: dict[tuple[str, str], list[int]] = {}
    seen: list[_Shape] = []
    for index, (s, words) in enumerate(zip(layout.sentences, layout.tokens, strict=True)):
        key = ("<noise>", *words) if index in noise else words
        first = exact.get(key)
        if first is not None:
            seen.append(seen[first])
            canonical.append(canonical[first])
            continue
        exact[key] = index
        shape = _Shape(
            similarity.word_pairs(words),
            frozenset(_NUMBER.findall(norm, s.start, s.end)),
            words[0] if words else "",
        )
        seen.append(shape)
        if index in noise:
            canonical.append(index)
            continue
        match = _best_match(shape, postings, seen) if len(words) >= _MIN_WORDS else None
        canonical.append(canonical[match] if match is not None else index)
        for gram in shape.grams:
            holders = postings.setdefault(gram, [])
            if len(holders) <= _MAX_POSTINGS:
                holders.append(index)
    return Repeats(tuple(canonical))


class _Shape(NamedTuple):
    """What two sentences are compared on: word pairs, the numbers they state, their first word."""

    grams: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    opening: str


def _best_match(shape: _Shape, postings: dict[tuple[str, str], list[int]], seen: list[_Shape]) -> int | None:
    """The earlier sentence saying the same, if any: the highest overlap above the threshold.

    Overlap is the share of the shorter sentence's word pairs found in the other (a rendition may
    add a clause), but between short sentences it is the Dice share of both, so a short sentence
    is not swallowed by any long one that happens to contain it, and short sentences must open
    alike ("Doctors are ..." / "Patients are ..." is a parallel, not a repeat).  A sentence stating
    a number the other does not state says something else ("52%" / "54%").
    """
    shared: dict[int, int] = {}
    for gram in shape.grams:
        for other in postings.get(gram, ()):
            shared[other] = shared.get(other, 0) + 1
    best, best_score = None, similarity.RESTATED
    size = len(shape.grams)
    for other, count in sorted(shared.items()):
        theirs = seen[other]
        smaller = min(size, len(theirs.grams))
        if smaller < _MIN_WORDS - 1:
            continue
        if smaller < _SHORT_PAIRS:
            if shape.opening != theirs.opening:
                continue
            score = similarity.dice_of(count, size, len(theirs.grams))
        else:
            score = similarity.containment_of(count, size, len(theirs.grams))
        if score > best_score or (score == best_score and best is None):
            small, large = (shape, theirs) if size <= len(theirs.grams) else (theirs, shape)
            if small.numbers <= large.numbers:
                best, best_score = other, score
    return best
