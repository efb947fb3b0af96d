"""WordTable: bisection over packed sorted keys, with and without values."""

from __future__ import annotations

import marshal

from briefing.compile.lexicon.wordtable import WordTable


def test_membership_and_values_match_a_dict() -> None:
    entries = {"oslo": "city", "norway": "country", "bergen": "city", "a": "x", "zz top": "band"}
    table = WordTable.of(entries)
    for key, value in entries.items():
        assert key in table and table.get(key) == value
    for missing in ("", "b", "oslo ", "norwa", "zz", "zzz"):
        assert missing not in table and table.get(missing) is None
    assert len(table) == len(entries)


def test_a_key_set_answers_membership_only() -> None:
    table = WordTable.of(["maria", "john", "ana", "john"])
    assert len(table) == 3
    assert "ana" in table and table.get("john") == ""
    assert "jon" not in table and 5 not in table


def test_a_dumped_table_survives_marshal() -> None:
    table = WordTable.of({"kyiv": "city", "lviv": "city"})
    again = WordTable(*marshal.loads(marshal.dumps(table.dump())))
    assert again.get("lviv") == "city" and "odesa" not in again


def test_an_empty_table_holds_nothing() -> None:
    assert "x" not in WordTable.of([]) and len(WordTable.of([])) == 0
