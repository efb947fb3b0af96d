"""The machine's cache of compiled patterns: the same pattern objects as re.compile, never trusted blindly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing import patterns

SAMPLES = [
    (r"(?P<day>[0-3]?\d)\s+(?P<month>Jan|Feb)\b", 0),
    (r"(?i:said|says)\s+(\w+)", 0),
    (r"""(?<![.!?…])[.!?…]++["')\]]*+(?=\s+[A-Z])""", 0),
    (r"^\s*(?:by|from)\s+", re.IGNORECASE | re.MULTILINE),
    (r"(?x) a \s+ b  # verbose", 0),
    (rb"\x00+", 0),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache folder and an empty in-process table, as in a new process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(patterns, "_codes", None)
    monkeypatch.setattr(patterns, "_added", {})
    monkeypatch.setattr(patterns, "_used", {})
    monkeypatch.setattr(patterns.atexit, "register", lambda fn: fn)
    return tmp_path


def same(a: re.Pattern[str] | re.Pattern[bytes], b: re.Pattern[str] | re.Pattern[bytes]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)


def test_a_pattern_rebuilt_from_the_cache_file_is_the_pattern_re_compiles(cache: Path) -> None:
    for source, flags in SAMPLES:
        same(patterns.regex(source, flags), re.compile(source, flags))
    patterns._save()
    assert patterns.cache_path() is not None and patterns.cache_path().exists()  # type: ignore[union-attr]
    patterns._codes = None  # a new process: every pattern now comes from the file
    for source, flags in SAMPLES:
        assert (source, int(flags)) in patterns._load()
        same(patterns.regex(source, flags), re.compile(source, flags))
    day = patterns.regex(SAMPLES[0][0]).search("on 14 Feb 2024")
    assert day is not None and day.group("day", "month") == ("14", "Feb")
    assert patterns.regex(SAMPLES[2][0]).findall("Stop... Go. Now") == ["...", "."]


def test_a_damaged_cache_file_costs_only_the_normal_compile(cache: Path) -> None:
    path = patterns.cache_path()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal at all")
    same(patterns.regex(r"a(b)c"), re.compile(r"a(b)c"))


def test_engine_code_the_engine_refuses_is_dropped_and_compiled_again(cache: Path) -> None:
    import marshal

    path = patterns.cache_path()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(marshal.dumps({("a(b)c", 0): ("a(b)c", 32, [999, 1, 2], 1, {}, (None, None))}))
    compiled = patterns.regex("a(b)c")
    same(compiled, re.compile("a(b)c"))
    assert compiled.fullmatch("abc") is not None


def test_a_run_adds_its_new_patterns_to_what_another_run_saved(cache: Path) -> None:
    patterns.regex("first")
    patterns._save()
    patterns._codes, patterns._added = None, {}
    patterns.regex("second")
    patterns._save()
    assert {("first", 0), ("second", 0)} <= set(patterns._load())


def test_an_unwritable_cache_folder_only_means_compiling_each_time(cache: Path) -> None:
    (cache / "briefing").write_text("a file where the folder should be")
    same(patterns.regex("x+"), re.compile("x+"))
    patterns._save()  # no error


def test_a_file_over_the_bound_keeps_only_the_patterns_of_the_run(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "MAX_PATTERNS", 3)
    for word in ("one", "two", "three"):
        patterns.regex(word)
    patterns._save()
    patterns._codes, patterns._added, patterns._used = None, {}, {}
    patterns.regex("one")
    patterns.regex("four")
    patterns._save()
    assert set(patterns._load()) == {("one", 0), ("four", 0)}


def test_the_compiler_asks_for_the_same_patterns_under_any_hash_seed() -> None:
    """A pattern joined from a set in set order differs from run to run: each run would miss the
    cache and add one more copy to the file."""
    import os
    import subprocess
    import sys

    code = "import briefing.compile, briefing.views.markdown, briefing.patterns as p; print(sorted(map(repr, p._used)))"
    runs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1 and len(next(iter(runs))) > 1000
