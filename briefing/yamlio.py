"""YAML for briefs: PyYAML's safe subset, no aliases, literal blocks for the article.

Kept apart from :mod:`briefing.store` so that only the paths that read or write YAML pay for
importing PyYAML; compiling an article to JSON or Markdown never does.
"""

from __future__ import annotations

import io
from typing import Any

import yaml

from briefing.errors import BriefingError


class _Strict:
    """What a brief's loader refuses beyond PyYAML's safe subset, for either parser: aliases (a brief
    never needs them and they enable alias bombs), a key given twice (not silently overwritten),
    and an impossible date (one line, not ValueError)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):  # type: ignore[attr-defined]
            event = self.peek_event()  # type: ignore[attr-defined]
            raise yaml.MarkedYAMLError(
                problem="aliases (*name) are not allowed in a brief", problem_mark=event.start_mark
            )
        return super().compose_node(parent, index)  # type: ignore[misc]

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[attr-defined]
            if isinstance(key, (str, int, float, bool)) or key is None:
                if key in seen:
                    raise yaml.MarkedYAMLError(problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
                seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[misc]

    def construct_yaml_timestamp(self, node: Any) -> Any:
        try:
            return super().construct_yaml_timestamp(node)  # type: ignore[misc]
        except ValueError:
            raise yaml.MarkedYAMLError(problem=f"not a valid date: {node.value!r}", problem_mark=node.start_mark) from None


class _StrictLoader(_Strict, yaml.SafeLoader):
    """The pure-Python loader: for a text libyaml cannot take (a lone surrogate) or without libyaml."""


def _timestamp(loader: Any, node: Any) -> Any:
    return loader.construct_yaml_timestamp(node)


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)

_CStrict: Any = None
_CParser: Any = getattr(getattr(yaml, "_yaml", None), "CParser", None) if getattr(yaml, "__with_libyaml__", False) else None
if _CParser is not None:

    class _CStrictLoader(_Strict, yaml.composer.Composer, _CParser, yaml.constructor.SafeConstructor, yaml.resolver.Resolver):  # type: ignore[misc]
        """libyaml's scanner and parser (five times faster than PyYAML's) under PyYAML's own composer.

        Not ``CSafeLoader``: its composer is C, where :class:`_Strict` cannot refuse an alias.
        Composing in Python from libyaml's events costs about a tenth of the load."""

        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            yaml.composer.Composer.__init__(self)

    _CStrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
    _CStrict = _CStrictLoader


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
#: write a lone surrogate, which the Python emitter escapes.
_FastDumper: Any = None
_CEmitter: Any = getattr(getattr(yaml, "_yaml", None), "CEmitter", None) if getattr(yaml, "__with_libyaml__", False) else None
if getattr(yaml, "CSafeDumper", None) is not None:

    class _CBriefDumper(yaml.CSafeDumper):
        """The C emitter with the same string style as :class:`_BriefDumper`."""

    _CBriefDumper.add_representer(str, _str_presenter)  # type: ignore[arg-type]
    _FastDumper = _CBriefDumper


def dump(data: object) -> str:
    """Plain data as block YAML in the given key order, short lists inline."""
    if _CEmitter is not None:
        try:
            return _emit(data)
        except (_NotPlain, yaml.YAMLError, UnicodeError):
            pass  # a lone surrogate (libyaml writes UTF-8 only), or data that is not a brief's plain data
    options: dict[str, Any] = {"sort_keys": False, "allow_unicode": True, "default_flow_style": None, "width": 100}
    if _FastDumper is not None:
        try:
            return yaml.dump(data, Dumper=_FastDumper, **options)  # type: ignore[no-any-return]
        except (yaml.YAMLError, UnicodeError):
            pass  # a lone surrogate: the Python emitter escapes it
    return yaml.dump(data, Dumper=_BriefDumper, **options)  # type: ignore[no-any-return]


class _NotPlain(TypeError):
    """A value :func:`_emit` does not write (not str, int, float, bool, None, list or dict)."""


_TAG = "tag:yaml.org,2002:"
#: First characters of a plain scalar that might resolve to something other than a string (a
#: number, a bool, null, a date, ``<<``, ``=``); a string starting otherwise is always plain-safe.
_RESOLVABLE = frozenset(key for key in yaml.resolver.Resolver.yaml_implicit_resolvers if key)
_RESOLVER = yaml.resolver.Resolver()


def _emit(data: object) -> str:
    """The same text as ``yaml.dump(data, Dumper=_CBriefDumper, ...)``, three times faster.

    PyYAML's representer builds a node per value and asks its resolver twice per scalar (in
    Python) before libyaml writes anything: two thirds of the time of writing a brief.  Here the
    brief's plain data becomes libyaml's events directly, each scalar's tag and style and each
    collection's flow or block form decided as the representer decides them (the resolver is consulted only for a string whose
    first character could start a number, a bool, null or a date).  One event object of each
    kind is reused: libyaml copies what it is given at each ``emit``.
    """
    from yaml import events

    stream = io.StringIO()
    emitter = _CEmitter(stream, allow_unicode=True, width=100)
    emit = emitter.emit
    scalar = events.ScalarEvent(None, None, (True, False), "")
    block_map = events.MappingStartEvent(None, _TAG + "map", True, flow_style=False)
    flow_map = events.MappingStartEvent(None, _TAG + "map", True, flow_style=True)
    map_end = events.MappingEndEvent()
    block_seq = events.SequenceStartEvent(None, _TAG + "seq", True, flow_style=False)
    flow_seq = events.SequenceStartEvent(None, _TAG + "seq", True, flow_style=True)
    seq_end = events.SequenceEndEvent()
    plain, quoted, typed = (True, True), (False, True), (True, False)

    def walk(value: object) -> None:
        kind = type(value)
        if kind is str:
            text: str = value  # type: ignore[assignment]
            scalar.tag = _TAG + "str"
            scalar.value = text
            if text and (text[0] not in _RESOLVABLE or _RESOLVER.resolve(yaml.ScalarNode, text, typed) == _TAG + "str"):  # type: ignore[no-untyped-call]
                scalar.implicit = plain
            else:
                scalar.implicit = quoted
            scalar.style = '"' if "\x85" in text else "|" if "\n" in text else None
            emit(scalar)
        elif kind is dict:
            pairs: dict[object, object] = value  # type: ignore[assignment]
            emit(flow_map if all(map(_unstyled, pairs)) and all(map(_unstyled, pairs.values())) else block_map)
            for key, item in pairs.items():
                walk(key)
                walk(item)
            emit(map_end)
        elif kind is list:
            items: list[object] = value  # type: ignore[assignment]
            emit(flow_seq if all(map(_unstyled, items)) else block_seq)
            for item in items:
                walk(item)
            emit(seq_end)
        else:
            scalar.implicit = typed
            scalar.style = None
            if kind is bool:
                scalar.tag, scalar.value = _TAG + "bool", "true" if value else "false"
            elif kind is int:
                scalar.tag, scalar.value = _TAG + "int", str(value)
            elif kind is float:
                scalar.tag, scalar.value = _TAG + "float", _float_text(value)  # type: ignore[arg-type]
            elif value is None:
                scalar.tag, scalar.value = _TAG + "null", "null"
            else:
                raise _NotPlain(kind.__name__)
            emit(scalar)

    emit(events.StreamStartEvent(encoding=None))
    emit(events.DocumentStartEvent(explicit=False))
    walk(data)
    emit(events.DocumentEndEvent(explicit=False))
    emit(events.StreamEndEvent())
    return stream.getvalue()


def _unstyled(value: object) -> bool:
    """Whether PyYAML's representer would leave ``value``'s style to the emitter: a collection
    holding only such values is written inline (``default_flow_style=None``)."""
    kind = type(value)
    if kind is str:
        return "\n" not in value and "\x85" not in value  # type: ignore[operator]
    return kind is not list and kind is not dict


def _float_text(value: float) -> str:
    """A float as PyYAML's SafeRepresenter writes it (``.nan``, ``.inf``, ``1.0e+17``)."""
    if value != value:
        return ".nan"
    if value in (float("inf"), float("-inf")):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value).lower()
    return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text


def _load(kind: Any, raw: str) -> tuple[object, yaml.Node | None]:
    loader = kind(raw)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    finally:
        loader.dispose()


def parse(raw: str, name: str) -> tuple[object, yaml.Node | None]:
    """The data and the node tree (for line numbers); any problem is a one-line BriefingError."""
    try:
        if _CStrict is not None:
            try:
                return _load(_CStrict, raw)
            except UnicodeEncodeError:
                pass  # a lone surrogate in the text itself: libyaml reads UTF-8 only
            except yaml.MarkedYAMLError as exc:
                if exc.problem == "exceeded maximum nesting depth":
                    raise RecursionError from None  # libyaml's bound, where PyYAML's scanner is
                    # quadratic in the depth (10 kB of "[" took 6 s): said as PyYAML's would be
                if exc.problem != "found invalid Unicode character escape code":
                    raise
                # a lone surrogate written as its escape, which PyYAML reads back
        return _load(_StrictLoader, raw)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = exc.problem or exc.context or "invalid YAML"
        if "could not determine a constructor" in str(exc):
            problem = f"tag {_tag_of(str(exc))} is not allowed (only plain YAML is read)"
        raise BriefingError(f"{name}{line}: invalid YAML: {problem}") from None
    except yaml.reader.ReaderError as exc:
        raise BriefingError(f"{name}: invalid YAML: {exc.reason} (character {exc.position + 1})") from None
    except yaml.YAMLError as exc:
        raise BriefingError(f"{name}: invalid YAML: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise BriefingError(f"{name}: invalid YAML: nested too deeply") from None
    except ValueError:  # PyYAML's int() of a number of more than 4300 digits
        raise BriefingError(f"{name}: invalid YAML: a number too long to read") from None


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
