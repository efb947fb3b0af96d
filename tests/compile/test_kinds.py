"""The kind of one candidate, from its words and neighbours."""

from __future__ import annotations

from briefing.compile.actors.kinds import STRONG, classify, first_name, is_title, major_place
from briefing.compile.doc import Sentence
from briefing.compile.layout.lines import read_line
from briefing.compile.lexicon import gazetteer


def kinds(text: str, words: str) -> list[tuple[str | None, str, int]]:
    line = read_line(text, 0, Sentence(0, len(text), 0))
    gaz = gazetteer.load()
    wanted = words.split()
    texts = [t.text for t in line.tokens]
    start = next(i for i in range(len(texts)) if texts[i : i + len(wanted)] == wanted)
    segment = list(range(start, start + len(wanted)))
    return [(f.kind, " ".join(f.words), f.strength) for f in classify(segment, line.tokens, line, gaz, False)]


def test_a_title_prefix_makes_a_strong_person() -> None:
    assert kinds("Yesterday Interior Minister Ana Ruiz resigned", "Interior Minister Ana Ruiz") == [
        ("person", "Ana Ruiz", STRONG),
    ]


def test_org_suffix_acronym_and_gazetteer_place() -> None:
    assert kinds("Funds from Harwood Capital arrived", "Harwood Capital")[0][0] == "organization"
    assert kinds("Officials at NATO agreed", "NATO")[0][0] == "organization"
    assert kinds("Officials in Lisbon agreed", "Lisbon")[0][0] == "place"


def test_a_town_in_a_match_report_is_a_team() -> None:
    assert kinds("Yesterday Norwich beat Exeter", "Norwich")[0][0] == "organization"


def test_event_names_and_lone_titles_are_not_actors() -> None:
    assert kinds("Fans of the Harbour Cup gathered", "Harbour Cup") == []
    assert kinds("Then the President spoke", "President") == []


def test_word_predicates() -> None:
    gaz = gazetteer.load()
    assert is_title("Gen.", gaz) and is_title("spokesman", gaz) and not is_title("United", gaz)
    assert first_name("Maria", gaz) and not first_name("China", gaz)
    assert major_place("france", gaz) and not major_place("springfield", gaz)


def test_a_town_at_the_end_of_a_name_makes_a_body_unless_it_is_a_surname() -> None:
    assert kinds("Fans of Varta Kharkiv cheered", "Varta Kharkiv")[0][0] == "organization"
    assert kinds("Fans of Ileana Lopez cheered", "Ileana Lopez")[0][0] == "person"


def test_the_listener_a_single_word_is_told_something_is_a_body() -> None:
    assert kinds("An official told Varnews on Friday", "Varnews")[0][0] == "organization"


def test_a_name_with_a_lower_case_infix_is_a_person() -> None:
    assert kinds("Bowler Zia-ul-Karim took four", "Zia-ul-Karim")[0][0] == "person"


def test_dictionary_words_in_capitals_are_labels_not_bodies() -> None:
    assert kinds("ISSUER : Harbour Board", "ISSUER") == []
    assert kinds("PAYING AGENT : Harbour Bank", "PAYING AGENT") == []
    assert kinds("Officials at NATO agreed", "NATO")[0][0] == "organization"
