"""Role phrases before and after a name, and the title phrases they license."""

from __future__ import annotations

from briefing.compile.actors import roles
from briefing.compile.actors.names import tokenize
from briefing.compile.lexicon import gazetteer


def test_role_noun_before_a_name_with_capitalised_qualifiers() -> None:
    text = "a warning from then Navy spokesman Tom Reed"
    tokens = tokenize(text, 0, len(text))
    first = [t.text for t in tokens].index("Tom")
    span = roles.before(tokens, first, gazetteer.load())
    assert span is not None and text[span[0] : span[1]] == "Navy spokesman"


def test_apposition_needs_a_role_word_near_its_start() -> None:
    gaz = gazetteer.load()
    text = "Ana Ruiz, chief executive of Solvia, said so. Ana Ruiz, who lives nearby, agreed."
    tokens = tokenize(text, 0, len(text))
    span = roles.apposition(tokens, 1, gaz)
    assert span is not None and text[span[0] : span[1]] == "chief executive of Solvia"
    second = [i for i, t in enumerate(tokens) if t.text == "Ruiz"][1]
    assert roles.apposition(tokens, second, gaz) is None


def test_clean_drops_brackets_and_spaces_before_possessives() -> None:
    assert roles.clean("[US]  President") == "US President"
    assert roles.clean("Poland 's Foreign Minister") == "Poland's Foreign Minister"


def test_title_phrases_only_for_short_titles() -> None:
    gaz = gazetteer.load()
    assert roles.title_phrases("Turkish President", gaz) == ["the turkish president", "the president"]
    assert roles.title_phrases("head of the arms export company X", gaz) == []


def test_a_determined_role_set_off_by_a_comma_before_the_name() -> None:
    gaz = gazetteer.load()
    text = "The town's mayor, Ana Ruiz, spoke."
    tokens = tokenize(text, 0, len(text))
    first = next(i for i, t in enumerate(tokens) if t.text == "Ana")
    span = roles.before(tokens, first, gaz)
    assert span is not None and text[span[0] : span[1]] == "mayor"
    listed = "Crews, mayor, Ana Ruiz spoke."
    tokens = tokenize(listed, 0, len(listed))
    assert roles.before(tokens, next(i for i, t in enumerate(tokens) if t.text == "Ana"), gaz) is None


def test_a_prefixed_role_noun_is_a_role() -> None:
    gaz = gazetteer.load()
    assert roles.is_role_word("co-leader", gaz) and roles.is_role_word("ex-minister", gaz)
    assert not roles.is_role_word("co-operation", gaz)
