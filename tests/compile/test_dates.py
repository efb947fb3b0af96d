"""Temporal expressions: extents and TimeML values, with and without a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.compile.doc import DateFound, Sentence
from briefing.compile.layout import page
from briefing.compile.time import timecalc
from briefing.compile.time.dates import find_dates

FRIDAY = date(1998, 2, 6)


def found(text: str, published: date | None = None) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in dates_in(text, published)]


def dates_in(text: str, published: date | None = None) -> list[DateFound]:
    return find_dates(page.cut(text, [Sentence(0, len(text), 0)]), published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant opened in October 2020 after delays.", [("October 2020", "2020-10")]),
        ("The treaty was signed on Dec. 5, 1996 in Lima.", [("Dec. 5, 1996", "1996-12-05")]),
        ("Filed 1996-12-06 by the clerk.", [("1996-12-06", "1996-12-06")]),
        ("Prices fell sharply in the 1990s.", [("the 1990s", "199")]),
        ("He moved abroad in 2019.", [("2019", "2019")]),
        ("She took office on 4 March 2001.", [("4 March 2001", "2001-03-04")]),
    ],
)
def test_explicit_dates_keep_their_own_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board met yesterday.", [("yesterday", "1998-02-05")]),
        ("The board meets today.", [("today", "1998-02-06")]),
        ("The board met last week.", [("last week", "1998-W05")]),
        ("The board meets next month.", [("next month", "1998-03")]),
        ("Sales rose last year.", [("last year", "1997")]),
        ("The mine closed two years ago.", [("two years ago", "1996")]),
        ("Prices are now higher.", [("now", "PRESENT_REF")]),
        ("The firm recently hired staff.", [("recently", "PAST_REF")]),
        ("Nobody knows what the future holds.", [("the future", "FUTURE_REF")]),
        ("Work starts this summer.", [("this summer", "1998-SU")]),
        ("The vote is at 3 p.m. in the hall.", [("3 p.m.", "1998-02-06T15:00")]),
        ("Talks resumed this morning.", [("this morning", "1998-02-06TMO")]),
        ("The band plays tonight.", [("tonight", "1998-02-06TNI")]),
        ("Quarrels began in late August.", [("late August", "1997-08")]),
    ],
)
def test_relative_expressions_resolve_against_the_publication_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, FRIDAY) == expected


def test_a_month_and_day_take_the_year_nearest_the_publication_date() -> None:
    assert found("It was approved on June 14.", date(2021, 9, 27)) == [("June 14", "2021-06-14")]
    assert found("It was approved on Dec. 20.", date(1998, 1, 8)) == [("Dec. 20", "1997-12-20")]


def test_weekdays_are_the_past_day_unless_the_clause_looks_ahead() -> None:
    wednesday = date(2021, 9, 29)
    assert found("The minister said Monday that talks failed.", wednesday) == [("Monday", "2021-09-27")]
    assert found("The ministers will meet on Friday in Rome.", wednesday) == [("Friday", "2021-10-01")]


def test_a_weekday_far_after_the_future_verb_of_its_clause_is_the_coming_one() -> None:
    wednesday = date(2021, 9, 29)
    text = "The finance minister will chair the meeting of the eurozone's finance ministers in Brussels on Sunday."
    assert found(text, wednesday) == [("Sunday", "2021-10-03")]
    assert found("The board is due to publish the review of its pension scheme on Friday.", wednesday) == [
        ("Friday", "2021-10-01")
    ]


def test_a_past_verb_nearer_the_date_than_the_future_one_makes_it_past() -> None:
    wednesday = date(2021, 9, 29)
    assert found("The mayor, who will retire next spring, said on Monday that the plan failed.", wednesday)[-1] == (
        "Monday",
        "2021-09-27",
    )
    assert found("Ahead of the trip, the ministry on Sunday issued a warning.", wednesday) == [("Sunday", "2021-09-26")]


def test_a_month_the_clause_looks_ahead_to_is_this_years_even_far_ahead() -> None:
    january = date(2024, 1, 12)
    assert found("Markets are nervous ahead of the American election in November.", january) == [
        ("November", "2024-11")
    ]
    assert found("The party won the American election in November.", january) == [("November", "2023-11")]


def test_a_half_of_a_match_told_by_what_happened_in_it_is_no_date() -> None:
    saturday = date(2024, 3, 2)
    assert found("Kerr scored the winner in the second half after City had led.", saturday) == []
    assert found("Profits rose in the second half, the bank said.", saturday) == [("the second half", "2024-H2")]


def test_a_weekday_or_today_in_a_name_is_no_date() -> None:
    wednesday = date(2021, 9, 29)
    assert found("The Daily and Sunday Telegraph newspapers are cutting jobs.", wednesday) == []
    assert found("She told BBC Radio 4's Today programme the plan was sound.", wednesday) == []
    assert found("Reporters at USA Today asked again.", wednesday) == []
    assert found("He met the envoy on Sunday President Ali said.", wednesday) == [("Sunday", "2021-09-26")]


def test_quarters_follow_the_publication_date_and_a_year_earlier_follows_the_quarter() -> None:
    october = date(1998, 10, 20)
    assert found("Profit doubled in the third quarter, up from a year earlier.", october) == [
        ("the third quarter", "1998-Q3"),
        ("a year earlier", "1997-Q3"),
    ]
    assert found("Third-quarter sales rose.", date(1998, 2, 6)) == [("Third-quarter", "1997-Q3")]


def test_without_a_publication_date_unknown_years_stay_unknown() -> None:
    assert found("He spoke in late August about a summit in June.") == [
        ("late August", "XXXX-08"),
        ("June", "XXXX-06"),
    ]
    assert found("The contract will be signed before the end of this year.") == [
        ("the end of this year", "XXXX")
    ]


def test_without_a_publication_date_the_latest_full_date_in_the_text_anchors_relative_ones() -> None:
    text = "The report is dated March 3, 2020. Officials met yesterday."
    assert found(text)[-1] == ("yesterday", "2020-03-02")


def test_qualifiers_join_the_signal_word_and_the_modifier() -> None:
    (before_end,) = dates_in("The deal will be signed before the end of this year.", FRIDAY)
    assert (before_end.value, before_end.qualifier) == ("1998", "before end")
    (late,) = dates_in("They met in late 2017.", FRIDAY)
    assert late.qualifier == "late"
    (mid,) = dates_in("Output peaked in mid-1996.", FRIDAY)
    assert (mid.value, mid.qualifier) == ("1996", "mid")


@pytest.mark.parametrize(
    "text",
    [
        "Ankara bought the S-400s and wants a second batch.",
        "We may march on the capital, they may say.",
        "Lockheed sold F-35 jets for $2.5 billion.",
        "More than 2000 troops and 1700 tanks crossed; 1900 people fled.",
        "A Boeing 747 landed with 300 passengers.",
        "May I ask a question?",
        "He met June Carter at the station.",
    ],
)
def test_things_that_only_look_like_dates_are_not_dates(text: str) -> None:
    assert found(text, FRIDAY) == []


def test_overlapping_candidates_keep_the_longest_expression() -> None:
    assert found("The offer expires at 5 p.m. EST Nov. 9, they said.", date(1989, 11, 2)) == [
        ("5 p.m. EST Nov. 9", "1989-11-09T17:00")
    ]


def test_iso_weeks_and_weekends_follow_iso_8601() -> None:
    assert timecalc.week(date(1998, 3, 1), -1) == "1998-W08"
    assert timecalc.week(date(2021, 1, 1)) == "2020-W53"
    assert timecalc.weekend(date(1990, 8, 13)) == "1990-W32-WE"
    assert timecalc.weekend(date(1990, 8, 17)) == "1990-W33-WE"


def test_holidays_fall_on_their_calendar_day() -> None:
    assert found("Shops close on Thanksgiving.", date(1998, 11, 20)) == [("Thanksgiving", "1998-11-26")]
    assert found("Sales peaked at Christmas.", date(1999, 1, 10)) == [("Christmas", "1998-12-25")]


def test_trigger_windows_find_every_candidate_a_full_scan_finds() -> None:
    from briefing.compile.time.dates import _candidates
    from briefing.compile.time.timex import RULES

    text = (
        "Last month's vote came a year after the 1990s boom. On Friday, Oct. 23, at 5 p.m. EST the board met; "
        "it meets again next week's end, in the third quarter of 1999, and again this summer. Two years ago, "
        "around Wednesday night, the firm's earlier this year results were late. Christmas came early."
    )
    full = {(m.start(), m.end(), i) for i, rule in enumerate(RULES) for m in rule.pattern.finditer(text)}
    assert {(s, e, i) for s, e, i, _ in _candidates(text)} == full


def test_a_deadline_word_points_a_month_without_year_forward() -> None:
    assert found("The loan must be repaid by February.", date(1989, 10, 30)) == [("February", "1990-02")]
    assert found("The loan was repaid in February.", date(1989, 10, 30)) == [("February", "1989-02")]


def test_business_shorthand_for_quarters_and_halves() -> None:
    assert found("Revenue rose in Q3 2020 and again in 2021 Q1.", FRIDAY) == [
        ("Q3 2020", "2020-Q3"),
        ("2021 Q1", "2021-Q1"),
    ]
    assert found("Margins slipped in H2.", date(2021, 9, 1)) == [("H2", "2021-H2")]


def test_an_iso_timestamp_gives_its_day() -> None:
    assert found("Posted 2021-09-27T10:00 by the desk.") == [("2021-09-27", "2021-09-27")]


def test_an_adjectival_quarter_leaves_its_article_out() -> None:
    assert found("It posted the third-quarter results late.", date(1998, 10, 20)) == [("third-quarter", "1998-Q3")]


def test_what_is_expected_on_a_day_or_month_already_over_is_next_year() -> None:
    published = date(2024, 3, 15)
    assert found("It will publish its annual results on Feb. 20.", published) == [("Feb. 20", "2025-02-20")]
    assert found("Building work will begin in January.", published) == [("January", "2025-01")]
    assert found("Talks will resume on March 11.", published) == [("March 11", "2024-03-11")]
    assert found("Sales fell in January.", published) == [("January", "2024-01")]


def test_an_expected_quarter_lies_ahead_unless_it_just_ended() -> None:
    published = date(2024, 3, 15)
    assert found("Output will recover by the third quarter.", published) == [("the third quarter", "2024-Q3")]
    assert found("The firm will report fourth-quarter results.", published) == [("fourth-quarter", "2023-Q4")]
    assert found("Output fell in the third quarter.", published) == [("the third quarter", "2023-Q3")]


def test_a_half_of_a_game_is_no_half_year() -> None:
    published = date(2024, 3, 15)
    assert found("They scored a first-half penalty.", published) == []
    assert found("First-half profit rose 4%.", published) == [("First-half", "2024-H1")]


def test_fy_before_a_year_is_the_fiscal_year() -> None:
    assert found("Revenue for FY2023 rose, and FY 2024 looks weaker.", FRIDAY) == [("FY2023", "2023"), ("FY 2024", "2024")]


def test_a_meeting_told_in_the_present_is_the_coming_day() -> None:
    published = date(2024, 3, 15)
    assert found("The council meets again on Monday.", published) == [("Monday", "2024-03-18")]
    assert found("The trial is due to open in June.", published) == [("June", "2024-06")]
    assert found("The council met on Monday.", published) == [("Monday", "2024-03-11")]


def test_all_caps_copy_names_weekdays_and_months_but_not_may_or_march() -> None:
    published = date(2024, 3, 15)
    assert found("A QUAKE STRUCK ON TUESDAY.", published) == [("TUESDAY", "2024-03-12")]
    assert found("THE VOTE IS IN NOVEMBER 2024.", published) == [("NOVEMBER 2024", "2024-11")]
    assert found("THOUSANDS MARCH AS PRICES MAY RISE.", published) == []


def test_a_month_after_this_or_next_year_in_its_sentence_is_in_that_year() -> None:
    # Reported speech in the past tense would put June before a March publication date; the
    # sentence itself says which year it means.
    published = date(2024, 3, 7)
    text = "Analysts said they expected two cuts this year, the first in June."
    assert found(text, published) == [("this year", "2024"), ("June", "2024-06")]
    text = "The minister said talks would resume next year, probably in February."
    assert found(text, published) == [("next year", "2025"), ("February", "2025-02")]
    text = "The board said last year that it had sold the unit in November."
    assert found(text, published) == [("last year", "2023"), ("November", "2023-11")]


def test_a_year_named_in_one_sentence_does_not_date_a_month_in_the_next() -> None:
    text = "Sales rose this year. The chain said in December that costs had doubled."
    sentences = [Sentence(0, 21, 0), Sentence(22, len(text), 0)]
    values = [(text[d.start : d.end], d.value) for d in find_dates(page.cut(text, sentences), date(2024, 3, 7))]
    assert values == [("this year", "2024"), ("December", "2023-12")]
