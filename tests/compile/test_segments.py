"""Cutting capitalised runs into pieces that can each be one name."""

from __future__ import annotations

from briefing.compile.actors.names import runs
from briefing.compile.doc import Sentence
from briefing.compile.layout.lines import read_line
from briefing.compile.layout.segments import cut_run
from briefing.compile.lexicon import gazetteer


def pieces(text: str) -> list[str]:
    line = read_line(text, 0, Sentence(0, len(text), 0))
    gaz = gazetteer.load()
    out = []
    for run in runs(line.tokens):
        for piece in cut_run(run, line.tokens, line, gaz, set(), set()):
            out.append(" ".join(line.tokens[i].text for i in piece))
    return out


def test_lists_of_names_are_cut_and_org_names_kept_whole() -> None:
    assert pieces("Aid came from Portugal and Greece via the Bank of England .") == [
        "Portugal", "Greece", "Bank of England",
    ]


def test_function_words_and_months_cut_a_pasted_headline() -> None:
    assert pieces("Talks stalled in Brussels In October Norway left .") == ["Brussels", "Norway"]


def test_a_disguised_sentence_opener_is_dropped_but_a_given_name_is_kept() -> None:
    assert pieces("Results favoured Norway .") == ["Norway"]
    assert pieces("Colin Reid said so .") == ["Colin Reid"]


def test_of_joins_a_title_to_its_office_only_before_a_name() -> None:
    assert pieces("the Secretary of State Ana Ruiz spoke") == ["Secretary of State Ana Ruiz"]
    assert pieces("the Secretary of State spoke") == ["Secretary", "State"]


def test_two_bodies_of_one_kind_joined_by_and_stay_two() -> None:
    assert pieces("Teams at the University of Tarnow and Vellis University agreed .") == [
        "University of Tarnow", "Vellis University",
    ]
    assert pieces("Funds from the Department of Roads and Rail Services came .") == [
        "Department of Roads and Rail Services",
    ]


def test_a_plural_head_keeps_its_of_phrase() -> None:
    assert pieces("Money from the National Institutes of Ageing arrived .") == ["National Institutes of Ageing"]
