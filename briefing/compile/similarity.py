"""How alike two stretches of text are: one tokenizer, named measures, named thresholds.

Every pass that asks "is this the same thing said again?" asks it here: a sentence restated by
another rendition of the story (``layout.repeats``), a pasted headline in front of a sentence
whose other copy stands alone (``layout.sentences``), a quote told twice (``quotes.find``), an
event the timeline already holds (``time.timeline``), a summary sentence that says what a chosen
one says (``summary``), and next the merge of several articles' briefs.

Texts are compared as sets: of words, of word pairs (which keep some word order, so "the plan
killed the bill" and "the bill killed the plan" differ) or of longer shingles.  The measures:

- ``coverage``: the share of one given set found in the other;
- ``containment``: the share of the smaller set found in the larger (one text restates the other,
  perhaps with a clause added);
- ``mutual_containment``: the share of the larger set found in the smaller (both say nearly the
  same, neither adds much);
- ``jaccard``: shared over all distinct items;
- ``dice``: shared over the mean size, kinder than Jaccard to sets of unequal size.

Each has a ``*_of`` form over counts, for callers that count shared items through an index
instead of intersecting sets, which keeps their work linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from briefing.patterns import regex

#: A word: letters and digits, with inner apostrophes, dots and hyphens ("don't", "U.S", "co-op").
WORD = regex(r"[^\W_]+(?:['.-][^\W_]+)*")

#: A sentence restates an earlier one when this share of the shorter one's word pairs recur.
RESTATED = 0.6
#: A pasted headline's tail restates another sentence when this share of its word pairs recur there.
ECHOED = 0.6
#: Two tellings of a quote are one when this share of the longer one's words are in the other.
SAME_QUOTE = 0.7
#: Two timeline phrases of one date are one event at this Jaccard share of their words.
SAME_EVENT = 0.6
#: A summary sentence says what a chosen one says when this share of its content words are there.
REDUNDANT = 0.6


def words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The lower-cased words of ``text[start:end]``, in order."""
    return [w.lower() for w in WORD.findall(text, start, len(text) if end is None else end)]


def word_pairs(tokens: Sequence[str]) -> frozenset[tuple[str, str]]:
    """The set of adjacent word pairs (bigrams)."""
    return frozenset(zip(tokens, tokens[1:]))


def shingles(tokens: Sequence[str], size: int) -> frozenset[tuple[str, ...]]:
    """The set of runs of ``size`` words; a text shorter than that is one shingle of all its words."""
    return frozenset(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))


def containment_of(shared: int, size_a: int, size_b: int) -> float:
    """Shared items over the smaller set's size (0 when a set is empty)."""
    smaller = min(size_a, size_b)
    return shared / smaller if smaller else 0.0


def mutual_containment_of(shared: int, size_a: int, size_b: int) -> float:
    """Shared items over the larger set's size (0 when both are empty)."""
    larger = max(size_a, size_b)
    return shared / larger if larger else 0.0


def dice_of(shared: int, size_a: int, size_b: int) -> float:
    """Twice the shared items over both sizes (0 when both are empty)."""
    total = size_a + size_b
    return 2 * shared / total if total else 0.0


def jaccard_of(shared: int, size_a: int, size_b: int) -> float:
    """Shared items over the union's size (0 when both are empty)."""
    union = size_a + size_b - shared
    return shared / union if union else 0.0


def coverage(a: Set[object], b: Set[object]) -> float:
    """The share of ``a`` found in ``b`` (0 when ``a`` is empty): how much of ``a`` ``b`` restates."""
    return len(a & b) / len(a) if a else 0.0


def containment(a: Set[object], b: Set[object]) -> float:
    """The share of the smaller set found in the other."""
    return containment_of(len(a & b), len(a), len(b))


def mutual_containment(a: Set[object], b: Set[object]) -> float:
    """The share of the larger set found in the other."""
    return mutual_containment_of(len(a & b), len(a), len(b))


def dice(a: Set[object], b: Set[object]) -> float:
    """Dice's coefficient of two sets."""
    return dice_of(len(a & b), len(a), len(b))


def jaccard(a: Set[object], b: Set[object]) -> float:
    """Jaccard's index of two sets."""
    return jaccard_of(len(a & b), len(a), len(b))
