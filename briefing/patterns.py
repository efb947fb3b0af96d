"""Regular expressions compiled once per machine, not once per process.

The compiler's modules define some 250 patterns; :func:`re.compile` parses each in Python
(``re._parser``) and turns it into the regex engine's code (``re._compiler``), which took about
50 ms of every ``briefing markdown`` run: a third of its whole CPU.  The engine's code of a
pattern depends only on the pattern, its flags and the Python that runs it, so :func:`regex` keeps
it in a :mod:`marshal` file beside the gazetteer table (``$XDG_CACHE_HOME/briefing/``), one file
per Python build, and builds the pattern object straight from it (about 2 ms for all of them).

Only patterns written in the code go through here (module constants, word lists joined into an
alternation): a pattern made from an article would grow the file without bound.  The engine
validates the code it is given, and a file that fails to load or to build any pattern is ignored
as a whole: the worst a damaged or foreign file costs is the normal compile.  New patterns are
added to the file when the process exits (with :func:`briefing.cachefile.write_atomic`, so
concurrent runs never see half a file).

A pattern is also given a first-character gate where the engine has nothing to skip by: the
engine scans quickly only to a literal prefix or a leading character class, and tries any other
pattern in full at every position of the text (the figures' amounts, the embedded-post marks and
the date rules spent most of their time so).  :func:`_gate` puts in front a lookahead for the
characters the pattern's first consuming item can match (``(?=[$£€¥0-9UCAbdef...])`` before the
amount's optional currency sign), which fails at once on every other position: the same matches,
found in less time (seed compile 7% fewer instructions; 1 MB of quote marks 40% less CPU).
"""

from __future__ import annotations

import atexit
import importlib
import re
import sys
import zlib
from pathlib import Path
from typing import Any, AnyStr

from briefing.cachefile import add_to_table, cache_dir, read_table

#: Bumped when the file's layout or the code built for a pattern changes (2: first-character gates).
FORMAT = 2
#: Patterns kept in the file at most.  The code defines a few hundred; more means patterns that
#: differ from run to run (an alternation in set order): the file then keeps only one run's.
MAX_PATTERNS = 1000

# The engine and re's own parser and code generator (all loaded with re): private modules, typed loosely.
_sre: Any = importlib.import_module("_sre")
_re_parser: Any = importlib.import_module("re._parser")
_re_compiler: Any = importlib.import_module("re._compiler")

_Key = tuple[Any, int]
# Engine code by (pattern, flags): loaded lazily on the first call, in the format _sre.compile takes.
_codes: dict[_Key, tuple[Any, ...]] | None = None
_added: dict[_Key, tuple[Any, ...]] = {}
# Every pattern this process asked for, whether found in the file or added.
_used: dict[_Key, tuple[Any, ...]] = {}


def regex(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the machine's cache of engine code when it is there."""
    flags = int(flags)
    codes = _codes if _codes is not None else _load()
    key = (pattern, flags)
    args = codes.get(key)
    if args is not None:
        try:
            compiled = _build(args)
            _used[key] = args
            return compiled
        except (TypeError, ValueError, RuntimeError, OverflowError):  # not this engine's code: drop the file's
            codes.clear()
    compiled, args = _compile(pattern, flags)
    if args is not None:
        if not _added:
            atexit.register(_save)
        _added[key] = codes[key] = _used[key] = args
    return compiled


def _build(args: tuple[Any, ...]) -> re.Pattern[Any]:
    compiled: re.Pattern[Any] = _sre.compile(*args)
    return compiled


def _compile(pattern: AnyStr, flags: int) -> tuple[re.Pattern[AnyStr], tuple[Any, ...] | None]:
    """The pattern, and the arguments that rebuild it (None where this Python's ``re`` differs
    from the one this was written against: then nothing is cached)."""
    try:
        parsed = _re_parser.parse(pattern, flags)
        _gate(parsed, flags | parsed.state.flags)
        code = [int(op) for op in _re_compiler._code(parsed, flags)]
        state = parsed.state
        index_group: list[str | None] = [None] * state.groups
        for name, index in state.groupdict.items():
            index_group[index] = name
        args = (pattern, flags | state.flags, code, state.groups - 1, dict(state.groupdict), tuple(index_group))
        compiled = _build(args)
    except (AttributeError, ImportError, TypeError, ValueError, RuntimeError):
        return re.compile(pattern, flags), None
    return compiled, args


_ZERO_WIDTH = frozenset(("AT", "ASSERT", "ASSERT_NOT"))
_REPEATS = frozenset(("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"))
#: The classes a gate may test: digits and listed characters.  A gate of \w, \s or a negated class
#: lets most positions through and only adds its own test (measured: the seed compiles slower).
_NARROW_CATEGORIES = frozenset(("CATEGORY_DIGIT", "CATEGORY_UNI_DIGIT"))


def _first_items(items: Any, flags: int) -> tuple[list[tuple[int, Any, Any]], bool] | None:
    """The items that can match the first character of the sequence ``items`` (with the flags in
    force at each), and whether the sequence can match the empty string; None when a first item
    can match anything (``.``, ``[^x]``, a back-reference): no gate then.

    Zero-width items (anchors, lookarounds) are stepped over, an optional or repeated item adds
    its own first items and lets the next ones count too, a group or alternation is read inside.
    """
    found: list[tuple[int, Any, Any]] = []
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "IN"):
            found.append((flags, op, av))
            return found, False
        if name in _ZERO_WIDTH:
            continue
        if name == "SUBPATTERN":
            _, add_flags, del_flags, sub = av
            inner = _first_items(sub.data, (flags | add_flags) & ~del_flags)
        elif name == "ATOMIC_GROUP":
            inner = _first_items(av.data, flags)
        elif name == "BRANCH":
            inner = ([], False)
            for branch in av[1]:
                one = _first_items(branch.data, flags)
                if one is None:
                    return None
                inner = (inner[0] + one[0], inner[1] or one[1])
        elif name in _REPEATS:
            low, _, sub = av
            one = _first_items(sub.data, flags)
            inner = None if one is None else (one[0], one[1] or low == 0)
        else:  # any character, a back-reference, or an item this code does not know: no gate
            return None
        if inner is None:
            return None
        found.extend(inner[0])
        if not inner[1]:
            return found, False
    return found, True


def _gate(parsed: Any, flags: int) -> bool:
    """Put ``(?=[first characters])`` in front of a parsed pattern the engine cannot skip through.

    Left alone: a pattern with a literal prefix or a leading class (the engine already skips to
    it), one that can match the empty string (it matches anywhere), one whose first item matches
    almost anything.  Each item keeps the flags in force where it stood (``(?i:...)`` inside), and
    items under the same flags are merged into one class, so the gate is one test per position.
    """
    if flags & re.LOCALE or parsed.getwidth()[0] == 0:
        return False
    if _re_compiler._get_literal_prefix(parsed, flags)[0] or _re_compiler._get_charset_prefix(parsed, flags):
        return False
    first = _first_items(parsed.data, flags)
    if first is None or first[1] or not first[0]:
        return False
    negate, category = _re_parser.NEGATE, _re_parser.CATEGORY
    classes: dict[int, list[Any]] = {}
    for item_flags, op, av in first[0]:
        if op is _re_parser.LITERAL:
            classes.setdefault(item_flags, []).append((op, av))
            continue
        if any(o is negate or (o is category and str(a) not in _NARROW_CATEGORIES) for o, a in av):
            return False
        classes.setdefault(item_flags, []).extend(av)
    state, sub_pattern = parsed.state, _re_parser.SubPattern
    branches = []
    for item_flags, members in classes.items():
        branch = sub_pattern(state, [(_re_parser.IN, members)])
        if item_flags != flags:
            scoped = (None, item_flags & ~flags, flags & ~item_flags, branch)
            branch = sub_pattern(state, [(_re_parser.SUBPATTERN, scoped)])
        branches.append(branch)
    body = branches[0] if len(branches) == 1 else sub_pattern(state, [(_re_parser.BRANCH, (None, branches))])
    parsed.data.insert(0, (_re_parser.ASSERT, (1, body)))
    return True


def cache_path() -> Path | None:
    """The file for this Python build (its version and the regex engine's magic number): the
    engine's code format is private to a build.  None off CPython."""
    if sys.implementation.name != "cpython":
        return None
    stamp = zlib.crc32(f"{FORMAT} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}".encode())
    return cache_dir() / f"patterns-{sys.implementation.cache_tag}-{stamp:08x}.marshal"


def _load() -> dict[_Key, tuple[Any, ...]]:
    global _codes
    path = cache_path()
    _codes = read_table(path) if path is not None else {}
    return _codes


def _save() -> None:
    """Add this run's new patterns to the file."""
    add_to_table(cache_path(), _added, _used, MAX_PATTERNS)
