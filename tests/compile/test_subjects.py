"""Name runs for speakers: function words dropped, possessives and modifiers flagged, titles cut."""

from __future__ import annotations

from briefing.compile.quotes.subjects import bare_name, head_run, name_runs


def _head(text: str) -> str | None:
    run = head_run(name_runs(text, 0, len(text)))
    return run.text if run else None


def test_a_leading_function_word_is_not_part_of_the_name() -> None:
    assert _head("But Maria Lopez said") == "Maria Lopez"


def test_possessives_and_modifiers_are_passed_over() -> None:
    assert _head("Jane Roe's campaign manager Tom Vale said") == "Tom Vale"
    assert _head("the Vale campaign adviser Ann Kim said") == "Ann Kim"


def test_a_verb_after_a_name_does_not_make_it_a_modifier() -> None:
    assert _head("Tom Vale attacked the plan") == "Tom Vale"


def test_of_place_is_cut_from_a_person_but_kept_in_an_institution() -> None:
    assert _head("Rep. Ann Kim of Ohio said") == "Rep. Ann Kim"
    assert _head("Bank of Spain said") == "Bank of Spain"


def test_bare_name_drops_titles_and_generational_suffixes() -> None:
    assert bare_name("Finance Minister Ken Sato") == "Ken Sato"
    assert bare_name("Secretary of State Ann Kim") == "Ann Kim"
    assert bare_name("Tom Vale Jr.") == "Tom Vale"


def test_lower_case_words_leading_to_another_name_make_a_modifier() -> None:
    assert _head("Harbor police Chief Tim Ortega said") == "Chief Tim Ortega"


def test_a_possessive_is_flagged_and_an_inner_apostrophe_kept() -> None:
    runs = name_runs("Sir Ian Pratt's inquiry and Mr. O'Neill said", 0, 44)
    assert [(r.text, r.possessive) for r in runs] == [("Sir Ian Pratt", True), ("Mr. O'Neill", False)]


def test_a_club_before_a_sports_role_is_a_modifier() -> None:
    assert _head("Harbury boss Lee Tamm said") == "Lee Tamm"
    assert _head("Dunmore team principal Ada Voss said") == "Ada Voss"


def test_editors_brackets_stay_inside_a_run() -> None:
    assert _head("[Finance] Minister [Ola] Brandt said") == "[Finance] Minister [Ola] Brandt"
