"""The timeline: one short phrase per dated event, merged over repeats, in chronological order."""

from __future__ import annotations

from datetime import date

from briefing.compile.doc import DateFound, Entity, EventFound, Mention, Noise, QuoteSpan, Repeats, Sentence
from briefing.compile.layout import page
from briefing.compile.time.timeline import build_timeline, is_event, sort_key


def sentences_of(text: str) -> list[Sentence]:
    """One sentence per ". "-separated piece; enough for text written for these tests."""
    out, start = [], 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        out.append(Sentence(start, end, 0))
        start = end + 1
    return out


def date_at(text: str, words: str, value: str, qualifier: str | None = None) -> DateFound:
    start = text.index(words)
    return DateFound(start, start + len(words), value, qualifier)


def timeline(
    text: str,
    dates: list[DateFound],
    *,
    noise: Noise | None = None,
    repeats: Repeats | None = None,
    entities: list[Entity] | None = None,
    quotes: list[QuoteSpan] | None = None,
) -> list[EventFound]:
    sents = sentences_of(text)
    return build_timeline(
        page.cut(text, sents),
        noise or Noise(),
        repeats or Repeats(tuple(range(len(sents)))),
        sorted(dates, key=lambda d: d.start),
        entities or [],
        quotes=quotes,
    )


def person(text: str, actor_id: str, name: str, *forms: str) -> Entity:
    """A person entity with a mention at every place one of its forms (or its name) is written."""
    mentions = [
        Mention(at, at + len(form), form)
        for form in (name, *forms)
        for at in range(len(text))
        if text.startswith(form, at) and (at == 0 or not text[at - 1].isalpha())
    ]
    return Entity(actor_id, name, "person", mentions=sorted(mentions, key=lambda m: m.start))


def quoted(text: str, words: str) -> QuoteSpan:
    start = text.index(words)
    return QuoteSpan(start, start + len(words))


def test_the_event_is_the_clause_around_the_date_without_the_date() -> None:
    text = "In October 2020, the minister said the army was ready, adding that costs had risen."
    (event,) = timeline(text, [date_at(text, "October 2020", "2020-10")])
    assert event.event == "The minister said the army was ready"
    assert (event.date, event.date_text) == ("2020-10", "October 2020")
    assert event.evidence == [(0, text.index(", adding"))]


def test_a_date_closing_the_sentence_dates_the_clause_before_it() -> None:
    text = "The two firms signed a supply contract for four ferries in late 2017, with deliveries due later."
    (event,) = timeline(text, [date_at(text, "late 2017", "2017", "late")])
    assert event.event == "The two firms signed a supply contract for four ferries"
    assert event.qualifier == "late"


def test_a_date_in_a_short_aside_is_not_an_event() -> None:
    text = "The bridge, finished in 1931, carries trains over the river."
    assert timeline(text, [date_at(text, "1931", "1931")]) == []


def test_events_are_sorted_chronologically_with_unknown_years_last() -> None:
    text = "The club opened a shop in June. The club was founded in 1990. The club moved in March 2004."
    events = timeline(
        text,
        [date_at(text, "June", "XXXX-06"), date_at(text, "1990", "1990"), date_at(text, "March 2004", "2004-03")],
    )
    assert [e.date for e in events] == ["1990", "2004-03", "XXXX-06"]


def test_the_end_of_a_year_sorts_after_its_months() -> None:
    assert sort_key("2021", "before end", 0) > sort_key("2021-08", "late", 0)
    assert sort_key("2021", "early", 0) < sort_key("2021-03", None, 0)


def test_noise_sentences_yield_no_event() -> None:
    text = "Mayor resigns in 2019 amid scandal. The mayor resigned in 2019 after a long inquiry."
    events = timeline(
        text,
        [date_at(text, "2019 amid", "2019"), DateFound(text.rindex("2019"), text.rindex("2019") + 4, "2019")],
        noise=Noise({0: "headline"}),
    )
    assert [e.event for e in events] == ["The mayor resigned after a long inquiry"]


def test_a_repeated_sentence_yields_one_event() -> None:
    text = "The dam burst in 2005 after heavy rain. The dam burst in 2005 after heavy rain."
    first, second = text.index("2005"), text.rindex("2005")
    events = timeline(
        text,
        [DateFound(first, first + 4, "2005"), DateFound(second, second + 4, "2005")],
        repeats=Repeats((0, 0)),
    )
    assert len(events) == 1


def test_near_identical_events_on_the_same_date_are_merged_with_both_spans_as_evidence() -> None:
    text = "The old dam burst in 2005 after heavy rain. The old dam burst in 2005 after the heavy rain."
    first, second = text.index("2005"), text.rindex("2005")
    (event,) = timeline(text, [DateFound(first, first + 4, "2005"), DateFound(second, second + 4, "2005")])
    assert len(event.evidence) == 2


def test_future_clauses_are_marked_expected_but_quoted_future_is_not() -> None:
    text = 'The second deal will be signed before the end of this year. In 2019 he warned that "they will pay".'
    events = timeline(
        text,
        [date_at(text, "the end of this year", "XXXX", "before end"), date_at(text, "2019", "2019")],
    )
    assert [(e.date, e.qualifier) for e in events] == [("2019", None), ("XXXX", "expected before end")]


def test_vague_references_and_durations_are_not_events() -> None:
    text = "Prices are now higher. Rents rose for the past year."
    dates = [date_at(text, "now", "PRESENT_REF"), date_at(text, "the past year", "P1Y")]
    assert timeline(text, dates) == []


def test_actors_are_the_entities_mentioned_in_the_clause() -> None:
    text = "Lena Ortiz met Paul Brandt in 2012 in Oslo. Maria Vogel stayed home."
    people = [
        Entity("a1", "Lena Ortiz", "person", mentions=[Mention(0, 10, "Lena Ortiz")]),
        Entity("a2", "Paul Brandt", "person", mentions=[Mention(15, 26, "Paul Brandt")]),
        Entity("a3", "Maria Vogel", "person", mentions=[Mention(text.index("Maria"), text.index(" stayed"), "Maria Vogel")]),
    ]
    (event,) = timeline(text, [date_at(text, "2012", "2012")], entities=people)
    assert event.actors == ["a1", "a2"]


def test_a_dated_who_clause_is_what_the_person_it_follows_did() -> None:
    text = "The mayor thanked Ana Ruiz, who founded the shelter in 2008."
    (event,) = timeline(text, [date_at(text, "2008", "2008")])
    assert event.event == "Ana Ruiz founded the shelter"
    assert text[slice(*event.evidence[0])].startswith("Ana Ruiz, who founded")


def test_a_dated_who_clause_after_a_name_opening_the_sentence_drops_only_the_pronoun() -> None:
    text = "Lindqvist, who took office in November 2023, said the council was united."
    (event,) = timeline(text, [date_at(text, "November 2023", "2023-11")])
    assert event.event == "Lindqvist took office"


def test_a_dated_which_clause_keeps_the_words_it_refers_to() -> None:
    text = "The council approved the plan, which was drafted in 2019."
    (event,) = timeline(text, [date_at(text, "2019", "2019")])
    assert event.event == "The council approved the plan, which was drafted"


def test_a_who_clause_before_the_dated_verb_stays_whole() -> None:
    text = "Ana Ruiz, who founded the shelter, said on Monday that it would close."
    (event,) = timeline(text, [date_at(text, "Monday", "XXXX-WXX-1")])
    assert "who founded the shelter" in event.event


def test_two_dates_in_one_clause_give_one_event() -> None:
    text = "The museum was closed between 1994 and 1997 for repairs."
    events = timeline(text, [date_at(text, "1994", "1994"), date_at(text, "1997", "1997")])
    assert [e.date for e in events] == ["1994"]


def test_future_inside_double_backtick_quotes_is_not_expected() -> None:
    text = "In 2012 the coach said ``we will win the cup'' to reporters."
    (event,) = timeline(text, [date_at(text, "2012", "2012")])
    assert event.qualifier is None


def test_a_list_of_names_after_a_comma_stays_in_the_event() -> None:
    text = "In 2004 the league admitted Malta, Cyprus, and Iceland as members."
    (event,) = timeline(text, [date_at(text, "2004", "2004")])
    assert event.event == "The league admitted Malta, Cyprus, and Iceland as members"


def test_a_dateline_is_not_an_event() -> None:
    text = "LYON, France, October 4 (Wire). The mayor opened the bridge."
    assert timeline(text, [date_at(text, "October 4", "2016-10-04")]) == []


def test_a_possessive_date_stays_in_the_event() -> None:
    text = "Critics panned last week's budget speech."
    (event,) = timeline(text, [date_at(text, "last week", "2016-W39")])
    assert event.event == "Critics panned last week's budget speech"


def test_decades_and_centuries_sort_at_their_first_year() -> None:
    assert sort_key("199", None, 0) < sort_key("1995", None, 0) < sort_key("2003", None, 0)
    assert sort_key("19", None, 0) < sort_key("1950", None, 0)
    assert sort_key("1995", None, 0) < sort_key("XXXX-08", None, 0)


def test_what_a_dated_clause_set_off_belongs_to_its_event() -> None:
    text = "The mill closed in 2009, leaving four hundred workers without jobs, according to the union."
    (event,) = timeline(text, [date_at(text, "2009", "2009")])
    assert event.event == "The mill closed, leaving four hundred workers without jobs"


def test_a_date_inside_a_noun_phrase_stays_in_the_event() -> None:
    text = "The firm must restate its 2003 results after an audit."
    (event,) = timeline(text, [date_at(text, "2003", "2003")])
    assert event.event == "The firm must restate its 2003 results after an audit"


def test_a_bare_weekday_is_taken_out_of_the_event() -> None:
    text = "The mayor said Tuesday that the bridge would reopen."
    (event,) = timeline(text, [date_at(text, "Tuesday", "2016-10-04")])
    assert event.event == "The mayor said that the bridge would reopen"


def test_future_after_the_date_does_not_make_the_dated_event_expected() -> None:
    text = "Officials said Friday the bridge will reopen."
    (event,) = timeline(text, [date_at(text, "Friday", "2016-10-07")])
    assert event.qualifier is None


def test_a_comparison_with_an_earlier_figure_is_no_event() -> None:
    text = "The port handled 9 million tonnes in 2023, up from 7 million tonnes in 2022."
    events = timeline(text, [date_at(text, "2023", "2023"), date_at(text, "2022", "2022")])
    assert [(e.date, e.event) for e in events] == [("2023", "The port handled 9 million tonnes")]


def test_a_clause_opening_with_its_verb_takes_the_subject_of_the_sentence() -> None:
    text = "Lena Moor, 41, pleaded guilty in May to two counts of fraud."
    (event,) = timeline(text, [date_at(text, "May", "2024-05")])
    assert event.event == "Lena Moor, 41, pleaded guilty to two counts of fraud"


def test_words_of_other_dates_do_not_make_a_clause_an_event() -> None:
    text = "Profit rose to $3 million, in the quarter ended June 30, from $2 million."
    events = timeline(text, [date_at(text, "the quarter", "2024-Q2"), date_at(text, "June 30", "2024-06-30")])
    assert events == []


def test_breaks_inside_brackets_and_clock_times_do_not_cut_the_clause() -> None:
    text = "Acme Corp (NYSE: ACM) opened a plant on Monday. At 10:30 turnout was higher than in 2019."
    events = timeline(text, [date_at(text, "Monday", "2024-03-11"), date_at(text, "2019", "2019")])
    assert [e.event for e in events] == [
        "At 10:30 turnout was higher than in 2019",
        "Acme Corp (NYSE: ACM) opened a plant",
    ]


def test_a_date_the_phrase_needs_stays_in_it() -> None:
    text = (
        "Storms hit the coast in January and February. The firm reported a rise in third-quarter profit. "
        "This year is no different. Yesterday the mayor resigned."
    )
    dates = [
        date_at(text, "January", "2024-01"),
        date_at(text, "third-quarter", "2023-Q3"),
        date_at(text, "This year", "2024"),
        date_at(text, "Yesterday", "2024-03-14"),
    ]
    assert [e.event for e in timeline(text, dates)] == [
        "The firm reported a rise in third-quarter profit",
        "This year is no different",
        "Storms hit the coast in January and February",
        "The mayor resigned",
    ]


def test_what_is_due_to_happen_is_expected() -> None:
    text = "The new telescope is due to launch in 2027."
    (event,) = timeline(text, [date_at(text, "2027", "2027")])
    assert event.qualifier == "expected"


def test_local_time_goes_with_the_clock_time() -> None:
    text = "The train left the station at 6 am local time and crashed soon after."
    (event,) = timeline(text, [date_at(text, "6 am", "2024-03-15T06:00")])
    assert event.event == "The train left the station and crashed soon after"


def test_an_event_dated_after_publication_is_expected() -> None:
    text = "The summit is on June 5. Talks began in April. The plan covers 2024."
    dates = [date_at(text, "June 5", "2024-06-05"), date_at(text, "April", "2024-04"), date_at(text, "2024", "2024")]
    sents = sentences_of(text)
    events = build_timeline(page.cut(text, sents), Noise(), Repeats((0, 1, 2)), dates, [], date(2024, 5, 20))
    assert [(e.date, e.qualifier) for e in events] == [("2024", None), ("2024-04", None), ("2024-06-05", "expected")]


def test_a_with_clause_is_an_event_in_the_articles_own_words_without_its_with() -> None:
    text = "The firms signed the deal in 2017, with deliveries starting in 2019, sparking a row with the allies."
    events = timeline(text, [date_at(text, "2017", "2017"), date_at(text, "2019", "2019")])
    assert [e.event for e in events] == [
        "The firms signed the deal",
        "Deliveries starting, sparking a row with the allies",
    ]


def test_a_with_clause_verb_is_never_rewritten() -> None:
    text = "The plant closed in May, with the vote creating a stir in June."
    events = timeline(text, [date_at(text, "May", "2024-05"), date_at(text, "June", "2024-06")])
    assert events[1].event == "The vote creating a stir"


def test_a_phrase_referring_to_an_event_gives_the_event() -> None:
    text = 'She said she "told him everything," apparently referring to their talks in Oslo in May.'
    (event,) = timeline(text, [date_at(text, "May", "2024-05")])
    assert event.event == "Their talks in Oslo"


def test_a_week_sorts_at_its_first_day() -> None:
    assert sort_key("2024-03-12", None, 0) < sort_key("2024-W12", None, 0) < sort_key("2024-03-19", None, 0)
    assert sort_key("2024-W12", None, 0) < sort_key("2024-W12-WE", None, 0) < sort_key("2024-03-24", None, 0)
    assert sort_key("2021-W01", None, 0)[:3] == (False, 2021, 1)


def test_a_date_in_a_page_without_full_stops_is_read_in_a_window_around_it() -> None:
    filler = "crews cleared the roads, " * 60
    text = filler + "the bridge reopened on Monday and " + filler + "traffic returned"
    (event,) = timeline(text, [date_at(text, "Monday", "2024-03-11")])
    (start, end), at = event.evidence[0], text.index("Monday")
    assert at - start <= 400 and end - at <= 400 + len("Monday")
    assert event.event == "The bridge reopened and crews cleared the roads"


def test_a_run_of_words_with_no_clause_boundary_is_no_event_and_never_cut_with_an_ellipsis() -> None:
    filler = "crews cleared the roads and " * 60
    text = filler + "the bridge reopened on Monday and " + filler + "traffic returned"
    assert timeline(text, [date_at(text, "Monday", "2024-03-11")]) == []


def test_a_clause_that_only_names_the_reporter_dates_the_whole_report() -> None:
    text = "The museum will reopen in May, the mayor announced on Thursday."
    dates = [date_at(text, "May", "2024-05"), date_at(text, "Thursday", "2024-03-14")]
    events = timeline(text, dates)
    assert [(e.date, e.event, e.qualifier) for e in events] == [
        ("2024-03-14", "The museum will reopen in May, the mayor announced", None),
        ("2024-05", "The museum will reopen", "expected"),
    ]


def test_to_before_a_date_goes_with_it() -> None:
    text = "The deadline for bids was extended to June 30."
    (event,) = timeline(text, [date_at(text, "June 30", "2024-06-30")])
    assert event.event == "The deadline for bids was extended"


def test_the_closing_day_of_a_period_goes_with_the_period() -> None:
    text = "For the year ended Sept 30, the firm earned $4 million."
    (event,) = timeline(text, [date_at(text, "the year", "2023")])
    assert event.event == "The firm earned $4 million"


def test_an_introductory_clause_dates_the_main_clause() -> None:
    text = "According to a report on Monday, the talks collapsed."
    (event,) = timeline(text, [date_at(text, "Monday", "2024-03-11")])
    assert event.event == "According to a report, the talks collapsed"


def test_a_date_after_a_determiner_stays_in_the_phrase() -> None:
    text = "The firm reported a loss for its fourth quarter."
    (event,) = timeline(text, [date_at(text, "fourth quarter", "2023-Q4")])
    assert event.event == "The firm reported a loss for its fourth quarter"


def test_an_aside_on_what_the_subject_is_due_to_do_takes_the_subject() -> None:
    text = "The new ferries, due to enter service in 2026, will cut crossing times."
    (event,) = timeline(text, [date_at(text, "2026", "2026")])
    assert (event.event, event.qualifier) == ("The new ferries, due to enter service", "expected")


def test_a_stray_quote_mark_does_not_hide_the_clause_opener() -> None:
    text = 'He said he "told them all, "apparently referring to their talks in Oslo in May.'
    (event,) = timeline(text, [date_at(text, "May", "2024-05")])
    assert event.event == "Their talks in Oslo"


# Agency news: who spoke to whom, asides, pronouns and subjects.


def test_a_clause_that_only_says_who_spoke_to_whom_is_no_event() -> None:
    text = "Mr Okafor told reporters on Monday. Ms Reyes told the regional radio breakfast programme on Friday."
    dates = [date_at(text, "Monday", "2024-03-11"), date_at(text, "Friday", "2024-03-15")]
    assert timeline(text, dates) == []


def test_what_a_speaker_told_reporters_is_an_event() -> None:
    text = "Mr Okafor told reporters on Monday that the refinery would close."
    (event,) = timeline(text, [date_at(text, "Monday", "2024-03-11")])
    assert event.event == "Mr Okafor told reporters that the refinery would close"


def test_an_aside_between_dashes_stays_in_its_clause() -> None:
    text = "The group was bought by the twins - Anna and Bea - last year, having been owned by a bank."
    (event,) = timeline(text, [date_at(text, "last year", "2023")])
    assert event.event == "The group was bought by the twins - Anna and Bea"


def test_a_clause_on_an_empty_subject_takes_the_clause_it_refers_to() -> None:
    text = "He did not know the poll date, but it is widely expected to be 5 May."
    (event,) = timeline(text, [date_at(text, "5 May", "2024-05-05")])
    assert event.event == "He did not know the poll date, but it is widely expected to be 5 May"


def test_a_second_verb_of_the_subject_takes_the_subject_of_the_sentence() -> None:
    text = "The mayor has said the plan was sound, and said on Monday she would not resign."
    (event,) = timeline(text, [date_at(text, "Monday", "2024-03-11")])
    assert event.event == "The mayor has said the plan was sound, and said she would not resign"


def test_a_pronoun_subject_is_replaced_by_the_one_person_it_can_stand_for() -> None:
    text = "Maria Lopez won the regional title. She retired in 2019."
    people = [person(text, "a1", "Maria Lopez")]
    (event,) = timeline(text, [date_at(text, "2019", "2019")], entities=people)
    assert event.event == "Maria Lopez retired"
    text = "Maria Lopez won the regional title. Her coach left the team in 2019."
    (event,) = timeline(text, [date_at(text, "2019", "2019")], entities=[person(text, "a1", "Maria Lopez")])
    assert event.event == "Maria Lopez's coach left the team"


def test_a_pronoun_that_several_people_or_none_could_be_stays_as_written() -> None:
    text = "Maria Lopez beat Ana Ruiz in the final. Ana Ruiz thanked the crowd. She retired in 2019."
    people = [person(text, "a1", "Maria Lopez"), person(text, "a2", "Ana Ruiz")]
    text2 = "Ana Ruiz and Maria Lopez met in Rome. She retired in 2019."
    people2 = [person(text2, "a1", "Maria Lopez"), person(text2, "a2", "Ana Ruiz")]
    assert timeline(text2, [date_at(text2, "2019", "2019")], entities=people2)[0].event == "She retired"
    assert timeline(text, [date_at(text, "2019", "2019")], entities=people)[0].event == "Ana Ruiz retired"
    text3 = "The minister flew to Rome. He resigned in 2019."
    assert timeline(text3, [date_at(text3, "2019", "2019")])[0].event == "He resigned"


def test_a_pronoun_is_not_given_a_person_of_the_other_sex() -> None:
    text = "Mr Ruiz won the regional title. She retired in 2019."
    (event,) = timeline(text, [date_at(text, "2019", "2019")], entities=[person(text, "a1", "Ruiz", "Mr Ruiz")])
    assert event.event == "She retired"


def test_a_name_with_its_titles_and_no_verb_is_no_event() -> None:
    assert not is_event("Jacques Dupont, vice president of the commission and also commissioner for transport")
    assert is_event("Brando, who died at the age of 80")
    assert is_event("The old dam burst after heavy rain")


def test_a_phrase_cut_from_elsewhere_is_no_event() -> None:
    assert not is_event("... until at least")
    assert not is_event("…until at least the spring")


def test_a_long_event_is_cut_before_a_clause_that_only_adds_to_it_and_never_with_an_ellipsis() -> None:
    text = (
        "The regional council approved the new budget for the harbour and the schools and the roads and the parks "
        "and the two hospitals of the northern district in March 2024, which the opposition had fought "
        "for months in the chamber and in the local papers and on the radio."
    )
    (event,) = timeline(text, [date_at(text, "March 2024", "2024-03")])
    assert event.event == (
        "The regional council approved the new budget for the harbour and the schools and the roads and the parks "
        "and the two hospitals of the northern district"
    )
    assert "…" not in event.event


# Quotes and sign-offs: views and comments are not events.


def test_a_sign_off_or_a_short_comment_on_an_empty_subject_is_no_event() -> None:
    text = "That's all from us for today. It's up to the voters now, on Sunday."
    dates = [date_at(text, "today", "2024-03-11"), date_at(text, "Sunday", "2024-03-10")]
    assert timeline(text, dates) == []


def test_a_plan_or_a_long_statement_on_an_empty_subject_is_an_event() -> None:
    text = "It is to close the plant on Monday. It was her second defeat by the champion in a month, on Sunday."
    dates = [date_at(text, "Monday", "2024-03-11"), date_at(text, "Sunday", "2024-03-10")]
    assert [e.event for e in timeline(text, dates)] == [
        "It was her second defeat by the champion in a month",
        "It is to close the plant",
    ]


def test_a_view_in_the_speakers_own_person_inside_a_quote_is_no_event() -> None:
    text = '"I think the team can win on Saturday," the coach said. "It is up to the players on Saturday," he said.'
    quotes = [quoted(text, "I think the team can win on Saturday,"), quoted(text, "It is up to the players on Saturday,")]
    dates = [DateFound(m, m + 8, "2024-03-16") for m in (text.index("Saturday"), text.rindex("Saturday"))]
    assert timeline(text, dates, quotes=quotes) == []


def test_a_quoted_event_told_of_someone_else_is_an_event() -> None:
    text = '"The club signed him in March," the coach said.'
    (event,) = timeline(text, [date_at(text, "March", "2024-03")], quotes=[quoted(text, "The club signed him in March,")])
    assert event.event == "The club signed him"


# Live blogs: time stamps date the entries under them.

LIVE_BLOG = """Storm Ida live: ferries cancelled as winds reach 90mph

18:12 GMT
The harbour master has closed the port until further notice. Crews are tying down the cranes.

17:40 GMT
Northern Rail says all trains north of the river are suspended.

16:05
Good afternoon and welcome to our live coverage of Storm Ida.
"""


def test_a_live_blogs_stamps_date_the_entries_under_them_on_the_publication_day() -> None:
    from briefing.compile.pipeline import compile_text

    brief = compile_text(LIVE_BLOG, published="2024-03-11")
    assert [(e.date, e.date_text, e.event) for e in brief.timeline] == [
        ("2024-03-11T17:40", "17:40 GMT", "Northern Rail says all trains north of the river are suspended"),
        ("2024-03-11T18:12", "18:12 GMT", "The harbour master has closed the port until further notice"),
    ]
    (evidence,) = brief.timeline[1].evidence
    assert LIVE_BLOG[evidence.start : evidence.end].startswith("The harbour master has closed the port")


def test_a_stamp_on_the_line_of_its_entry_dates_that_line() -> None:
    from briefing.compile.pipeline import compile_text

    text = "Election night live\n\n22:05 The first result is in from the north.\n\n21:30 Polls have closed across the country.\n"
    events = compile_text(text, published="2024-07-04").timeline
    assert [(e.date, e.event) for e in events] == [
        ("2024-07-04T21:30", "Polls have closed across the country"),
        ("2024-07-04T22:05", "The first result is in from the north"),
    ]


def test_one_clock_time_opening_a_paragraph_is_no_live_blog() -> None:
    from briefing.compile.pipeline import compile_text

    text = "Ferry strike ends\n\n6:30 was when the first ferry left, the company said.\n\nCrews returned on Monday.\n"
    assert all("T06:30" not in d.value for d in compile_text(text, published="2024-03-13").dates)


def test_times_of_day_sort_within_their_day() -> None:
    assert sort_key("2024-03-11", None, 0) < sort_key("2024-03-11TMO", None, 0) < sort_key("2024-03-11T12:30", None, 0)
    assert sort_key("2024-03-11T12:30", None, 0) < sort_key("2024-03-11TNI", None, 0) < sort_key("2024-03-12", None, 0)


def test_a_live_blogs_greetings_and_sign_offs_are_no_events() -> None:
    assert not is_event("Good afternoon and welcome to our live coverage of the storm")
    assert not is_event("Thanks for following our coverage")
    assert not is_event("That's all from us")


# Interview transcripts: the speaker's own account is the speaker's event.

INTERVIEW = """Interview: Maria Lopez on her last season

The former captain talked to us about the club and her plans.

Q: When did you join the club?
LOPEZ: I joined in 2015, when the team was still in the second division.

Q: What comes next?
LOPEZ: I will coach the under-18 side from September. I think we did everything we could last season.

Q: And your contract?
LOPEZ: My contract ended in January.
"""


def test_an_interviewees_past_or_planned_deeds_are_their_events_and_their_views_are_not() -> None:
    from briefing.compile.pipeline import compile_text

    events = compile_text(INTERVIEW, published="2024-03-11").timeline
    assert [(e.date, e.qualifier, e.event) for e in events] == [
        ("2015", None, "Maria Lopez joined, when the team was still in the second division"),
        ("2024-01", None, "Maria Lopez's contract ended"),
        ("2024-09", "expected", "Maria Lopez will coach the under-18 side"),
    ]


# Sport: match reports and their quotes.


def test_a_match_reports_events_and_not_the_managers_views() -> None:
    from briefing.compile.pipeline import compile_text

    report = (
        "Rovers beat City 2-1\n\n"
        "Rovers came from behind to beat City 2-1 at Hill Park on Saturday. Dan Kerr scored the winner in the "
        "second half after City had led at the break.\n\n"
        '"I am proud of the lads, it was a great effort on Saturday," manager Tom Reid said. '
        "He told reporters.\n\n"
        "Rovers face United in the cup semi-final on 14 March.\n"
    )
    events = compile_text(report, published="2024-03-04").timeline
    assert [(e.date, e.qualifier, e.event) for e in events] == [
        ("2024-03-02", None, "Rovers came from behind to beat City 2-1 at Hill Park"),
        ("2024-03-14", "expected", "Rovers face United in the cup semi-final"),
    ]


def test_a_date_goes_with_its_at_least_or_as_early_as() -> None:
    text = "The port will stay shut \u2026 until at least March 2025. The line could reopen as early as June."
    events = timeline(text, [date_at(text, "March 2025", "2025-03"), date_at(text, "June", "2025-06")])
    assert [e.event for e in events] == ["The port will stay shut", "The line could reopen"]


def test_a_quoted_piece_opening_with_an_ellipsis_is_no_event() -> None:
    text = 'The minister said: "\u2026 the members who joined in 2025 will pay the fee".'
    assert timeline(text, [date_at(text, "2025", "2025")]) == []
