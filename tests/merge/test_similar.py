"""The merge's measures and its candidate index: every pair above the threshold, without all pairs."""

from __future__ import annotations

import random

from briefing.merge.similar import UnionFind, candidate_pairs, containment, words


def test_words_fold_case_accents_and_punctuation() -> None:
    assert words("Erdoğan's “Plan”, 2.5 bn") == ["erdogan", "s", "plan", "2", "5", "bn"]


def test_containment_is_the_share_of_the_shorter_items_words() -> None:
    assert containment(["a", "b"], ["a", "b", "c", "d"]) == 1.0
    assert containment(["a", "x", "y", "z"], ["a", "b"]) == 0.5
    assert containment([], ["a"]) == 0.0


def test_candidate_pairs_find_every_pair_a_brute_force_finds() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(40)]
    items = [rng.sample(vocabulary, rng.randint(1, 12)) for _ in range(120)]
    items += [item[: max(1, len(item) - 1)] for item in items[:30]]
    for share in (0.6, 0.8):
        expected = {
            (i, j)
            for i in range(len(items))
            for j in range(i + 1, len(items))
            if containment(sorted(set(items[i])), sorted(set(items[j]))) >= share
        }
        found = set(candidate_pairs(items, share))
        assert expected <= found
        assert len(found) < len(items) * (len(items) - 1) // 2


def test_union_find_groups_in_item_order() -> None:
    groups = UnionFind(5)
    groups.union(3, 1)
    groups.union(4, 3)
    assert groups.groups() == [[0], [1, 3, 4], [2]]
