"""The gazetteer: what it knows, and that its cache is safe to share and to lack."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.compile.lexicon import gazetteer


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


def test_countries_have_their_common_names_aliases_and_capitals(gaz: gazetteer.Gazetteer) -> None:
    assert gaz.place("u.s.")[0] == gaz.place("america")[0] == "United States"
    assert gaz.place("britain")[0] == "United Kingdom"
    assert gaz.place("russian federation")[0] == "Russia"
    assert gaz.capitals["ankara"] == "Turkey"
    assert gaz.place("mumbai")[1] == "city"


def test_a_state_goes_by_the_initials_of_its_formal_name(gaz: gazetteer.Gazetteer) -> None:
    assert gaz.place("dprk")[0] == gaz.place("d.p.r.k.")[0] == "North Korea"
    assert gaz.place("prc")[0] == "China"


def test_demonyms_map_adjectives_and_plurals_to_countries(gaz: gazetteer.Gazetteer) -> None:
    assert gaz.demonyms["turkish"] == ("Turkey", "Turks")
    assert gaz.demonyms["russian"] == ("Russia", "Russians")
    assert gaz.demonyms["japanese"][0] == "Japan"
    assert gaz.demonyms["pakistanis"][0] == "Pakistan"
    assert gaz.demonyms["turkmen"] == ("Turkmenistan", "Turkmens")
    assert gaz.demonyms["uzbeks"][0] == "Uzbekistan"


def test_names_and_titles_come_from_their_packages(gaz: gazetteer.Gazetteer) -> None:
    assert all(name in gaz.first_names for name in ("john", "maria", "mehmet"))
    assert all(name in gaz.surnames for name in ("smith", "garcia"))
    assert "zzyzxq" not in gaz.first_names
    assert {"president", "minister", "gen", "mrs"} <= gaz.titles


def test_common_words_include_inflections_but_not_names(gaz: gazetteer.Gazetteer) -> None:
    assert gaz.is_common("Results") and gaz.is_common("said") and gaz.is_common("Standings")
    assert not gaz.is_common("Erdogan") and not gaz.is_common("Rosoboronexport")


def test_fold_drops_accents_and_case() -> None:
    assert gazetteer.fold("Zürich") == "zurich"
    assert gazetteer.fold("São Tomé") == "sao tome"


def test_the_table_lives_in_the_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = gazetteer.cache_path()
    assert path is not None and path.parent == tmp_path / "briefing"


def test_the_key_follows_the_name_particles_it_removes_from_titles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The titles drop words.NAME_PARTICLES, which lives outside the modules whose text is hashed."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    here = gazetteer.cache_path()
    monkeypatch.setattr(gazetteer, "NAME_PARTICLES", gazetteer.NAME_PARTICLES | {"zzz"})
    assert gazetteer.cache_path() != here


def test_a_corrupt_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = gazetteer.cache_path()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not marshal data")
    gazetteer.load.cache_clear()
    try:
        fresh = gazetteer.load()
    finally:
        gazetteer.load.cache_clear()
    assert fresh.place("turkey")[0] == "Turkey"
    assert path.read_bytes() != b"not marshal data"


def test_cache_key_is_the_code_and_data_not_the_install_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two checkouts with the same code share one table; editing the deriving code changes the key."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    here = gazetteer.cache_path()
    copy = tmp_path / "checkout" / "gazetteer.py"
    copy.parent.mkdir()
    copy.write_bytes(Path(gazetteer.__file__).read_bytes())
    monkeypatch.setattr(gazetteer, "__file__", str(copy))
    assert gazetteer.cache_path() == here
    copy.write_bytes(copy.read_bytes() + b"\n# edited\n")
    assert gazetteer.cache_path() != here


def test_a_new_table_keeps_the_few_newest_others(tmp_path: Path) -> None:
    folder = tmp_path / "briefing"
    folder.mkdir()
    for i in range(7):
        table = folder / f"gazetteer-x-{i}.marshal"
        table.write_bytes(b"t")
        os.utime(table, ns=(i * 10**9, i * 10**9))
    gazetteer._drop_stale(folder / "gazetteer-x-6.marshal")
    assert sorted(p.name for p in folder.iterdir()) == [f"gazetteer-x-{i}.marshal" for i in (3, 4, 5, 6)]


def test_given_names_carry_the_gender_the_sources_agree_on() -> None:
    gaz = gazetteer.load()
    assert (gaz.gender("Paula"), gaz.gender("William"), gaz.gender("Zzyzx")) == ("f", "m", "")


def test_british_spellings_are_common_words_as_their_american_forms() -> None:
    gaz = gazetteer.load()
    for word in ("Harbour", "harbours", "Centre", "Theatre", "Defence", "organised", "travelled", "travellers", "analyse"):
        assert gaz.is_common(word), word
    assert not gaz.is_common("Seymour") and not gaz.is_common("Lindqvist")
