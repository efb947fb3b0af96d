"""The brief on disk: round trips, validation errors that point at the problem, safe and atomic I/O."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest
import yaml

from briefing.brief import Brief
from briefing.errors import BriefingError
from briefing.store import dump_brief, dumps_brief, load_brief, loads_brief, write_atomic


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_round_trip_gives_back_an_identical_brief(brief: Brief, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"brief.{fmt}"
    dump_brief(brief, path)
    assert load_brief(path) == brief
    assert loads_brief(dumps_brief(brief, fmt), fmt=fmt) == brief  # type: ignore[arg-type]


def test_yaml_and_json_carry_the_same_contract(brief: Brief) -> None:
    from_yaml = yaml.safe_load(dumps_brief(brief, "yaml"))
    from_json = json.loads(dumps_brief(brief, "json"))
    assert from_yaml == from_json
    assert list(from_json) == [
        "schema", "title", "summary", "actors", "quotes", "dates", "timeline", "figures", "conflicts", "sources",
    ]
    assert from_json["schema"] == "briefing/2"
    assert list(from_json["sources"][0]) == [
        "id", "path", "url", "title", "site", "author", "published", "sha256", "words", "text",
    ]
    assert list(from_json["quotes"][0]) == [
        "id", "text", "speaker", "speaker_id", "cue", "start", "end", "partial", "variants", "sources", "evidence",
    ]
    assert from_json["quotes"][0]["evidence"] == [["s1", brief.quotes[0].start, brief.quotes[0].end]]


def test_json_keeps_each_reference_on_one_line(brief: Brief) -> None:
    text = dumps_brief(brief, "json")
    start, end = brief.quotes[0].start, brief.quotes[0].end
    assert f'      "evidence": [\n        ["s1", {start}, {end}]\n      ]' in text
    assert '"sources": ["s1"]' in text


def test_yaml_keeps_the_article_readable_as_a_block(brief: Brief) -> None:
    assert "text: |" in dumps_brief(brief, "yaml")


def test_article_with_awkward_characters_round_trips(brief: Brief) -> None:
    brief.sources[0].text += "  trailing spaces \n\ttab\x1b[31m red\u2028 sep \r\n"
    assert loads_brief(dumps_brief(brief, "yaml")) == brief
    assert loads_brief(dumps_brief(brief, "json"), fmt="json") == brief


#: Strings a YAML writer must quote or style with care: ones that read back as another type,
#: indicators, leading and trailing blanks, breaks of every kind, and the article's block shapes.
TRICKY = [
    "", "yes", "No", "ON", "null", "~", "1", "-1", "0x1F", "1.5", "1e3", ".inf", ".NaN", "2021-01-05", "12:30",
    "<<", "=", "- item", "? key", ": x", "a: b", "a #b", "#x", "&a", "*a", "!tag", "%x", "@x", "`x", "'x'",
    '"x"', "[a]", "{a}", "a, b", " lead", "trail ", "tab\there", "\tlead", "\n", "one\ntwo", "one\ntwo\n",
    "one\n\n\n", "\n lead", "  two lead\nnext", "cr\r\nlf", "é ß 日本", "\x85", "\u2028", "\u2029", "\ufeff",
    "\x1b[31m", "x" * 300, "word " * 60,
]


def test_the_fast_yaml_writer_writes_what_pyyaml_writes_and_it_reads_back() -> None:
    from briefing import yamlio

    data = {
        "strings": TRICKY,
        "nested": [{"key": value, value or "empty": [1, 2.5, True, None]} for value in TRICKY],
        "numbers": [0, -7, 10**30, 0.1, 1e17, 1e-7, 3.0, False],
        "empty": {"list": [], "map": {}},
        "flat": {"a": 1, "b": "two words"},
        "styled": {"a": "one\ntwo", "b": ["x", "y\x85"]},
    }
    text = yamlio.dump(data)
    if yamlio._FastDumper is not None:
        options = {"sort_keys": False, "allow_unicode": True, "default_flow_style": None, "width": 100}
        assert text == yaml.dump(data, Dumper=yamlio._FastDumper, **options)
    assert yamlio.parse(text, "x.yaml")[0] == data
    assert yaml.safe_load(text) == data


def test_yaml_is_read_by_libyaml_when_pyyaml_has_it(brief: Brief, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing import yamlio

    if yamlio._CStrict is None:
        pytest.skip("PyYAML without libyaml")
    text = dumps_brief(brief, "yaml")

    def refuse(raw: str) -> None:
        raise AssertionError("the pure-Python loader read a brief libyaml can read")

    monkeypatch.setattr(yamlio, "_StrictLoader", refuse)
    assert loads_brief(text) == brief


def test_deep_nesting_is_refused_by_libyaml_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyYAML's scanner is quadratic in the nesting depth (10 kB of "[" took 6 s): libyaml's
    refusal is the answer, not a cue to try the pure-Python loader."""
    from briefing import yamlio

    if yamlio._CStrict is None:
        pytest.skip("PyYAML without libyaml")

    def refuse(raw: str) -> None:
        raise AssertionError("the pure-Python loader was asked")

    monkeypatch.setattr(yamlio, "_StrictLoader", refuse)
    for nested in ("[" * 5000 + "]" * 5000, "[" * 1_000_000, "a:\n" + "".join(" " * i + "- \n" for i in range(1, 3000))):
        with pytest.raises(BriefingError, match=r"^b\.yaml: invalid YAML: nested too deeply$"):
            loads_brief(nested, name="b.yaml")


@pytest.mark.parametrize("text", ["\x85", "one\x85two\n", "line\n\x85\n", " \x85 "])
def test_an_article_with_a_next_line_character_round_trips_in_yaml(brief: Brief, text: str) -> None:
    brief.summary, brief.actors, brief.quotes, brief.dates, brief.timeline, brief.figures = [], [], [], [], [], []
    brief.sources[0].text = text
    assert loads_brief(dumps_brief(brief, "yaml")).sources[0].text == text


def test_wrong_type_names_file_line_and_field(brief: Brief) -> None:
    text = dumps_brief(brief, "yaml").replace("speaker: Ana Ruiz", "speaker: 3")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.strip().startswith("speaker: 3"))
    with pytest.raises(BriefingError) as info:
        loads_brief(text, name="b.yaml")
    assert str(info.value) == f"b.yaml:{line}: quotes[0].speaker: expected a string or null, got 3"


def test_missing_field_is_named(brief: Brief) -> None:
    data = brief.to_dict()
    del data["actors"][1]["kind"]
    with pytest.raises(BriefingError, match=r"^b\.json: actors\[1\]\.kind: expected a value"):
        loads_brief(json.dumps(data), name="b.json", fmt="json")


def test_unknown_actor_kind_lists_the_allowed_kinds(brief: Brief) -> None:
    data = brief.to_dict()
    data["actors"][0]["kind"] = "robot"
    with pytest.raises(BriefingError, match="actors\\[0\\].kind: expected one of person, organization, place, group"):
        loads_brief(json.dumps(data), fmt="json")


def test_evidence_outside_the_text_is_refused(brief: Brief) -> None:
    data = brief.to_dict()
    data["summary"][0]["evidence"] = [["s1", 0, len(brief.sources[0].text) + 5]]
    with pytest.raises(BriefingError, match=r"summary\[0\]\.evidence\[0\]: expected 0 <= start <= end <= \d+ "
                       r"\(the length of the text of source s1\)"):
        loads_brief(json.dumps(data), fmt="json")


def test_evidence_naming_no_source_is_refused(brief: Brief) -> None:
    data = brief.to_dict()
    data["actors"][0]["evidence"][0][0] = "s9"
    with pytest.raises(BriefingError, match=r"actors\[0\]\.evidence\[0\]: expected a reference to a source of the brief"):
        loads_brief(json.dumps(data), fmt="json")


def test_evidence_in_a_source_the_item_does_not_list_is_refused(brief: Brief) -> None:
    data = brief.to_dict()
    second = dict(data["sources"][0], id="s2")
    data["sources"].append(second)
    data["figures"][0]["evidence"][0][0] = "s2"
    with pytest.raises(BriefingError, match=r"figures\[0\]\.evidence\[0\]: expected a reference to one of the item's own"):
        loads_brief(json.dumps(data), fmt="json")
    data["figures"][0]["sources"] = ["s2"]
    assert loads_brief(json.dumps(data), fmt="json").figures[0].evidence[0].source == "s2"


def test_an_item_must_name_existing_sources(brief: Brief) -> None:
    data = brief.to_dict()
    data["timeline"][1]["sources"] = ["s1", "elsewhere"]
    with pytest.raises(BriefingError, match=r"timeline\[1\]\.sources\[1\]: expected the id of a source, got 'elsewhere'"):
        loads_brief(json.dumps(data), fmt="json")
    data["timeline"][1]["sources"] = []
    with pytest.raises(BriefingError, match=r"timeline\[1\]\.sources: expected a list of at least 1 item"):
        loads_brief(json.dumps(data), fmt="json")


def test_quote_offsets_must_lie_in_the_text_of_its_first_source(brief: Brief) -> None:
    data = brief.to_dict()
    data["quotes"][0]["end"] = 10_000
    with pytest.raises(BriefingError, match=r"quotes\[0\]\.end: expected start <= end <= \d+ \(the length of the text of source s1\)"):
        loads_brief(json.dumps(data), fmt="json")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("sha256", "abc", "expected a string matching"),
        ("sha256", "AB" * 32, "expected a string matching"),
        ("published", "2026-02-30", "expected a real calendar day YYYY-MM-DD or null, got '2026-02-30'"),
        ("published", "March 3", "expected an ISO date YYYY-MM-DD or null"),
        ("words", -1, "expected a whole number >= 0, got -1"),
        ("words", 10**40, "expected a whole number <= 9007199254740991"),
        ("id", "", "expected a string matching"),
    ],
)
def test_source_fields_are_checked_for_shape(brief: Brief, field: str, value: object, message: str) -> None:
    data = brief.to_dict()
    data["sources"][0][field] = value
    with pytest.raises(BriefingError, match=rf"^b\.json: sources\[0\]\.{field}: {re.escape(message)}"):
        loads_brief(json.dumps(data), name="b.json", fmt="json")


def test_two_sources_with_one_id_are_refused(brief: Brief) -> None:
    data = brief.to_dict()
    data["sources"].append(dict(data["sources"][0]))
    with pytest.raises(BriefingError, match=r"sources\[1\]\.id: expected an id used by no other source, got 's1'"):
        loads_brief(json.dumps(data), fmt="json")


@pytest.mark.parametrize("number", ["1" + "0" * 5000, "1" + "0" * 400, "NaN", "-Infinity", "1e999"])
def test_absurd_numbers_are_one_clear_error(brief: Brief, number: str) -> None:
    text = json.dumps(brief.to_dict()).replace('"value": 12000000.0', f'"value": {number}')
    assert number in text
    with pytest.raises(BriefingError, match=r"^b\.json: (figures\[0\]\.value: expected a finite number|invalid JSON: a number too long)"):
        loads_brief(text, name="b.json", fmt="json")


def test_infinite_figure_in_yaml_is_refused(brief: Brief) -> None:
    text = dumps_brief(brief, "yaml").replace("value: 12000000.0", "value: .inf")
    with pytest.raises(BriefingError, match=r"figures\[0\]\.value: expected a finite number, got inf"):
        loads_brief(text, name="b.yaml")


def test_a_misspelt_field_is_named(brief: Brief) -> None:
    data = brief.to_dict()
    data["quotes"][0]["speakr"] = "Ana Ruiz"
    with pytest.raises(BriefingError, match=r"quotes\[0\]\.speakr: expected one of the fields id, text, speaker"):
        loads_brief(json.dumps(data), fmt="json")


def test_a_conflict_needs_two_claims_from_sources_of_the_brief(brief: Brief) -> None:
    data = brief.to_dict()
    claim = {"source": "s1", "text": "$12 million", "evidence": [list(brief.figures[0].evidence[0])]}
    data["conflicts"] = [{"kind": "figure", "about": "cost of the wall", "claims": [claim]}]
    with pytest.raises(BriefingError, match=r"conflicts\[0\]\.claims: expected a list of at least 2 item"):
        loads_brief(json.dumps(data), fmt="json")
    data["conflicts"][0]["claims"].append(dict(claim, source="s3"))
    with pytest.raises(BriefingError, match=r"conflicts\[0\]\.claims\[1\]\.source: expected the id of a source"):
        loads_brief(json.dumps(data), fmt="json")
    data["conflicts"][0]["claims"][1]["source"] = "s1"
    assert loads_brief(json.dumps(data), fmt="json").conflicts[0].claims[1].evidence == brief.figures[0].evidence


def test_speaker_id_must_name_an_actor(brief: Brief) -> None:
    data = brief.to_dict()
    data["quotes"][0]["speaker_id"] = "nobody"
    with pytest.raises(BriefingError, match=r"quotes\[0\]\.speaker_id: expected the id of an actor"):
        loads_brief(json.dumps(data), fmt="json")


def test_python_tags_are_refused_without_running_them() -> None:
    evil = "!!python/object/apply:os.system ['echo pwned']\n"
    with pytest.raises(BriefingError, match=r"^b\.yaml:1: invalid YAML: tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"):
        loads_brief(evil, name="b.yaml")


def test_alias_bomb_is_refused_at_the_first_alias() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    with pytest.raises(BriefingError, match=r":2: invalid YAML: aliases \(\*name\) are not allowed"):
        loads_brief(bomb, name="bomb.yaml")


def test_malformed_yaml_names_the_line() -> None:
    with pytest.raises(BriefingError, match=r"^b\.yaml:3: invalid YAML"):
        loads_brief("schema: briefing/1\ntitle: x\n- item\n", name="b.yaml")


def test_a_yaml_list_is_not_a_brief() -> None:
    with pytest.raises(BriefingError, match=r"<brief>: expected a mapping, got 'list'"):
        loads_brief("- 1\n- 2\n", name="b.yaml")


def test_invalid_json_names_the_line() -> None:
    with pytest.raises(BriefingError, match=r"^b\.json:2: invalid JSON"):
        loads_brief('{"schema":\n nope}', name="b.json", fmt="json")


def test_empty_and_binary_briefs_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "e.yaml"
    empty.write_text("  \n")
    with pytest.raises(BriefingError, match="empty file"):
        load_brief(empty)
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"\xff\xfe\x00\x01garbage")
    with pytest.raises(BriefingError, match="not UTF-8"):
        load_brief(binary)


def test_missing_brief_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="no such file"):
        load_brief(tmp_path / "absent.yaml")


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.yaml"
    target.write_text("old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(BriefingError, match="cannot write: No space left on device"):
        write_atomic(target, "new content")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.yaml"]


def test_write_into_missing_directory_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="cannot write"):
        write_atomic(tmp_path / "no" / "such" / "dir.yaml", "x")


V1 = Path(__file__).parent / "data" / "v1-sample.yaml"


def test_a_briefing_1_file_is_upgraded_to_one_source_on_load() -> None:
    old = yaml.safe_load(V1.read_text(encoding="utf-8"))
    brief = load_brief(V1)
    assert brief.schema == "briefing/2" and brief.conflicts == []
    (source,) = brief.sources
    assert source.id == "s1" and source.text == old["text"] and source.sha256 == old["source"]["sha256"]
    assert source.path == old["source"]["path"] and source.published == old["source"]["published"]
    assert brief.quotes[0].ref == ("s1", old["quotes"][0]["start"], old["quotes"][0]["end"])
    assert [list(r) for r in brief.actors[0].evidence] == [["s1", *pair] for pair in old["actors"][0]["evidence"]]
    items = (*brief.summary, *brief.actors, *brief.quotes, *brief.dates, *brief.timeline, *brief.figures)
    assert items and all(item.sources == ["s1"] for item in items)


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_a_briefing_1_file_round_trips_through_briefing_2(fmt: str, tmp_path: Path) -> None:
    upgraded = load_brief(V1)
    path = tmp_path / f"v2.{fmt}"
    dump_brief(upgraded, path)
    assert path.read_text(encoding="utf-8").count("briefing/2") == 1
    assert load_brief(path) == upgraded


def test_an_error_in_a_briefing_1_file_points_into_that_file() -> None:
    text = V1.read_text(encoding="utf-8").replace("sha256: 64b7", "sha256: zz64b7")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "sha256: zz" in row)
    with pytest.raises(BriefingError, match=rf"^v1\.yaml:{line}: source\.sha256: expected a string matching"):
        loads_brief(text, name="v1.yaml")
    data = yaml.safe_load(V1.read_text(encoding="utf-8"))
    data["quotes"][1]["evidence"] = [[0, len(data["text"]) + 1]]
    with pytest.raises(BriefingError, match=r"quotes\[1\]\.evidence\[0\]: expected 0 <= start <= end"):
        loads_brief(json.dumps(data), fmt="json")
    del data["text"]
    with pytest.raises(BriefingError, match=r": text: expected a value \(the field 'text' is missing\)"):
        loads_brief(json.dumps(data), name="v1.json", fmt="json")


def test_a_briefing_1_file_prints_as_its_briefing_2_form() -> None:
    from briefing.views import markdown
    from briefing.views.console import render_to

    v1, v2 = load_brief(V1), load_brief(Path(__file__).parent / "tui" / "data" / "sample.yaml")
    assert v1 == v2, "tests/tui/data/sample.yaml is the v2 form of the v1 sample"
    assert markdown.render(v1) == markdown.render(v2) and "Elm Island" in markdown.render(v1)
    out = io.StringIO()
    render_to(out, v1, width=80)
    assert "sample-article.txt · 113 words" in out.getvalue()
