"""The machine's cache folder and the one way files are written into it.

The gazetteer table and the compiled patterns live side by side in ``$XDG_CACHE_HOME/briefing/``
(``~/.cache/briefing/`` without it).  Several runs may build and write the same file at once, and a
run may be killed mid-write, so every file is written whole beside its target and renamed over
it: a reader sees the old file or the new one, never half of either.  A cache is only a saving, so
a folder that cannot be written is no error: the caller computes its data again next time.

This module imports nothing beyond :mod:`os` and :mod:`pathlib`: it is on the start-up path of
every run (:mod:`tempfile` alone would pull in shutil, random and the compressors).
"""

from __future__ import annotations

import os
from pathlib import Path


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
