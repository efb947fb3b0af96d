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
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import re
import sys
import zlib
from pathlib import Path
from typing import Any, AnyStr

from briefing.cachefile import cache_dir, write_atomic

#: Bumped when the file's layout changes.
FORMAT = 1
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


def cache_path() -> Path | None:
    """The file for this Python build (its version and the regex engine's magic number): the
    engine's code format is private to a build.  None off CPython."""
    if sys.implementation.name != "cpython":
        return None
    stamp = zlib.crc32(f"{FORMAT} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}".encode())
    return cache_dir() / f"patterns-{sys.implementation.cache_tag}-{stamp:08x}.marshal"


def _load() -> dict[_Key, tuple[Any, ...]]:
    global _codes
    _codes = {}
    path = cache_path()
    if path is None:
        return _codes
    try:
        _codes.update(marshal.loads(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):
        _codes.clear()
    return _codes


def _save() -> None:
    """Add this run's new patterns to the file (re-read first: another run may have added its own)."""
    path = cache_path()
    if path is None or not _added:
        return
    merged: dict[_Key, tuple[Any, ...]] = {}
    try:
        merged.update(marshal.loads(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):
        pass
    merged.update(_added)
    _added.clear()
    data = marshal.dumps(merged if len(merged) <= MAX_PATTERNS else dict(list(_used.items())[:MAX_PATTERNS]))
    write_atomic(path, data)  # a read-only or missing cache folder: compile again next time
