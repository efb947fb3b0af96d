"""Summary: central story sentences, in article order, never noise, never twice, lead first."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.compile.doc import Noise, Repeats
from briefing.compile.layout import page
from briefing.compile.layout.noise import find_noise
from briefing.compile.layout.repeats import find_repeats
from briefing.compile.summary import auto_count, select

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_15fa05f4d3cf0d4f.txt"

ARTICLE = (
    "Harbour council approves flood wall\n\n"
    "The harbour council approved a flood wall for the east side of the town on Tuesday after years of floods. "
    "The flood wall will protect four hundred homes on the east side from winter storms. "
    "Lunch was served at noon.\n\n"
    "Residents of the east side said the flood wall came too late for the homes lost in the storms of 2019. "
    "The council will pay for the wall with a harbour tax on visiting ships. "
    "The weather was mild.\n\n"
    "Work on the flood wall for the east side begins in spring, the council said.\n"
)


def summarise(raw: str, count: int | None) -> list[str]:
    layout = page.read(raw)
    norm, sents = layout.norm, layout.sentences
    noise = find_noise(layout)
    repeats = find_repeats(layout, noise)
    return [norm[sents[i].start : sents[i].end] for i in select(layout, noise, repeats, count)]


def test_central_sentences_win_and_come_in_article_order() -> None:
    chosen = summarise(ARTICLE, 3)
    assert len(chosen) == 3
    assert chosen[0].startswith("The harbour council approved")
    assert "Lunch was served at noon." not in chosen and "The weather was mild." not in chosen
    assert chosen == sorted(chosen, key=ARTICLE.index)


def test_the_title_line_is_never_a_summary_sentence() -> None:
    assert "Harbour council approves flood wall" not in summarise(ARTICLE, 6)


def test_noise_and_repeats_are_skipped() -> None:
    layout = page.read("\nOne long sentence about the flood wall plan. A second sentence about the same wall. A third one here.")
    chosen = select(layout, Noise({0: "headline"}), Repeats((0, 0, 2)), 3)
    assert chosen == [2]


def test_near_duplicate_sentences_are_not_both_chosen() -> None:
    raw = (
        "\nThe harbour council approved a new flood wall for the east side on Tuesday night. "
        "On Tuesday night the harbour council approved a new east side flood wall, it said. "
        "Residents welcomed the decision but asked about the cost of the new wall."
    )
    chosen = summarise(raw, 2)
    assert len(chosen) == 2 and chosen[1].startswith("Residents")


def test_auto_count_grows_with_the_article_within_bounds() -> None:
    assert auto_count(4) == 3
    assert auto_count(20) == 6
    assert auto_count(200) == 7
    assert [auto_count(n) for n in range(1, 60)] == sorted(auto_count(n) for n in range(1, 60))


def test_article_without_story_sentences_has_no_summary() -> None:
    layout = page.read("Photo: Harbour Press")
    assert select(layout, find_noise(layout), Repeats((0,)), 4) == []


def test_seed_summary_names_the_story_and_repeats_nothing() -> None:
    raw = SEED.read_text(encoding="utf-8")
    chosen = summarise(raw, None)
    joined = " ".join(chosen)
    assert "Erdogan" in joined and "S-400" in joined
    assert not any(s.startswith("Oleg") or "remains unchanged" in s or s == "America." for s in chosen)
    assert len({s[:60] for s in chosen}) == len(chosen)
    assert not any("have signed" in s for s in chosen) or not any("Russia and Turkey signed" in s for s in chosen)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(ARTICLE.split(". ")), min_size=1, max_size=25).map(". ".join),
    st.one_of(st.none(), st.integers(1, 10)),
)
def test_chosen_sentences_are_distinct_story_sentences_in_order(raw: str, count: int | None) -> None:
    layout = page.read(raw)
    noise = find_noise(layout)
    repeats = find_repeats(layout, noise)
    chosen = select(layout, noise, repeats, count)
    assert chosen == sorted(set(chosen))
    assert all(i not in noise and not repeats.is_repeat(i) for i in chosen)
    assert len(chosen) <= (count if count is not None else 7)
