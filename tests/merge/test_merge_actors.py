"""Actor merging on hand-made per-article actors: forms, acronyms, surnames, given names, kinds."""

from __future__ import annotations

from briefing.brief import Actor, ActorKind
from briefing.merge.actors import Member, merge_actors


def member(source: str, name: str, kind: ActorKind = "person", aliases: tuple[str, ...] = (), mentions: int = 1) -> Member:
    actor_id = name.lower().replace(" ", "-").replace(".", "")
    return Member(source, Actor(id=actor_id, name=name, kind=kind, aliases=list(aliases), mentions=mentions,
                                sources=[source]))


def groups(*members: Member) -> list[set[str]]:
    """The merged actors as sets of the per-article names they took in."""
    actors, ids = merge_actors(list(members))
    out: dict[str, set[str]] = {a.id: set() for a in actors}
    for m in members:
        out[ids[(m.source, m.actor.id)]].add(m.actor.name)
    return sorted(out.values(), key=lambda g: sorted(g))


def test_full_name_surname_and_middle_name_variants_are_one_person() -> None:
    assert groups(
        member("s1", "Recep Tayyip Erdogan", aliases=("Erdogan",), mentions=5),
        member("s2", "Erdogan", mentions=2),
        member("s3", "Tayyip Erdogan"),
    ) == [{"Recep Tayyip Erdogan", "Erdogan", "Tayyip Erdogan"}]


def test_the_merged_person_is_named_by_the_full_name_most_sources_use() -> None:
    actors, _ = merge_actors([member("s1", "Erdogan", mentions=9), member("s2", "Recep Tayyip Erdogan")])
    assert [(a.name, a.aliases, a.sources, a.mentions) for a in actors] == [
        ("Recep Tayyip Erdogan", ["Erdogan"], ["s1", "s2"], 10)
    ]


def test_different_given_names_with_one_surname_stay_apart_and_the_surname_joins_the_likelier() -> None:
    assert groups(
        member("s1", "Hillary Clinton", mentions=6),
        member("s2", "Bill Clinton", mentions=2),
        member("s3", "Clinton", mentions=3),
    ) == [{"Bill Clinton"}, {"Hillary Clinton", "Clinton"}]


def test_a_bare_surname_prefers_the_person_of_its_own_source() -> None:
    assert groups(
        member("s1", "Hillary Clinton", mentions=6),
        member("s2", "Bill Clinton", mentions=2),
        member("s2", "Mr. Clinton"),
    ) == [{"Bill Clinton", "Mr. Clinton"}, {"Hillary Clinton"}]


def test_initials_and_short_forms_of_given_names_agree() -> None:
    assert groups(member("s1", "Robert W. Goodlatte"), member("s2", "Bob Goodlatte")) == [
        {"Robert W. Goodlatte", "Bob Goodlatte"}
    ]
    assert groups(member("s1", "J. Smith"), member("s2", "John Smith")) == [{"J. Smith", "John Smith"}]


def test_junior_is_another_person_when_an_article_names_father_and_son() -> None:
    assert groups(
        member("s1", "Donald Trump", aliases=("Trump",), mentions=9),
        member("s1", "Donald Trump Jr.", aliases=("Donald Trump",)),
        member("s2", "Trump Jr.", aliases=("Trump",)),
        member("s3", "Trump", mentions=4),
    ) == [{"Donald Trump", "Trump"}, {"Donald Trump Jr.", "Trump Jr."}]


def test_junior_dropped_by_one_outlet_is_the_same_man_when_no_article_tells_two_apart() -> None:
    assert groups(
        member("s1", "Roger J. Stone Jr.", aliases=("Stone",), mentions=3),
        member("s2", "Roger Stone"),
        member("s3", "Stone"),
    ) == [{"Roger J. Stone Jr.", "Roger Stone", "Stone"}]


def test_a_junior_keeps_no_alias_of_his_fathers_name() -> None:
    actors, _ = merge_actors([
        member("s1", "Donald Trump", mentions=9), member("s1", "Donald Trump Jr.", aliases=("Donald Trump", "Trump")),
    ])
    assert sorted((a.name, tuple(a.aliases)) for a in actors) == [("Donald Trump", ()), ("Donald Trump Jr.", ())]


def test_two_people_each_aliased_by_their_shared_surname_stay_two() -> None:
    assert groups(
        member("s1", "Hillary Clinton", aliases=("Clinton",), mentions=6),
        member("s2", "Bill Clinton", aliases=("Clinton",), mentions=2),
        member("s3", "Clinton"),
    ) == [{"Bill Clinton"}, {"Hillary Clinton", "Clinton"}]


def test_a_bare_given_name_joins_one_person_only() -> None:
    assert groups(
        member("s1", "Donald Tusk", aliases=("Donald",), mentions=3),
        member("s2", "Donald"),
        member("s3", "Donald Trump", aliases=("Donald",)),
    ) == [{"Donald Tusk", "Donald"}, {"Donald Trump"}]


def test_an_acronym_joins_the_body_it_abbreviates() -> None:
    assert groups(
        member("s1", "Port Aldine Transit Authority", "organization"),
        member("s2", "PATA", "organization"),
        member("s3", "North Atlantic Treaty Organization", "organization"),
    ) == [{"North Atlantic Treaty Organization"}, {"Port Aldine Transit Authority", "PATA"}]


def test_a_headline_run_on_joins_the_person_it_starts_with() -> None:
    assert groups(member("s1", "Mike Pompeo", mentions=4), member("s2", "Mike Pompeo Secretly Met")) == [
        {"Mike Pompeo", "Mike Pompeo Secretly Met"}
    ]


def test_a_short_form_joins_the_only_longer_name_of_its_kind() -> None:
    assert groups(
        member("s1", "North Korea", "place"), member("s2", "North", "place"), member("s1", "Red Sox", "organization"),
        member("s2", "Boston Red Sox", "organization"),
    ) == [{"Boston Red Sox", "Red Sox"}, {"North Korea", "North"}]
    assert groups(
        member("s1", "Senate Intelligence Committee", "organization"),
        member("s1", "House Intelligence Committee", "organization"),
        member("s2", "Intelligence Committee", "organization"),
    ) == [{"House Intelligence Committee"}, {"Intelligence Committee"}, {"Senate Intelligence Committee"}]


def test_a_one_word_name_never_joins_a_person_to_a_place_but_may_join_a_body() -> None:
    assert groups(member("s1", "Michael Jordan", aliases=("Jordan",)), member("s2", "Jordan", "place")) == [
        {"Jordan"}, {"Michael Jordan"}
    ]
    assert groups(member("s1", "Vladimir Putin", aliases=("Putin",)), member("s2", "Putin", "organization")) == [
        {"Putin", "Vladimir Putin"}
    ]


def test_a_surname_read_as_a_minor_town_joins_the_person_named_in_full() -> None:
    actors, _ = merge_actors([
        member("s1", "Obama", "place", mentions=7), member("s2", "Barack Obama", aliases=("Obama",), mentions=2),
        member("s3", "Washington", "place"), member("s3", "George Washington"),
    ])
    assert sorted((a.name, a.kind, a.sources) for a in actors) == [
        ("Barack Obama", "person", ["s1", "s2"]), ("George Washington", "person", ["s3"]),
        ("Washington", "place", ["s3"]),
    ]


def test_a_name_read_as_a_person_and_as_a_body_is_one_actor_of_the_majority_kind() -> None:
    actors, _ = merge_actors([
        member("s1", "Vitali", mentions=3), member("s2", "Vitali"), member("s3", "Vitali", "organization"),
    ])
    assert [(a.name, a.kind, a.sources) for a in actors] == [("Vitali", "person", ["s1", "s2", "s3"])]


def test_a_headline_run_on_aliased_by_a_surname_joins_that_person() -> None:
    assert groups(
        member("s1", "James Comey", aliases=("Comey",), mentions=9),
        member("s2", "Comey Memos Show", aliases=("Comey",), mentions=3),
        member("s3", "Tyler Perry", aliases=("Perry",)),
        member("s3", "Steven Tyler"),
    ) == [{"Comey Memos Show", "James Comey"}, {"Steven Tyler"}, {"Tyler Perry"}]


def test_a_surname_spelt_one_letter_apart_with_the_same_given_name_is_one_person() -> None:
    assert groups(member("s1", "Heydar Alishbandi"), member("s2", "Heydar Alishvandi")) == [
        {"Heydar Alishbandi", "Heydar Alishvandi"}
    ]
    assert groups(member("s1", "Ann Lee"), member("s2", "Ann Leo")) == [{"Ann Lee"}, {"Ann Leo"}]


def test_story_ids_are_unique() -> None:
    actors, _ = merge_actors([member("s1", "Ana Ruiz"), member("s2", "Ana-Ruiz", "organization")])
    assert len({a.id for a in actors}) == len(actors) == 2


def test_an_acronym_may_carry_the_initial_of_a_leading_the() -> None:
    assert groups(
        member("s1", "Harbour Courier", "organization"), member("s2", "THC", "organization"),
        member("s3", "HC", "organization"),
    ) == [{"HC", "Harbour Courier", "THC"}]


def test_british_and_american_spellings_of_a_name_are_one_actor() -> None:
    assert groups(
        member("s1", "Delmont Arts Centre", "organization"), member("s2", "Delmont Arts Center", "organization"),
        member("s3", "World Health Organisation", "organization"),
        member("s4", "World Health Organization", "organization"),
    ) == [{"Delmont Arts Centre", "Delmont Arts Center"}, {"World Health Organisation", "World Health Organization"}]


def test_the_merge_reads_every_british_spelling_the_lexicon_knows() -> None:
    assert groups(
        member("s1", "Veldor Ministry of Defence", "organization"), member("s2", "Veldor Ministry of Defense", "organization"),
        member("s3", "Harbour Travellers Union", "organization"), member("s4", "Harbor Travelers Union", "organization"),
    ) == [{"Harbour Travellers Union", "Harbor Travelers Union"}, {"Veldor Ministry of Defence", "Veldor Ministry of Defense"}]


def test_a_short_form_joins_a_longer_name_written_two_ways_but_not_a_town_its_authority() -> None:
    assert groups(
        member("s1", "Kessel Treatment Centre", "organization"), member("s2", "Kessel Treatment Center", "organization"),
        member("s3", "Kessel", "organization"),
        member("s3", "Port Aldine", "organization"), member("s3", "Port Aldine Transit Authority", "organization"),
    ) == [
        {"Kessel Treatment Centre", "Kessel Treatment Center", "Kessel"}, {"Port Aldine"},
        {"Port Aldine Transit Authority"},
    ]


def test_a_body_named_by_headline_words_and_a_persons_full_name_is_that_person() -> None:
    actors, ids = merge_actors([
        member("s1", "Tomas Varga", mentions=3), member("s2", "Fired Engineer Tomas Varga", "organization"),
        member("s3", "Tomas Varga Foundation", "organization"),
    ])
    assert sorted((a.name, a.kind, a.sources) for a in actors) == [
        ("Tomas Varga", "person", ["s1", "s2"]), ("Tomas Varga Foundation", "organization", ["s3"])
    ]


def test_a_given_name_spelt_one_letter_apart_inside_it_is_one_person_but_maria_and_mario_are_two() -> None:
    assert groups(member("s1", "Heydar Alishbandi", aliases=("Heydar Alishvandi",)), member("s2", "Heidar Alishvandi")) == [
        {"Heydar Alishbandi", "Heidar Alishvandi"}
    ]
    assert groups(member("s1", "Maria Rossi"), member("s2", "Mario Rossi"), member("s3", "Daniel Rossi"),
                  member("s4", "Daniela Rossi")) == [{"Daniel Rossi"}, {"Daniela Rossi"}, {"Maria Rossi"}, {"Mario Rossi"}]


def test_a_headline_word_run_onto_a_surname_is_that_surname_but_a_given_name_that_is_a_word_is_not() -> None:
    assert groups(
        member("s1", "Tomas Varga", mentions=4), member("s2", "Whatever Varga"), member("s3", "Rose Varga"),
    ) == [{"Rose Varga"}, {"Tomas Varga", "Whatever Varga"}]


def test_a_place_named_x_of_y_is_the_y_x_of_another_outlet() -> None:
    assert groups(
        member("s1", "Island of Kessel", "place"), member("s2", "Kessel Island", "place"),
        member("s3", "Duke of Kessel"), member("s4", "Kessel Duke"),
    ) == [{"Duke of Kessel"}, {"Island of Kessel", "Kessel Island"}, {"Kessel Duke"}]


def test_a_nickname_run_together_from_a_persons_given_name_and_surname_is_that_person() -> None:
    assert groups(
        member("s1", "Lorna Lomax", mentions=5),
        member("s2", "LoLo", kind="organization"),
        member("s3", "A-Vey", kind="organization"),
        member("s3", "Ana Veyra", mentions=2),
    ) == [{"A-Vey", "Ana Veyra"}, {"Lorna Lomax", "LoLo"}]
    actors, _ = merge_actors([member("s1", "Lorna Lomax", mentions=5), member("s2", "LoLo", kind="organization")])
    assert [a.kind for a in actors] == ["person"]


def test_a_run_together_nickname_that_fits_two_people_or_a_surname_prefix_joins_no_one() -> None:
    assert groups(member("s1", "Lorna Lomax"), member("s2", "Lola Lowe"), member("s3", "LoLo", kind="organization")) == [
        {"LoLo"}, {"Lola Lowe"}, {"Lorna Lomax"}
    ]
    assert groups(member("s1", "Macy Carter"), member("s2", "McCart", kind="organization")) == [{"Macy Carter"}, {"McCart"}]


def test_a_capital_a_person_was_aliased_by_is_the_place_of_that_name() -> None:
    actors, ids = merge_actors([
        member("s1", "United States", kind="place", aliases=("Washington", "U.S.")),
        member("s2", "George Washington", aliases=("Washington",)),
    ])
    person = next(a for a in actors if a.kind == "person")
    assert (person.name, person.aliases) == ("George Washington", [])
    assert ids[("s2", "george-washington")] == person.id


def test_a_place_spelt_with_and_without_a_final_e_in_one_country_is_one_place() -> None:
    assert groups(member("s1", "Bern", kind="place"), member("s2", "Berne", kind="place")) == [{"Bern", "Berne"}]
    assert groups(member("s1", "Paris", kind="place"), member("s2", "Pari", kind="place")) == [{"Pari"}, {"Paris"}]


def test_a_name_written_with_and_without_a_hyphen_is_one_actor() -> None:
    assert groups(member("s1", "Kim Jong-un", mentions=3), member("s2", "Kim Jong Un")) == [{"Kim Jong-un", "Kim Jong Un"}]
