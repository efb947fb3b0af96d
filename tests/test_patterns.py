"""The machine's cache of compiled patterns: the same pattern objects as re.compile, never trusted blindly."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

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
def cache(fresh_table: Callable[[ModuleType], Path]) -> Path:
    """A fresh cache folder and an empty in-process table, as in a new process."""
    return fresh_table(patterns)


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


#: Shapes the first-character gate must read right: an optional sign before a lookbehind, a
#: case-insensitive group inside, an alternation of words, an optional then a required item,
#: an atomic group, a lazy repeat; and shapes it must leave alone (a literal prefix, a leading
#: class, an empty match, a first item that matches anything).
GATED = [
    r"(?:(?P<sign>US\$|[$£])[ \t]?)?(?<![\w.])(?P<num>\d+|(?i:one|two|dozens))",
    r"\bpic\.twitter\.com/\w|(?<![\w.])t\.co/\w|\bview\s+this\s+post",
    r"(?:(?:the|a)\s+)?(?i:k\w+|s\w*)\b",
    r"(?>[.!?]+)[\"']*+(?=\s)",
    r"(?:\d{1,2}:)??\d\d(?:am|pm)",
]
UNGATED = [r"said\s+\w+", r"[A-Z][a-z]+", r"(?:x)?", r"(?:.|-)a", r"[^a]b", r"\w+ing"]
TEXTS = [
    "US$ 12 and £3, one, TWO, Dozens; x.5 a.one",
    "see pic.twitter.com/abc or t.co/x and xt.co/y; View  this  post",
    "the Kelvin \u212aelvin, a \u017fs, The KING Spoke",
    "Stop... Go!? Now \"yes\" 'no'",
    "at 12:30pm, 0930am or 07pm; 123:45am",
]


@pytest.mark.parametrize("source", GATED)
def test_a_gated_pattern_finds_exactly_what_re_compile_finds(cache: Path, source: str) -> None:
    gated, plain = patterns.regex(source), re.compile(source)
    assert gated.pattern == plain.pattern
    for text in TEXTS:
        for start in range(len(text)):
            assert [m.span() for m in gated.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]
            match, expected = gated.match(text, start), plain.match(text, start)
            assert (match and match.groups()) == (expected and expected.groups())


def _code(source: str) -> list[int]:
    parsed = patterns._re_parser.parse(source, 0)
    return [int(op) for op in patterns._re_compiler._code(parsed, 0)]


@pytest.mark.parametrize("source", GATED)
def test_a_pattern_the_engine_cannot_skip_through_gets_a_gate(source: str) -> None:
    parsed = patterns._re_parser.parse(source, 0)
    assert patterns._gate(parsed, parsed.state.flags)


@pytest.mark.parametrize("source", UNGATED)
def test_a_pattern_with_a_prefix_an_empty_match_or_an_open_first_item_is_left_alone(source: str) -> None:
    parsed = patterns._re_parser.parse(source, 0)
    assert not patterns._gate(parsed, parsed.state.flags)
    assert patterns._compile(source, 0)[1][2] == _code(source)  # type: ignore[index]


def test_every_compiler_pattern_matches_as_re_compile_does_on_mixed_text() -> None:
    """The gate on every pattern the compiler defines, against re.compile on text with every kind of character."""
    import briefing.compile  # noqa: F401  (defines the compiler's patterns)

    text = (
        "WASHINGTON, March 6 (Reuters) - \"We'll see,\" said Sen. Ann O'Roe, 54, on Monday. "
        "It cost $4.5bn, up 12% (or 3 per cent) from 2019-03-04; 18:12 GMT... Really?! "
        "e-mail news@x.org or see t.co/abc. \u00ab\u212aelvin\u00bb  \t 1,200 people - half - left.\n\n"
        "BY JANE DOE | Photo: AFP/Getty\nFollow us on Twitter @x"
    )
    for source, flags in list(patterns._used):
        if isinstance(source, str):
            gated, plain = patterns.regex(source, flags), re.compile(source, flags)
            for start in range(0, len(text), 7):
                found = [m.span() for m in gated.finditer(text, start)]
                assert found == [m.span() for m in plain.finditer(text, start)], source
