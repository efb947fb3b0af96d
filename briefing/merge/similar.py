"""The measures the merge compares items by, and the index that keeps it near-linear.

Two renderings of one quote or one event by two outlets differ by trimming and small edits, so
items are compared as sets of folded word tokens: ``containment`` is the share of the shorter
item's words found in the longer one.  Finding the pairs worth comparing must not look at all
pairs (a story of 200 articles holds thousands of quotes), so :class:`WordIndex` uses prefix
filtering: two items sharing at least a share ``t`` of the shorter one's words must share one of
the shorter item's ``n - ceil(t * n) + 1`` rarest words, so only the items posted under those few
rare words are compared.

Timeline entries and summary sentences are compared by their sets of content words with the
compiler's own measure (:func:`briefing.compile.similarity.containment`).  Quotes are not: here
``containment`` counts the shorter quote's words one by one (a word said twice counts twice),
which is how two outlets' renderings of one quote are told apart from a quote and its echo (the
set measure leaves two such pairs of the stories dev set as duplicates).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Sequence

from briefing.compile.lexicon.gazetteer import fold as lexicon_fold
from briefing.patterns import regex

_WORD = regex(r"[a-z0-9]+")


def fold(text: str) -> str:
    """The lexicon's fold (lower case, accents dropped) with white space collapsed: how names and
    words are compared across articles."""
    return " ".join(lexicon_fold(text).split())


def words(text: str) -> list[str]:
    """The folded word tokens of ``text`` (letters and digits; apostrophes and dashes split)."""
    return _WORD.findall(fold(text))


def containment(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the shorter token list's tokens that occur in the other one (0 when either is empty)."""
    if not a or not b:
        return 0.0
    short, other = (a, set(b)) if len(a) <= len(b) else (b, set(a))
    return sum(1 for t in short if t in other) / len(short)


class UnionFind:
    """Groups of item numbers 0..n-1; joining is near constant time."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)

    def groups(self) -> list[list[int]]:
        """The groups, each in item order, ordered by their first item."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())


def disjoint(told: Iterable[set[str]]) -> bool:
    """Whether two of the sources' sets of claims (dates, values) have nothing in common: a
    disagreement.  Compares the distinct sets only, so a thousand sources saying the same are cheap."""
    kinds = list({frozenset(t) for t in told if t})
    return any(not (a & b) for k, a in enumerate(kinds) for b in kinds[k + 1 :])


def distinct(keys: Sequence[Hashable]) -> tuple[list[int], list[int]]:
    """The first item of each distinct key, and for every item the position of its key among them.

    A story carries many verbatim copies (one quote in every outlet): they are compared once.
    """
    first: dict[Hashable, int] = {}
    reps: list[int] = []
    slot: list[int] = []
    for i, key in enumerate(keys):
        if key not in first:
            first[key] = len(reps)
            reps.append(i)
        slot.append(first[key])
    return reps, slot


def candidate_pairs(
    items: Sequence[Collection[str]], share: float, skip: Callable[[int, int], bool] | None = None
) -> Iterator[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, that may share ``share`` of the shorter item's distinct words.

    Every pair that does is yielded (once), unless ``skip(i, j)`` says it is settled already (two
    items already grouped); most pairs that do not are never looked at.  An item is probed by the
    prefix of its rarest distinct words against every item at least as long.
    """
    sets = [sorted(set(t)) for t in items]
    frequency = Counter(w for s in sets for w in s)
    postings: dict[str, list[int]] = {}
    for i, s in enumerate(sets):
        for w in s:
            postings.setdefault(w, []).append(i)
    for i, s in enumerate(sets):
        if not s:
            continue
        rare = sorted(s, key=lambda w: (frequency[w], w))
        prefix = rare[: len(s) - math.ceil(share * len(s)) + 1]
        seen: set[int] = set()
        for w in prefix:
            for j in postings[w]:
                if j == i or j in seen or len(sets[j]) < len(s) or (len(sets[j]) == len(s) and j < i):
                    continue
                seen.add(j)
                pair = (i, j) if i < j else (j, i)
                if skip is None or not skip(*pair):
                    yield pair
