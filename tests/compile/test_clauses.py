"""Clause windows: abbreviations end no sentence, asides split nothing, open asides are found."""

from __future__ import annotations

from briefing.compile.quotes.clauses import comma_parts, last_subordinate, only_adverbs, open_paren, sentence_cuts


def test_abbreviations_and_initials_end_no_sentence() -> None:
    text = "Mr. Roe met U.S. envoys and John D. Park. Then they left."
    assert [text[c:] for c in sentence_cuts(text, 0, len(text))] == ["Then they left."]


def test_commas_inside_parentheses_do_not_split_parts() -> None:
    text = "Rep. Ann Kim (D-Ohio, retired), the chair, said"
    assert [text[s:e].strip() for s, e in comma_parts(text, 0, len(text))] == ["Rep. Ann Kim (D-Ohio, retired)", "the chair", "said"]


def test_an_unclosed_parenthesis_is_found_and_a_closed_one_is_not() -> None:
    assert open_paren("a (b) c (or, as d", 0, 17) == 8
    assert open_paren("a (b) c", 0, 7) is None


def test_the_last_subordinate_clause_and_adverbs_before_a_verb() -> None:
    text = "the flood that Mayor Roe described"
    assert text[last_subordinate(text, 0, len(text)) :] == "Mayor Roe described"
    assert only_adverbs(" also later ", 0, 12)
    assert not only_adverbs(" spoke to ", 0, 10)


def test_a_sentence_ending_right_before_the_window_end_is_cut() -> None:
    text = 'He won a prize at the Film Festival. "Always,'
    end = text.index('"')
    assert sentence_cuts(text, 0, end) == [end]
