"""Cue words: found by word look-up, lower case in running text, two-word cues kept whole."""

from __future__ import annotations

from briefing.compile.quotes.cues import find_cues, speech_words


def _texts(text: str, running_text: bool = True) -> list[str]:
    return [c.text for c in find_cues(text, 0, len(text), running_text=running_text)]


def test_speech_verbs_are_found_with_their_offsets() -> None:
    text = "The mayor said on Monday, according to aides, that she warned them."
    cues = find_cues(text, 0, len(text))
    assert [c.text for c in cues] == ["said", "according to", "warned"]
    assert all(text[c.start : c.end] == c.text for c in cues)


def test_capitalised_words_in_running_text_are_not_verbs() -> None:
    assert _texts("The United States and Wayne State Report.") == []
    assert _texts("Said the chief: enough.") == ["Said"]


def test_hyphenated_words_are_not_cues() -> None:
    assert _texts("the so-called plan") == []


def test_speech_nouns_count_as_reported_speech() -> None:
    text = "In a statement the board was blunt; the corridor said nothing."
    assert [text[i : i + 4] for i in speech_words(text)] == ["stat", "said"]
    assert speech_words("The green corridor opened in May.") == []


def test_base_forms_that_are_mostly_nouns_are_not_cues() -> None:
    assert _texts("the state report and a tweet") == []
    assert _texts("The paper reports that the state reports it") == ["reports", "reports"]
