"""The speaker pass: cue verbs, their subjects, pronouns, descriptions and the news conventions."""

from __future__ import annotations

from briefing.compile.actors.find import find_actors
from briefing.compile.doc import Attribution, Entity, Mention, Noise
from briefing.compile.layout import page
from briefing.compile.quotes import find as quotes
from briefing.compile.quotes import speakers


def _attribute(article: str, entities: list[Entity] | None = None) -> list[tuple[str, Attribution]]:
    layout = page.read(article)
    found = quotes.find_quotes(layout, Noise())
    return [(article[q.start : q.end], a) for q, a in zip(found, speakers.attribute(layout, found, entities or []))]


def _entity(article: str, ident: str, name: str, *forms: tuple[str, str], role: str | None = None) -> Entity:
    mentions = []
    for form_text, form in forms:
        start = article.find(form_text)
        while start >= 0:
            mentions.append(Mention(start, start + len(form_text), form_text, form))
            start = article.find(form_text, start + 1)
    return Entity(ident, name, "person", role=role, mentions=sorted(mentions, key=lambda m: m.start))


def _names(article: str, entities: list[Entity] | None = None) -> list[str | None]:
    by_id = {e.id: e.name for e in entities or []}
    return [by_id.get(a.speaker_id) if a.speaker_id else a.name for _, a in _attribute(article, entities)]


def test_inverted_cue_after_the_quote_names_the_speaker() -> None:
    assert _names('"We need more buses," said Maria Lopez, the transit director.') == ["Maria Lopez"]


def test_subject_before_the_cue_after_the_quote() -> None:
    assert _names('"The vote was close," Sen. Tom Harlan said on Monday.') == ["Tom Harlan"]


def test_an_apposition_between_name_and_cue_is_stepped_over() -> None:
    article = '"The levee held," Dana Whitfield, a hydrologist at the River Institute, said.'
    assert _names(article) == ["Dana Whitfield"]


def test_colon_introduced_quote_after_the_cue() -> None:
    found = _attribute('Mayor Ellen Park said: "The budget is balanced."')
    assert found[0][1].name == "Ellen Park" and found[0][1].cue == "said"


def test_a_nominal_introduction_credits_the_person_after_from() -> None:
    article = 'It followed a warning from then-agency spokesman Paul Greer that "no permits will be issued."'
    assert _names(article) == ["Paul Greer"]


def test_a_quote_split_by_its_attribution_keeps_one_speaker_for_both_parts() -> None:
    article = '"The river is rising," engineer Sam Ortiz said, "and the levee is old."'
    assert _names(article) == ["Sam Ortiz", "Sam Ortiz"]


def test_adding_continues_the_speaker_of_the_quote_before() -> None:
    article = 'Governor Amy Bell said the plan was "not finished," adding: "We will need another month."'
    assert _names(article) == ["Amy Bell", "Amy Bell"]


def test_a_pronoun_resolves_to_the_person_named_before() -> None:
    article = 'Carl Mendes runs the shelter.\n"We are full every night," he said.'
    entity = _entity(article, "carl-mendes", "Carl Mendes", ("Carl Mendes", "name"))
    found = _attribute(article, [entity])
    assert found[0][1].speaker_id == "carl-mendes" and found[0][1].cue == "said"


def test_a_description_resolves_to_the_person_titled_so_earlier() -> None:
    article = (
        "Port Authority spokeswoman Lena Ruiz confirmed the closure.\n"
        '"Ships will wait offshore," the spokeswoman told reporters.'
    )
    assert _names(article) == ["Lena Ruiz"]


def test_a_title_mention_from_the_actor_pass_wins() -> None:
    article = 'The Chilean president spoke on Friday. "We will not yield," the Chilean president told reporters.'
    entity = _entity(article, "p1", "Rosa Vidal", ("The Chilean president", "title"), ("the Chilean president", "title"))
    assert _names(article, [entity]) == ["Rosa Vidal"]


def test_an_entity_found_by_the_actor_pass_gives_the_canonical_name() -> None:
    article = '"Prices will fall," Mr. Okafor said.'
    entity = _entity(article, "okafor", "Daniel Okafor", ("Mr. Okafor", "name"))
    assert _names(article, [entity]) == ["Daniel Okafor"]


def test_a_quote_without_a_cue_continues_the_previous_speaker() -> None:
    article = '"We start Monday," said Irene Holt.\n"Nobody will be left behind."'
    assert _names(article) == ["Irene Holt", "Irene Holt"]


def test_a_quote_with_no_cue_and_no_speaker_before_stays_unattributed() -> None:
    assert _names('The sign at the door read nothing.\n"Closed until spring. Call ahead."') == [None]


def test_a_dash_credit_names_the_speaker() -> None:
    assert _names('"This town deserves better." - Jorge Alvarez') == ["Jorge Alvarez"]


def test_a_party_and_state_aside_is_not_the_speaker() -> None:
    assert _names('"We will override the veto," Senator Ann Brooks, R-Ohio, said Tuesday.') == ["Ann Brooks"]


def test_an_organisation_that_speaks_is_named_as_one() -> None:
    found = _attribute('The Riverside Tribune reported: "The mill will close in May."')
    assert found[0][1].name == "Riverside Tribune" and found[0][1].kind == "organization"


def test_a_sentence_ended_by_the_quote_does_not_lend_its_neighbour_as_speaker() -> None:
    article = 'She said: "It is over." Paul Kent said the deal was good.'
    assert _names(article) == [None]


def test_a_pronoun_skips_names_inside_the_quote_and_of_the_other_gender() -> None:
    article = (
        "Mr. Tomas Weller opened the gallery.\n"
        'Ms. Ruth Ober arrived later. "Our show of Vermeer and Rembrandt Hals was strong," he said.'
    )
    assert _names(article) == ["Tomas Weller"]


def test_an_inverted_subject_takes_the_name_at_the_end_of_the_phrase() -> None:
    assert _names('"Growth is slow," said Trade and Industry Minister Ken Sato of Osaka.') == ["Ken Sato"]


def test_a_named_publication_after_the_article_speaks() -> None:
    assert _names('"The mill lost money for years," the Courier wrote.') == ["Courier"]


def test_as_a_publication_put_it() -> None:
    article = 'Critics saw him, as The Harbour Review put it, as "a man without a plan."'
    assert _names(article) == ["Harbour Review"]


def test_a_pronoun_passes_over_a_name_inside_a_prepositional_phrase() -> None:
    article = (
        'Sara Lind was interviewed by the Valley Gazette on Monday. "We start in June," she said.'
    )
    lind = _entity(article, "lind", "Sara Lind", ("Sara Lind", "name"))
    gazette = _entity(article, "gazette", "Valley Gazette", ("Valley Gazette", "name"))
    assert _names(article, [lind, gazette]) == ["Sara Lind"]


def test_a_quote_continued_into_the_next_paragraph_takes_the_speaker_named_there() -> None:
    article = '"The harvest failed across the valley.\n"We will need help from the state," said farmer Ada Quist.'
    assert _names(article) == ["Ada Quist", "Ada Quist"]


def test_a_quote_over_two_lines_takes_the_speaker_named_after_its_end() -> None:
    article = '" The bridge is safe .\nWe checked it twice , " engineer Olga Brandt told reporters .'
    assert _names(article) == ["Olga Brandt", "Olga Brandt"]


def test_a_colon_introduction_beats_the_speaker_of_the_paragraph_before() -> None:
    article = (
        '"We will reopen the pier," said Mayor Ken Ward.\n'
        "Councillor Rita Oyelaran made the following comment:\n"
        '"The pier has been closed for too long."'
    )
    assert _names(article) == ["Ken Ward", "Rita Oyelaran"]


def test_a_cue_inside_an_open_parenthesis_reads_its_subject_there() -> None:
    article = 'The two hosts are a pair of mascots (or, as The Evening Ledger called them, "twin salesmen").'
    assert _names(article) == ["Evening Ledger"]


def test_a_quote_after_a_verb_that_is_no_cue_belongs_to_the_clause_subject() -> None:
    article = 'In a June speech, Governor Lena Moss attacked "the quiet sale of our public land."'
    assert _names(article) == ["Lena Moss"]


def test_names_with_accented_letters_stay_whole() -> None:
    assert _names('"Nous restons," said Minister François Hérault.') == ["François Hérault"]


def test_a_name_closing_a_subordinate_clause_is_the_subject_of_the_cue() -> None:
    article = 'The storm brought a flood that Mayor Ana de Souza described as "the worst in a century."'
    assert _names(article) == ["Ana de Souza"]


def test_an_irregular_verb_after_a_name_does_not_make_it_a_modifier() -> None:
    assert _names('Judge Omar Reyes made the ruling public: "The contract is void."') == ["Omar Reyes"]


def test_a_pronoun_prefers_the_speaker_named_after_the_last_actor_mention() -> None:
    article = (
        "Mr. Dev Nair opened the debate.\n"
        'Union leader Rafael Soto said the plan was "a giveaway". He said, "No town grows on loans alone."'
    )
    nair = _entity(article, "nair", "Dev Nair", ("Dev Nair", "name"))
    assert _names(article, [nair]) == ["Rafael Soto", "Rafael Soto"]


def test_a_pronoun_passes_over_possessives_and_names_that_qualify_a_noun() -> None:
    article = (
        "Mr. Owen Hale criticised Sir Ian Pratt's inquiry and the Pratt family lawyers.\n"
        'He said: "The inquiry failed."'
    )
    hale = _entity(article, "hale", "Owen Hale", ("Owen Hale", "name"))
    pratt = _entity(article, "pratt", "Ian Pratt", ("Ian Pratt", "name"), ("Pratt", "name"))
    assert _names(article, [hale, pratt]) == ["Owen Hale"]


def test_the_clause_before_a_restarted_quote_does_not_reach_into_the_quote_before() -> None:
    article = 'Ms. Ada Lim told reporters: "We will say what happened. "That must be enough for now."'
    assert _names(article) == ["Ada Lim", "Ada Lim"]


def test_a_description_that_is_no_role_names_no_one() -> None:
    article = 'Judge Ana Ruiz heard the case in the suit. The filing, the suit added, was "false and malicious."'
    assert _names(article) == [None]


def test_the_institution_a_description_ends_a_name_with() -> None:
    article = (
        "The Clean Rivers Alliance, which includes six angling clubs, met on Friday.\n"
        '"The river is dying," the alliance said in a statement.'
    )
    assert _names(article) == ["Clean Rivers Alliance"]


def test_a_name_after_told_is_the_listener_not_the_antecedent_of_he() -> None:
    article = 'Mr. Tom Ealing told Harbour Radio Listeners the ferry would run. "It will run daily," he said.'
    assert _names(article) == ["Tom Ealing"]


def test_a_publication_in_an_apposition_speaks_when_no_person_does() -> None:
    article = 'A milder review in the Riverside Times dubbed the film "pleasantly empty."'
    assert _names(article) == ["Riverside Times"]


def test_according_to_a_statement_from_names_its_source() -> None:
    article = '"The plant will close in June," according to a statement from Northwind Energy Corp.'
    assert _names(article) == ["Northwind Energy Corp"]


def test_the_owner_of_the_words_introducing_a_quote_speaks() -> None:
    assert _names('Mayor Jo Brandt\'s short reply: "Not this year."') == ["Jo Brandt"]


def test_every_quoted_speaker_is_an_actor_of_the_brief() -> None:
    from briefing.compile.pipeline import compile_text

    article = '"We will rebuild the pier by May," said harbour master Ines Kowalczyk-Brandt on Monday.'
    brief = compile_text(article)
    actors = {a.id: a.name for a in brief.actors}
    assert brief.quotes and all(actors.get(q.speaker_id) == q.speaker for q in brief.quotes)
    assert brief.quotes[0].speaker is not None and brief.quotes[0].speaker.endswith("Kowalczyk-Brandt")


def test_a_name_and_cue_after_a_full_stop_still_credit_the_quote() -> None:
    assert _names('"I was a rusty pilot then... " Mara Quell later recalled.') == ["Mara Quell"]


def test_an_inverted_description_followed_by_the_name() -> None:
    article = '"It will be a tragedy," said the chairman of the schools panel, Labour MP Tessa Grant.'
    assert _names(article) == ["Tessa Grant"]


def test_a_single_name_right_after_an_inverted_cue_is_a_speaker() -> None:
    assert _names('"I did not have a clue," said Okonjo. "Now I do."') == ["Okonjo", "Okonjo"]


def test_it_said_goes_to_the_organisation_named_before() -> None:
    article = 'Harbour Freight Ltd issued results. "Our claims are sound," it said.'
    firm = Entity("hf", "Harbour Freight Ltd", "organization", mentions=[Mention(0, 19, "Harbour Freight Ltd")])
    assert _names(article, [firm]) == ["Harbour Freight Ltd"]


def test_a_restarted_quote_takes_the_speaker_credited_after_its_restart() -> None:
    article = '"We shot it on film. "Every flaw showed up," explains Mr. Ivo Dean.'
    assert _names(article) == ["Ivo Dean", "Ivo Dean"]


def test_words_leading_to_a_role_noun_make_a_modifier() -> None:
    assert _names('Home affairs spokesman Mark Olsen told the radio: "It is a matter of principle."') == ["Mark Olsen"]


def test_a_quote_after_a_reported_sentence_belongs_to_its_speaker() -> None:
    article = 'The council may wait until spring, Mayor Lio Fenn said. "We have no money for it now."'
    assert _names(article) == ["Lio Fenn"]


def test_a_quote_after_a_sentence_about_a_person_continues_that_person() -> None:
    article = 'Senator Ada Vos criticised the budget for its cuts. "This is not a plan for families."'
    assert _names(article) == ["Ada Vos"]


def test_titles_alone_and_event_names_are_no_speaker_actor() -> None:
    assert _names('"We will see," said the Chief Secretary.') == [None]
    assert _names('"It was fast," said Riverside Indoor Grand Prix.') == [None]


def test_any_mix_of_marks_and_cues_gives_one_attribution_per_quote() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = ['"', "''", " ", "\n", "said", "told", "Ann Roe", "Mr.", ",", ".", ":", "he", "she", "it", "the", "(", "-", "We won", "according to"]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(pieces), max_size=60))
    def check(parts: list[str]) -> None:
        article = "".join(parts)
        found = _attribute(article)
        for quoted, who in found:
            assert quoted
            if who.cue_span is not None:
                assert article[who.cue_span[0] : who.cue_span[1]] == who.cue
            if who.name is not None:
                assert who.name.strip() == who.name and who.name

    check()


def test_an_abbreviated_title_answers_the_spelled_out_description() -> None:
    article = 'Sen. Ilse Varga toured the farms on Friday.\n\n"We will not forget you," the senator said.'
    varga = _entity(article, "ilse-varga", "Ilse Varga", ("Ilse Varga", "name"), role="Sen.")
    assert _names(article, [varga]) == ["Ilse Varga"]


def test_editors_brackets_inside_the_subject_do_not_hide_the_speaker() -> None:
    article = 'Budget day came.\n\n"It protects families," [Finance] Minister Ola Brandt said.'
    brandt = _entity(article, "ola-brandt", "Ola Brandt", ("Ola Brandt", "name"), role="Finance Minister")
    assert _names(article, [brandt]) == ["Ola Brandt"]
    assert _names('Budget day came.\n\n"It works," [Deputy] Mayor [Ines] Korvald said.') == ["Ines Korvald"]


def test_an_indefinite_description_is_a_newcomer_not_the_last_speaker() -> None:
    article = 'Talks stalled.\n\n"Our branches matter," Ines Roe said.\n\n"We will see them in court," a union lawyer said.'
    roe = _entity(article, "ines-roe", "Ines Roe", ("Ines Roe", "name"))
    assert _names(article, [roe]) == ["Ines Roe", None]


def test_an_apposition_opening_with_a_party_word_passes_to_the_name_before_it() -> None:
    article = 'Talks stalled.\n\nCouncillor Ines Roe, a Democrat who represents the east side, said she was "deeply worried" by it.'
    roe = _entity(article, "ines-roe", "Ines Roe", ("Ines Roe", "name"))
    assert _names(article, [roe]) == ["Ines Roe"]


def test_a_transcript_label_names_the_speaker_of_its_turn() -> None:
    article = "Debate night.\n\nHOST: Your answer, please.\n\nVOSS: The plan costs too much.\n\nLINDQVIST: It pays for itself.\n"
    voss = _entity(article, "ada-voss", "Ada Voss", ("VOSS", "name"))
    lind = _entity(article, "bo-lindqvist", "Bo Lindqvist", ("LINDQVIST", "name"))
    assert _names(article, [voss, lind]) == [None, "Ada Voss", "Bo Lindqvist"]


def test_the_place_and_party_description_is_the_politician_last_named() -> None:
    article = 'Sen. Ada Kell of Ohio said the vote would come soon.\n\nThe Ohio Democrat added: "Nobody wants a shutdown."'
    kell = _entity(article, "ada-kell", "Ada Kell", ("Ada Kell", "name"), role="Sen.")
    ohio = Entity("ohio", "Ohio", "place", mentions=[Mention(m, m + 4, "Ohio") for m in (article.find("Ohio"), article.rfind("Ohio"))])
    assert _names(article, [kell, ohio]) == ["Ada Kell"]


def test_a_body_the_actor_pass_missed_speaks_as_a_body() -> None:
    from briefing.compile.pipeline import compile_text

    brief = compile_text('"We will not change the law," the Welsh Executive said.')
    speaker = next(a for a in brief.actors if a.name == "Welsh Executive")
    assert speaker.kind == "organization"


def test_a_with_clause_speaks_for_the_name_before_its_participle_not_the_main_subject() -> None:
    from briefing import compile_text

    for article in (
        'Madrid welcomed the ruling, with economy minister Lucia Paz saying it was "a fair outcome".',
        'The union, led by Karl Brandt, backed the deal, with its treasurer Ana Ruiz saying: "We can live with it."',
    ):
        (quote,) = compile_text(article).quotes
        assert quote.speaker in ("Lucia Paz", "Ana Ruiz"), (article, quote.speaker)


def test_a_participle_without_a_with_clause_still_speaks_for_the_main_subject() -> None:
    from briefing import compile_text

    (quote,) = compile_text('The minister, Karl Brandt, welcomed the decision, saying it was "a fair outcome".').quotes
    assert quote.speaker == "Karl Brandt"


def test_a_quote_left_open_before_the_reporter_s_sentence_keeps_its_own_speaker() -> None:
    article = (
        'The row ended on Friday. Striker Tom Hale added: "I was wrong to miss the match. '
        '"I know that now and I will play when I am called. '
        'Meanwhile, club spokesman Ann Roe welcomed the apology and said the fine would stand. '
        '"It is the rule for every player," Roe said.'
    )
    hale = _entity(article, "tom-hale", "Tom Hale", ("Tom Hale", "full"))
    roe = _entity(article, "ann-roe", "Ann Roe", ("Ann Roe", "full"), ("Roe", "last"))
    assert _names(article, [hale, roe]) == ["Tom Hale", "Tom Hale", "Ann Roe"]


def _described(article: str, entities: list[Entity]) -> list[tuple[str | None, str | None]]:
    return [(a.description, a.speaker_id) for _, a in _attribute(article, entities)]


def test_he_after_a_sentence_led_by_an_unnamed_spokesman_is_that_spokesman() -> None:
    article = (
        "Lord Ames said the cabinet had been ignored for years. The prime minister's official spokesman "
        'said the cabinet still met every week. But he added: "You cannot take every decision in that room."'
    )
    ames = _entity(article, "ames", "Ames", ("Lord Ames", "name"))
    assert _described(article, [ames]) == [("prime minister's official spokesman", None)]


def test_she_after_an_indefinite_spokeswoman_and_the_quote_that_goes_on() -> None:
    article = (
        'Opposition leader Ruth Kale said: "The remarks were a disgrace." But an executive spokeswoman '
        'insisted Mr Dunmore had meant adults. "He was talking about adults," she said. "It was only a '
        'recognition of the facts."'
    )
    kale = _entity(article, "ruth-kale", "Ruth Kale", ("Ruth Kale", "name"))
    dunmore = _entity(article, "dunmore", "Jack Dunmore", ("Mr Dunmore", "name"))
    assert _described(article, [kale, dunmore]) == [(None, "ruth-kale"), ("executive spokeswoman", None), ("executive spokeswoman", None)]


def test_the_source_is_the_party_source_described_before_with_the_party_as_its_actor() -> None:
    article = 'A Green Party source told the paper the talks had stalled.\n\n"It is our turn now," the source told the paper.'
    start = article.index("Green Party")
    party = Entity("green-party", "Green Party", "organization", mentions=[Mention(start, start + 11, "Green Party", "name")])
    assert _described(article, [party]) == [("Green Party source", "green-party")]


def test_a_spokesman_for_a_body_speaks_as_described_not_as_the_last_speaker() -> None:
    article = '"Our branches matter," Ines Roe said. "The fares will rise in May," said a spokesman for the rail operator.'
    roe = _entity(article, "ines-roe", "Ines Roe", ("Ines Roe", "name"))
    assert _described(article, [roe]) == [(None, "ines-roe"), ("spokesman for the rail operator", None)]


def test_an_unnamed_source_reads_as_described_in_the_brief_with_its_body_as_actor() -> None:
    from briefing.compile.pipeline import compile_text

    brief = compile_text(
        'The Danish Competition Authority fined the firm on Monday. "The evidence is clear," '
        "a spokeswoman for the Danish Competition Authority said."
    )
    actors = {a.id: a.name for a in brief.actors}
    quote = brief.quotes[0]
    assert quote.speaker == "spokeswoman for the Danish Competition Authority"
    assert actors.get(quote.speaker_id or "") == "Danish Competition Authority"


def test_a_reporter_s_sentence_with_its_own_cue_hands_the_next_quote_to_its_subject() -> None:
    article = (
        'Studio head Lena Park said: "We are investing in tools." Mr Ortiz warned that studios could '
        'run short of artists. "If teams keep growing, the talent will run out."'
    )
    park = _entity(article, "lena-park", "Lena Park", ("Lena Park", "name"))
    ortiz = _entity(article, "ortiz", "Ortiz", ("Mr Ortiz", "name"))
    assert _names(article, [park, ortiz]) == ["Lena Park", "Ortiz"]


def test_a_sentence_without_a_cue_between_two_quotes_keeps_the_speaker() -> None:
    article = (
        'Studio head Lena Park said: "We are investing in tools." The studio employs 300 people. '
        '"We will hire more next year."'
    )
    park = _entity(article, "lena-park", "Lena Park", ("Lena Park", "name"))
    assert _names(article, [park]) == ["Lena Park", "Lena Park"]


def test_a_capitalised_epithet_no_actor_bears_is_the_person_in_focus() -> None:
    article = (
        "Then Tom Vale ran the last leg, holding off Ray Dunn to win by a stride. "
        '"It was the best race of my life," said the Riverside Harrier.'
    )
    vale = _entity(article, "tom-vale", "Tom Vale", ("Tom Vale", "name"))
    dunn = _entity(article, "ray-dunn", "Ray Dunn", ("Ray Dunn", "name"))
    assert _names(article, [vale, dunn]) == ["Tom Vale"]
    start = article.index("Riverside Harrier")
    club = Entity("riverside-harrier", "Riverside Harrier", "organization", mentions=[Mention(start, start + 17, "Riverside Harrier", "name")])
    assert _names(article, [vale, dunn, club]) == ["Tom Vale"]


def test_a_body_named_after_the_article_still_speaks_as_itself() -> None:
    article = 'Tom Vale won the race. "The result stands," said the Athletics Board.'
    vale = _entity(article, "tom-vale", "Tom Vale", ("Tom Vale", "name"))
    assert _names(article, [vale]) == ["Athletics Board"]
    paper = 'Tom Vale won the race. "It was a fix," said the Evening Beacon.'
    assert _names(paper, [_entity(paper, "tom-vale", "Tom Vale", ("Tom Vale", "name"))]) == ["Evening Beacon"]


def test_he_after_a_surname_that_is_also_a_word_is_that_person_not_the_last_speaker() -> None:
    article = (
        "Substitute Leo Marsh scored in the 89th minute.\n\n"
        'Rovers boss Viktor Hale was less pleased. "We gave away a soft goal," he said.\n\n'
        "The win lifts Harriers to third in the table.\n\n"
        'Marsh, 19, joined from the academy in 2024. Asked about his goal, he said: "I just hit it and hoped."'
    )
    entities = find_actors(page.read(article), Noise())
    quotes_found = _attribute(article, entities)
    names = {e.id: e.name for e in entities}
    assert [names.get(a.speaker_id or "") for _, a in quotes_found] == ["Viktor Hale", "Leo Marsh"]
