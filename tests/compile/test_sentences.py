"""Sentence segmentation on messy web text: abbreviations, quotes, pasted headlines and bylines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.compile.layout import page


def split(raw: str) -> list[str]:
    layout = page.read(raw)
    return [layout.norm[s.start : s.end] for s in layout.sentences]


def test_plain_sentences_split_at_final_punctuation() -> None:
    assert split("The plan passed. Critics were angry! Will it last? Nobody knows.") == [
        "The plan passed.",
        "Critics were angry!",
        "Will it last?",
        "Nobody knows.",
    ]


def test_titles_and_honorifics_do_not_end_sentences() -> None:
    raw = "Mr. Smith met Gen. Ortiz and Sen. Lee. Dr. Park joined them later."
    assert split(raw) == ["Mr. Smith met Gen. Ortiz and Sen. Lee.", "Dr. Park joined them later."]


def test_initials_stay_inside_the_name() -> None:
    raw = "They quoted J. R. R. Tolkien and George W. Bush at length. Then they left."
    assert split(raw) == ["They quoted J. R. R. Tolkien and George W. Bush at length.", "Then they left."]


def test_decimals_and_money_are_not_ends() -> None:
    raw = "The deal is worth $2.5 billion, up 3.4 percent. It closes soon."
    assert split(raw) == ["The deal is worth $2.5 billion, up 3.4 percent.", "It closes soon."]


def test_a_sentence_ending_in_a_number_or_bracket_ends() -> None:
    raw = "The index closed at 1678.5. Volume rose. She won in 2:04.45. Profit was $29.4m (£15.4m). It fell."
    assert split(raw) == [
        "The index closed at 1678.5.",
        "Volume rose.",
        "She won in 2:04.45.",
        "Profit was $29.4m (£15.4m).",
        "It fell.",
    ]


def test_months_and_numbers_before_digits_are_abbreviations() -> None:
    raw = "The vote is on Jan. 5 at No. 10 Downing Street. Officials agreed."
    assert split(raw) == ["The vote is on Jan. 5 at No. 10 Downing Street.", "Officials agreed."]


def test_us_ends_a_sentence_only_before_a_sentence_opener() -> None:
    raw = "Officials in the U.S. State Department agreed with the U.S. The plan stands."
    assert split(raw) == ["Officials in the U.S. State Department agreed with the U.S.", "The plan stands."]


def test_clock_abbreviations_continue_before_a_name() -> None:
    assert split("The talks start at 9 a.m. Tuesday in Rome.") == ["The talks start at 9 a.m. Tuesday in Rome."]


def test_sentence_ending_inside_a_closing_quote() -> None:
    raw = 'She said: "We will stay here." He said nothing.'
    assert split(raw) == ['She said: "We will stay here."', "He said nothing."]


def test_question_in_quotes_followed_by_its_speaker_stays_whole() -> None:
    assert split('"Why not?" Maria asked the panel.') == ['"Why not?" Maria asked the panel.']


def test_quote_trailing_off_before_its_speaker_stays_whole() -> None:
    raw = '"I had not flown for years..." Hailey later recalled. She smiled.'
    assert split(raw) == ['"I had not flown for years..." Hailey later recalled.', "She smiled."]


def test_a_stray_closing_quote_after_the_period_belongs_to_the_sentence() -> None:
    raw = '"We decide for ourselves. " The minister left the room.'
    assert split(raw) == ['"We decide for ourselves. "', "The minister left the room."]


def test_an_opening_quote_starts_the_next_sentence() -> None:
    raw = 'The minister spoke. "We decide for ourselves," he said.'
    assert split(raw) == ["The minister spoke.", '"We decide for ourselves," he said.']


def test_pasted_headline_is_cut_from_the_sentence_it_was_glued_to() -> None:
    raw = "Ministers denied it. Harbour plan stays on course despite storms In March, the council voted again."
    assert split(raw) == [
        "Ministers denied it.",
        "Harbour plan stays on course despite storms",
        "In March, the council voted again.",
    ]


def test_pasted_title_case_headline_is_cut_at_the_sentence_opener() -> None:
    raw = "Ministers denied it. Harbour Plan Stays On Course Despite Storms In March, the council voted again."
    assert split(raw) == [
        "Ministers denied it.",
        "Harbour Plan Stays On Course Despite Storms",
        "In March, the council voted again.",
    ]


def test_a_sentence_opening_with_a_long_name_is_not_a_headline() -> None:
    raw = "The European Central Bank Governing Council In Frankfurt kept rates on hold."
    assert split(raw) == [raw]


def test_pasted_headline_before_a_sentence_restated_elsewhere_is_cut() -> None:
    raw = (
        "Shipping firms have warned of long delays at the harbour this winter.\n\n"
        "Trade slowed. Port will not reopen this winter, local official says Shipping firms warned of "
        "long delays at the harbour this winter."
    )
    assert split(raw)[2:] == [
        "Port will not reopen this winter, local official says",
        "Shipping firms warned of long delays at the harbour this winter.",
    ]


def test_reported_speech_with_a_named_subject_stays_whole() -> None:
    raw = "In a speech on Monday, Mr Kennedy said Iraq had become a crucible of unrest."
    assert split(raw) == [raw]


def test_a_title_after_a_noun_is_not_a_pasted_headline() -> None:
    raw = "His case was told in the film In The Name Of The Father, which won praise."
    assert split(raw) == [raw]


def test_initial_at_the_start_of_a_line_stays_with_the_name() -> None:
    assert split("The team batted first.\nJ. Okafor run out 12") == ["The team batted first.", "J. Okafor run out 12"]


def test_company_names_with_a_possessive_are_not_bylines() -> None:
    raw = "Harbour Savings Bank's shares fell sharply on Monday."
    assert split(raw) == [raw]


def test_newspaper_names_after_a_verb_are_not_glue() -> None:
    raw = "The mayor told The Harbour Times that the wall was finished."
    assert split(raw) == [raw]


def test_one_word_fragment_becomes_its_own_segment() -> None:
    raw = "The risk is real. America. In a speech, she said more."
    assert split(raw) == ["The risk is real.", "America.", "In a speech, she said more."]


def test_byline_glued_before_the_first_sentence_is_split_off() -> None:
    raw = "Storm hits the coast.\n\nMarta Kowalczyk The harbour's wall held through the night."
    assert split(raw) == ["Storm hits the coast.", "Marta Kowalczyk", "The harbour's wall held through the night."]


def test_a_name_that_recurs_is_the_subject_not_a_byline() -> None:
    raw = "Anna Berg Lund's team won.\n\nAnna Berg Lund's rivals lost again."
    assert split(raw) == ["Anna Berg Lund's team won.", "Anna Berg Lund's rivals lost again."]


def test_agency_dateline_is_split_off() -> None:
    raw = "WASHINGTON (Reuters) - The Senate passed the bill on Friday."
    assert split(raw) == ["WASHINGTON (Reuters) -", "The Senate passed the bill on Friday."]


def test_headline_line_is_one_segment() -> None:
    raw = "Talks fail. Strike goes ahead\n\nUnions walked out on Monday."
    assert split(raw) == ["Talks fail. Strike goes ahead", "Unions walked out on Monday."]


def test_offsets_index_the_original_article() -> None:
    raw = "\u201cWe stay,\u201d she said. The vote \u2014 close \u2014 passed.\n\nIt ends."
    found = page.read(raw).sentences
    assert [raw[s.start : s.end] for s in found] == [
        "\u201cWe stay,\u201d she said.",
        "The vote \u2014 close \u2014 passed.",
        "It ends.",
    ]
    assert [s.paragraph for s in found] == [0, 0, 1]


def test_abbreviations_in_capitals_are_still_abbreviations() -> None:
    assert split("ST. LOUIS 2024-03-05") == ["ST. LOUIS 2024-03-05"]


NEWS_PIECES = [
    "The", "council", "Ana Ruiz", "said", "U.S.", "Mr.", "Gen.", "Jan.", "J.", "a.m.", "in", "In", "The",
    "2.5", "$", "billion", "'s", '"', "\u201c", "\u201d", ".", ",", "?", "!", "(", ")", "\n", "\n\n", " ",
    "WASHINGTON (Reuters) -", "By", "Photo:", "unchanged", "America.", "...", "\t",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(NEWS_PIECES), st.text(max_size=6)), max_size=80).map(" ".join))
def test_segments_are_ordered_trimmed_and_inside_their_paragraph(raw: str) -> None:
    layout = page.read(raw)
    norm, paragraphs, found = layout.norm, layout.paragraphs, layout.sentences
    last_end = 0
    for s in found:
        p_start, p_end = paragraphs[s.paragraph]
        assert p_start <= s.start < s.end <= p_end
        assert s.start >= last_end
        assert not norm[s.start].isspace() and not norm[s.end - 1].isspace()
        last_end = s.end
    covered = "".join(norm[s.start : s.end] for s in found)
    assert "".join(norm.split()) == "".join(covered.split())


def test_an_ellipsis_before_a_capital_ends_the_sentence() -> None:
    assert split("We waited\u2026 Nobody came.") == ["We waited\u2026", "Nobody came."]


def test_circa_before_a_year_does_not_end_the_sentence() -> None:
    assert split("The barn was built c. 1850 by a farmer. It burned down.") == [
        "The barn was built c. 1850 by a farmer.",
        "It burned down.",
    ]


def test_press_release_dateline_with_state_date_and_wire_is_split_off() -> None:
    assert split("DENVER, Colo., June 2, 2023 /PRNewswire/ -- Acme Corp. today opened a plant.") == [
        "DENVER, Colo., June 2, 2023 /PRNewswire/ --",
        "Acme Corp. today opened a plant.",
    ]


def test_a_list_bullet_is_not_part_of_the_sentence() -> None:
    assert split("Storms hit the town.\n\u2022 Two bridges were closed\n- Schools stay shut on Friday.\n* Trains run hourly.") == [
        "Storms hit the town.",
        "\u2022",
        "Two bridges were closed",
        "-",
        "Schools stay shut on Friday.",
        "*",
        "Trains run hourly.",
    ]


def test_a_live_blog_clock_stamp_is_its_own_segment() -> None:
    assert split("Polls are open.\n\n14:05 Turnout is high in the north.\n9.30am The count began.") == [
        "Polls are open.",
        "14:05",
        "Turnout is high in the north.",
        "9.30am",
        "The count began.",
    ]


def test_a_web_address_before_a_capital_ends_the_sentence() -> None:
    assert split("Details are at www.example.org. Tickets sell fast.") == [
        "Details are at www.example.org.",
        "Tickets sell fast.",
    ]
