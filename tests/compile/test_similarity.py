"""The similarity module: one tokenizer and the named measures every near-duplicate check uses."""

from __future__ import annotations

import pytest

from briefing.compile import similarity


def test_words_are_lower_cased_and_keep_inner_apostrophes_dots_and_hyphens() -> None:
    assert similarity.words("Don't cut the U.S. co-op's café, said Roe.") == ["don't", "cut", "the", "u.s", "co-op's", "café", "said", "roe"]
    assert similarity.words("one two three", 4, 7) == ["two"]


def test_word_pairs_keep_order_where_word_sets_do_not() -> None:
    a, b = similarity.words("the plan killed the bill"), similarity.words("the bill killed the plan")
    assert similarity.jaccard(set(a), set(b)) == 1.0
    assert similarity.jaccard(similarity.word_pairs(a), similarity.word_pairs(b)) == pytest.approx(3 / 5)


def test_shingles_of_a_short_text_are_the_whole_text() -> None:
    assert similarity.shingles(["a", "b"], 3) == frozenset({("a", "b")})
    assert similarity.shingles(["a", "b", "c", "d"], 3) == frozenset({("a", "b", "c"), ("b", "c", "d")})


@pytest.mark.parametrize(
    ("measure", "expected"),
    [
        (similarity.coverage, 2 / 3),
        (similarity.containment, 2 / 3),
        (similarity.mutual_containment, 2 / 4),
        (similarity.jaccard, 2 / 5),
        (similarity.dice, 4 / 7),
    ],
)
def test_each_measure_divides_the_shared_items_by_its_own_size(measure: object, expected: float) -> None:
    a, b = {"x", "y", "z"}, {"x", "y", "p", "q"}
    assert measure(a, b) == pytest.approx(expected)  # type: ignore[operator]


def test_measures_of_empty_sets_are_zero_not_an_error() -> None:
    for measure in (similarity.coverage, similarity.containment, similarity.mutual_containment, similarity.jaccard, similarity.dice):
        assert measure(set(), set()) == 0.0
    assert similarity.containment_of(0, 0, 5) == 0.0


def test_coverage_is_asymmetric_where_containment_is_not() -> None:
    short, long = {"a", "b"}, {"a", "b", "c", "d"}
    assert similarity.coverage(short, long) == 1.0 and similarity.coverage(long, short) == 0.5
    assert similarity.containment(short, long) == similarity.containment(long, short) == 1.0
