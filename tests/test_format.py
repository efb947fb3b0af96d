"""The date and figure wording every view shares (``briefing.views.format``)."""

from __future__ import annotations

import pytest

from briefing.views.format import date_words, event_when, measure_of, publication, when


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2024-03-14", "14 Mar 2024"),
        ("2024-03-14TAF", "14 Mar 2024, afternoon"),
        ("2024-03-14T18:12", "14 Mar 2024, 18:12"),
        ("TNI", "tonight"),
        ("TMO", "this morning"),
        ("2024-W01", "week of 1 Jan 2024"),
        ("2020-W53", "week of 28 Dec 2020"),
        ("2024-W01-WE", "weekend of 6 Jan 2024"),
        ("XXXX-08", "August (year not given)"),
        ("XXXX-08-14", "14 August (year not given)"),
        ("2024-08", "August 2024"),
        ("2024-H2", "second half of 2024"),
        ("2024-Q3", "Q3 2024"),
        ("XXXX-Q1", "Q1 (year not given)"),
        ("2024-SU", "summer 2024"),
        ("XXXX-WI", "winter (year not given)"),
        ("XXXX-WXX-1", "Monday (date not given)"),
        ("XXXX-WXX-5TEV", "Friday evening (date not given)"),
        ("XXXX-XX-XXTNI", "night (date not given)"),
        ("XXXX-XX-XX", "day not given"),
        ("XXXX", "year not given"),
        ("2017", "2017"),
        ("199", "the 1990s"),
        ("19", "the 1900s"),
        ("PRESENT_REF", "now"),
        ("PAST_REF", "in the past"),
        ("FUTURE_REF", "in the future"),
        ("P1Y", "a year"),
        ("P3M", "3 months"),
    ],
)
def test_timeml_values_read_as_people_write_dates(value: str, words: str) -> None:
    assert date_words(value) == words


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13", "2024-W60", "not a date", ""])
def test_a_value_that_is_not_a_real_date_is_shown_as_it_is(value: str) -> None:
    assert date_words(value) == value


@pytest.mark.parametrize(
    ("value", "qualifier", "words"),
    [
        ("2017", "late", "late 2017"),
        ("2024-03", "mid", "mid-March 2024"),
        ("2019", "before end", "before the end of 2019"),
        ("2019", "expected before end", "expected before the end of 2019"),
        ("2024-03-14", "since", "since 14 Mar 2024"),
        ("2026-06", "planned", "planned for June 2026"),
        ("XXXX-08", "late", "late August (year not given)"),
        ("2024", None, "2024"),
    ],
)
def test_a_qualifier_is_worked_into_the_date_once(value: str, qualifier: str | None, words: str) -> None:
    assert when(value, qualifier) == words


def test_the_article_words_are_shown_only_when_they_add_something() -> None:
    assert event_when("2017", "late", "late 2017") == ("late 2017", "")
    assert event_when("2017", "late", "Late 2017,") == ("late 2017", "")
    assert event_when("2024-03-04", None, "on Monday") == ("4 Mar 2024", "on Monday")
    assert event_when("2024-08", None, "August") == ("August 2024", "")


@pytest.mark.parametrize(
    ("value", "said", "shown"),
    [
        ("XXXX-WXX", "last week", "last week (date not given)"),
        ("XXXX-XX", "last  month", "last month (date not given)"),
        ("XXXX-XX-XX", "yesterday", "yesterday (date not given)"),
        ("XXXX-XX-XXTMO", "this morning", "this morning (date not given)"),
        ("XXXX", "last year", "last year (date not given)"),
    ],
)
def test_a_time_that_places_nothing_reads_in_the_articles_words(value: str, said: str, shown: str) -> None:
    assert event_when(value, None, said) == (shown, "")


def test_a_time_the_reader_can_place_keeps_its_own_wording() -> None:
    assert event_when("XXXX-WXX-4", None, "Thursday") == ("Thursday (date not given)", "")
    assert event_when("XXXX-08", None, "in August") == ("August (year not given)", "in August")
    assert event_when("XXXX-WXX", None, "") == ("week not given", ""), "no words of the article to quote"


def test_a_measure_that_repeats_the_unit_is_left_out() -> None:
    assert measure_of("people", "people") is None
    assert measure_of("people", " People ") is None
    assert measure_of("USD", "cost of the wall") == "cost of the wall"
    assert measure_of(None, None) is None


def test_the_header_date_is_the_publication_then_the_dateline() -> None:
    assert publication("2024-03-15", [(10, "2024-03-14")]) == "published 15 Mar 2024"
    assert publication(None, [(10, "2024"), (20, "2024-03-14")]) == "dated 14 Mar 2024 in the text"
    assert publication(None, [(5000, "2024-03-14")]) == "publication date unknown"
    assert publication(None, []) == "publication date unknown"
