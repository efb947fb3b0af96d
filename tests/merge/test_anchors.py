"""Reference days for undated articles of a story."""

from __future__ import annotations

from datetime import date

from briefing.brief import Brief, DateMention, Source
from briefing.merge.anchors import reference_day, story_anchors


def brief(published: str | None, *values: str) -> Brief:
    source = Source(id="s1", sha256="0" * 64, words=1, published=published, text="x")
    dates = [DateMention(text="x", start=0, end=1, value=v, sources=["s1"]) for v in values]
    return Brief(title="t", sources=[source], dates=dates)


def test_the_reference_day_is_the_published_day_else_the_latest_full_date() -> None:
    assert reference_day(brief("2025-03-05", "2024-01-01")) == date(2025, 3, 5)
    assert reference_day(brief(None, "2025-03-01", "2025-02-01", "XXXX-WXX-5")) == date(2025, 3, 1)
    assert reference_day(brief(None, "XXXX-WXX-5")) is None


def test_an_undated_article_is_read_on_its_own_day_and_month_near_the_story_else_on_the_story_day() -> None:
    story = [
        brief("2009-04-24"),
        brief(None, "2009-04-25"),
        brief("2009-04-26"),
        brief(None, "XXXX-04-23", "XXXX-05-06", "XXXX-WXX-5"),
        brief(None, "XXXX-XX-XX"),
        brief(None, "PRESENT_REF"),
    ]
    assert story_anchors(story) == {3: date(2009, 4, 23), 4: date(2009, 4, 25)}


def test_a_story_without_any_dated_article_has_no_anchors() -> None:
    assert story_anchors([brief(None, "XXXX-WXX-5"), brief(None, "XXXX-04-23")]) == {}
