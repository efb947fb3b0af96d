"""Dataclasses whose generated methods are compiled once per machine, not once per process.

:func:`dataclasses.dataclass` writes the methods of each class (``__init__``, ``__repr__``,
``__eq__``; ``__setattr__``, ``__delattr__`` and ``__hash__`` for a frozen class) as Python source
and compiles that with :func:`exec`: three quarters of the ~1 ms a class costs, and a ``briefing
markdown`` run declares some 35 of them (about 80 of its 570 million instructions, the largest item
of its start-up).  The code compiled from a text depends only on the text and the Python that
compiles it, so for the classes of briefing's modules, and of Rich's and Textual's, which its views
import, the code is kept in a :mod:`marshal` file beside the pattern cache (one file per Python
build) and :func:`exec` is handed the code instead of the text.  Everything else is
:mod:`dataclasses`' own: the same decorator, the same fields, ``replace`` and ``asdict``.

Every module of briefing declares its dataclasses with the :func:`dataclass` of this module (a
test checks it): importing it is what puts the cache in place, as the one ``exec`` that
:mod:`dataclasses` calls.  Other packages' dataclasses are compiled as before (a program using
briefing's API adds nothing of its own to the file).  The file is read only when it is the user's
own (:func:`briefing.cachefile.read_table`); a damaged or foreign one is ignored as a whole, and
code first compiled in a run is added to the file when the process exits.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType
from typing import Any

from briefing.cachefile import add_to_table, cache_dir, read_table

__all__ = ["dataclass", "field"]

#: Packages whose classes' code is kept: briefing's own, and the views' libraries, whose
#: dataclasses each of their runs declares again (Rich's on ``print``, some 60 of Textual's in the TUI).
CACHED_PACKAGES = ("briefing.", "rich.", "textual.")
#: Bumped when the file's layout changes.
FORMAT = 1
#: Texts kept in the file at most: briefing's classes have a few hundred methods.
MAX_CODES = 2000

# Compiled code by the text dataclasses generated: loaded on the first class, None until then.
_codes: dict[str, CodeType] | None = None
_added: dict[str, CodeType] = {}
# Every text this process compiled or found, for a file that outgrew MAX_CODES.
_used: dict[str, CodeType] = {}


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /, **options: Any) -> None:
    """:func:`exec` as :mod:`dataclasses` calls it, with the text of the methods of a class of
    :data:`CACHED_PACKAGES` swapped for its compiled code.  Any other text is compiled here too:
    an ``exec`` of text would take this module's ``__future__`` flags (annotations as strings),
    not those of :mod:`dataclasses`."""
    if isinstance(source, str):
        if globals is not None and str(globals.get("__name__", "")).startswith(CACHED_PACKAGES):
            source = _code(source)
        else:
            source = compile(source, "<string>", "exec", dont_inherit=True)
    builtins.exec(source, globals, locals, **options)


def _code(source: str) -> CodeType:
    """The code :func:`exec` would compile ``source`` to (no ``__future__`` flags inherited, as
    when :mod:`dataclasses` execs it)."""
    codes = _codes if _codes is not None else _load()
    code = codes.get(source)
    if code is None:
        code = compile(source, "<string>", "exec", dont_inherit=True)
        if not _added:
            atexit.register(_save)
        _added[source] = codes[source] = code
    _used[source] = code
    return code


def cache_path() -> Path | None:
    """The file for this Python build: compiled code is private to a version.  None off CPython."""
    if sys.implementation.name != "cpython":
        return None
    stamp = zlib.crc32(f"{FORMAT} {sys.version}".encode())
    return cache_dir() / f"records-{sys.implementation.cache_tag}-{stamp:08x}.marshal"


def _load() -> dict[str, CodeType]:
    global _codes
    path = cache_path()
    table = read_table(path) if path is not None else {}
    _codes = {text: code for text, code in table.items() if isinstance(text, str) and isinstance(code, CodeType)}
    return _codes


def _save() -> None:
    """Add this run's newly compiled code to the file."""
    add_to_table(cache_path(), _added, _used, MAX_CODES)


setattr(dataclasses, "exec", _exec)  # dataclasses looks exec up among its own globals before the builtins
