"""Briefs on disk: YAML for people, JSON for programs, one contract for both.

Loading is strict and explains itself: ``briefs/x.yaml:14: quotes[2].speaker: expected a string or
null, got 3``.  Only YAML's safe subset is read (see :mod:`briefing.yamlio`, imported only when YAML is
actually read or written, so JSON and article paths skip PyYAML's import).  Writing goes to a temporary file in the target
directory and is renamed over the target, so a failed write never leaves half a brief behind.
"""

from __future__ import annotations

import atexit
import json
import os
import stat
from pathlib import Path
from typing import Literal

from briefing.brief import Brief, BriefValidationError
from briefing.errors import BriefingError
from briefing.patterns import regex

Format = Literal["yaml", "json"]

#: A short flat list (an evidence reference ``["s1", 12, 40]``, source ids, actor ids) as
#: ``json.dumps(indent=2)`` spreads it, one item a line; one line reads better.  JSON strings never
#: hold a raw newline, so this cannot match inside one.
_ATOM = r'(?:"[^"\\\s]{0,60}"|-?\d+)'
_FLAT = regex(rf"\[\n\s+({_ATOM}(?:,\n\s+{_ATOM})*)\n\s*\]")
_ITEM_BREAK = regex(r",\n\s+")

#: Briefs larger than this are refused before parsing: a real brief is a few hundred kB.
MAX_BRIEF_BYTES = 64 * 1024 * 1024


def format_for(path: str | os.PathLike[str]) -> Format | None:
    """The brief format a file name implies, or None when it is not a brief (an article)."""
    suffix = Path(path).suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix == ".json":
        return "json"
    return None


def dumps_brief(brief: Brief, fmt: Format = "yaml") -> str:
    """The brief serialised as YAML or JSON text."""
    data = brief.to_dict()
    if fmt == "json":
        text = _escape_surrogates(json.dumps(data, ensure_ascii=False, indent=2))
        return _FLAT.sub(lambda m: "[" + _ITEM_BREAK.sub(", ", m.group(1)) + "]", text) + "\n"
    from briefing import yamlio

    return yamlio.dump(data)


def json_line(brief: Brief) -> str:
    """The brief as one line of compact JSON (no newline): the JSON Lines form for pipelines."""
    return _escape_surrogates(json.dumps(brief.to_dict(), ensure_ascii=False, separators=(",", ":")))


#: A lone surrogate (from an article decoded with surrogate escapes) is no UTF-8; JSON writes it as
#: the ``\udXXX`` escape it reads back as the same character.
_SURROGATE = regex("[\ud800-\udfff]")


def _escape_surrogates(text: str) -> str:
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _SURROGATE.search(text) else text


def dump_brief(brief: Brief, path: str | os.PathLike[str], fmt: Format | None = None) -> None:
    """Write the brief atomically; the format follows ``fmt`` or the file suffix (YAML by default)."""
    write_atomic(path, dumps_brief(brief, fmt or format_for(path) or "yaml"))


def write_atomic(path: str | os.PathLike[str], content: str) -> None:
    """Write text to ``path``: all of it or nothing, without changing what ``path`` is.

    A regular file (or a new one) is written via a temporary file beside it and a rename, and keeps
    its old permissions (a new one gets the umask's).  A symlink is followed: its target is
    replaced and the link stays.  A device, a FIFO or a socket (``-o /dev/stdout``) cannot be
    replaced and must not be: it is written directly.

    Durability, one rule: the data is synced before the rename exactly when it replaces an existing
    file, whose old content must survive a crash (a rename over unsynced data can leave an empty
    file after a power cut).  A new file is not synced: lost in a crash, it is output to write
    again, and a batch into a fresh folder pays no sync per brief (~7 ms each on this disk).

    The temporary file is removed however the write stops: an exception, or a Ctrl-C or an exit
    at any point between its creation and the rename (see :data:`_PARTIAL`).
    """
    target = Path(os.path.realpath(path))
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise BriefingError(f"{path}: cannot write: {exc.strerror or exc}") from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_special(path, content)
        return
    try:
        data = content.encode("utf-8")
    except UnicodeEncodeError:
        raise BriefingError(f"{path}: cannot write: the text holds a lone surrogate (not UTF-8)") from None
    tmp = _temporary(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _CLOEXEC, 0o666)  # less the umask
        if info is not None:
            os.fchmod(fd, stat.S_IMODE(info.st_mode))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if info is not None:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise BriefingError(f"{path}: cannot write: {exc.strerror or exc}") from None
    finally:
        _forget(tmp)


#: Temporary files this process has begun and not yet renamed or removed.  A name is added before
#: the file is created and dropped once it is renamed or removed, so whatever stops a write (a
#: signal between two statements, an exit from another thread) the exit handler removes what is
#: left; only SIGKILL leaves one, and the target stays whole even then.
_PARTIAL: set[str] = set()


#: Not inherited by a worker forked while the file is open.
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def _temporary(target: Path) -> str:
    """A fresh name beside ``target`` (this process's id and random bits: no other writer draws
    it; ``O_EXCL`` refuses it if one did), recorded in :data:`_PARTIAL`."""
    tmp = os.path.join(target.parent, f".{target.name}.{os.getpid()}-{os.urandom(6).hex()}.tmp")
    _PARTIAL.add(tmp)
    return tmp


def _forget(tmp: str) -> None:
    """Remove ``tmp`` if it is still there (a write that stopped before its rename) and drop its name."""
    try:
        os.unlink(tmp)
    except OSError:
        pass  # renamed into place, or never created
    _PARTIAL.discard(tmp)


@atexit.register
def _remove_partial() -> None:
    """At exit: remove every temporary file a write of this process left (forked workers, which
    leave by ``os._exit``, never run this and so never touch the parent's files)."""
    for tmp in list(_PARTIAL):
        _forget(tmp)


def _write_special(path: str | os.PathLike[str], content: str) -> None:
    """Write straight into a device, FIFO or socket."""
    try:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
    except OSError as exc:
        raise BriefingError(f"{path}: cannot write: {exc.strerror or exc}") from None


def load_brief(path: str | os.PathLike[str], fmt: Format | None = None) -> Brief:
    """Read and validate a brief file; any problem is a one-line :class:`BriefingError`."""
    name = str(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_BRIEF_BYTES:
            raise BriefingError(f"{name}: {size} bytes is too large for a brief")
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise BriefingError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise BriefingError(f"{name}: is a directory, not a brief") from None
    except OSError as exc:
        raise BriefingError(f"{name}: cannot read: {exc.strerror or exc}") from None
    return loads_brief(raw, name=name, fmt=fmt or format_for(path) or "yaml")


def loads_brief(raw: bytes | str, *, name: str = "<brief>", fmt: Format = "yaml") -> Brief:
    """Parse and validate brief text; errors name ``name``, the line (YAML) and the field path."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BriefingError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    if not raw.strip():
        raise BriefingError(f"{name}: empty file, expected a brief")
    if fmt == "json":
        try:
            data = json.loads(raw, object_pairs_hook=_unique_keys)
        except _Refused as exc:
            raise BriefingError(f"{name}: invalid JSON: {exc}") from None
        except json.JSONDecodeError as exc:
            raise BriefingError(f"{name}:{exc.lineno}: invalid JSON: {exc.msg}") from None
        except RecursionError:
            raise BriefingError(f"{name}: invalid JSON: nested too deeply") from None
        except ValueError:  # a number of more than 4300 digits
            raise BriefingError(f"{name}: invalid JSON: a number too long to read") from None
        return _validate(data, name, None)
    from briefing import yamlio

    data, node = yamlio.parse(raw, name)
    return _validate(data, name, node)


class _Refused(ValueError):
    """A JSON document the brief loader does not accept (the same rule as for YAML)."""


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    found: dict[str, object] = {}
    for key, value in pairs:
        if key in found:
            raise _Refused(f"duplicate key {key!r}")
        found[key] = value
    return found


def _validate(data: object, name: str, node: object | None) -> Brief:
    try:
        return Brief.from_dict(data)
    except BriefValidationError as exc:
        line = None
        if node is not None:
            from briefing import yamlio

            line = yamlio.line_of(node, exc.path)
        where = f"{name}:{line}" if line else name
        raise BriefingError(f"{where}: {exc}") from None
