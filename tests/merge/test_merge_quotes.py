"""Quote merging on hand-made quotes: edits, repeated words, short quotes, speakers."""

from __future__ import annotations

from briefing.brief import Actor, Quote, Ref
from briefing.merge.quotes import Said, merge_quotes

ACTORS = {
    "ana": Actor(id="ana", name="Ana Ruiz", kind="person", sources=["s1"]),
    "ben": Actor(id="ben", name="Ben Okafor", kind="person", sources=["s2"]),
}


def said(source: str, text: str, speaker: str | None = None) -> Said:
    quote = Quote(id="q", text=text, speaker=None, speaker_id=None, cue="said", start=0, end=len(text),
                  sources=[source], evidence=[Ref(source, 0, len(text))])
    return Said(source, quote, speaker)


def test_a_quote_with_two_words_changed_and_a_word_said_twice_is_one_quote() -> None:
    quotes, conflicts = merge_quotes([
        said("s1", "The friendship we built over the last year is a testament to the friendship of our two towns"),
        said("s2", "The friendship we built over the past year is a testimony to the friendship of our towns"),
    ], ACTORS)
    assert len(quotes) == 1 and quotes[0].sources == ["s1", "s2"] and len(quotes[0].variants) == 1
    assert conflicts == []


def test_different_quotes_sharing_a_few_words_stay_apart() -> None:
    quotes, _ = merge_quotes([
        said("s1", "We will rebuild the harbour wall before the winter storms"),
        said("s2", "We will not pay for the harbour wall this year"),
    ], ACTORS)
    assert len(quotes) == 2


def test_short_quotes_are_one_only_when_their_words_are_the_same() -> None:
    quotes, _ = merge_quotes([said("s1", "a promise kept"), said("s2", "A promise kept."), said("s3", "a promise broken")],
                             ACTORS)
    assert [sorted(q.sources) for q in quotes] == [["s1", "s2"], ["s3"]]


def test_the_speaker_most_sources_name_keeps_the_quote_and_the_others_are_a_conflict() -> None:
    text = "The harbour wall will hold back a storm like the one of 1953"
    quotes, conflicts = merge_quotes([said("s1", text, "ana"), said("s2", text, "ben"), said("s3", text, "ben"),
                                      said("s4", text)], ACTORS)
    assert quotes[0].speaker == "Ben Okafor" and quotes[0].speaker_id == "ben"
    assert [(c.source, c.text) for c in conflicts[0].claims] == [("s1", "Ana Ruiz"), ("s2", "Ben Okafor")]


def test_a_quote_of_few_words_said_over_and_over_joins_the_longer_quote_holding_it_in_order() -> None:
    quotes, _ = merge_quotes([
        said("s1", "He was calm when they found him. Calm, calm, very calm. Then he asked for water"),
        said("s2", "Calm, calm, very calm."),
        said("s3", "Very calm, calm, calm"),
    ], ACTORS)
    assert [sorted(q.sources) for q in quotes] == [["s1", "s2"], ["s3"]]
