"""The quote pass: pairing marks per paragraph, fragments, scare quotes and repeated renditions."""

from __future__ import annotations

from briefing.compile.doc import Noise
from briefing.compile.layout import page
from briefing.compile.quotes import find as quotes


def _quotes(article: str) -> list[tuple[str, bool]]:
    layout = page.read(article)
    found = quotes.find_quotes(layout, Noise())
    return [(article[q.start : q.end], q.partial) for q in found]


def test_straight_and_curly_marks_give_the_quoted_words_without_marks() -> None:
    article = 'The mayor said: "We will rebuild the bridge." Then she left.\n\u201cIt will take a year,\u201d she said.'
    assert _quotes(article) == [("We will rebuild the bridge.", False), ("It will take a year,", False)]


def test_a_quote_split_by_its_attribution_is_two_quotes() -> None:
    article = '"The river is rising," the engineer said, "and the levee is old."'
    assert [q for q, _ in _quotes(article)] == ["The river is rising,", "and the levee is old."]


def test_apostrophes_do_not_break_pairing() -> None:
    article = "The council's plan, the farmers' union said, was \"a gift to the developers' friends.\""
    assert _quotes(article) == [("a gift to the developers' friends.", True)]


def test_doubled_apostrophes_are_quote_marks() -> None:
    article = "''We are not done,'' the coach said. ''Not even close.''"
    assert [q for q, _ in _quotes(article)] == ["We are not done,", "Not even close."]


def test_a_quote_left_open_runs_to_the_end_of_its_paragraph() -> None:
    article = 'The chief said: "We have hired forty nurses this year.\n"Next year we will hire more," she added.'
    assert [q for q, _ in _quotes(article)] == ["We have hired forty nurses this year.", "Next year we will hire more,"]


def test_a_missing_mark_costs_only_the_broken_quote() -> None:
    article = (
        'She said "the budget is late, and later "we will cut nothing," adding that '
        '"the schools come first." The board agreed.'
    )
    found = [q for q, _ in _quotes(article)]
    assert "the schools come first." in found
    assert len(found) == 2


def test_a_fragment_in_indirect_speech_is_partial() -> None:
    assert _quotes('The senator called the plan "a disaster" on Monday.') == [("a disaster", True)]


def test_scare_quotes_and_titles_of_works_are_not_quotes() -> None:
    article = (
        'The so-called "green corridor" opened in May. She appeared on "Morning Tea With Ann" '
        'and read from "The Long Road Home" to the audience.'
    )
    assert _quotes(article) == []


def test_a_short_capitalised_quote_that_is_answered_speech_is_kept() -> None:
    assert [q for q, _ in _quotes('"Absolutely," the minister said.')] == ["Absolutely,"]


def test_markup_attributes_are_not_quotes() -> None:
    assert _quotes('<img alt="a photo of the harbour"> The port reopened.') == []


def test_the_same_quote_in_two_renditions_is_one_quote_with_its_variant() -> None:
    article = (
        'The minister said: "We are taking many steps to protect the coast this winter."\n'
        'Later in the same report, the minister said: "We are taking many measures to protect the coast this winter."'
    )
    layout = page.read(article)
    found = quotes.find_quotes(layout, Noise())
    assert len(found) == 1
    (vs, ve), = found[0].variants
    assert article[vs:ve] == "We are taking many measures to protect the coast this winter."


def test_two_short_answers_in_one_paragraph_stay_apart() -> None:
    article = '"Are we ready for the storm? Not yet," she said. "Are we going to be ready for the storm? Yes."'
    assert len(_quotes(article)) == 2


def test_a_quote_restarted_after_a_sentence_without_its_closing_mark_ends_there() -> None:
    article = (
        '"We lost the harvest this year. "Next year the dam will be finished," the farmer said. '
        'She called the plan "overdue" in May.'
    )
    assert _quotes(article) == [
        ("We lost the harvest this year.", False),
        ("Next year the dam will be finished,", False),
        ("overdue", True),
    ]


def test_a_quote_carried_over_a_line_break_without_reopening_ends_at_its_closing_mark() -> None:
    article = '" The bridge is safe .\nWe checked it twice , " the engineer told reporters .\nTraffic resumed .'
    assert [q for q, _ in _quotes(article)] == ["The bridge is safe .", "We checked it twice ,"]


def test_a_mark_ending_a_line_opens_the_quote_on_the_next_line() -> None:
    article = 'The ferry stopped , the captain said . "\nWe lost an engine , " he said .'
    assert [q for q, _ in _quotes(article)] == ["We lost an engine ,"]


def _quotes_with_headline(article: str, headline: str) -> list[str]:
    layout = page.read(article)
    sents = layout.sentences
    start = article.index(headline)
    kinds = {i: "headline" for i, s in enumerate(sents) if s.start <= start < s.end}
    return [article[q.start : q.end] for q in quotes.find_quotes(layout, Noise(kinds))]


def test_a_quote_inside_a_pasted_headline_is_not_a_quote() -> None:
    article = 'The port reopened on Monday. Mayor says "the worst is over" for the harbour. The ships came back.'
    assert _quotes_with_headline(article, "Mayor says") == []


def test_a_quote_running_past_a_segment_flagged_as_headline_is_kept() -> None:
    article = 'The chief spoke. "We were ready... We are still ready," she said.'
    found = _quotes_with_headline(article, '"We were ready')
    assert found == ["We were ready... We are still ready,"]


def test_a_rendition_is_found_among_many_quotes_sharing_common_words() -> None:
    lines = [
        f'Speaker {n} said: "It is one of the things: lot{n}a, lot{n}b, lot{n}c, lot{n}d and lot{n}e."'
        for n in range(12)
    ]
    lines.append('The mayor said: "Our harbour wall is one of the things we will rebuild first this year."')
    lines.append('Later the mayor said: "Our harbour wall is one of the things we shall rebuild first this year."')
    article = "\n".join(lines)
    layout = page.read(article)
    found = quotes.find_quotes(layout, Noise())
    assert len(found) == 13
    assert len(found[-1].variants) == 1


def test_short_quotes_alike_in_form_but_about_different_things_stay_apart() -> None:
    article = '"We won game three and more," he said.\n"We won game four and more," he said.'
    assert len(_quotes(article)) == 2


_PIECES = ['"', "''", "\u201c", "\u201d", "'", " ", "\n", "said", "Ann Roe", ",", ".", ":", "he", "the", "(", ")", "-", "We won", "S-400"]


def test_any_mix_of_marks_gives_ordered_quotes_inside_the_text() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES), max_size=60))
    def check(pieces: list[str]) -> None:
        article = "".join(pieces)
        layout = page.read(article)
        found = quotes.find_quotes(layout, Noise())
        assert all(0 <= q.start < q.end <= len(article) for q in found)
        assert [q.start for q in found] == sorted(q.start for q in found)
        assert all(not article[q.start].isspace() and not article[q.end - 1].isspace() for q in found)

    check()


def test_a_short_quote_opening_a_new_sentence_is_full_not_a_fragment() -> None:
    article = '"The lads were brave," Dunn said. "We never stopped."'
    assert _quotes(article) == [("The lads were brave,", False), ("We never stopped.", False)]


def test_the_turns_of_a_transcript_are_quotes_of_the_words_after_the_label() -> None:
    article = "Debate night.\n\nHOST: Your answer, please.\n\nVOSS: The plan costs too much.\n\nLINDQVIST: It pays for itself.\n"
    assert _quotes(article) == [
        ("Your answer, please.", False), ("The plan costs too much.", False), ("It pays for itself.", False),
    ]


def test_a_lone_labelled_line_is_no_transcript() -> None:
    article = "UPDATE: The vote was moved.\n\nKESTON: Talks went on late into the night.\n\nThe count starts on Monday.\n"
    assert _quotes(article) == []


def test_a_quote_left_open_ends_where_the_reporter_names_the_next_speaker() -> None:
    article = (
        'The striker added: "I was wrong to miss the match. "I know that now and I will play. '
        'Meanwhile, club spokesman Ann Roe said the fine would stand. "It is the rule," Roe said.'
    )
    assert [q for q, _ in _quotes(article)] == [
        "I was wrong to miss the match.",
        "I know that now and I will play.",
        "It is the rule,",
    ]


def test_a_quote_left_open_keeps_its_sentences_in_the_speaker_s_voice() -> None:
    article = 'The mayor said: "We warned the council. Ms Roe told us it was too late, and we believed her.\nThe vote is on Monday.'
    assert [q for q, _ in _quotes(article)] == ["We warned the council. Ms Roe told us it was too late, and we believed her."]
