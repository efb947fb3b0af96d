"""Dataclasses built from the machine's cache of compiled methods: the classes dataclasses builds."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing import records

CLASSES = '''
@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str = "x"

@dataclass(slots=True)
class Entity:
    name: str
    aliases: list[str] = field(default_factory=list)
'''


@pytest.fixture
def cache(fresh_table: Callable[[types.ModuleType], Path]) -> Path:
    """A fresh cache folder and an empty in-process table, as in a new process."""
    return fresh_table(records)


def declare(module_name: str, monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """CLASSES declared in a module of that name, as a module of the package declares them."""
    module = types.ModuleType(module_name)
    monkeypatch.setitem(sys.modules, module_name, module)
    exec(compile("from briefing.records import dataclass, field\n" + CLASSES, module_name, "exec"), module.__dict__)
    return module


def behaves_as_dataclasses_builds(module: types.ModuleType) -> None:
    span = module.Span(1, 4)
    assert span == module.Span(1, 4, "x") and span != module.Span(1, 5)
    assert hash(span) == hash(module.Span(1, 4)) and repr(span) == "Span(start=1, end=4, text='x')"
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 2
    assert dataclasses.replace(span, end=9).end == 9 and not hasattr(span, "__dict__")
    first, second = module.Entity("Ann"), module.Entity("Bo")
    first.aliases.append("A.")
    assert second.aliases == [] and [f.name for f in dataclasses.fields(first)] == ["name", "aliases"]
    assert module.Entity.__init__.__annotations__["name"] == "str"  # as the module's own annotations say


def test_a_class_built_from_the_cache_file_behaves_as_dataclasses_builds_it(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    behaves_as_dataclasses_builds(declare("briefing.first_run", monkeypatch))
    assert records._added
    records._save()
    records._codes, records._added = None, {}  # a new process: every method now comes from the file
    behaves_as_dataclasses_builds(declare("briefing.second_run", monkeypatch))
    assert records._codes and not records._added


def test_a_damaged_cache_file_costs_only_the_normal_compile(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = records.cache_path()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal at all")
    behaves_as_dataclasses_builds(declare("briefing.damaged", monkeypatch))


@pytest.mark.parametrize(("module", "kept"), [("rich.table_like", True), ("textual.widget_like", True), ("elsewhere.module", False)])
def test_the_views_libraries_classes_are_kept_and_other_packages_compiled_as_before(
    cache: Path, monkeypatch: pytest.MonkeyPatch, module: str, kept: bool
) -> None:
    behaves_as_dataclasses_builds(declare(module, monkeypatch))
    assert bool(records._added) is kept


def test_every_dataclass_of_the_package_is_declared_through_records() -> None:
    import ast

    package = Path(records.__file__).parent
    offenders = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            direct = isinstance(node, ast.ImportFrom) and node.module == "dataclasses" and "dataclass" in {a.name for a in node.names}
            dotted = isinstance(node, ast.Attribute) and node.attr == "dataclass" and isinstance(node.value, ast.Name) and node.value.id == "dataclasses"
            if (direct or dotted) and path.name != "records.py":
                offenders.append(f"{path.relative_to(package)}:{node.lineno}")
    assert offenders == []


def test_a_second_run_finds_all_its_classes_code_in_the_file(tmp_path: Path) -> None:
    """The texts dataclasses generates must not differ from run to run (under another hash seed),
    or every run would miss the cache and add to the file."""
    code = "import briefing.compile, briefing.views.markdown, briefing.records as r; print(len(r._used), len(r._added))"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**env, "PYTHONHASHSEED": seed}).stdout.split()
        for seed in ("1", "2")
    ]
    assert int(runs[0][0]) > 50 and runs[0][0] == runs[0][1]  # the first run compiled them all
    assert runs[1] == [runs[0][0], "0"]  # the second found every one
