"""The machine's cache folder and the one way files are written into it.

The gazetteer table, the compiled patterns and the dataclasses' compiled methods live side by side in ``$XDG_CACHE_HOME/briefing/``
(``~/.cache/briefing/`` without it).  Several runs may build and write the same file at once, and a
run may be killed mid-write, so every file is written whole beside its target and renamed over
it: a reader sees the old file or the new one, never half of either.  A cache is only a saving, so
a folder that cannot be written is no error: the caller computes its data again next time.

The compiled patterns and methods are tables a run reads whole and adds to at exit
(:func:`read_table`, :func:`add_to_table`); a table is read only from a file of the user's own that
no one else can write, as Python reads its own bytecode files.

This module imports nothing beyond :mod:`os`, :mod:`marshal` and :mod:`pathlib`: it is on the
start-up path of every run (:mod:`tempfile` alone would pull in shutil, random and the compressors).
"""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """The folder briefing's caches live in (it may not exist yet)."""
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "briefing"


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` via a temporary file ``.{name}.*`` in the same folder, synced and
    renamed over the target; False (and nothing left behind) when the folder cannot be written.

    The sync makes the rename publish data that is on disk: after a crash the file is the old one
    or the whole new one, not an empty name that every later run would have to detect.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    for _ in range(8):  # a name another writer holds at this instant: draw another
        tmp = path.parent / f".{path.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            break
        except FileExistsError:
            continue
        except OSError:
            return False
    else:
        return False
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        return True
    except BaseException as exc:  # an interrupt mid-write leaves no temporary file either
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            return False
        raise


def read_table(path: Path) -> dict[Any, Any]:
    """The dict :mod:`marshal` holds in ``path``; empty when the file is missing, damaged, no dict,
    or not the user's own file alone (another user's or a group-writable file is not read)."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if info.st_uid != os.geteuid() or info.st_mode & 0o022:
                return {}
            table = marshal.loads(handle.read())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def add_to_table(path: Path | None, added: dict[Any, Any], used: dict[Any, Any], bound: int) -> None:
    """Merge this run's ``added`` entries (then emptied) into the table at ``path``, re-read first:
    another run may have added its own.  Over ``bound`` entries the table keeps only what this run
    ``used``: a table that grows run after run holds entries that differ from run to run.  Nothing
    to add, no path (no cache for this Python) or an unwritable folder: nothing is written."""
    if path is None or not added:
        return
    merged = read_table(path)
    merged.update(added)
    added.clear()
    write_atomic(path, marshal.dumps(merged if len(merged) <= bound else dict(list(used.items())[:bound])))
