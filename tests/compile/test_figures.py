"""Figures: money, percentages and counts with their measure; dates, models and times are not figures."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.compile.doc import Noise, Sentence
from briefing.compile.figures import find_figures
from briefing.compile.layout import page, text
from briefing.compile.layout.noise import find_noise

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_15fa05f4d3cf0d4f.txt"


def figures(raw: str) -> list[tuple[str, float | None, str | None, str | None]]:
    norm = text.normalize(raw)
    found = find_figures(page.cut(raw, [Sentence(0, len(norm), 0)]), Noise())
    return [(f.text, f.value, f.unit, f.measure) for f in found]


def test_money_with_scale_and_measure() -> None:
    assert figures("They signed a $ 2.5 billion contract for ships.") == [
        ("$ 2.5 billion", 2.5e9, "USD", "contract")
    ]


def test_compact_money_and_other_currencies() -> None:
    assert figures("Profit rose to $1.13bn (£600m), from €639m.") == [
        ("$1.13bn", 1.13e9, "USD", None),
        ("£600m", 6e8, "GBP", None),
        ("€639m", 6.39e8, "EUR", None),
    ]


def test_money_after_a_currency_code() -> None:
    assert figures("The bank lent EUR 40 million to the port.") == [("EUR 40 million", 4e7, "EUR", None)]


def test_money_named_in_words() -> None:
    assert figures("The fine was 5 million dollars.") == [("5 million dollars", 5e6, "USD", None)]


def test_percentages_in_signs_and_words() -> None:
    assert figures("Sales rose 12% and costs fell twelve percent, a 3.5 per cent stake.") == [
        ("12%", 12.0, "percent", None),
        ("twelve percent", 12.0, "percent", None),
        ("3.5 per cent", 3.5, "percent", "stake"),
    ]


def test_counts_take_their_noun_phrase_as_unit() -> None:
    assert figures("Russia sold four S-400 batteries and 1,200 missiles.") == [
        ("four", 4.0, "S-400 batteries", "S-400 batteries"),
        ("1,200", 1200.0, "missiles", "missiles"),
    ]


def test_one_counts_only_with_a_scale() -> None:
    assert figures("One man saw one million people.") == [("one million", 1e6, "people", "people")]


def test_measure_skips_the_determiner_after_of() -> None:
    assert figures("She won 52% of the vote.") == [("52%", 52.0, "percent", "vote")]


def test_vague_plural_amounts() -> None:
    assert figures("Dozens of protesters and hundreds of police gathered.") == [
        ("Dozens", 24.0, "protesters", "protesters"),
        ("hundreds", 200.0, "police", "police"),
    ]


def test_years_dates_models_times_and_phones_are_not_figures() -> None:
    raw = (
        "In 2019, on 5 June and Jan. 7, the F-35 and S-400 programmes met at 9:30 a.m. and 10 pm; "
        "call 555-1234 for the 1990s archive. It was the 3rd time in three years."
    )
    assert figures(raw) == []


def test_number_words_in_names_are_not_counts() -> None:
    assert figures("The film Seven Harbours opened. Seven boats sailed.") == [("Seven", 7.0, "boats", "boats")]


def test_the_same_figure_said_twice_is_one_figure_with_two_evidence_spans() -> None:
    raw = "They signed a $ 2.5 billion contract. Later, the $ 2.5 billion contract was confirmed."
    layout = page.read(raw)
    norm = layout.norm
    found = find_figures(layout, Noise())
    assert len(found) == 1 and len(found[0].evidence) == 2
    assert all(norm[s:e] == "$ 2.5 billion" for s, e in found[0].evidence)


def test_noise_sentences_give_no_figures() -> None:
    layout = page.read("Tax rise of 5% planned In May, the council met.")
    assert find_figures(layout, Noise({0: "headline"})) == []


def test_seed_contract_figure_is_found_once() -> None:
    layout = page.read(SEED.read_text(encoding="utf-8"))
    found = find_figures(layout, find_noise(layout))
    money = [f for f in found if f.unit == "USD"]
    assert [(f.text, f.value, f.measure) for f in money] == [("$ 2.5 billion", 2.5e9, "contract")]
    assert any(f.value == 4 and f.measure == "S-400 batteries" for f in found)


FIGURE_PIECES = [
    "$", "$ 2.5", "2.5", "billion", "bn", "m", "12%", "per cent", "four", "S-400", "batteries", "in", "2019",
    "dozens", "of", "people", "9:30", "a.m.", "555-1234", "Jan.", "5", "1,200", "missiles", ".", ",", "\n",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FIGURE_PIECES), st.text(max_size=5)), max_size=60).map(" ".join))
def test_every_figure_is_the_text_at_its_evidence(raw: str) -> None:
    layout = page.read(raw)
    norm = layout.norm
    for figure in find_figures(layout, Noise()):
        assert figure.evidence and figure.unit
        for start, end in figure.evidence:
            assert " ".join(norm[start:end].split()).lower() == figure.text.lower()


def test_pence_are_counted_and_a_preposition_ends_the_measure() -> None:
    assert figures("Brokers cut the target to 140 pence. The club sit four behind the leaders.") == [
        ("140", 140.0, "pence", "pence"),
    ]


def test_a_time_word_is_no_measure() -> None:
    assert figures("Inflation hit 7.5% last year.") == [("7.5%", 7.5, "percent", None)]


def test_percentage_points_and_the_first_number_of_a_percent_range() -> None:
    assert figures("Growth slowed to between 4 and 5 percent; the jobless rate fell 0.3 percentage points.") == [
        ("4", 4.0, "percent", None),
        ("5 percent", 5.0, "percent", None),
        ("0.3 percentage points", 0.3, "percentage points", None),
    ]


def test_a_year_before_a_percentage_is_no_range() -> None:
    assert figures("Prices rose from 2019 to 5% above trend.") == [("5%", 5.0, "percent", None)]


def test_a_currency_named_in_full_is_money_in_that_currency() -> None:
    """ISO 4217 names from pycountry: "Canadian dollars" are no US dollars and no count of dollars."""
    assert figures("The bank lent 250 million Canadian dollars to the mine.") == [
        ("250 million Canadian dollars", 2.5e8, "CAD", None)
    ]
    assert figures("Revenue was 3.4 billion Brazilian reais.")[0][2] == "BRL"


def test_a_unit_only_one_currency_has_is_money_alone() -> None:
    assert [(f[0], f[2]) for f in figures("The fine was 38,000 roubles, or 5,200 forints, or 6.8bn rand.")] == [
        ("38,000 roubles", "RUB"), ("5,200 forints", "HUF"), ("6.8bn rand", "ZAR")
    ]


def test_a_currency_name_that_is_an_everyday_word_is_no_money() -> None:
    assert all(f[2] != "KRW" for f in figures("They have 3 won matches and 2 lost ones."))


def test_an_iso_code_opens_an_amount_unless_it_is_a_word() -> None:
    assert figures("Sales reached SEK 4.2 billion last year.")[0][:3] == ("SEK 4.2 billion", 4.2e9, "SEK")
    assert all(f[2] != "ALL" for f in figures("ALL 12 members voted for the plan."))
