"""Shared fixtures: briefs built by hand, so view and store tests do not move when the compiler does."""

from __future__ import annotations

import pytest

from briefing.brief import Actor, Brief, DateMention, Figure, Quote, Source, SummarySentence, TimelineEvent

ARTICLE = (
    "Harbour City Council approved a $12 million flood wall on Tuesday.\n\n"
    'Mayor Ana Ruiz said the vote was "a promise kept to the east side." '
    "The wall will be finished by late 2027, officials said.\n"
)


def span(text: str, needle: str) -> tuple[int, int]:
    """Offsets of ``needle`` in ``text``; fails loudly when the fixture text changes."""
    start = text.index(needle)
    return start, start + len(needle)


def build_brief(article: str = ARTICLE) -> Brief:
    s1 = span(article, "Harbour City Council approved a $12 million flood wall on Tuesday.")
    s2 = span(article, "The wall will be finished by late 2027, officials said.")
    quote = span(article, "a promise kept to the east side.")
    return Brief(
        title="Harbour City approves flood wall",
        source=Source(path="harbour.txt", sha256="ab" * 32, words=35, published="2026-03-03"),
        text=article,
        summary=[SummarySentence(article[s1[0] : s1[1]], [s1]), SummarySentence(article[s2[0] : s2[1]], [s2])],
        actors=[
            Actor("a1", "Ana Ruiz", "person", "Mayor", ["Ruiz"], 1, [span(article, "Ana Ruiz")]),
            Actor("a2", "Harbour City Council", "organization", None, [], 1, [span(article, "Harbour City Council")]),
        ],
        quotes=[
            Quote(
                "q1", article[quote[0] : quote[1]], "Ana Ruiz", "a1", "said", quote[0], quote[1], False, [], [quote]
            )
        ],
        dates=[
            DateMention("Tuesday", *span(article, "Tuesday"), "2026-03-03"),
            DateMention("late 2027", *span(article, "late 2027"), "2027"),
        ],
        timeline=[
            TimelineEvent("2026-03-03", "Tuesday", None, "Council approved a $12 million flood wall", ["a2"], [s1]),
            TimelineEvent("2027", "late 2027", "late", "The wall will be finished", [], [s2]),
        ],
        figures=[Figure("$12 million", 12_000_000.0, "USD", [span(article, "$12 million")], "flood wall")],
    )


@pytest.fixture
def brief() -> Brief:
    return build_brief()
