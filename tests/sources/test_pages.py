"""Web pages: the main text and the page's metadata, and the same brief as the story's clean text."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_helpers import AUTHOR, CANONICAL, HEADLINE, PUBLISHED, SITE, clean_text, news_page

from briefing.batch import compile_path
from briefing.brief import Brief
from briefing.compile import compile_text
from briefing.sources import Raw, compile_article, read_article, read_raw


def _page(tmp_path: Path, markup: str, name: str = "story.html") -> Path:
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    return path


def _shape(brief: Brief) -> dict[str, object]:
    """What a reader checks: quotes and their speakers, actors, the timeline."""
    return {
        "quotes": [(q.text, q.speaker) for q in brief.quotes],
        "actors": [(a.name, a.kind) for a in brief.actors],
        "timeline": [(e.date, e.event) for e in brief.timeline],
    }


def test_the_page_reader_keeps_the_story_and_drops_the_furniture(tmp_path: Path) -> None:
    article = read_article(_page(tmp_path, news_page()))
    assert article.text == clean_text()
    for furniture in ("cookies", "Sport", "Related stories", "Typical council", "All rights reserved", "dataLayer"):
        assert furniture not in article.text


def test_title_byline_date_site_url_and_language_come_from_the_page_metadata(tmp_path: Path) -> None:
    article = read_article(_page(tmp_path, news_page()))
    assert (article.title, article.author, article.published) == (HEADLINE, AUTHOR, PUBLISHED)
    assert (article.site, article.url, article.language) == (SITE, CANONICAL, "en")


def test_a_page_and_its_clean_text_give_the_same_brief(tmp_path: Path) -> None:
    page = compile_path(str(_page(tmp_path, news_page())))
    assert page.brief is not None and page.error is None
    text = compile_text(clean_text(), published=PUBLISHED)
    assert _shape(page.brief) == _shape(text)
    assert page.brief.quotes and page.brief.timeline
    assert page.brief.title == HEADLINE
    assert page.brief.sources[0].published == PUBLISHED
    source = page.brief.sources[0]
    assert (source.url, source.site, source.author) == (CANONICAL, SITE, AUTHOR)


def test_the_page_date_anchors_relative_dates_and_published_overrides_it(tmp_path: Path) -> None:
    path = str(_page(tmp_path, news_page()))
    anchored = compile_path(path).brief
    overridden = compile_path(path, published="2024-01-10").brief
    assert anchored is not None and overridden is not None
    assert anchored.sources[0].published == PUBLISHED and overridden.sources[0].published == "2024-01-10"
    assert {d.value for d in anchored.dates} != {d.value for d in overridden.dates}


def test_the_page_author_is_the_byline_not_an_actor(tmp_path: Path) -> None:
    brief = compile_path(str(_page(tmp_path, news_page()))).brief
    assert brief is not None
    assert AUTHOR not in {a.name for a in brief.actors}
    assert "Marcus Webb" not in {a.name for a in brief.actors}


@pytest.mark.parametrize(
    "generic",
    ["WordPress", "Just another WordPress site", "News from Harbour District", "Home", SITE, "Latest news"],
)
def test_a_generic_page_title_is_not_used(tmp_path: Path, generic: str) -> None:
    markup = news_page(headline="Harbour council votes to shut Old Mill Bridge", title_tag=generic, og_title=generic)
    article = read_article(_page(tmp_path, markup))
    assert article.title is None
    brief = compile_article(article)
    assert brief.title == HEADLINE  # derived from the text's own headline line


def test_without_date_metadata_the_date_is_found_in_the_page(tmp_path: Path) -> None:
    article = read_article(_page(tmp_path, news_page(published=None).replace("<time datetime=\"\"></time>", "")
                                 .replace("</h1>", "</h1>\n<p class=\"date\">Published 2025-02-11</p>")))
    assert article.published == "2025-02-11"


def test_a_page_without_story_text_is_refused_in_one_line(tmp_path: Path) -> None:
    result = compile_path(str(_page(tmp_path, "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>")))
    assert result.brief is None and result.error is not None
    assert result.error.endswith("no article text found in the page") and "\n" not in result.error


def test_a_page_without_a_suffix_or_from_stdin_is_still_read_as_a_page() -> None:
    article = read_raw(Raw(news_page().encode("utf-8"), "<stdin>"))
    assert article.title == HEADLINE and article.text == clean_text()


def test_the_charset_the_page_declares_decodes_it(tmp_path: Path) -> None:
    markup = news_page(headline="Café owner wins award").replace('charset="utf-8"', 'charset="windows-1252"')
    path = tmp_path / "legacy.htm"
    path.write_bytes(markup.encode("cp1252"))
    article = read_article(path)
    assert article.title == "Café owner wins award" and article.text.startswith("Café owner wins award")


def test_the_python_api_compiles_page_markup() -> None:
    import briefing

    brief = briefing.compile_html(news_page())
    assert brief.title == HEADLINE and brief.sources[0].published == PUBLISHED
    assert _shape(brief) == _shape(compile_text(clean_text(), published=PUBLISHED))


#: Furniture that trafilatura keeps inside a story's body: a "Read more" line, an embedded post,
#: share and newsletter prompts, the reporter's social account, a reader call-out.
BODY_FURNITURE = """
<p><strong>Read more:</strong> <a href="/x">Council budget gap widens to 12 million pounds</a></p>
<div class="newsletter"><p>Get our free morning newsletter</p></div>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The Old Mill Bridge will close to all traffic from Monday.
Diversions are signed. <a href="https://t.co/x">pic.twitter.com/AbC123xyz</a></p>&mdash; Harbour District Council
(@HarbourDC) <a href="https://twitter.com/x">March 4, 2025</a></blockquote>
<p>Share this article</p>
<p>Advertisement</p>
<p>Follow Priya Nandakumar on X: @priyanews</p>
<p>Have you been affected by the closure? Email us at news@tidewater.example</p>
"""


def test_furniture_inside_the_story_body_is_noise_and_leaves_the_brief_as_the_clean_text(tmp_path: Path) -> None:
    from page_helpers import PARAGRAPHS

    markup = news_page(PARAGRAPHS[:3]).replace("</article>", BODY_FURNITURE + "</article>", 1)
    markup = markup.replace(BODY_FURNITURE, BODY_FURNITURE + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[3:]))
    page = compile_path(str(_page(tmp_path, markup))).brief
    assert page is not None and "pic.twitter.com" in page.sources[0].text  # kept by the reader, found as noise
    text = compile_text(clean_text(), published=PUBLISHED)
    assert {k: v for k, v in _shape(page).items() if k != "actors"} == {
        k: v for k, v in _shape(text).items() if k != "actors"
    }
    # The same actors; the embed's full "Harbour District Council" may win the display name over
    # the headline's "Harbour" (names are weighed before furniture mentions are dropped).
    assert [(a.kind, {a.name, *a.aliases}) for a in page.actors] == [(a.kind, {a.name, *a.aliases}) for a in text.actors]
    assert [s.text for s in page.summary] == [s.text for s in text.summary]


def test_the_page_author_named_in_the_text_is_not_an_actor_unless_quoted(tmp_path: Path) -> None:
    from page_helpers import PARAGRAPHS

    credited = PARAGRAPHS + (f"{AUTHOR} contributed reporting from the harbour.",)
    brief = compile_path(str(_page(tmp_path, news_page(credited)))).brief
    assert brief is not None and AUTHOR not in {a.name for a in brief.actors}
    assert "Margaret Osei" in {a.name for a in brief.actors}
    quoted = PARAGRAPHS + (f'"The bridge is older than the town hall," said {AUTHOR}, who has covered it for years.',)
    brief = compile_path(str(_page(tmp_path, news_page(quoted), "quoted.html"))).brief
    assert brief is not None and AUTHOR in {q.speaker for q in brief.quotes} | {a.name for a in brief.actors}
