"""Demonyms derived by rule, and their plurals."""

from __future__ import annotations

from briefing.compile.lexicon.demonyms import IRREGULAR, derived, plural


def test_regular_demonyms_are_among_the_derived_forms() -> None:
    assert "Russian" in derived("Russia")
    assert "Japanese" in derived("Japan")
    assert "Pakistani" in derived("Pakistan")
    assert "Italian" in derived("Italy")
    assert "Mexican" in derived("Mexico")
    assert "Belgian" in derived("Belgium")


def test_short_stems_derive_nothing_odd() -> None:
    assert derived("Chad") == [c for c in derived("Chad") if len(c) > 4]


def test_plurals_follow_the_ending() -> None:
    assert plural("Russian") == "Russians"
    assert plural("Japanese") == "Japanese"
    assert IRREGULAR["Turkish"] == ("Turkey", "Turks")
