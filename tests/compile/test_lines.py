"""Line flags: headlines, datelines and results tables."""

from __future__ import annotations

from briefing.compile.actors.names import tokenize
from briefing.compile.doc import Sentence
from briefing.compile.layout.lines import is_dateline, read_line, sentence_capitals


def line_of(text: str):
    return read_line(text, 0, Sentence(0, len(text), 0))


def test_a_line_in_capitals_is_a_headline() -> None:
    assert line_of("RUGBY - VARGA SIGNS FOR NORWICH .").headline
    assert not line_of("Varga signs for Norwich on Monday .").headline


def test_datelines_in_their_usual_shapes() -> None:
    for text in (
        "OSLO 2001-03-04",
        "TROY , Ohio 2001-03-04",
        "OSLO (Agency) - Talks began",
        "OSLO, March 6 (Agency) - Talks began",
        "OSLO, Sept. 14 (Agency) - Talks began",
    ):
        assert is_dateline(tokenize(text, 0, len(text))), text
    assert not is_dateline(tokenize("Ada Okonkwo ( Ghana ) 11.02", 0, 27))
    # A month and a number that is no day of it after a capitalised run: a headline, not a dateline.
    assert not is_dateline(tokenize("NASA March 2024 Report", 0, 22))


def test_a_results_row_is_a_table_but_a_dateline_is_not() -> None:
    assert line_of("Norwich 2 Exeter 1").table
    assert not line_of("Norwich beat Exeter 2-1 on a wet night").table
    assert not line_of("OSLO 2001-03-04").table


def test_capitals_after_the_first_word_are_remembered() -> None:
    lines = [line_of("Shares rose as Varga bought more .")]
    assert sentence_capitals(lines)[0] == {"varga"}
