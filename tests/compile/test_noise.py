"""Noise: page furniture and pasted pieces are named, story sentences are left alone."""

from __future__ import annotations

from pathlib import Path

from briefing.compile.layout import page
from briefing.compile.layout.noise import find_noise


def kinds(raw: str) -> dict[str, str]:
    layout = page.read(raw)
    norm, sents = layout.norm, layout.sentences
    noise = find_noise(layout)
    return {norm[sents[i].start : sents[i].end]: kind for i, kind in noise.kinds.items()}


def test_story_sentences_are_not_noise() -> None:
    assert kinds("\nThe council met on Monday. It approved the wall.\n\nWork starts in May.") == {}


def test_headline_line_is_the_title() -> None:
    assert kinds("Council approves flood wall\n\nThe council met on Monday.") == {
        "Council approves flood wall": "title"
    }


def test_byline_run_into_a_sentence() -> None:
    found = kinds("\nThe storm passed.\n\nMarta Kowalczyk The harbour's wall held through the night.")
    assert found == {"Marta Kowalczyk": "byline"}


def test_by_line_on_its_own() -> None:
    assert kinds("\nBy Marta Kowalczyk and Tom Reyes\n\nThe storm passed over the town.")[
        "By Marta Kowalczyk and Tom Reyes"
    ] == "byline"


def test_datelines() -> None:
    found = kinds("\nHARBOUR CITY 2024-03-05\n\nWASHINGTON (Reuters) - The Senate passed the bill.")
    assert found == {"HARBOUR CITY 2024-03-05": "dateline", "WASHINGTON (Reuters) -": "dateline"}


def test_dateline_with_an_apostrophe_and_underscore() -> None:
    assert kinds("\nThe wall held.\n\nO'HARBOUR, Norland (AP)_ The storm passed.") == {"O'HARBOUR, Norland (AP)_": "dateline"}


def test_a_sentence_cut_at_an_ellipsis_is_not_a_pasted_headline() -> None:
    assert kinds('\nShe said: "We waited for the ferry \u2026 Nobody came."') == {}


def test_credits_captions_and_links() -> None:
    raw = (
        "\nThe wall held through the night.\n\nPhoto: Harbour Press\n\n"
        "(Reporting by Ana Ruiz; Editing by Tom Reyes)\n\nImage caption The old pier in 1950\n\n"
        "Read more: Harbour floods again\n\nClick here to sign up."
    )
    assert kinds(raw) == {
        "Photo: Harbour Press": "credit",
        "(Reporting by Ana Ruiz; Editing by Tom Reyes)": "credit",
        "Image caption The old pier in 1950": "caption",
        "Read more: Harbour floods again": "link",
        "Click here to sign up.": "link",
    }


def test_agency_photo_credits_and_bare_agency_lines() -> None:
    raw = "\nThe wall held through the night.\n\n(AP Photo/Ana Ruiz)\n\nGetty Images\n\nIt rained again."
    assert kinds(raw) == {"(AP Photo/Ana Ruiz)": "credit", "Getty Images": "credit"}


def test_agency_caption_and_photographer_credit() -> None:
    raw = (
        "\nThe wall held.\n\nFILE - In this March 5, 2024 photo, the old pier stands in the harbour.\n\n"
        "(Photo by Ana Ruiz/Harbour Press)\n\nIt rained."
    )
    assert kinds(raw) == {
        "FILE - In this March 5, 2024 photo, the old pier stands in the harbour.": "caption",
        "(Photo by Ana Ruiz/Harbour Press)": "credit",
    }


def test_page_prompts_are_links_only_when_short() -> None:
    raw = (
        "\nAdvertisement spending in the harbour towns rose by a fifth last year, the council said.\n\n"
        "Advertisement\n\nSign up for our daily newsletter\n\n4 min read"
    )
    assert kinds(raw) == {"Advertisement": "link", "Sign up for our daily newsletter": "link", "4 min read": "link"}


def test_publication_stamps() -> None:
    raw = "\nThe wall held.\n\nPublished: 12:30, 5 March 2024\n\nLast updated on March 6, 2024\n\nIt rained."
    assert kinds(raw) == {"Published: 12:30, 5 March 2024": "timestamp", "Last updated on March 6, 2024": "timestamp"}


def test_pasted_related_headline_is_a_headline() -> None:
    raw = "\nMinisters denied it. Harbour plan stays on course despite storms In March, the council voted again."
    assert kinds(raw) == {"Harbour plan stays on course despite storms": "headline"}


def test_capitals_line_without_date_or_agency_is_a_heading() -> None:
    raw = "\nThe league table after Saturday.\n\nEASTERN DIVISION\n\nHarbour Town won again."
    assert kinds(raw) == {"EASTERN DIVISION": "heading"}


def test_section_heading_line() -> None:
    raw = "\nThe council met on Monday.\n\nWhat Happens Next\n\nWork starts in May."
    assert kinds(raw) == {"What Happens Next": "heading"}


def test_lone_word_fragment() -> None:
    assert kinds("\nThe risk is real. America. In a speech, she said more.") == {"America.": "fragment"}


def test_quoted_one_word_answer_is_not_a_fragment() -> None:
    assert kinds('\nShe was asked if she would resign. "No." The meeting ended.') == {}


def test_seed_page_furniture_is_found() -> None:
    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_15fa05f4d3cf0d4f.txt"
    found = kinds(seed.read_text(encoding="utf-8"))
    assert found["Oleg Bourunov"] == "byline"
    assert found["America."] == "fragment"
    headlines = [s for s, kind in found.items() if kind == "headline"]
    assert len(headlines) == 2
    assert all(not s.endswith(".") for s in headlines)


def test_the_sentence_beside_a_picture_credit_is_a_caption() -> None:
    found = kinds(
        "Snow closed the airport for two days this week.\n\n"
        "Crews clear snow from the runway on Monday. Photo: Reuters/Jane Roe\n\n"
        "The airport reopened on Tuesday after two days of storms. Reporting by Ann Lee\n"
    )
    assert found["Crews clear snow from the runway on Monday."] == "caption"
    assert "The airport reopened on Tuesday after two days of storms." not in found


def test_media_contact_line_is_not_story_text() -> None:
    found = kinds("The plant will employ 300 people.\n\nMedia contact: Jo Smith, 555-0100\n")
    assert found["Media contact: Jo Smith, 555-0100"] == "link"


def test_rows_of_a_results_table_are_not_story_text() -> None:
    found = kinds(
        "The home side won again on Sunday.\n\nNorthby 3 Westfield 1\n1 Northby 8 6 1 1 19\n\n"
        "Fans sang for 20 minutes after the game ended 3-1\n"
    )
    assert found["Northby 3 Westfield 1"] == "table"
    assert found["1 Northby 8 6 1 1 19"] == "table"
    assert "Fans sang for 20 minutes after the game ended 3-1" not in found


def test_a_live_blog_clock_stamp_is_a_timestamp() -> None:
    found = kinds("Polls are open.\n\n14:05 Turnout is high in the north.\n")
    assert found["14:05"] == "timestamp"
    assert "Turnout is high in the north." not in found


def test_corrections_notes_and_topic_tags_are_not_story_text() -> None:
    found = kinds(
        "The bridge reopened on Monday after repairs.\n\n"
        "Topics: Roads, Bridges\n\n"
        "Correction: An earlier version of this story gave the wrong cost.\n\n"
        "This article was originally published on 3 May 2023.\n\n"
        "Editor's note: The writer lives near the bridge.\n"
    )
    assert found == {
        "Topics: Roads, Bridges": "link",
        "Correction: An earlier version of this story gave the wrong cost.": "note",
        "This article was originally published on 3 May 2023.": "note",
        "Editor's note: The writer lives near the bridge.": "note",
    }


def test_an_agency_update_note_is_not_story_text() -> None:
    found = kinds("Wheat rose on Monday.\n\n(Adds trader quote, updates prices)\n\nTraders expect more gains.\n")
    assert found["(Adds trader quote, updates prices)"] == "note"
    assert "Traders expect more gains." not in found


def test_a_list_bullet_is_a_fragment() -> None:
    found = kinds("Storms hit the town.\n\n\u2022 Two bridges were closed\n")
    assert found["\u2022"] == "fragment"
    assert "Two bridges were closed" not in found


def test_an_embedded_post_its_dash_and_signature_are_an_embed() -> None:
    raw = (
        "\nThe council closed the bridge on Tuesday.\n\n"
        "The bridge closes to all traffic from Monday. Diversions are signed. pic.twitter.com/AbC123xyz\n\n"
        "\u2014\n\nHarbour District Council (@HarbourDC) March 4, 2025\n\nRepairs will take a year, officials said."
    )
    assert kinds(raw) == {
        "The bridge closes to all traffic from Monday.": "embed",
        "Diversions are signed. pic.twitter.com/AbC123xyz": "embed",
        "-": "embed",
        "Harbour District Council (@HarbourDC) March 4, 2025": "embed",
    }


def test_a_long_paragraph_above_a_signature_stays_story() -> None:
    long = " ".join(["The council met for hours and argued about the bridge and the money."] * 6)
    found = kinds(f"\nThe council closed the bridge.\n\n{long}\n\nJo Bloggs (@jobloggs) 4 March 2025")
    assert list(found.values()) == ["embed"]


def test_follow_the_reporter_is_a_byline_and_follow_us_a_link() -> None:
    found = kinds("\nThe council closed the bridge.\n\nFollow Priya Nandakumar on X: @priyanews\n\nFollow us on Instagram")
    assert found == {"Follow Priya Nandakumar on X: @priyanews": "byline", "Follow us on Instagram": "link"}


def test_a_reader_callout_and_its_questions_are_a_note() -> None:
    found = kinds(
        "\nThe council closed the bridge.\n\nHave you been affected by the closure? Email us at news@tidewater.example"
    )
    assert found == {"Have you been affected by the closure?": "note", "Email us at news@tidewater.example": "note"}


def test_callout_words_inside_a_story_sentence_or_a_quote_are_story() -> None:
    raw = (
        "\nThe council will email us the figures on Monday, the union said.\n\n"
        '"Tell us the truth," she said. Have the engineers seen the cracks?'
    )
    assert kinds(raw) == {}


def test_newsletter_share_and_feed_footer_lines_are_not_story_text() -> None:
    raw = (
        "\nThe council closed the bridge.\n\nGet our free morning newsletter\n\nCopy link\n\nShare via email\n\n"
        "The post Harbour council votes to shut bridge appeared first on The Tidewater Gazette."
    )
    found = kinds(raw)
    assert found == {
        "Get our free morning newsletter": "link",
        "Copy link": "link",
        "Share via email": "link",
        "The post Harbour council votes to shut bridge appeared first on The Tidewater Gazette.": "note",
    }
