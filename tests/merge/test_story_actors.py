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
