"""Repeats: reworded renditions of the same sentence are grouped under their first occurrence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.compile.doc import Noise, Repeats, Sentence
from briefing.compile.layout import page
from briefing.compile.layout.repeats import find_repeats

STORY = (
    "\nThe harbour council approved a $12 million flood wall for the east side on Tuesday. "
    "Residents had asked for protection since the storm of 2019. "
    "Work will begin in the spring.\n\n"
    "The harbour council has approved a $12 million flood wall for the east side. "
    "Critics said the money should go to schools instead. "
    "Residents had asked for protection since the storm of 2019.\n"
)


def analyse(raw: str, noise: Noise | None = None) -> tuple[str, list[Sentence], tuple[int, ...]]:
    layout = page.read(raw)
    norm, sents = layout.norm, layout.sentences
    return norm, sents, find_repeats(layout, noise or Noise()).canonical


def test_reworded_and_exact_repeats_point_at_their_first_occurrence() -> None:
    _, sents, canonical = analyse(STORY)
    assert len(sents) == 6
    assert canonical == (0, 1, 2, 0, 4, 1)


def test_variants_list_the_later_members_of_a_group() -> None:
    canonical = analyse(STORY)[2]
    repeats = Repeats(canonical)
    assert repeats.variants(0) == [3]
    assert repeats.is_repeat(5) and not repeats.is_repeat(4)


def test_sentences_sharing_only_common_phrases_are_distinct() -> None:
    raw = (
        "\nThe mayor said on Monday that the wall would be finished by the end of the year. "
        "The engineer said on Friday that the pier would be closed for most of the summer."
    )
    assert analyse(raw)[2] == (0, 1)


def test_short_sentences_repeat_only_when_identical() -> None:
    raw = "\nIt rained. It rained. It poured."
    assert analyse(raw)[2] == (0, 0, 2)


def test_noise_never_stands_for_a_story_sentence() -> None:
    raw = "\nHarbour council approves flood wall for the east side\n\nThe harbour council approves a flood wall for the east side."
    layout = page.read(raw)
    canonical = find_repeats(layout, Noise({0: "headline"})).canonical
    assert canonical == (0, 1)


def test_many_renditions_all_map_to_the_first() -> None:
    one = "The harbour council approved a flood wall for the east side of the town on Tuesday. "
    other = "Critics of the plan said the money should have gone to the town's schools. "
    raw = "\n" + (one + other) * 120
    canonical = analyse(raw)[2]
    assert set(canonical[0::2]) == {0} and set(canonical[1::2]) == {1}


def test_parallel_sentences_with_other_subjects_or_numbers_are_distinct() -> None:
    raw = (
        "\nDoctors say they want more clarity. Patients say they want more clarity. "
        "A majority of the first group (52%) rated the plan as mostly false in the survey. "
        "A majority of the second group (54%) rated the plan as mostly false in the survey."
    )
    assert analyse(raw)[2] == (0, 1, 2, 3)


def test_a_short_sentence_is_not_a_repeat_of_a_long_one_containing_it() -> None:
    raw = (
        "\nShe asked what voters in the harbour towns had to lose by trying the new plan this year. "
        "What do voters have to lose?"
    )
    assert analyse(raw)[2] == (0, 1)


SENTENCES = [
    "The council approved the flood wall on Tuesday.",
    "The council has approved the flood wall.",
    "Critics said the money should go to schools.",
    "Work begins in spring.",
    "It rained.",
    "Harbour plan stays on course",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), max_size=30), st.sets(st.integers(0, 29)))
def test_canonical_points_back_to_the_head_of_its_group(picked: list[str], noisy: set[int]) -> None:
    layout = page.read("\n" + " ".join(picked))
    sents = layout.sentences
    canonical = find_repeats(layout, Noise({i: "headline" for i in noisy if i < len(sents)})).canonical
    assert len(canonical) == len(sents)
    for i, c in enumerate(canonical):
        assert c <= i and canonical[c] == c
        assert (i in noisy) == (c in noisy) or c == i
