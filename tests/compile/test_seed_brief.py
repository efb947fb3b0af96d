"""The seed article keeps every speaker, role and actor it had before the discourse model.

Speaker attribution and actor merging are reworked as one model; these pins make sure the work
only adds to what the seed's brief already got right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.brief import Brief
from briefing.compile.pipeline import compile_text

_SEED = Path(__file__).parents[2] / "seeds" / "000_15fa05f4d3cf0d4f.txt"


@pytest.fixture(scope="module")
def seed() -> Brief:
    return compile_text(_SEED.read_text(encoding="utf-8"))


def test_the_seed_keeps_its_actors_with_their_kinds(seed: Brief) -> None:
    kinds = {a.name: a.kind for a in seed.actors}
    expected = {
        "Turkey": "place",
        "United States": "place",
        "Russia": "place",
        "Brussels": "place",
        "Recep Tayyip Erdogan": "person",
        "Hulusi Akar": "person",
        "Jonathan Hoffman": "person",
        "Joe Biden": "person",
        "Alexander Mikheev": "person",
        "CBS News": "organization",
        "NATO": "organization",
        "Defense Ministry": "organization",
        "Lockheed Martin": "organization",
        "Rosoboronexport": "organization",
        "Russians": "group",
        "Turks": "group",
        "Americans": "group",
    }
    assert {name: kinds.get(name) for name in expected} == expected
    assert len(seed.actors) == len(expected)


def test_the_seed_keeps_its_roles_and_aliases(seed: Brief) -> None:
    by_name = {a.name: a for a in seed.actors}
    assert by_name["Recep Tayyip Erdogan"].role == "Turkish President"
    assert by_name["Hulusi Akar"].role == "Turkish Defense Minister"
    assert by_name["Jonathan Hoffman"].role == "Defense Ministry spokesman"
    assert by_name["Joe Biden"].role == "US President"
    assert by_name["Alexander Mikheev"].role == "head of the Russian arms export company Rosoboronexport"
    assert "Ankara" in by_name["Turkey"].aliases
    assert {"US", "America", "Washington"} <= set(by_name["United States"].aliases)
    assert "Erdogan" in by_name["Recep Tayyip Erdogan"].aliases
    assert "Biden" in by_name["Joe Biden"].aliases


def test_the_seed_keeps_every_speaker(seed: Brief) -> None:
    speakers = [(q.text[:24], q.speaker) for q in seed.quotes]
    assert speakers == [
        ("another set", "Recep Tayyip Erdogan"),
        ("Turkey will not receive ", "Jonathan Hoffman"),
        ("no doubts about purchasi", "Recep Tayyip Erdogan"),
        ("Turkey and Russia is tak", "Recep Tayyip Erdogan"),
        ("explained everything to ", "Recep Tayyip Erdogan"),
        ("in the future, no one wi", "Recep Tayyip Erdogan"),
    ]
