"""Name candidates: tokens with possessives and brackets, and capitalised runs."""

from __future__ import annotations

from briefing.compile.actors.names import runs, tokenize


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text, 0, len(text))]


def run_texts(text: str) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    return [" ".join(tokens[i].text for i in run) for run in runs(tokens)]


def test_possessives_attach_to_the_word_in_running_and_tokenised_text() -> None:
    for text in ("Lockheed Martin's jets", "Lockheed Martin 's jets", "the Reuters' desk"):
        tokens = tokenize(text, 0, len(text))
        owner = [t for t in tokens if t.possessive]
        assert len(owner) == 1 and owner[0].text in ("Martin", "Reuters")


def test_abbreviations_keep_their_dots_and_sentence_ends_lose_them() -> None:
    assert words("the U.S. and Acme Inc. met J. Smith at home.") == [
        "the", "U.S.", "and", "Acme", "Inc.", "met", "J.", "Smith", "at", "home", ".",
    ]


def test_model_numbers_and_fused_modifiers_are_not_capitalised_words() -> None:
    tokens = tokenize("S-400 US-made al-Assad", 0, 22)
    assert [t.capitalised for t in tokens] == [False, False, True]
    assert tokens[1].compound_modifier


def test_runs_keep_connectors_and_brackets_only_between_capitals() -> None:
    assert run_texts("the Bank of England said [US] President [Joe] Biden of") == [
        "Bank of England", "US ] President [ Joe ] Biden",
    ]


def test_a_possessive_ends_a_run() -> None:
    assert run_texts("Poland 's Foreign Minister Jan Nowak") == ["Poland", "Foreign Minister Jan Nowak"]
