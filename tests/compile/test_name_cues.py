"""Person, place and body cues that hold across news styles: suffixes, initials, states, counties."""

from __future__ import annotations

from briefing.compile.actors.find import find_actors
from briefing.compile.doc import Entity, Noise
from briefing.compile.layout import page


def actors_of(article: str) -> list[Entity]:
    return find_actors(page.read(article), Noise())


def kind_of(entities: list[Entity], name: str) -> str:
    return next(e.kind for e in entities if e.name == name)


def test_a_generational_suffix_makes_a_person_and_gives_an_alias_without_it() -> None:
    found = actors_of("The essayist Tobin K. Marlowe III said the archive was closing. Marlowe said it was sad.")
    tobin = next(e for e in found if e.name == "Tobin K. Marlowe III")
    assert tobin.kind == "person"
    assert "Tobin K. Marlowe" in tobin.aliases and "Marlowe" in tobin.aliases


def test_a_title_word_before_jr_does_not_take_the_name() -> None:
    found = actors_of("Visitors remembered Delmar Quill King Jr. at the service on Sunday.")
    assert kind_of(found, "Delmar Quill King Jr.") == "person"


def test_a_middle_initial_marks_a_person() -> None:
    found = actors_of("Yesterday Orsolya T. Brandvik opened the hall.")
    assert kind_of(found, "Orsolya T. Brandvik") == "person"


def test_numbered_events_stay_out_of_people() -> None:
    found = actors_of("Veterans of World War II met in the hall on Sunday.")
    assert all(e.kind != "person" for e in found)


def test_a_full_name_is_a_person_when_the_surname_alone_speaks() -> None:
    found = actors_of("The plan was backed by councillor Amara Okonkwo on Monday. Okonkwo said it was fair.")
    okonkwo = next(e for e in found if e.name == "Amara Okonkwo")
    assert okonkwo.kind == "person" and "Okonkwo" in okonkwo.aliases


def test_an_abbreviated_state_types_the_town_before_it_and_itself() -> None:
    found = actors_of("Crews reached Paradise, Calif., and Quarrytown, Mass., by noon on Friday.")
    assert kind_of(found, "Paradise") == "place"
    assert kind_of(found, "Quarrytown") == "place"
    assert kind_of(found, "California") == "place"
    assert kind_of(found, "Massachusetts") == "place"


def test_a_hometown_after_an_age_is_a_place() -> None:
    found = actors_of("Residents fled. \"We ran,\" said Ina Polk, 62, of Brellington. Others stayed in Brellington.")
    assert kind_of(found, "Brellington") == "place"


def test_a_county_is_a_place_unless_it_plays() -> None:
    assert kind_of(actors_of("The fire spread across Tassel County on Friday."), "Tassel County") == "place"
    assert kind_of(actors_of("On Saturday Tassel County beat Grove Rovers 2-1."), "Tassel County") == "organization"


def test_company_suffixes_make_bodies() -> None:
    found = actors_of("Shares in Veltrana AG fell, while analysts at Corbel plc and Pruvia SA were calm.")
    assert kind_of(found, "Veltrana AG") == "organization"
    assert kind_of(found, "Corbel") == "organization"
    assert kind_of(found, "Pruvia SA") == "organization"


def test_the_party_before_a_leader_noun_is_a_body() -> None:
    found = actors_of("On Monday the Green Dawn leader Tess Rowe said the vote was close.")
    assert kind_of(found, "Green Dawn") == "organization"


def test_pronoun_contractions_are_no_names() -> None:
    found = actors_of('"I\'m staying," Ada Brix said. "I\'m sure. We\'re ready," she added.')
    assert [e.name for e in found] == ["Ada Brix"]


def test_a_lower_case_personal_title_types_the_name_after_it() -> None:
    found = actors_of("The Arrowline team principal Osk Tervanen praised the crew on Sunday.")
    assert kind_of(found, "Osk Tervanen") == "person"


def test_the_team_a_named_person_belongs_to_is_no_person() -> None:
    found = actors_of("On Sunday Dorsani's Carlo Vinter was third and Quellan driver Ana Ruiz was fourth.")
    assert kind_of(found, "Dorsani") == "organization"
    assert kind_of(found, "Quellan") == "organization"
    assert kind_of(found, "Ana Ruiz") == "person"


def test_a_town_that_hosts_or_levels_is_a_team() -> None:
    found = actors_of("On Saturday Norwich host Exeter, a week after Norwich levelled late.")
    assert kind_of(found, "Norwich") == "organization"


def test_a_name_after_the_is_no_person_unless_it_starts_with_a_given_name() -> None:
    found = actors_of("Later the Soc Dems said the vote was lost. Quen Dem leader Ivo Lask said so too.")
    assert kind_of(found, "Soc Dems") == "organization"
    assert kind_of(found, "Quen Dem") == "organization"
    assert kind_of(found, "Ivo Lask") == "person"


def test_landform_words_end_place_names() -> None:
    found = actors_of("The turbines would stand on Carrow Ridge, above Dunley Creek.")
    assert kind_of(found, "Carrow Ridge") == "place"
    assert kind_of(found, "Dunley Creek") == "place"


def test_a_town_with_a_club_named_after_it_is_the_side_throughout() -> None:
    article = (
        "Wigan Athletic and Norwich City drew 1-1 on Tuesday. Norwich levelled after the break. "
        "Norwich manager Ian Holt said his side deserved more. A loan player at Norwich missed a penalty."
    )
    assert kind_of(actors_of(article), "Norwich") == "organization"


def test_the_place_before_a_party_word_is_a_place_not_a_body() -> None:
    found = actors_of("Sen. Ada Kell of Ohio spoke first. Later the Ohio Democrat left early.")
    assert kind_of(found, "Ohio") == "place"
    assert all("Democrat" not in e.name for e in found)


def test_a_dictionary_word_after_the_that_speaks_is_an_institution() -> None:
    found = actors_of("Talks stalled. The Kremlin said on Friday it saw no basis. Later the Treasury said little. The Oval was full.")
    assert kind_of(found, "Kremlin") == "organization"
    assert kind_of(found, "Treasury") == "organization"
    assert all(e.name != "Oval" for e in found)


def test_a_mixed_case_acronym_is_a_body_but_a_degree_is_not() -> None:
    found = actors_of("On Friday the far-right VdK called the plan a fraud. Ana Ruiz, who holds a PhD, agreed.")
    assert kind_of(found, "VdK") == "organization"
    assert all(e.name != "PhD" for e in found)


def test_an_apposition_headed_by_a_kind_of_body_makes_the_name_a_body() -> None:
    found = actors_of("Yesterday Trelvik, the discount chain founded by Ada Moss, said it would close stores.")
    assert kind_of(found, "Trelvik") == "organization"
    found = actors_of("Yesterday Orla Brenn, a bank analyst in Leeds, said rates would fall.")
    assert kind_of(found, "Orla Brenn") == "person"
