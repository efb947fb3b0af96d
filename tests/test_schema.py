"""The JSON Schema of the brief (`briefing schema`): a valid draft 2020-12 schema, derived from the
model's declarations, that accepts every brief the compiler and the fixtures make and refuses bad shapes."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator
from test_properties import article_text

from briefing.brief import Brief, Conflict, Quote, Source, json_schema
from briefing.cli import cli
from briefing.compile import compile_text
from briefing.store import load_brief

ROOT = Path(__file__).resolve().parents[1]
VALIDATOR = Draft202012Validator(json_schema())


def errors(data: object) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(data)]


def test_briefing_schema_prints_a_valid_draft_2020_12_schema() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema == json_schema()


@pytest.mark.parametrize("cls", [Brief, Source, Quote, Conflict])
def test_the_schema_lists_exactly_the_model_fields_in_order(cls: type) -> None:
    schema = json_schema()
    part = schema if cls is Brief else schema["$defs"][cls.__name__]
    names = [f.name for f in fields(cls)]
    assert list(part["properties"]) == names and part["required"] == names
    assert part["additionalProperties"] is False


def test_the_hand_built_fixtures_fit_the_schema(brief: Brief) -> None:
    assert errors(brief.to_dict()) == []
    for path in (ROOT / "tests" / "tui" / "data" / "sample.yaml", ROOT / "tests" / "data" / "v1-sample.yaml"):
        assert errors(load_brief(path).to_dict()) == [], path


@pytest.mark.parametrize("seed", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.name)
def test_compiled_seeds_fit_the_schema(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    for published in (None, "2021-09-26"):
        assert errors(compile_text(text, published=published, path=str(seed)).to_dict()) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_any_compiled_article_fits_the_schema(article: str) -> None:
    assert errors(compile_text(article).to_dict()) == []


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("sources", 0, "sha256"), "not hex", "does not match"),
        (("sources", 0, "published"), "26 May", "is not valid under any of the given schemas"),
        (("quotes", 0, "evidence", 0), [1, 2], "is too short"),
        (("quotes", 0, "evidence", 0), ["s1", 1, 2, 3], "Expected at most 3 items"),
        (("actors", 0, "kind"), "robot", "is not one of"),
        (("actors", 0, "mentions"), -1, "is less than the minimum"),
        (("figures", 0, "value"), "12", "is not valid under any of the given schemas"),
        (("schema",), "briefing/1", "was expected"),
        (("sources",), [], "should be non-empty"),
        (("summary", 0, "sources"), [], "should be non-empty"),
    ],
)
def test_the_schema_refuses_bad_shapes(brief: Brief, where: tuple[str | int, ...], value: object, message: str) -> None:
    data = brief.to_dict()
    target = data
    for part in where[:-1]:
        target = target[part]
    target[where[-1]] = value
    found = errors(data)
    assert any(message in e for e in found), found


def test_the_schema_refuses_unknown_fields(brief: Brief) -> None:
    data = brief.to_dict()
    data["quotes"][0]["speakr"] = "x"
    assert any("Additional properties are not allowed" in e for e in errors(data))
