"""Shared fixtures: briefs built by hand, so view and store tests do not move when the compiler does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from briefing.brief import Actor, Brief, DateMention, Figure, Quote, Ref, Source, SummarySentence, TimelineEvent

ARTICLE = (
    "Harbour City Council approved a $12 million flood wall on Tuesday.\n\n"
    'Mayor Ana Ruiz said the vote was "a promise kept to the east side." '
    "The wall will be finished by late 2027, officials said.\n"
)


def span(text: str, needle: str) -> tuple[int, int]:
    """Offsets of ``needle`` in ``text``; fails loudly when the fixture text changes."""
    start = text.index(needle)
    return start, start + len(needle)


def ref(text: str, needle: str, source: str = "s1") -> Ref:
    """``needle`` as evidence in source ``source`` whose text is ``text``."""
    return Ref(source, *span(text, needle))


def build_brief(article: str = ARTICLE) -> Brief:
    s1 = ref(article, "Harbour City Council approved a $12 million flood wall on Tuesday.")
    s2 = ref(article, "The wall will be finished by late 2027, officials said.")
    quote = ref(article, "a promise kept to the east side.")
    tuesday, late = span(article, "Tuesday"), span(article, "late 2027")
    one = ["s1"]
    return Brief(
        title="Harbour City approves flood wall",
        sources=[
            Source(id="s1", path="harbour.txt", title="Harbour City approves flood wall", sha256="ab" * 32,
                   words=35, published="2026-03-03", text=article)
        ],
        summary=[
            SummarySentence(text=article[s1.start : s1.end], sources=one, evidence=[s1]),
            SummarySentence(text=article[s2.start : s2.end], sources=one, evidence=[s2]),
        ],
        actors=[
            Actor(id="a1", name="Ana Ruiz", kind="person", role="Mayor", aliases=["Ruiz"], mentions=1, sources=one,
                  evidence=[ref(article, "Ana Ruiz")]),
            Actor(id="a2", name="Harbour City Council", kind="organization", mentions=1, sources=one,
                  evidence=[ref(article, "Harbour City Council")]),
        ],
        quotes=[
            Quote(id="q1", text=article[quote.start : quote.end], speaker="Ana Ruiz", speaker_id="a1", cue="said",
                  start=quote.start, end=quote.end, sources=one, evidence=[quote])
        ],
        dates=[
            DateMention(text="Tuesday", start=tuesday[0], end=tuesday[1], value="2026-03-03", sources=one),
            DateMention(text="late 2027", start=late[0], end=late[1], value="2027", sources=one),
        ],
        timeline=[
            TimelineEvent(date="2026-03-03", date_text="Tuesday", event="Council approved a $12 million flood wall",
                          actors=["a2"], sources=one, evidence=[s1]),
            TimelineEvent(date="2027", date_text="late 2027", qualifier="late", event="The wall will be finished",
                          sources=one, evidence=[s2]),
        ],
        figures=[
            Figure(text="$12 million", value=12_000_000.0, unit="USD", measure="flood wall", sources=one,
                   evidence=[ref(article, "$12 million")])
        ],
    )


@pytest.fixture
def brief() -> Brief:
    return build_brief()


@pytest.fixture(autouse=True, scope="session")
def _every_written_brief_fits_the_json_schema() -> Iterator[None]:
    """Every brief a test turns into plain data (to write it, send it, compare it) is checked against
    ``briefing schema``, so the published schema cannot drift from what briefing really writes."""
    from jsonschema import Draft202012Validator

    from briefing.brief import json_schema

    validator = Draft202012Validator(json_schema())
    plain = Brief.to_dict

    def checked(self: Brief) -> dict[str, Any]:
        data = plain(self)
        problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
        assert not problems, problems[:3]
        return data

    Brief.to_dict = checked  # type: ignore[method-assign]
    yield
    Brief.to_dict = plain  # type: ignore[method-assign]


@pytest.fixture
def fresh_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[ModuleType], Path]:
    """Gives a fresh cache folder and an empty in-process table of a module keeping one
    (:mod:`briefing.patterns`, :mod:`briefing.records`), as in a new process; nothing saved at exit."""

    def fresh(module: ModuleType) -> Path:
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
        monkeypatch.setattr(module, "_codes", None)
        monkeypatch.setattr(module, "_added", {})
        monkeypatch.setattr(module, "_used", {})
        monkeypatch.setattr(module.atexit, "register", lambda fn: fn)
        return tmp_path

    return fresh
