"""Story actors end to end: names that outlets write differently are one actor with every source."""

from __future__ import annotations

from briefing.brief import Brief
from briefing.compile import compile_text
from briefing.merge import merge_story


def story_of(*texts: str) -> Brief:
    return merge_story([compile_text(text, published="2031-05-06", path=f"a{k}.txt") for k, text in enumerate(texts)])


def test_a_nickname_and_a_korean_name_with_and_without_its_hyphen_join_the_person() -> None:
    story = story_of(
        "Actress Lorna Lomax left the clinic on Monday, her lawyer said. Kim Jong-un watched a test.",
        "LoLo was seen at the clinic, a witness said. Kim Jong Un said the test had gone well.",
    )
    lomax = [a for a in story.actors if a.name == "Lorna Lomax"]
    kim = [a for a in story.actors if a.name in ("Kim Jong-un", "Kim Jong Un")]
    assert len(lomax) == 1 and lomax[0].sources == ["s1", "s2"] and lomax[0].kind == "person"
    assert len(kim) == 1 and kim[0].sources == ["s1", "s2"]


def actor_of(story: Brief, source: str, start: int) -> str:
    """The name of the story actor whose evidence holds the mention at ``start`` of ``source``."""
    return next(a.name for a in story.actors if any(r.source == source and r.start == start for r in a.evidence))


def test_a_surname_after_a_title_of_the_other_sex_joins_the_man_another_outlet_names_not_the_woman() -> None:
    first = (
        "President Halloran and Mariel Halloran, the first lady, greeted the guests on Monday. "
        '"We are pleased with the talks," Mr. Halloran said. Mrs. Halloran showed them the garden.'
    )
    story = story_of(
        first,
        'Ed Halloran, the president, met the envoy on Monday. "We are pleased with the talks," Halloran said.',
        "Mariel Halloran, the first lady, opened a garden show on Tuesday. Ms. Halloran thanked the growers.",
    )
    assert actor_of(story, "s1", first.index("Halloran and")) == "Ed Halloran"
    assert actor_of(story, "s1", first.index("Halloran said")) == "Ed Halloran"
    assert actor_of(story, "s1", first.index("Mariel")) == "Mariel Halloran"
    mariel = next(a for a in story.actors if a.name == "Mariel Halloran")
    assert mariel.sources == ["s1", "s3"]
    quote = next(q for q in story.quotes if q.text.startswith("We are pleased"))
    assert quote.speaker == "Ed Halloran"


def test_a_surname_after_a_title_of_the_other_sex_stays_apart_when_no_one_of_its_sex_is_named() -> None:
    first = (
        "President Halloran and Mariel Halloran, the first lady, greeted the guests on Monday. "
        "Mr. Halloran said the talks went well. Mrs. Halloran showed them the garden."
    )
    story = story_of(
        first,
        "Mariel Halloran, the first lady, opened a garden show on Tuesday.",
        "Mariel Halloran thanked the growers on Wednesday.",
    )
    assert actor_of(story, "s1", first.index("Halloran said")) == "Halloran"


def test_a_surname_after_a_womans_title_joins_the_one_woman_of_that_name_not_the_man_named_most() -> None:
    third = "Mrs. Halloran opened a garden show on Tuesday."
    story = story_of(
        'Ed Halloran, the president, met the envoy on Monday. "We are pleased," Halloran said. Halloran left.',
        "Ed Halloran flew home on Monday night. Halloran spoke to reporters on the plane.",
        third,
        "Mariel Halloran, the first lady, thanked the growers.",
    )
    assert actor_of(story, "s3", third.index("Halloran")) == "Mariel Halloran"
