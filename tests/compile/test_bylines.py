"""Bylines and credits never make actors: the bylines pass drops their mentions."""

from __future__ import annotations

from briefing.compile import compile_text
from briefing.compile.actors.bylines import without_makers
from briefing.compile.doc import Entity, Layout, Mention, Noise, Sentence
from briefing.compile.layout import page


def entity(name: str, *spans: tuple[int, int]) -> Entity:
    return Entity(id=name.lower(), name=name, kind="person", mentions=[Mention(s, e, name) for s, e in spans])


def laid_out(sentences: list[Sentence]) -> Layout:
    """A layout of blank text cut into ``sentences``: only their spans matter here."""
    return page.cut(" " * sentences[-1].end, sentences)


def test_an_entity_named_only_in_a_byline_is_dropped() -> None:
    sentences = [Sentence(0, 12, 0), Sentence(13, 60, 1)]
    reporter = entity("Reporter", (0, 12))
    assert without_makers([reporter], laid_out(sentences), Noise({0: "byline"})) == []


def test_mentions_in_credits_go_but_story_mentions_stay() -> None:
    sentences = [Sentence(0, 30, 0), Sentence(31, 70, 1)]
    both = entity("Ana Ruiz", (5, 13), (40, 48))
    (kept,) = without_makers([both], laid_out(sentences), Noise({1: "credit"}))
    assert [(m.start, m.end) for m in kept.mentions] == [(5, 13)]


def test_other_noise_keeps_its_names() -> None:
    sentences = [Sentence(0, 20, 0)]
    place = entity("Rome", (0, 4))
    assert without_makers([place], laid_out(sentences), Noise({0: "dateline"})) == [place]


def test_byline_and_reporting_credit_make_no_actor() -> None:
    article = (
        "Flood wall approved\n\nBy Marta Lindqvist\n\n"
        "The Harbour City Council approved a flood wall on Tuesday, Mayor Ana Ruiz said.\n\n"
        "(Reporting by Marta Lindqvist; Editing by Tom Hale)\n"
    )
    names = [a.name for a in compile_text(article).actors]
    assert "Ana Ruiz" in names
    assert not any("Lindqvist" in name or "Hale" in name for name in names)


def test_the_seed_byline_is_not_an_actor() -> None:
    from briefing.resources import seed_path

    names = [a.name for a in compile_text(seed_path().read_text(encoding="utf-8")).actors]
    assert "Recep Tayyip Erdogan" in names
    assert not any("Bourunov" in name for name in names)
