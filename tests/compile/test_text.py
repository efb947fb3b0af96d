"""The analysis text keeps offsets; the headline line is told apart from a lead paragraph."""

from __future__ import annotations

from briefing.compile.doc import Sentence
from briefing.compile.layout import page, text


def test_normalize_keeps_length_and_folds_typography() -> None:
    raw = "\u201cYes,\u201d she said \u2014 it\u2019s\u00a0done."
    norm = text.normalize(raw)
    assert len(norm) == len(raw)
    assert norm == "\"Yes,\" she said - it's done."


def test_paragraphs_are_trimmed_non_blank_lines() -> None:
    norm = "  First line. \n\n\nSecond line.\r\nThird."
    spans = text.paragraphs(norm)
    assert [norm[s:e] for s, e in spans] == ["First line.", "Second line.", "Third."]


def test_count_words_keeps_abbreviations_and_models_whole() -> None:
    assert text.count_words("The U.S. bought S-400 kits, didn't it?") == 7


def test_first_line_without_period_is_the_headline() -> None:
    norm = "Harbour town wins flood grant\n\nThe council said on Monday it had won the grant.\n"
    span = text.headline_span(norm)
    assert span is not None and norm[span[0] : span[1]] == "Harbour town wins flood grant"


def test_title_case_line_with_period_is_a_headline() -> None:
    norm = "Mayor Vows To Rebuild The Old Bridge.\n\nThe mayor spoke on Friday."
    assert text.headline_span(norm) is not None


def test_headline_style_sentence_with_a_period_is_a_headline() -> None:
    for first in ("Council backs harbour flood wall.", "Poll: Voters split on the harbour wall."):
        assert text.headline_span(first + "\n\nThe council met on Monday and voted.") is not None


def test_name_heavy_lead_sentence_is_not_a_headline() -> None:
    norm = "Harbour Mayor Ana Ruiz met Port Authority Chief Tom Reyes in Norland City.\nThey agreed on a plan."
    assert text.headline_span(norm) is None


def test_one_sentence_lead_paragraph_is_not_a_headline() -> None:
    for first in ("Harbour Holdings Inc. said it sold its ferry unit.", "Dock workers signed a deal at the annual meeting."):
        assert text.headline_span(first + "\n\nThe sale closed on Monday.") is None


def test_all_capitals_line_is_a_headline() -> None:
    norm = "RUGBY - HOME SIDE WIN IN THE RAIN .\nThe home side won on Saturday ."
    assert text.headline_span(norm) is not None


def test_lead_paragraph_in_sentence_case_is_not_a_headline() -> None:
    norm = "\nThe council approved the plan on Monday after a long debate.\n\nIt will cost more."
    assert text.headline_span(norm) is None


def test_a_dateline_or_byline_on_the_first_line_is_not_a_headline() -> None:
    for first in ("HARBOUR CITY, Norland (AP) _", "WASHINGTON --", "ROME 2024-03-05", "By Ana Ruiz", "(Undated)"):
        assert text.headline_span(first + "\n\nThe council met on Monday.") is None


def test_an_introduction_ending_in_a_colon_is_not_a_headline() -> None:
    assert text.headline_span("The Harbour Times said in an editorial on Monday:\n\nThe wall is late.") is None


def test_a_headline_with_a_subtitle_loses_its_semicolon_in_the_title() -> None:
    article = "Council backs flood wall;\nResidents still worried about the cost.\n\nThe council met on Monday."
    assert text.title(page.read(article)) == "Council backs flood wall"


def test_single_line_article_has_no_headline() -> None:
    assert text.headline_span("Storm closes the harbour") is None


def test_title_prefers_the_headline_line() -> None:
    article = "Harbour town wins flood grant\n\nThe council said on Monday it had won the grant.\n"
    assert text.title(page.read(article)) == "Harbour town wins flood grant"


def test_title_falls_back_to_a_shortened_first_real_sentence() -> None:
    article = (
        "Listen. The harbour council approved a long-awaited flood wall for the east side of town after "
        "a debate that went on well past midnight on Tuesday.\nIt will cost more.\n"
    )
    first = article.index("The")
    sentences = [Sentence(0, 7, 0), Sentence(first, article.index("\n"), 0)]
    title = text.title(page.cut(article, sentences))
    assert title.startswith("The harbour council approved")
    assert title.endswith("…") and len(title) <= 90


def test_add_trimmed_drops_surrounding_space_and_empty_spans() -> None:
    out: list[tuple[int, int]] = []
    text.add_trimmed("  ab \n", 0, 6, out)
    text.add_trimmed("  ab \n", 0, 2, out)
    assert out == [(2, 4)]


def test_press_release_boilerplate_line_is_not_the_headline() -> None:
    norm = "FOR IMMEDIATE RELEASE\n\nAcme Opens New Plant In Ohio\n\nAcme Corp. said on Monday it opened a plant.\n"
    span = text.headline_span(norm)
    assert span is not None and norm[span[0] : span[1]] == "Acme Opens New Plant In Ohio"


def test_title_skips_a_dateline_to_the_first_real_sentence() -> None:
    article = "OSLO, May 2 (AP) - The fjord ferry sank on Tuesday, officials said."
    sentences = [Sentence(0, 18, 0), Sentence(19, len(article), 0)]
    assert article[:18] == "OSLO, May 2 (AP) -"
    assert text.title(page.cut(article, sentences)) == "The fjord ferry sank on Tuesday, officials said."


def test_agency_version_slug_is_not_part_of_the_title() -> None:
    article = "UPDATE 2-Grain prices climb on drought fears\n\nWheat rose 2% on Monday, traders said.\n"
    assert text.title(page.read(article)) == "Grain prices climb on drought fears"


def test_a_long_headline_is_kept_whole_in_the_data() -> None:
    headline = (
        "Harbour council approves the long-awaited east side flood wall after a debate that ran past midnight"
    )
    article = f"{headline}\n\nThe harbour council approved a flood wall on Tuesday after a long debate.\n"
    assert len(headline) > 90
    assert text.title(page.read(article)) == headline
