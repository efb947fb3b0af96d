"""YAML for briefs: PyYAML's safe subset, no aliases, literal blocks for the article.

Kept apart from :mod:`briefing.store` so that only the paths that read or write YAML pay for
importing PyYAML; compiling an article to JSON or Markdown never does.
"""

from __future__ import annotations

from typing import Any

import yaml

from briefing.errors import BriefingError


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases: a brief never needs them and they enable alias bombs."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.MarkedYAMLError(
                problem="aliases (*name) are not allowed in a brief", problem_mark=event.start_mark
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        """Mappings as PyYAML builds them, but a key given twice is refused, not silently overwritten."""
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int, float, bool)) or key is None:
                if key in seen:
                    raise yaml.MarkedYAMLError(problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
                seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node: Any) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            raise yaml.MarkedYAMLError(problem=f"not a valid date: {node.value!r}", problem_mark=node.start_mark) from None


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_yaml_timestamp)


class _BriefDumper(yaml.SafeDumper):
    """Writes multi-line strings (the article) as literal blocks so the YAML stays readable."""


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # PyYAML writes NEL (U+0085) raw into a quoted or block scalar and reads it back as a line
    # break; a double-quoted scalar escapes it (as every other character already round-trips).
    style = '"' if "\x85" in value else "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BriefDumper.add_representer(str, _str_presenter)


#: libyaml's C emitter where PyYAML was built with it: four times faster than the pure-Python one,
#: and it reads back as the same data (on all 1,080 dev-set briefs; the text is the same but for
#: a few long strings that it folds where the Python emitter double-quotes them).  It cannot
#: write a lone surrogate, which the Python emitter escapes; loading keeps the Python parser,
#: whose composer is what refuses aliases.
_FastDumper: Any = None
if getattr(yaml, "CSafeDumper", None) is not None:

    class _CBriefDumper(yaml.CSafeDumper):
        """The C emitter with the same string style as :class:`_BriefDumper`."""

    _CBriefDumper.add_representer(str, _str_presenter)  # type: ignore[arg-type]
    _FastDumper = _CBriefDumper


def dump(data: object) -> str:
    """Plain data as block YAML in the given key order, short lists inline."""
    options: dict[str, Any] = {"sort_keys": False, "allow_unicode": True, "default_flow_style": None, "width": 100}
    if _FastDumper is not None:
        try:
            return yaml.dump(data, Dumper=_FastDumper, **options)  # type: ignore[no-any-return]
        except (yaml.YAMLError, UnicodeError):
            pass  # a lone surrogate: the Python emitter escapes it
    return yaml.dump(data, Dumper=_BriefDumper, **options)  # type: ignore[no-any-return]


def parse(raw: str, name: str) -> tuple[object, yaml.Node | None]:
    """The data and the node tree (for line numbers); any problem is a one-line BriefingError."""
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
    except ValueError:  # PyYAML's int() of a number of more than 4300 digits
        raise BriefingError(f"{name}: invalid YAML: a number too long to read") from None
    return data, node


def _tag_of(message: str) -> str:
    start = message.find("'")
    end = message.find("'", start + 1)
    return message[start : end + 1] if 0 <= start < end else "this tag"


def line_of(node: object, path: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the YAML node at ``path``, or of its deepest existing parent."""
    if not isinstance(node, yaml.Node):
        return None
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
