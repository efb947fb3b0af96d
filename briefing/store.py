"""Briefs on disk: YAML for people, JSON for programs, one contract for both.

Loading is strict and explains itself: ``briefs/x.yaml:14: quotes[2].speaker: expected a string or
null, got 3``.  Only YAML's safe subset is read (see :mod:`briefing.yamlio`, imported only when YAML is
actually read or written, so JSON and article paths skip PyYAML's import).  Writing goes to a temporary file in the target
directory and is renamed over the target, so a failed write never leaves half a brief behind.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Literal

from briefing.brief import Brief, BriefValidationError
from briefing.errors import BriefingError

Format = Literal["yaml", "json"]

#: A short flat list (an evidence reference ``["s1", 12, 40]``, source ids, actor ids) as
#: ``json.dumps(indent=2)`` spreads it, one item a line; one line reads better.  JSON strings never
#: hold a raw newline, so this cannot match inside one.
_ATOM = r'(?:"[^"\\\s]{0,60}"|-?\d+)'
_FLAT = re.compile(rf"\[\n\s+({_ATOM}(?:,\n\s+{_ATOM})*)\n\s*\]")
_ITEM_BREAK = re.compile(r",\n\s+")

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
        text = json.dumps(data, ensure_ascii=False, indent=2)
        return _FLAT.sub(lambda m: "[" + _ITEM_BREAK.sub(", ", m.group(1)) + "]", text) + "\n"
    from briefing import yamlio

    return yamlio.dump(data)


def json_line(brief: Brief) -> str:
    """The brief as one line of compact JSON (no newline): the JSON Lines form for pipelines."""
    return json.dumps(brief.to_dict(), ensure_ascii=False, separators=(",", ":"))


def dump_brief(brief: Brief, path: str | os.PathLike[str], fmt: Format | None = None) -> None:
    """Write the brief atomically; the format follows ``fmt`` or the file suffix (YAML by default)."""
    write_atomic(path, dumps_brief(brief, fmt or format_for(path) or "yaml"))


def write_atomic(path: str | os.PathLike[str], content: str) -> None:
    """Write text to ``path`` via a temporary file and a rename: all of it or nothing.

    The file gets the mode a plain ``open`` would give it (0666 less the umask), or keeps the
    mode of the file it replaces: the temporary file's private 0600 must not outlive the rename.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise BriefingError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise BriefingError(f"{target}: cannot write: {exc.strerror or exc}") from None
        raise


def _mode_for(target: Path) -> int:
    """The permission bits for a file written at ``target``: those it has, else 0666 less the umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


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
            data = json.loads(raw)
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
