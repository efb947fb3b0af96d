"""The brief on disk: round trips, validation errors that point at the problem, safe and atomic I/O."""

from __future__ import annotations

import json
import os
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
        "schema", "title", "source", "summary", "actors", "quotes", "dates", "timeline", "figures", "text",
    ]
    assert from_json["schema"] == "briefing/1"
    assert set(from_json["quotes"][0]) >= {
        "id", "text", "speaker", "speaker_id", "cue", "start", "end", "partial", "variants", "evidence",
    }


def test_yaml_keeps_the_article_readable_as_a_block(brief: Brief) -> None:
    assert "text: |" in dumps_brief(brief, "yaml")


def test_article_with_awkward_characters_round_trips(brief: Brief) -> None:
    brief.text = brief.text + "  trailing spaces \n\ttab\x1b[31m red\u2028 sep \r\n"
    assert loads_brief(dumps_brief(brief, "yaml")) == brief
    assert loads_brief(dumps_brief(brief, "json"), fmt="json") == brief


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
    data["summary"][0]["evidence"] = [[0, len(brief.text) + 5]]
    with pytest.raises(BriefingError, match=r"summary\[0\]\.evidence\[0\]: expected 0 <= start <= end"):
        loads_brief(json.dumps(data), fmt="json")


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
