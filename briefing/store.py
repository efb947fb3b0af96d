"""Briefs on disk: YAML for people, JSON for programs, one contract for both.

Loading is strict and explains itself: ``briefs/x.yaml:14: quotes[2].speaker: expected a string or
null, got 3``.  Only YAML's safe subset is read; anchors and aliases are refused outright, which
stops alias bombs before anything is expanded.  Writing goes to a temporary file in the target
directory and is renamed over the target, so a failed write never leaves half a brief behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Literal

import yaml

from briefing.brief import Brief, BriefValidationError
from briefing.errors import BriefingError

Format = Literal["yaml", "json"]

#: Briefs larger than this are refused before parsing: a real brief is a few hundred kB.
MAX_BRIEF_BYTES = 64 * 1024 * 1024


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases: a brief never needs them and they enable alias bombs."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                problem="aliases (*name) are not allowed in a brief", problem_mark=event.start_mark
            )
        return super().compose_node(parent, index)


class _BriefDumper(yaml.SafeDumper):
    """Writes multi-line strings (the article) as literal blocks so the YAML stays readable."""


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BriefDumper.add_representer(str, _str_presenter)


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
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.dump(
        data, Dumper=_BriefDumper, sort_keys=False, allow_unicode=True, default_flow_style=None, width=100
    )


def dump_brief(brief: Brief, path: str | os.PathLike[str], fmt: Format | None = None) -> None:
    """Write the brief atomically; the format follows ``fmt`` or the file suffix (YAML by default)."""
    write_atomic(path, dumps_brief(brief, fmt or format_for(path) or "yaml"))


def write_atomic(path: str | os.PathLike[str], content: str) -> None:
    """Write text to ``path`` via a temporary file and a rename: all of it or nothing."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise BriefingError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
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
        return _validate(data, name, None)
    try:
        loader = _StrictLoader(raw)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = exc.problem or exc.context or "invalid YAML"
        if "could not determine a constructor" in str(exc):
            problem = f"tag {_tag_of(str(exc))} is not allowed (only plain YAML is read)"
        raise BriefingError(f"{name}{line}: invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise BriefingError(f"{name}: invalid YAML: {exc}") from None
    except RecursionError:
        raise BriefingError(f"{name}: invalid YAML: nested too deeply") from None
    return _validate(data, name, node)


def _tag_of(message: str) -> str:
    start = message.find("'")
    end = message.find("'", start + 1)
    return message[start : end + 1] if 0 <= start < end else "this tag"


def _validate(data: object, name: str, node: yaml.Node | None) -> Brief:
    try:
        return Brief.from_dict(data)
    except BriefValidationError as exc:
        line = _line_of(node, exc.path) if node is not None else None
        where = f"{name}:{line}" if line else name
        raise BriefingError(f"{where}: {exc}") from None


def _line_of(node: yaml.Node, path: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the YAML node at ``path``, or of its deepest existing parent."""
    line = node.start_mark.line + 1
    for part in path:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == part:
                    child = value
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        if child is None:
            return line
        node = child
        line = node.start_mark.line + 1
    return line
